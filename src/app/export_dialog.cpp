#include "app/export_dialog.h"

#include "analysis/coverage_check.h"
#include "app/map_document.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "core/ui_language.h"
#include "io/output_guard.h"
#include "render/atlas_indicators.h"
#include "render/atlas_writer.h"
#include "render/page_content.h"
#include "render/page_export.h"
#include "sql/pg_near_data.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wm {

namespace {
QVector<Style> documentStyles(const MapDocument& doc)
{
    QVector<Style> styles;
    for (int i = 0; i < doc.layerCount(); ++i)
        styles << doc.style(i);
    return styles;
}

/// rules.json beside the project: the atlas verb's default, so both fill the same tables.
QString defaultRulesPath(const MapDocument& doc)
{
    const QString project = doc.project().project.filePath;
    if (project.isEmpty())
        return {};
    const QString rules = QFileInfo(project).absoluteDir().filePath(QStringLiteral("rules.json"));
    return QFileInfo::exists(rules) ? rules : QString();
}

/// What the atlas job hands back from its worker thread (exceptions stay on that thread).
struct AtlasOutcome {
    QStringList files;
    QString error;
    bool cancelled = false;
};
} // namespace

ExportDialog::ExportDialog(MapDocument* document, const Extent& currentView, QWidget* parent)
    : QDialog(parent), mDocument(document), mView(currentView)
{
    setWindowTitle(tr("Export Map"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* form = new QFormLayout;
    mTemplate = new QComboBox(this);
    mPaper = new QComboBox(this);
    for (const char* p : {"A4", "A3", "A2"})
        mPaper->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    mOrientation = new QComboBox(this);
    mOrientation->addItem(tr("Landscape"), true);
    mOrientation->addItem(tr("Portrait"), false);
    mDpi = new QSpinBox(this);
    mDpi->setRange(72, 600);
    mDpi->setSuffix(tr(" dpi"));
    mTitle = new QLineEdit(mDocument->hasProject() ? mDocument->project().project.name : QString(),
                           this);
    mSubtitle = new QLineEdit(this);
    mExtent = new QComboBox(this);
    mExtent->addItem(tr("Current view"), QStringLiteral("view"));
    mExtent->addItem(tr("Whole project"), QStringLiteral("project"));
    mAtlas = new QCheckBox(tr("Atlas: one page per unit of"), this);
    mAtlasLayer = new QComboBox(this);
    for (int i = 0; mDocument->hasProject() && i < mDocument->layerCount(); ++i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (l.entry.role != QLatin1String("boundary") || !l.isAvailable() ||
            l.entry.source.isEmpty())
            continue;
        mAtlasLayer->addItem(l.entry.displayName(), l.entry.id);
        // Each unit of the boundary layers can be the extent of a single page too.
        const int code =
            l.data->attributes.indexOf(l.mapping.sourceOf.value(QStringLiteral("code")));
        const int name =
            l.data->attributes.indexOf(l.mapping.sourceOf.value(QStringLiteral("name")));
        const int current =
            l.data->attributes.indexOf(l.mapping.sourceOf.value(QStringLiteral("name_current")));
        for (qsizetype f = 0; code >= 0 && f < l.data->featureCount(); ++f) {
            const QString c = l.data->attributes.toString(f, code).trimmed();
            QString n = current >= 0 ? l.data->attributes.toString(f, current) : QString();
            if (n.isEmpty() && name >= 0)
                n = l.data->attributes.toString(f, name);
            if (!c.isEmpty() && l.data->geometry(f))
                mExtent->addItem(QStringLiteral("%1 %2").arg(c, n), c);
        }
    }
    mAtlasFormat = new QComboBox(this);
    for (const QString& f : AtlasWriter::formats())
        mAtlasFormat->addItem(f.toUpper(), f);
    mAtlasFormat->setToolTip(tr("File type per unit when the atlas goes to a folder"));
    auto* atlasRow = new QHBoxLayout;
    atlasRow->addWidget(mAtlas);
    atlasRow->addWidget(mAtlasLayer, 1);
    atlasRow->addWidget(mAtlasFormat);
    mPath = new QLineEdit(this);
    auto* browse = new QPushButton(tr("…"), this);
    browse->setMaximumWidth(32);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Template"), mTemplate);
    form->addRow(tr("Paper"), mPaper);
    form->addRow(tr("Orientation"), mOrientation);
    form->addRow(tr("Resolution"), mDpi);
    form->addRow(tr("Title"), mTitle);
    form->addRow(tr("Subtitle"), mSubtitle);
    form->addRow(tr("Extent"), mExtent);
    form->addRow(atlasRow);
    form->addRow(tr("File"), pathRow);
    left->addLayout(form);
    auto* hint = new QLabel(tr("PDF and SVG stay vector (fonts embedded); PNG and JPEG are "
                               "drawn at the resolution above. An atlas to a .pdf is one "
                               "document; to a folder, one file per unit."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555"));
    left->addWidget(hint);
    left->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mExport = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    left->addWidget(buttons);
    layout->addLayout(left, 0);
    mPreview = new QLabel(this);
    mPreview->setMinimumSize(360, 300);
    mPreview->setAlignment(Qt::AlignCenter);
    mPreview->setStyleSheet(QStringLiteral("background: #888"));
    layout->addWidget(mPreview, 1);

    fillTemplates();
    connect(mTemplate, &QComboBox::currentIndexChanged, this, &ExportDialog::applyTemplate);
    for (QComboBox* box : {mPaper, mOrientation, mExtent})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(mTitle, &QLineEdit::editingFinished, this, &ExportDialog::updatePreview);
    connect(mSubtitle, &QLineEdit::editingFinished, this, &ExportDialog::updatePreview);
    connect(mAtlas, &QCheckBox::toggled, this, [this](bool on) {
        mExtent->setEnabled(!on);
        updatePreview();
    });
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(mExport, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    mAtlas->setEnabled(mAtlasLayer->count() > 0);
    mAtlasLayer->setEnabled(mAtlasLayer->count() > 0);
    mAtlasFormat->setEnabled(false);
    connect(mAtlas, &QCheckBox::toggled, mAtlasFormat, &QWidget::setEnabled);
    applyTemplate();
}

void ExportDialog::fillTemplates()
{
    const QDir dir(QDir(stylesDir()).filePath(QStringLiteral("layouts")));
    for (const QFileInfo& f :
         dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        try {
            mTemplates << PageTemplate::load(f.absoluteFilePath());
            mTemplate->addItem(mTemplates.last().displayName(chineseUi()));
        } catch (const Error&) {
            // A broken template file is left out of the list rather than blocking export.
        }
    }
    if (mTemplates.isEmpty()) {
        mTemplates << PageTemplate();
        mTemplate->addItem(mTemplates.last().displayName(chineseUi()));
    }
    for (int i = 0; i < mTemplates.size(); ++i)
        if (mTemplates[i].name == QLatin1String("A4 landscape"))
            mTemplate->setCurrentIndex(i);
}

void ExportDialog::applyTemplate()
{
    const PageTemplate& t = mTemplates.value(mTemplate->currentIndex());
    const QSignalBlocker a(mPaper), b(mOrientation);
    for (int i = 0; i < mPaper->count(); ++i) {
        const QSizeF size = PageTemplate::paperSize(mPaper->itemData(i).toString());
        if (qFuzzyCompare(std::min(size.width(), size.height()),
                          std::min(t.pageMm.width(), t.pageMm.height())))
            mPaper->setCurrentIndex(i);
    }
    mOrientation->setCurrentIndex(t.pageMm.width() > t.pageMm.height() ? 0 : 1);
    mDpi->setValue(int(t.dpi));
    updatePreview();
}

PageTemplate ExportDialog::pageTemplate() const
{
    PageTemplate t = mTemplates.value(mTemplate->currentIndex());
    t.pageMm = PageTemplate::paperSize(mPaper->currentData().toString());
    t.setOrientation(mOrientation->currentData().toBool());
    t.dpi = mDpi->value();
    return t;
}

Extent ExportDialog::chosenExtent() const
{
    const QString choice = mExtent->currentData().toString();
    if (choice == QLatin1String("view") && !mView.isNull())
        return mView;
    if (choice == QLatin1String("project") || choice == QLatin1String("view"))
        return mDocument->project().extent;
    for (int i = 0; i < mDocument->layerCount(); ++i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (l.entry.role != QLatin1String("boundary") || !l.isAvailable())
            continue;
        const int code =
            l.data->attributes.indexOf(l.mapping.sourceOf.value(QStringLiteral("code")));
        for (qsizetype f = 0; code >= 0 && f < l.data->featureCount(); ++f)
            if (l.data->attributes.toString(f, code).trimmed() == choice && l.data->geometry(f))
                return l.data->envelope(f).buffered(0.08);
    }
    return mDocument->project().extent;
}

bool ExportDialog::setExtentChoice(const QString& choice)
{
    const int i = mExtent->findData(choice);
    if (i >= 0)
        mExtent->setCurrentIndex(i);
    return i >= 0;
}

void ExportDialog::setOutputPath(const QString& path)
{
    mPath->setText(path);
}

void ExportDialog::setTitle(const QString& title)
{
    mTitle->setText(title);
    updatePreview();
}

void ExportDialog::setAtlas(bool atlas)
{
    mAtlas->setChecked(atlas);
}

bool ExportDialog::setAtlasFormat(const QString& format)
{
    const int i = mAtlasFormat->findData(format.toLower());
    if (i >= 0)
        mAtlasFormat->setCurrentIndex(i);
    return i >= 0;
}

PageLayout ExportDialog::layoutFor(const Extent& extent, const QString& title) const
{
    const PageTemplate t = pageTemplate();
    return PageLayout(t,
                      projectPageContent(mDocument->project(), documentStyles(*mDocument), t, title,
                                         mSubtitle->text(), extent, mDocument->outputView()));
}

void ExportDialog::updatePreview()
{
    if (!mDocument->hasProject())
        return;
    // The page at a screen resolution: what the export will look like, quickly.
    PageTemplate t = pageTemplate();
    const double scale = std::min(double(mPreview->width() - 8) / t.pageMm.width(),
                                  double(mPreview->height() - 8) / t.pageMm.height());
    QImage image((t.pageMm * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(scale * 1000));
    image.setDotsPerMeterY(int(scale * 1000));
    image.fill(Qt::white);
    QPainter painter(&image);
    QString title = mTitle->text();
    Extent extent = chosenExtent();
    if (mAtlas->isChecked()) {
        AtlasOptions options;
        options.boundaryLayer = mAtlasLayer->currentData().toString();
        options.subtitle = mSubtitle->text();
        options.view = mDocument->outputView();
        try {
            const std::vector<AtlasPage> pages =
                atlasPages(mDocument->project(), documentStyles(*mDocument), t, options);
            if (!pages.empty()) {
                pages.front().layout.paint(painter, scale, false);
                painter.end();
                mPreview->setPixmap(QPixmap::fromImage(image));
                return;
            }
        } catch (const Error&) {
        }
    }
    layoutFor(extent, title).paint(painter, scale, false);
    painter.end();
    mPreview->setPixmap(QPixmap::fromImage(image));
}

QImage ExportDialog::previewImage() const
{
    return mPreview->pixmap().toImage();
}

void ExportDialog::browse()
{
    const QString start =
        mPath->text().isEmpty() && !mDocument->project().project.filePath.isEmpty()
            ? QFileInfo(mDocument->project().project.filePath).absolutePath()
            : mPath->text();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Map"), start,
        tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png);;JPEG image (*.jpg)"));
    if (!path.isEmpty())
        mPath->setText(path);
}

bool ExportDialog::refuseInput(const QString& path, const QString& rulesPath)
{
    OutputGuard guard = OutputGuard::forRun(mDocument->toProject(), rulesPath);
    const QString input = guard.conflict(path);
    if (input.isEmpty())
        return false;
    mLastError = tr("%1 is %2; WorksMap never writes over what it reads. Choose another file.")
                     .arg(QFileInfo(path).absoluteFilePath(), input);
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Export Map"), mLastError, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

bool ExportDialog::exportNow()
{
    mLastError.clear();
    const QString path = mPath->text().trimmed();
    auto fail = [this](const QString& text) {
        mLastError = text;
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Export Map"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    };
    if (path.isEmpty())
        return fail(tr("Choose a file to write."));
    if (mAtlas->isChecked())
        return exportAtlas(path);
    if (refuseInput(path, {}))
        return false;
    try {
        exportPage(layoutFor(chosenExtent(), mTitle->text()), path);
        return true;
    } catch (const Error& e) {
        return fail(e.message());
    }
}

bool ExportDialog::exportAtlas(const QString& path)
{
    const QString rulesPath = defaultRulesPath(*mDocument);
    const AtlasTarget target{path, mAtlasFormat->currentData().toString()};
    AtlasOptions options;
    options.boundaryLayer = mAtlasLayer->currentData().toString();
    options.subtitle = mSubtitle->text().isEmpty() ? mTitle->text() : mSubtitle->text();
    options.view = mDocument->outputView();
    // Refused before any work: the guard names both paths.
    const OutputGuard guard = OutputGuard::forRun(mDocument->toProject(), rulesPath);
    if (target.isSingleFile() && refuseInput(path, rulesPath))
        return false;

    QProgressDialog progress(tr("Writing the atlas…"), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Export Map"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> bar(&progress);
    const ProgressCallback report = [bar, cancel](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            qApp,
            [bar, done, total] {
                if (bar) {
                    bar->setMaximum(int(total));
                    bar->setValue(int(done));
                }
            },
            Qt::QueuedConnection);
        return !*cancel;
    };

    // The job works on snapshots (layers are shared read-only), never on the document.
    const LoadedProject project = mDocument->project();
    const RoleRegistry* roles = &mDocument->roles();
    const QVector<Style> styles = documentStyles(*mDocument);
    const PageTemplate page = pageTemplate();
    QFutureWatcher<AtlasOutcome> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<AtlasOutcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([=] {
        AtlasOutcome outcome;
        try {
            // The indicator tables as the atlas verb fills them (rules.json beside the project).
            AtlasOptions withTables = options;
            if (!rulesPath.isEmpty()) {
                LoadedProject raw = project;
                PgNearData nearData(raw, *roles);
                nearData.readTablesWithProposals(raw);
                withTables.indicators = indicatorRows(CoverageCheck::run(
                    projectForChecks(raw, options.view), RulesFile::load(rulesPath),
                    QStringLiteral("county"), {}, &nearData));
            }
            outcome.files =
                AtlasWriter(target).write(project, styles, page, withTables, report,
                                          [&guard](const QString& file) { guard.check(file); });
        } catch (const Cancelled&) {
            outcome.cancelled = true;
        } catch (const Error& e) {
            outcome.error = e.message();
        } catch (const std::exception& e) {
            outcome.error = QString::fromLocal8Bit(e.what());
        }
        return outcome;
    }));
    if (!watcher.isFinished())
        loop.exec();
    progress.reset();
    const AtlasOutcome outcome = watcher.result();
    if (outcome.cancelled) {
        mLastError = tr("Cancelled; nothing was written.");
        return false;
    }
    if (!outcome.error.isEmpty()) {
        mLastError = outcome.error;
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Map"), outcome.error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    return true;
}

} // namespace wm
