#include "app/style_editor.h"

#include "app/color_button.h"
#include "app/map_document.h"
#include "app/symbol_dialog.h"
#include "app/symbol_widget.h"
#include "core/ui_language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace wm {

namespace {
constexpr QSize IconSize(24, 18);

/// A column that identifies rather than measures ("code", "county_code", "编号"): never
/// the first choice for a graduated map.
bool isIdentifier(const QString& column)
{
    const QString c = column.toLower();
    return c == QLatin1String("fid") || c == QLatin1String("id") ||
           c.endsWith(QLatin1String("code")) || c.endsWith(QLatin1String("_id")) ||
           c.contains(QStringLiteral("代码")) || c.contains(QStringLiteral("编码")) ||
           c.contains(QStringLiteral("编号"));
}

/// A table of classes: symbol, value or range, legend text (the column that stretches).
QTableWidget* classTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, 3, parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setIconSize(IconSize);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem* fixedItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

StyleEditor::StyleEditor(MapDocument* document, int layerIndex, QWidget* parent)
    : QDialog(parent), mDocument(document), mLayerIndex(layerIndex),
      mKind(document->layer(layerIndex).data->kind), mOriginal(document->style(layerIndex)),
      mOriginalInline(document->layer(layerIndex).entry.inlineStyle),
      mWasModified(document->isModified()), mStyle(mOriginal)
{
    setWindowTitle(tr("Style of %1").arg(document->layer(layerIndex).entry.displayName()));
    buildUi();
    loadFromStyle();
    // Wide and tall enough for the whole class table with its legend column, as QGIS's
    // layer properties open.
    resize(std::max(sizeHint().width(), 860), std::max(sizeHint().height(), 620));
}

void StyleEditor::buildUi()
{
    const Layer& layer = *mDocument->layer(mLayerIndex).data;
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    mType = new QComboBox(this);
    mType->setObjectName(QStringLiteral("styleType"));
    mType->addItem(tr("Single symbol"), int(StyleType::Single));
    mType->addItem(tr("Categorized"), int(StyleType::Categorized));
    mType->addItem(tr("Graduated"), int(StyleType::Graduated));
    const bool anyNumeric =
        std::any_of(layer.attributes.fields().cbegin(), layer.attributes.fields().cend(),
                    [](const FieldDef& f) { return isNumeric(f.type); });
    if (!anyNumeric) {
        auto* model = qobject_cast<QStandardItemModel*>(mType->model());
        model->item(2)->setEnabled(false);
        model->item(2)->setToolTip(tr("The layer has no numeric field"));
    }
    top->addRow(tr("Type:"), mType);
    mField = new QComboBox(this);
    mField->setObjectName(QStringLiteral("styleField"));
    top->addRow(tr("Field:"), mField);
    layout->addLayout(top);

    // The symbol and the labels on the left; the classes, which need the room, on the right.
    auto* body = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    mSymbolBox = new QGroupBox(tr("Symbol"), this);
    auto* symbolLayout = new QVBoxLayout(mSymbolBox);
    mSymbol = new SymbolWidget(mKind, mSymbolBox);
    mSymbol->setObjectName(QStringLiteral("baseSymbol"));
    symbolLayout->addWidget(mSymbol);
    left->addWidget(mSymbolBox);

    auto* labelBox = new QGroupBox(tr("Labels"), this);
    auto* labelForm = new QFormLayout(labelBox);
    mLabelsOn = new QCheckBox(tr("Show labels"), labelBox);
    labelForm->addRow(mLabelsOn);
    mLabelText = new QComboBox(labelBox);
    mLabelText->setEditable(true);
    mLabelText->setToolTip(tr("A field, or a text with fields in braces, e.g. {name} {spaces}"));
    for (const FieldDef& f : layer.attributes.fields())
        mLabelText->addItem(f.name);
    labelForm->addRow(tr("Text:"), mLabelText);
    mLabelSize = new QDoubleSpinBox(labelBox);
    mLabelSize->setRange(4, 48);
    labelForm->addRow(tr("Size (pt):"), mLabelSize);
    mLabelPriority = new QSpinBox(labelBox);
    mLabelPriority->setRange(0, 10);
    labelForm->addRow(tr("Priority:"), mLabelPriority);
    mLabelMinScale = new QDoubleSpinBox(labelBox);
    mLabelMinScale->setRange(0, 1e9);
    mLabelMinScale->setDecimals(0);
    mLabelMinScale->setPrefix(QStringLiteral("1:"));
    mLabelMinScale->setSpecialValueText(tr("all scales"));
    labelForm->addRow(tr("Only from scale:"), mLabelMinScale);
    left->addWidget(labelBox);
    left->addStretch();
    body->addLayout(left);

    mPages = new QStackedWidget(this);
    auto* single = new QLabel(tr("Every feature is drawn with the symbol on the left."), this);
    single->setAlignment(Qt::AlignCenter);
    single->setWordWrap(true);
    mPages->addWidget(single);
    mPages->addWidget(buildCategoryPage());
    mPages->addWidget(buildGraduatedPage());
    body->addWidget(mPages, 1);
    layout->addLayout(body, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StyleEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StyleEditor::reject);
    layout->addWidget(buttons);

    connect(mType, &QComboBox::currentIndexChanged, this,
            [this] { setType(StyleType(mType->currentData().toInt())); });
    connect(mField, &QComboBox::currentIndexChanged, this,
            [this] { setField(mField->currentData().toString()); });
    connect(mSymbol, &SymbolWidget::changed, this, [this] {
        mStyle.symbol = mSymbol->symbol();
        if (mStyle.type == StyleType::Graduated)
            reclassify(); // the classes take the base symbol, coloured along the ramp
        apply();
    });
    for (QDoubleSpinBox* s : {mLabelSize, mLabelMinScale})
        connect(s, &QDoubleSpinBox::valueChanged, this, &StyleEditor::apply);
    connect(mLabelPriority, &QSpinBox::valueChanged, this, &StyleEditor::apply);
    connect(mLabelsOn, &QCheckBox::toggled, this, &StyleEditor::apply);
    connect(mLabelText, &QComboBox::currentTextChanged, this, &StyleEditor::apply);
}

QWidget* StyleEditor::buildCategoryPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    auto* classify = new QPushButton(tr("Classify"), page);
    classify->setObjectName(QStringLiteral("classify"));
    classify->setToolTip(tr("Add a class for each value of the field that has none; the "
                            "classes there keep their symbols"));
    auto* remove = new QPushButton(tr("Delete Classes"), page);
    remove->setToolTip(tr("Delete the selected classes"));
    buttons->addWidget(classify);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    mCategories =
        classTable(QStringLiteral("categories"), {tr("Symbol"), tr("Value"), tr("Legend")}, page);
    mCategories->setToolTip(tr("Double-click a symbol or a value to change the class's "
                               "symbol, a legend text to edit it"));
    layout->addWidget(mCategories);

    connect(classify, &QPushButton::clicked, this, [this] {
        classifyCategories();
        apply();
    });
    connect(remove, &QPushButton::clicked, this, &StyleEditor::deleteSelectedCategories);
    connect(mCategories, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != 2)
            editClassSymbol(row);
    });
    connect(mCategories, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!mLoading && column == 2 && row < mStyle.categories.size()) {
            mStyle.categories[row].label = mCategories->item(row, column)->text();
            apply();
        }
    });
    return page;
}

QWidget* StyleEditor::buildGraduatedPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    mMethod = new QComboBox(page);
    mMethod->setObjectName(QStringLiteral("classMethod"));
    mMethod->addItem(tr("Natural breaks (Jenks)"), int(ClassMethod::NaturalBreaks));
    mMethod->addItem(tr("Quantile"), int(ClassMethod::Quantile));
    mMethod->addItem(tr("Equal interval"), int(ClassMethod::EqualInterval));
    form->addRow(tr("Method:"), mMethod);
    mClassCount = new QSpinBox(page);
    mClassCount->setRange(2, 12);
    form->addRow(tr("Classes:"), mClassCount);
    mRampStart = new ColorButton(mStyle.rampStart, page);
    mRampEnd = new ColorButton(mStyle.rampEnd, page);
    auto* ramp = new QHBoxLayout;
    ramp->addWidget(mRampStart);
    ramp->addWidget(new QLabel(QStringLiteral("→"), page));
    ramp->addWidget(mRampEnd);
    ramp->addStretch();
    form->addRow(tr("Colour ramp:"), ramp);
    layout->addLayout(form);
    mClasses =
        classTable(QStringLiteral("classes"), {tr("Symbol"), tr("Range"), tr("Legend")}, page);
    mClasses->setToolTip(tr("Double-click a symbol or a range to change the class's symbol, "
                            "a legend text to edit it"));
    layout->addWidget(mClasses);

    const auto reclassifyAndApply = [this] {
        if (mLoading)
            return;
        reclassify();
        apply();
    };
    connect(mMethod, &QComboBox::currentIndexChanged, this, reclassifyAndApply);
    connect(mClassCount, &QSpinBox::valueChanged, this, reclassifyAndApply);
    connect(mRampStart, &ColorButton::colorChanged, this, reclassifyAndApply);
    connect(mRampEnd, &ColorButton::colorChanged, this, reclassifyAndApply);
    connect(mClasses, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != 2)
            editClassSymbol(row);
    });
    connect(mClasses, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (!mLoading && column == 2 && row < mStyle.classes.size()) {
            mStyle.classes[row].label = mClasses->item(row, column)->text();
            apply();
        }
    });
    return page;
}

const RoleField* StyleEditor::roleField(const QString& column) const
{
    const LoadedLayer& l = mDocument->layer(mLayerIndex);
    if (const LayerRole* role = mDocument->roles().role(l.entry.role))
        for (const RoleField& f : role->fields)
            if (!column.isEmpty() && l.columnOf(f.name) == column)
                return &f;
    return nullptr;
}

void StyleEditor::fillFieldBox(StyleType type)
{
    const bool wasLoading = std::exchange(mLoading, true);
    mField->clear();
    const bool chinese = chineseUi();
    for (const FieldDef& f : mDocument->layer(mLayerIndex).data->attributes.fields()) {
        if (type == StyleType::Graduated && !isNumeric(f.type))
            continue;
        const RoleField* role = roleField(f.name);
        const QString title = role ? (chinese ? role->titleZh : role->titleEn) : QString();
        mField->addItem(title.isEmpty() || title == f.name
                            ? f.name
                            : QStringLiteral("%1 (%2)").arg(title, f.name),
                        f.name);
    }
    mField->setEnabled(type != StyleType::Single);
    const int current = mField->findData(mStyle.field);
    mField->setCurrentIndex(current >= 0 ? current : mField->findData(defaultField(type)));
    mLoading = wasLoading;
}

QString StyleEditor::defaultField(StyleType type) const
{
    const QVector<FieldDef>& fields = mDocument->layer(mLayerIndex).data->attributes.fields();
    if (type == StyleType::Graduated) {
        // A measure (households, spaces, capacity), not a code that happens to be a number.
        for (const FieldDef& f : fields)
            if (isNumeric(f.type) && !isIdentifier(f.name) &&
                !(roleField(f.name) && !roleField(f.name)->values.isEmpty()))
                return f.name;
        for (const FieldDef& f : fields)
            if (isNumeric(f.type))
                return f.name;
        return QString();
    }
    // Categories read best from a coded field of the role (kind, status).
    for (const FieldDef& f : fields)
        if (const RoleField* r = roleField(f.name); r && !r->values.isEmpty())
            return f.name;
    for (const FieldDef& f : fields)
        if (!isIdentifier(f.name))
            return f.name;
    return fields.isEmpty() ? QString() : fields.first().name;
}

void StyleEditor::loadFromStyle()
{
    mLoading = true;
    mType->setCurrentIndex(mType->findData(int(mStyle.type)));
    mPages->setCurrentIndex(mType->currentIndex());
    fillFieldBox(mStyle.type);
    mSymbol->setSymbol(mStyle.symbol);
    mSymbolBox->setTitle(mStyle.type == StyleType::Single ? tr("Symbol")
                                                          : tr("Symbol of other values"));
    mMethod->setCurrentIndex(mMethod->findData(int(mStyle.method)));
    mClassCount->setValue(mStyle.classCount);
    mRampStart->setColor(mStyle.rampStart);
    mRampEnd->setColor(mStyle.rampEnd);
    mLabelsOn->setChecked(mStyle.labels.enabled());
    mLabelText->setCurrentText(mStyle.labels.enabled() ? mStyle.labels.text
                                                       : mLabelText->itemText(0));
    mLabelSize->setValue(mStyle.labels.size);
    mLabelPriority->setValue(mStyle.labels.priority);
    mLabelMinScale->setValue(mStyle.labels.minScale);
    fillCategoryTable();
    fillClassTable();
    mLoading = false;
}

void StyleEditor::setType(StyleType type)
{
    if (mLoading)
        return;
    mPages->setCurrentIndex(mType->currentIndex());
    mSymbolBox->setTitle(type == StyleType::Single      ? tr("Symbol")
                         : type == StyleType::Graduated ? tr("Base symbol of the classes")
                                                        : tr("Symbol of other values"));
    mStyle.type = type;
    fillFieldBox(type);
    const QString field = mField->currentData().toString();
    if (type != StyleType::Single && field != mStyle.field)
        return setField(field); // classifies the new field and applies
    if (type == StyleType::Categorized)
        classifyCategories();
    if (type == StyleType::Graduated)
        reclassify();
    apply();
}

void StyleEditor::setField(const QString& column)
{
    if (mLoading || column == mStyle.field)
        return;
    mCategoriesByField.insert(mStyle.field, mStyle.categories);
    mStyle.field = column;
    mStyle.categories = mCategoriesByField.value(column);
    if (mStyle.type == StyleType::Categorized)
        classifyCategories();
    if (mStyle.type == StyleType::Graduated)
        reclassify();
    fillCategoryTable();
    apply();
}

void StyleEditor::classifyCategories()
{
    QHash<QString, QString> titles;
    if (const RoleField* f = roleField(mStyle.field))
        for (const QString& value : f->values)
            titles.insert(value, f->valueTitle(value, chineseUi()));
    mStyle.categorize(*mDocument->layer(mLayerIndex).data, titles);
    fillCategoryTable();
}

void StyleEditor::reclassify()
{
    mStyle.method = ClassMethod(mMethod->currentData().toInt());
    mStyle.classCount = mClassCount->value();
    mStyle.rampStart = mRampStart->color();
    mStyle.rampEnd = mRampEnd->color();
    mStyle.classify(*mDocument->layer(mLayerIndex).data);
    fillClassTable();
}

void StyleEditor::fillCategoryTable()
{
    const bool wasLoading = std::exchange(mLoading, true);
    mCategories->setRowCount(int(mStyle.categories.size()));
    for (int r = 0; r < mStyle.categories.size(); ++r) {
        const Category& c = mStyle.categories[r];
        auto* symbol = fixedItem(QString());
        symbol->setIcon(symbolIcon(c.symbol, mKind, IconSize));
        mCategories->setItem(r, 0, symbol);
        mCategories->setItem(r, 1, fixedItem(c.value));
        mCategories->setItem(r, 2, new QTableWidgetItem(c.label.isEmpty() ? c.value : c.label));
    }
    mLoading = wasLoading;
}

void StyleEditor::fillClassTable()
{
    const bool wasLoading = std::exchange(mLoading, true);
    mClasses->setRowCount(int(mStyle.classes.size()));
    for (int r = 0; r < mStyle.classes.size(); ++r) {
        const GraduatedClass& c = mStyle.classes[r];
        auto* symbol = fixedItem(QString());
        symbol->setIcon(symbolIcon(c.symbol, mKind, IconSize));
        mClasses->setItem(r, 0, symbol);
        mClasses->setItem(r, 1, fixedItem(classLabel(c.lower, c.upper)));
        mClasses->setItem(r, 2, new QTableWidgetItem(c.label));
    }
    mLoading = wasLoading;
}

void StyleEditor::deleteSelectedCategories()
{
    QList<int> rows;
    for (const QModelIndex& i : mCategories->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        if (r < mStyle.categories.size())
            mStyle.categories.removeAt(r);
    fillCategoryTable();
    apply();
}

void StyleEditor::editClassSymbol(int row)
{
    const bool graduated = mPages->currentIndex() == 2;
    if (row < 0 || row >= (graduated ? mStyle.classes.size() : mStyle.categories.size()))
        return;
    Symbol& symbol = graduated ? mStyle.classes[row].symbol : mStyle.categories[row].symbol;
    const QString name =
        graduated ? mStyle.classes[row].label
                  : (mStyle.categories[row].label.isEmpty() ? mStyle.categories[row].value
                                                            : mStyle.categories[row].label);
    SymbolDialog dialog(symbol, mKind, name, this);
    if (dialog.exec() != QDialog::Accepted || dialog.symbol() == symbol)
        return;
    symbol = dialog.symbol();
    if (graduated)
        fillClassTable();
    else
        fillCategoryTable();
    apply();
}

void StyleEditor::apply()
{
    if (mLoading)
        return;
    mStyle.labels.text = mLabelsOn->isChecked() ? mLabelText->currentText() : QString();
    mStyle.labels.size = mLabelSize->value();
    mStyle.labels.priority = mLabelPriority->value();
    mStyle.labels.minScale = mLabelMinScale->value();
    mDocument->setStyle(mLayerIndex, mStyle);
}

void StyleEditor::accept()
{
    // Back where it started (or never changed): nothing to save.
    if (mDocument->style(mLayerIndex) == mOriginal)
        mDocument->restoreStyle(mLayerIndex, mOriginal, mOriginalInline, mWasModified);
    QDialog::accept();
}

void StyleEditor::reject()
{
    mDocument->restoreStyle(mLayerIndex, mOriginal, mOriginalInline, mWasModified);
    QDialog::reject();
}

} // namespace wm
