#include "app/import_wizard.h"

#include "app/map_document.h"
#include "app/value_table_dialog.h"
#include "core/error.h"
#include "core/field_mapping.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "core/ui_language.h"
#include "io/division_tables.h"
#include "io/output_guard.h"
#include "io/point_columns.h"
#include "io/vector_reader.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>

namespace wm {

namespace {

constexpr int PreviewRows = 30;

bool isProjectedKind(const QString& name)
{
    const auto source = CoordinateSource::fromName(name);
    return source && (source->kind == CoordinateSource::Projected ||
                      source->kind == CoordinateSource::GaussKruger);
}

/// Item data of a field combo's "every row" entries: the constant value.
constexpr int ConstantRole = Qt::UserRole + 1;

QWidget* withButton(QWidget* field, QPushButton* button)
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(field, 1);
    row->addWidget(button);
    return box;
}

} // namespace

ImportWizard::ImportWizard(MapDocument* document, QWidget* parent)
    : QWizard(parent), mDocument(document)
{
    setWindowTitle(tr("Import a Table"));
    setOption(QWizard::NoBackButtonOnStartPage);
    buildFilePage();
    buildColumnsPage();
    buildReviewPage();
    buildFinishPage();
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::buildFilePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("File"));
    page->setSubTitle(tr("The list to import (CSV, TSV, XLSX, XLS or ODS) and what its rows are."));
    mPath = new QLineEdit;
    mPath->setObjectName(QStringLiteral("sourcePath"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browseSource);
    mRole = new QComboBox;
    mRole->setObjectName(QStringLiteral("role"));
    for (const LayerRole& r : mDocument->roles().roles())
        mRole->addItem(QStringLiteral("%1 (%2)").arg(r.titleEn, r.titleZh), r.id);
    const int village = mRole->findData(QStringLiteral("village"));
    if (village >= 0)
        mRole->setCurrentIndex(village);
    mEncoding = new QComboBox;
    mEncoding->setObjectName(QStringLiteral("encoding"));
    mEncoding->addItem(tr("Detect"), QString());
    for (const char* e : {"UTF-8", "GBK", "GB18030"})
        mEncoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    mSheet = new QComboBox;
    mSheet->setObjectName(QStringLiteral("sheet"));
    mSheet->setEditable(true);
    mSheet->setToolTip(tr("Sheet of a workbook; empty: the first"));
    mPreview = new QTableWidget;
    mPreview->setObjectName(QStringLiteral("preview"));
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mFileStatus = new QLabel;
    mFileStatus->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), withButton(mPath, browse));
    form->addRow(tr("Rows are:"), mRole);
    form->addRow(tr("Encoding:"), mEncoding);
    form->addRow(tr("Sheet:"), mSheet);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(mPreview, 1);
    layout->addWidget(mFileStatus);

    connect(mPath, &QLineEdit::editingFinished, this, &ImportWizard::refreshPreview);
    connect(mRole, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    connect(mEncoding, &QComboBox::currentIndexChanged, this, &ImportWizard::refreshPreview);
    connect(mSheet, &QComboBox::currentTextChanged, this, [this] {
        if (!mFilling)
            refreshPreview();
    });
    setPage(FilePageId, page);
}

void ImportWizard::buildColumnsPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which column holds each field, how coordinates are written, and the "
                         "division table used to match names to codes."));
    auto* layout = new QVBoxLayout(page);
    mFieldForm = new QFormLayout;
    auto* fieldsBox = new QWidget;
    fieldsBox->setLayout(mFieldForm);
    layout->addWidget(fieldsBox);

    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("coordinateKind"));
    // Editable so that "EPSG:n" can be typed for any other projected CRS.
    mKind->setEditable(true);
    const QList<QPair<QString, QString>> kinds = {
        {QStringLiteral("cgcs2000"), tr("CGCS2000 longitude/latitude")},
        {QStringLiteral("wgs84"), tr("WGS84 longitude/latitude (GPS)")},
        {QStringLiteral("gcj02"), tr("GCJ-02 (picked on Amap, Tencent)")},
        {QStringLiteral("bd09"), tr("BD-09 (picked on Baidu Maps)")},
        {QStringLiteral("gk"), tr("Gauss-Krüger x/y, CGCS2000")},
        {QStringLiteral("gk-xian80"), tr("Gauss-Krüger x/y, Xian 1980")},
        {QStringLiteral("gk-beijing54"), tr("Gauss-Krüger x/y, Beijing 1954")}};
    for (const auto& [name, title] : kinds)
        mKind->addItem(name, title);
    for (int i = 0; i < mKind->count(); ++i)
        mKind->setItemData(i, mKind->itemData(i), Qt::ToolTipRole);
    mKind->setToolTip(tr("cgcs2000, wgs84, gcj02, bd09, gk, gk-xian80, gk-beijing54 or EPSG:n"));
    mX = new QComboBox;
    mX->setObjectName(QStringLiteral("xColumn"));
    mY = new QComboBox;
    mY->setObjectName(QStringLiteral("yColumn"));
    // The project's own division table: names match inside its area only.
    mGazetteer = new QLineEdit(
        divisionTablesFor(mDocument->hasProject() ? &mDocument->project().project : nullptr).scope);
    mGazetteer->setObjectName(QStringLiteral("gazetteer"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browseGazetteer);

    auto* form = new QFormLayout;
    form->addRow(tr("Coordinates:"), mKind);
    form->addRow(tr("Longitude / x column:"), mX);
    form->addRow(tr("Latitude / y column:"), mY);
    form->addRow(tr("Division table:"), withButton(mGazetteer, browse));
    layout->addLayout(form);
    layout->addStretch(1);

    connect(mKind, &QComboBox::currentTextChanged, this, [this] {
        if (!mFilling)
            presetCoordinateColumns();
    });
    connect(mX, &QComboBox::currentIndexChanged, this, [this] {
        if (!mFilling)
            mXChosen = mX->currentData().toString();
    });
    connect(mY, &QComboBox::currentIndexChanged, this, [this] {
        if (!mFilling)
            mYChosen = mY->currentData().toString();
    });
    setPage(ColumnsPageId, page);
}

void ImportWizard::buildReviewPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Every row is on the map, matched by name, rejected or excluded. "
                         "Choose the right division for names the table could not settle."));
    mCounts = new QLabel;
    mCounts->setObjectName(QStringLiteral("counts"));
    mCounts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mDoubtful = new QTableWidget(0, 5);
    mDoubtful->setObjectName(QStringLiteral("doubtfulRows"));
    mDoubtful->setHorizontalHeaderLabels(
        {tr("Row"), tr("Status"), tr("Reason"), tr("Cells"), tr("Division")});
    mDoubtful->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mDoubtful->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(mCounts);
    layout->addWidget(mDoubtful, 1);
    setPage(ReviewPageId, page);
}

void ImportWizard::buildFinishPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Finish"));
    page->setSubTitle(tr("The rows are written to a GeoPackage (CGCS2000 longitude/latitude) "
                         "and added to the project; the rejected rows to a CSV beside it."));
    mOutput = new QLineEdit;
    mOutput->setObjectName(QStringLiteral("outputPath"));
    connect(mOutput, &QLineEdit::textEdited, this, [this] { mOutputEdited = true; });
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::browseOutput);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Layer file:"), withButton(mOutput, browse));
    page->setFinalPage(true);
    setPage(FinishPageId, page);
}

// --- settings ---------------------------------------------------------------------------

void ImportWizard::setSourcePath(const QString& path)
{
    mPath->setText(path);
    refreshPreview();
}

QString ImportWizard::sourcePath() const
{
    return mPath->text().trimmed();
}

void ImportWizard::setRole(const QString& roleId)
{
    const int i = mRole->findData(roleId);
    if (i >= 0)
        mRole->setCurrentIndex(i);
}

QString ImportWizard::roleId() const
{
    return mRole->currentData().toString();
}

void ImportWizard::setEncoding(const QString& encoding)
{
    const int i = mEncoding->findData(encoding, Qt::UserRole, Qt::MatchFixedString);
    if (i >= 0)
        mEncoding->setCurrentIndex(i);
}

void ImportWizard::setSheet(const QString& sheet)
{
    mSheet->setCurrentText(sheet);
}

void ImportWizard::setCoordinateKind(const QString& name)
{
    const int i = mKind->findText(name, Qt::MatchFixedString);
    if (i >= 0)
        mKind->setCurrentIndex(i);
    else
        mKind->setCurrentText(name);
}

QString ImportWizard::coordinateKind() const
{
    return mKind->currentText().trimmed();
}

void ImportWizard::setColumn(const QString& field, const QString& column)
{
    mChosen.insert(field, column);
    if (QComboBox* combo = mFieldCombos.value(field)) {
        const int i = combo->findData(column);
        if (i >= 0)
            combo->setCurrentIndex(i);
    }
}

QString ImportWizard::columnOf(const QString& field) const
{
    if (QComboBox* combo = mFieldCombos.value(field))
        return combo->currentData().toString();
    if (mChosen.contains(field))
        return mChosen.value(field);
    return mTable ? mTable->mapping.sourceOf.value(field) : QString();
}

void ImportWizard::setXColumn(const QString& column)
{
    mXChosen = column;
    const int i = mX->findData(column);
    if (i >= 0)
        mX->setCurrentIndex(i);
}

void ImportWizard::setYColumn(const QString& column)
{
    mYChosen = column;
    const int i = mY->findData(column);
    if (i >= 0)
        mY->setCurrentIndex(i);
}

QString ImportWizard::xColumn() const
{
    return mX->currentData().toString();
}
QString ImportWizard::yColumn() const
{
    return mY->currentData().toString();
}

void ImportWizard::setGazetteerPath(const QString& path)
{
    mGazetteer->setText(path);
}

void ImportWizard::setOutputPath(const QString& path)
{
    mOutput->setText(path);
    mOutputEdited = true;
}

QString ImportWizard::outputPath() const
{
    const QString text = mOutput->text().trimmed();
    return text.isEmpty() ? defaultOutputPath(sourcePath()) : text;
}

QString ImportWizard::defaultOutputPath(const QString& source)
{
    if (source.isEmpty())
        return {};
    const QFileInfo info(source);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("_imported.gpkg"));
}

const LayerRole* ImportWizard::role() const
{
    return mDocument->roles().role(roleId());
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.encoding = mEncoding->currentData().toString();
    o.sheet = mSheet->currentText().trimmed();
    // The user's column choices replace the alias mapping; untouched fields keep it.
    for (auto it = mChosen.cbegin(); it != mChosen.cend(); ++it)
        o.columnOf.insert(it.key(), it.value());
    // Constants and value tables fill their field instead of a column (as --set and --map).
    o.valueMappings = valueMappings();
    for (const ValueMapping& m : o.valueMappings)
        o.columnOf.insert(m.field, QString());
    // A list of names gets its division codes from the gazetteer (as the CLI).
    o.derivedFields << QStringLiteral("code") << QStringLiteral("county_code")
                    << QStringLiteral("township_code");
    return o;
}

void ImportWizard::setConstant(const QString& field, const QString& value)
{
    if (value.isEmpty()) {
        mConstants.remove(field);
    } else {
        mConstants.insert(field, value);
        mValueTables.remove(field);
        mChosen.insert(field, QString());
    }
    if (QComboBox* combo = mFieldCombos.value(field)) {
        const QScopedValueRollback<bool> filling(mFilling, true);
        combo->setCurrentIndex(value.isEmpty() ? 0
                                               : std::max(0, combo->findData(value, ConstantRole)));
    }
}

void ImportWizard::setValueTable(const QString& field, const QString& column,
                                 const QHash<QString, QString>& values)
{
    if (column.isEmpty()) {
        mValueTables.remove(field);
        return;
    }
    mValueTables.insert(field, {column, values});
    mConstants.remove(field);
    mChosen.insert(field, column);
    if (QComboBox* combo = mFieldCombos.value(field)) {
        const QScopedValueRollback<bool> filling(mFilling, true);
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
    }
}

QVector<ValueMapping> ImportWizard::valueMappings() const
{
    QVector<ValueMapping> out;
    for (auto it = mConstants.cbegin(); it != mConstants.cend(); ++it) {
        ValueMapping m;
        m.field = it.key();
        m.constant = it.value();
        out << m;
    }
    for (auto it = mValueTables.cbegin(); it != mValueTables.cend(); ++it) {
        ValueMapping m;
        m.field = it.key();
        m.column = it->column;
        m.values = it->values;
        out << m;
    }
    return out;
}

QVector<QPair<QString, int>> ImportWizard::cellsOf(const QString& column) const
{
    QVector<QPair<QString, int>> out;
    if (!mTable)
        return out;
    const int c = int(mTable->columns.indexOf(column));
    if (c < 0)
        return out;
    QHash<QString, int> index;
    auto count = [&](const QStringList& cells) {
        const QString cell = cells.value(c).trimmed();
        const auto it = index.constFind(cell);
        if (it == index.cend()) {
            index.insert(cell, int(out.size()));
            out.append({cell, 1});
        } else {
            ++out[*it].second;
        }
    };
    for (const ImportedRow& r : mTable->rows)
        count(r.cells);
    for (const RowIssue& r : mTable->rejects)
        count(r.cells);
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

void ImportWizard::editValueTable(const QString& field)
{
    const LayerRole* r = role();
    QComboBox* combo = mFieldCombos.value(field);
    const QString column = combo ? combo->currentData().toString() : QString();
    if (!r || !r->field(field))
        return;
    if (column.isEmpty()) {
        QMessageBox::information(this, tr("Values"),
                                 tr("Choose the column whose values are translated first."));
        return;
    }
    const PoiKeywords poi =
        PoiKeywords::load(QDir(layerRolesDir()).filePath(QStringLiteral("poi_types.json")), r->id);
    ValueTableDialog dialog(
        *r->field(field), column, cellsOf(column), mValueTables.value(field).values,
        poi.field == field ? poi.keywords : QVector<QPair<QString, QString>>(), this);
    if (dialog.exec() == QDialog::Accepted)
        setValueTable(field, column, dialog.values());
}

// --- pages ------------------------------------------------------------------------------

void ImportWizard::browseSource()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Table"), QFileInfo(sourcePath()).absolutePath(),
        tr("Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"));
    if (!path.isEmpty())
        setSourcePath(path);
}

void ImportWizard::browseGazetteer()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Division Table"), mGazetteer->text(), tr("CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        mGazetteer->setText(path);
}

void ImportWizard::browseOutput()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Layer File"), outputPath(),
                                                      tr("GeoPackage (*.gpkg)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ImportWizard::refreshPreview()
{
    mTable.reset();
    mPreview->clear();
    mPreview->setRowCount(0);
    mPreview->setColumnCount(0);
    const QString path = sourcePath();
    if (!mOutputEdited)
        mOutput->setText(defaultOutputPath(path));
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        mFileStatus->setText(path.isEmpty() ? QString() : tr("File not found: %1").arg(path));
        return;
    }
    const LayerRole* r = role();
    if (!r)
        return;
    ImportOptions o = options();
    QString encodingUsed, sheetUsed;
    QVector<QStringList> cells;
    try {
        cells = TableImport::readCells(path, o, &encodingUsed, &sheetUsed);
        // Read once for the role too: the header row and title rows it detects are what
        // the preview marks, so the planner sees what the import will skip.
        mTable = TableImport::read(path, *r, o);
    } catch (const Error& e) {
        mFileStatus->setText(e.message());
        return;
    }
    if (o.sheet.isEmpty() && !sheetUsed.isEmpty()) {
        mFilling = true;
        mSheet->setCurrentText(sheetUsed);
        mFilling = false;
    }

    const int rows = int(std::min<qsizetype>(cells.size(), PreviewRows));
    int columns = 0;
    for (int i = 0; i < rows; ++i)
        columns = std::max(columns, int(cells[i].size()));
    mPreview->setRowCount(rows);
    mPreview->setColumnCount(columns);
    QStringList rowLabels;
    for (int i = 0; i < rows; ++i)
        rowLabels << QString::number(i + 1); // as the spreadsheet numbers them
    mPreview->setVerticalHeaderLabels(rowLabels);
    const QColor headerBack = palette().color(QPalette::Highlight).lighter(170);
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < rows; ++i) {
        const int sourceRow = i + 1;
        const bool header = sourceRow >= mTable->headerRow &&
                            sourceRow < mTable->headerRow + mTable->headerRowCount;
        const bool title = mTable->titleRows.contains(sourceRow);
        for (int c = 0; c < cells[i].size(); ++c) {
            auto* item = new QTableWidgetItem(cells[i][c]);
            if (header) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(headerBack);
            } else if (title) {
                item->setForeground(grey);
            }
            mPreview->setItem(i, c, item);
        }
    }
    QString status =
        tr("Header on row %1; %2 rows below it.").arg(mTable->headerRow).arg(mTable->rowsRead);
    if (!mTable->encoding.isEmpty())
        status += QLatin1Char(' ') + (mTable->encodingDetected
                                          ? tr("Encoding %1 (detected).").arg(mTable->encoding)
                                          : tr("Encoding %1.").arg(mTable->encoding));
    mFileStatus->setText(status);
}

void ImportWizard::fillColumns()
{
    mFilling = true;
    while (mFieldForm->rowCount() > 0)
        mFieldForm->removeRow(0);
    mFieldCombos.clear();
    const LayerRole* r = role();
    mColumnsShown = mTable ? mTable->columns : QStringList();
    auto fillCombo = [this](QComboBox* combo) {
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString& c : mColumnsShown)
            combo->addItem(c, c);
    };
    if (r) {
        for (const RoleField& f : r->fields) {
            auto* combo = new QComboBox;
            combo->setObjectName(QStringLiteral("field_") + f.name);
            fillCombo(combo);
            const QString column =
                mChosen.contains(f.name)
                    ? mChosen.value(f.name)
                    : (mTable ? mTable->mapping.sourceOf.value(f.name) : QString());
            combo->setCurrentIndex(std::max(0, combo->findData(column)));
            const QString field = f.name;
            QWidget* row = combo;
            if (!f.values.isEmpty()) {
                // A coded field may also be one value for every row, or a column's values
                // translated through a table (a POI sheet's 医院次类).
                combo->insertSeparator(combo->count());
                for (const QString& v : f.values) {
                    combo->addItem(tr("= %1 (every row)").arg(f.valueTitle(v, chineseUi())),
                                   QString());
                    combo->setItemData(combo->count() - 1, v, ConstantRole);
                }
                if (mConstants.contains(field))
                    combo->setCurrentIndex(
                        std::max(0, combo->findData(mConstants.value(field), ConstantRole)));
                else if (mValueTables.contains(field))
                    combo->setCurrentIndex(
                        std::max(0, combo->findData(mValueTables.value(field).column)));
                auto* values = new QPushButton(tr("Values…"));
                values->setObjectName(QStringLiteral("values_") + field);
                values->setToolTip(tr("Translate the column's values to %1 values")
                                       .arg(chineseUi() ? f.titleZh : f.titleEn));
                connect(values, &QPushButton::clicked, this,
                        [this, field] { editValueTable(field); });
                row = withButton(combo, values);
            }
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, field] {
                if (mFilling)
                    return;
                const QString constant = combo->currentData(ConstantRole).toString();
                const QString column = combo->currentData().toString();
                mChosen.insert(field, column);
                if (constant.isEmpty())
                    mConstants.remove(field);
                else
                    mConstants.insert(field, constant);
                if (mValueTables.value(field).column != column)
                    mValueTables.remove(field);
            });
            QString label = QStringLiteral("%1 (%2)").arg(f.titleEn, f.titleZh);
            if (f.required)
                label += QLatin1Char('*');
            mFieldForm->addRow(label + QLatin1Char(':'), row);
            mFieldCombos.insert(f.name, combo);
        }
    }
    fillCombo(mX);
    fillCombo(mY);
    mFilling = false;
    presetCoordinateColumns();
}

void ImportWizard::presetCoordinateColumns()
{
    mFilling = true;
    const auto& aliases = mDocument->roles().coordinateAliases();
    const bool projected = isProjectedKind(coordinateKind());
    const int x = columnByAlias(mColumnsShown, projected ? aliases.x : aliases.longitude);
    const int y = columnByAlias(mColumnsShown, projected ? aliases.y : aliases.latitude);
    mX->setCurrentIndex(std::max(0, mXChosen ? mX->findData(*mXChosen) : x + 1));
    mY->setCurrentIndex(std::max(0, mYChosen ? mY->findData(*mYChosen) : y + 1));
    mFilling = false;
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case ColumnsPageId:
        fillColumns();
        break;
    case ReviewPageId:
        if (!runImport())
            QMessageBox::warning(this, tr("Import"), mLastError);
        fillReview();
        break;
    case FinishPageId:
        if (!mOutputEdited)
            mOutput->setText(defaultOutputPath(sourcePath()));
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePageId:
        if (!mTable) {
            refreshPreview();
            if (!mTable)
                return fail(mFileStatus->text().isEmpty() ? tr("Choose a table to import.")
                                                          : mFileStatus->text(),
                            true);
        }
        break;
    case ColumnsPageId:
        if (!CoordinateSource::fromName(coordinateKind()))
            return fail(tr("\"%1\": use wgs84, cgcs2000, gcj02, bd09, gk, gk-xian80, "
                           "gk-beijing54 or EPSG:n")
                            .arg(coordinateKind()),
                        true);
        break;
    case ReviewPageId:
        if (!mTable)
            return fail(mLastError.isEmpty() ? tr("Nothing was read.") : mLastError, true);
        break;
    case FinishPageId:
        if (!importNow()) {
            fail(mLastError, true);
            return false;
        }
        break;
    default:
        break;
    }
    return QWizard::validateCurrentPage();
}

bool ImportWizard::fail(const QString& message, bool showBox)
{
    mLastError = message;
    if (showBox) {
        // open(), not exec(): the wizard stays responsive and tests are never blocked.
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Import"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return false;
}

// --- import -----------------------------------------------------------------------------

bool ImportWizard::runImport()
{
    mOutcomes.clear();
    mLastError.clear();
    const LayerRole* r = role();
    if (!r)
        return fail(tr("Choose what the rows are."), false);
    const auto source = CoordinateSource::fromName(coordinateKind());
    if (!source)
        return fail(tr("Unknown coordinate system \"%1\".").arg(coordinateKind()), false);
    try {
        mTable = TableImport::read(sourcePath(), *r, options());
    } catch (const Error& e) {
        mTable.reset();
        return fail(e.message(), false);
    }
    const TableImport& table = *mTable;
    // The Columns page's choice; when it was never shown (scripted use), the column set
    // before, else the one the aliases find (as the CLI).
    const auto& aliases = mDocument->roles().coordinateAliases();
    const bool projected = isProjectedKind(coordinateKind());
    auto coordinateColumn = [&](QComboBox* combo, const std::optional<QString>& chosen,
                                const QStringList& names) {
        if (combo->count() > 0)
            return combo->currentData().toString().isEmpty()
                       ? -1
                       : int(table.columns.indexOf(combo->currentData().toString()));
        if (chosen)
            return chosen->isEmpty() ? -1 : int(table.columns.indexOf(*chosen));
        return columnByAlias(table.columns, names);
    };
    const int x = coordinateColumn(mX, mXChosen, projected ? aliases.x : aliases.longitude);
    const int y = coordinateColumn(mY, mYChosen, projected ? aliases.y : aliases.latitude);
    std::optional<Gazetteer> gazetteer, outside;
    if (listNameColumns(table, *r).any()) {
        try {
            const DivisionTables tables = divisionTablesFor(nullptr, mGazetteer->text().trimmed());
            gazetteer = Gazetteer::load(tables.scope);
            if (!tables.outside.isEmpty())
                outside = Gazetteer::load(tables.outside);
        } catch (const Error& e) {
            return fail(e.message(), false);
        }
    }
    mOutcomes = placeListRows(
        table, *r,
        {x, y, *source, gazetteer ? &*gazetteer : nullptr, outside ? &*outside : nullptr});
    // Rows matched by name are drawn at the project's village points, as the CLI does.
    mVillages = {};
    if (gazetteer && mDocument->hasProject())
        mVillages = projectVillagePoints(mDocument->project().project, mDocument->roles());
    mDrawn = drawMatchedRows(mOutcomes, mVillages.points());
    return true;
}

ImportWizard::Summary ImportWizard::summary() const
{
    return mTable ? summarise(*mTable, mOutcomes) : Summary{};
}

bool ImportWizard::pickCandidate(int sourceRow, int candidate)
{
    auto it = std::find_if(mOutcomes.begin(), mOutcomes.end(),
                           [&](const RowOutcome& o) { return o.sourceRow == sourceRow; });
    if (it == mOutcomes.end() || !it->pick(candidate))
        return false;
    mDrawn = drawMatchedRows(mOutcomes, mVillages.points());
    updateCounts();
    return true;
}

void ImportWizard::fillReview()
{
    mDoubtful->setRowCount(0);
    for (int i = 0; i < mOutcomes.size(); ++i) {
        const RowOutcome& o = mOutcomes[i];
        if (!o.doubtful())
            continue;
        const int row = mDoubtful->rowCount();
        mDoubtful->insertRow(row);
        auto* number = new QTableWidgetItem(QString::number(o.sourceRow));
        number->setData(Qt::UserRole, o.sourceRow);
        mDoubtful->setItem(row, 0, number);
        // The match quality in the planner's language; the file keeps the English names.
        const QHash<QString, QString> qualityTitle = {
            {QStringLiteral("fuzzy"), tr("fuzzy")},
            {QStringLiteral("ambiguous"), tr("ambiguous")},
            {QStringLiteral("none"), tr("unmatched")}};
        const QString status = o.state == State::Rejected && !o.nameMatch
                                   ? tr("rejected")
                                   : qualityTitle.value(o.quality, o.quality);
        mDoubtful->setItem(row, 1, new QTableWidgetItem(status));
        mDoubtful->setItem(row, 2, new QTableWidgetItem(o.reason));
        mDoubtful->setItem(row, 3, new QTableWidgetItem(o.cells.join(QStringLiteral(" | "))));
        if (o.candidates.isEmpty())
            continue;
        auto* combo = new QComboBox;
        combo->addItem(tr("(choose a division)"), -1);
        for (int c = 0; c < o.candidates.size(); ++c)
            combo->addItem(QStringLiteral("%1  %2").arg(o.candidates[c].path, o.candidates[c].code),
                           c);
        const int sourceRow = o.sourceRow;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, sourceRow] {
            pickCandidate(sourceRow, combo->currentData().toInt());
        });
        mDoubtful->setCellWidget(row, 4, combo);
    }
    mDoubtful->resizeColumnsToContents();
    updateCounts();
}

void ImportWizard::updateCounts()
{
    if (!mTable) {
        mCounts->setText(mLastError);
        return;
    }
    const Summary s = summary();
    mCounts->setText(
        tr("%1 rows read from %2: %3 on the map, %4 matched by name, %5 rejected, "
           "%6 excluded (totals, blank rows) = %7 %8")
            .arg(s.rowsRead)
            .arg(QFileInfo(sourcePath()).fileName())
            .arg(s.onMap)
            .arg(s.matched)
            .arg(s.rejected)
            .arg(s.excluded)
            .arg(s.total())
            .arg(s.addsUp() ? tr("(all rows accounted for)")
                            : tr("(does not add up: please report)")) +
        (mVillages.layerId.isEmpty() || s.matched == 0
             ? QString()
             : QStringLiteral("\n") + tr("Rows matched by name are drawn at the village points of "
                                         "\"%1\" (%2), or at their township's centre, approximate "
                                         "(%3); the others are listed without a point.")
                                          .arg(mVillages.layerId)
                                          .arg(mDrawn.atVillage)
                                          .arg(mDrawn.atTownship)));
}

bool ImportWizard::importNow()
{
    mLastError.clear();
    if (!mDocument->hasProject())
        return fail(tr("Open a project first: the imported layer is added to it."), false);
    if (!mTable && !runImport())
        return false;
    const LayerRole* r = role();
    const QString out =
        outputPath().isEmpty() ? QString() : QFileInfo(outputPath()).absoluteFilePath();
    if (out.isEmpty())
        return fail(tr("Choose the file to write."), false);
    const QString layerName = r->id + QStringLiteral("_imported");
    mRejectsPath = listRejectsPath(out);
    // Never overwrite the planner's table or a file the project reads.
    OutputGuard guard;
    guard.addInput(sourcePath(), tr("the table being imported"));
    guard.addProject(mDocument->project().toProject());
    for (const QString& target : {out, mRejectsPath}) {
        const QString input = guard.conflict(target);
        if (!input.isEmpty())
            return fail(tr("%1 is %2; choose another file.").arg(target, input), false);
    }
    LoadedLayer loaded;
    try {
        writeListImport(*mTable, mOutcomes, layerName, out, mRejectsPath);
        ReadOptions read;
        read.targetCrs = mDocument->project().crs;
        auto data = std::make_shared<Layer>(VectorReader::read(out, read));
        QStringList columns;
        for (const FieldDef& f : data->attributes.fields())
            columns << f.name;
        loaded.mapping = FieldMapping::map(*r, columns);
        // The division code the gazetteer gave is the role's code (villages roll up by it).
        if (r->field(QStringLiteral("code")) &&
            !loaded.mapping.sourceOf.contains(QStringLiteral("code")) &&
            columns.contains(QStringLiteral("division_code"))) {
            loaded.mapping.sourceOf.insert(QStringLiteral("code"), QStringLiteral("division_code"));
            loaded.mapping.unmappedRequired.removeAll(QStringLiteral("code"));
            loaded.mapping.unmappedOptional.removeAll(QStringLiteral("code"));
        }
        loaded.data = std::move(data);
    } catch (const Error& e) {
        return fail(e.message(), false);
    }
    QString id = r->id + QStringLiteral("_imported");
    for (int n = 2; mDocument->indexOf(id) >= 0; ++n)
        id = QStringLiteral("%1_imported_%2").arg(r->id).arg(n);
    loaded.entry.id = id;
    loaded.entry.title = QFileInfo(sourcePath()).completeBaseName();
    const QString projectFile = mDocument->project().project.filePath;
    loaded.entry.source =
        projectFile.isEmpty() ? out : QFileInfo(projectFile).absoluteDir().relativeFilePath(out);
    loaded.entry.layerName = layerName;
    loaded.entry.role = r->id;
    mDocument->addLayer(loaded);
    return true;
}

} // namespace wm
