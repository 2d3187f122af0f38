#include "app/export_dialog.h"

#include "app/map_document.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "core/ui_language.h"
#include "render/page_content.h"
#include "render/page_export.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace wm {

namespace {
QVector<Style> documentStyles(const MapDocument& doc)
{
    QVector<Style> styles;
    for (int i = 0; i < doc.layerCount(); ++i)
        styles << doc.style(i);
    return styles;
}
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
    auto* atlasRow = new QHBoxLayout;
    atlasRow->addWidget(mAtlas);
    atlasRow->addWidget(mAtlasLayer, 1);
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
    mProgress = new QProgressBar(this);
    mProgress->hide();
    left->addWidget(mProgress);
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
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        mCancelled = true;
        reject();
    });
    mAtlas->setEnabled(mAtlasLayer->count() > 0);
    mAtlasLayer->setEnabled(mAtlasLayer->count() > 0);
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

PageLayout ExportDialog::layoutFor(const Extent& extent, const QString& title) const
{
    const PageTemplate t = pageTemplate();
    return PageLayout(t, projectPageContent(mDocument->project(), documentStyles(*mDocument), t,
                                            title, mSubtitle->text(), extent));
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
    try {
        if (!mAtlas->isChecked()) {
            exportPage(layoutFor(chosenExtent(), mTitle->text()), path);
            return true;
        }
        AtlasOptions options;
        options.boundaryLayer = mAtlasLayer->currentData().toString();
        options.subtitle = mSubtitle->text().isEmpty() ? mTitle->text() : mSubtitle->text();
        std::vector<AtlasPage> pages =
            atlasPages(mDocument->project(), documentStyles(*mDocument), pageTemplate(), options);
        mProgress->setRange(0, int(pages.size()));
        mProgress->setValue(0);
        mProgress->show();
        mCancelled = false;
        // Pages are drawn here, between them the dialog stays responsive (Close cancels).
        const auto progress = [this](int done, int) {
            mProgress->setValue(done);
            QApplication::processEvents();
            return !mCancelled;
        };
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            std::vector<PageLayout> layouts;
            for (AtlasPage& p : pages)
                layouts.push_back(std::move(p.layout));
            exportPdf(layouts, path, progress);
        } else {
            if (!QDir().mkpath(path))
                throw Error(path, tr("cannot create the folder"));
            int done = 0;
            for (const AtlasPage& p : pages) {
                exportPage(p.layout, QDir(path).filePath(atlasFileStem(p.code, p.name) +
                                                         QStringLiteral(".pdf")));
                if (!progress(++done, int(pages.size())))
                    break;
            }
        }
        mProgress->hide();
        return true;
    } catch (const Error& e) {
        mProgress->hide();
        return fail(e.message());
    }
}

} // namespace wm
