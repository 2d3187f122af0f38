#include "app/style_editor.h"

#include "app/map_document.h"
#include "render/marker.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wm {

namespace {
QIcon swatch(const Symbol& s)
{
    QImage image = markerImage(Symbol{s.fill,
                                      s.stroke,
                                      std::min(s.strokeWidth, 2.0),
                                      Qt::SolidLine,
                                      MarkerShape::Square,
                                      14,
                                      {}},
                               1.0);
    return QIcon(QPixmap::fromImage(image));
}

QIcon colorIcon(const QColor& c)
{
    QPixmap pm(24, 16);
    pm.fill(c.alpha() == 0 ? Qt::white : c);
    if (c.alpha() == 0) {
        QPainter p(&pm);
        p.setPen(Qt::red);
        p.drawLine(0, 16, 24, 0);
    }
    return QIcon(pm);
}
} // namespace

StyleEditor::StyleEditor(MapDocument* document, int layerIndex, QWidget* parent)
    : QDialog(parent), mDocument(document), mLayerIndex(layerIndex),
      mOriginal(document->style(layerIndex)), mStyle(mOriginal)
{
    setWindowTitle(tr("Style of %1").arg(document->layer(layerIndex).entry.displayName()));
    buildUi();
    loadFromStyle();
}

QToolButton* StyleEditor::colorButton(QColor* target)
{
    auto* b = new QToolButton(this);
    b->setIcon(colorIcon(*target));
    connect(b, &QToolButton::clicked, this, [this, b, target] {
        const QColor c = QColorDialog::getColor(*target, this, tr("Choose a colour"),
                                                QColorDialog::ShowAlphaChannel);
        if (!c.isValid())
            return;
        *target = c;
        b->setIcon(colorIcon(c));
        apply();
    });
    return b;
}

void StyleEditor::buildUi()
{
    const Layer& layer = *mDocument->layer(mLayerIndex).data;
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    mType = new QComboBox(this);
    mType->addItem(tr("Single symbol"), int(StyleType::Single));
    mType->addItem(tr("Categorized"), int(StyleType::Categorized));
    mType->addItem(tr("Graduated"), int(StyleType::Graduated));
    top->addRow(tr("Type:"), mType);
    mField = new QComboBox(this);
    for (const FieldDef& f : layer.attributes.fields())
        mField->addItem(f.name);
    top->addRow(tr("Field:"), mField);
    layout->addLayout(top);

    auto* symbolBox = new QGroupBox(tr("Symbol"), this);
    auto* symbolForm = new QFormLayout(symbolBox);
    mFill = colorButton(&mStyle.symbol.fill);
    mStroke = colorButton(&mStyle.symbol.stroke);
    symbolForm->addRow(tr("Fill:"), mFill);
    symbolForm->addRow(tr("Outline:"), mStroke);
    mStrokeWidth = new QDoubleSpinBox(this);
    mStrokeWidth->setRange(0, 20);
    mStrokeWidth->setSingleStep(0.2);
    symbolForm->addRow(tr("Line width:"), mStrokeWidth);
    mSize = new QDoubleSpinBox(this);
    mSize->setRange(1, 64);
    symbolForm->addRow(tr("Marker size:"), mSize);
    mShape = new QComboBox(this);
    for (MarkerShape s : {MarkerShape::Circle, MarkerShape::Square, MarkerShape::Triangle,
                          MarkerShape::Diamond, MarkerShape::Star, MarkerShape::Cross})
        mShape->addItem(markerShapeName(s), int(s));
    symbolForm->addRow(tr("Marker shape:"), mShape);
    layout->addWidget(symbolBox);

    mPages = new QStackedWidget(this);
    mPages->addWidget(new QWidget(this));
    auto* catPage = new QWidget(this);
    auto* catLayout = new QVBoxLayout(catPage);
    auto* classify = new QPushButton(tr("Classify (one class per value)"), catPage);
    mCategories = new QTableWidget(0, 3, catPage);
    mCategories->setHorizontalHeaderLabels({tr("Symbol"), tr("Value"), tr("Legend")});
    mCategories->horizontalHeader()->setStretchLastSection(true);
    catLayout->addWidget(classify);
    catLayout->addWidget(mCategories);
    mPages->addWidget(catPage);
    auto* gradPage = new QWidget(this);
    auto* gradLayout = new QVBoxLayout(gradPage);
    auto* gradForm = new QFormLayout;
    mMethod = new QComboBox(gradPage);
    mMethod->addItem(tr("Natural breaks (Jenks)"), int(ClassMethod::NaturalBreaks));
    mMethod->addItem(tr("Quantile"), int(ClassMethod::Quantile));
    mMethod->addItem(tr("Equal interval"), int(ClassMethod::EqualInterval));
    gradForm->addRow(tr("Method:"), mMethod);
    mClassCount = new QSpinBox(gradPage);
    mClassCount->setRange(2, 12);
    gradForm->addRow(tr("Classes:"), mClassCount);
    mRampStart = colorButton(&mStyle.rampStart);
    mRampEnd = colorButton(&mStyle.rampEnd);
    auto* ramp = new QHBoxLayout;
    ramp->addWidget(mRampStart);
    ramp->addWidget(new QLabel(QStringLiteral("→"), gradPage));
    ramp->addWidget(mRampEnd);
    ramp->addStretch();
    gradForm->addRow(tr("Colour ramp:"), ramp);
    gradLayout->addLayout(gradForm);
    mClasses = new QTableWidget(0, 3, gradPage);
    mClasses->setHorizontalHeaderLabels({tr("Symbol"), tr("Range"), tr("Legend")});
    mClasses->horizontalHeader()->setStretchLastSection(true);
    gradLayout->addWidget(mClasses);
    mPages->addWidget(gradPage);
    layout->addWidget(mPages);

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
    layout->addWidget(labelBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        mDocument->setStyle(mLayerIndex, mOriginal);
        reject();
    });
    layout->addWidget(buttons);

    connect(mType, &QComboBox::currentIndexChanged, this, [this] {
        mPages->setCurrentIndex(mType->currentIndex());
        apply();
    });
    for (QComboBox* c : {mField, mShape, mMethod})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { apply(); });
    for (QDoubleSpinBox* s : {mStrokeWidth, mSize, mLabelSize, mLabelMinScale})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] { apply(); });
    for (QSpinBox* s : {mClassCount, mLabelPriority})
        connect(s, &QSpinBox::valueChanged, this, [this] { apply(); });
    connect(mLabelsOn, &QCheckBox::toggled, this, [this] { apply(); });
    connect(mLabelText, &QComboBox::currentTextChanged, this, [this] { apply(); });
    connect(classify, &QPushButton::clicked, this, [this] {
        mStyle.categorize(*mDocument->layer(mLayerIndex).data);
        fillCategoryTable();
        apply();
    });
    connect(mCategories, &QTableWidget::cellDoubleClicked, this, [this](int row, int col) {
        if (col == 0)
            editSymbolColor(row);
    });
    connect(mCategories, &QTableWidget::cellChanged, this, [this](int row, int col) {
        if (!mLoading && col == 2 && row < mStyle.categories.size()) {
            mStyle.categories[row].label = mCategories->item(row, col)->text();
            apply();
        }
    });
}

void StyleEditor::loadFromStyle()
{
    mLoading = true;
    mType->setCurrentIndex(mType->findData(int(mStyle.type)));
    mPages->setCurrentIndex(mType->currentIndex());
    if (!mStyle.field.isEmpty())
        mField->setCurrentText(mStyle.field);
    mStrokeWidth->setValue(mStyle.symbol.strokeWidth);
    mSize->setValue(mStyle.symbol.size);
    mShape->setCurrentIndex(mShape->findData(int(mStyle.symbol.shape)));
    mMethod->setCurrentIndex(mMethod->findData(int(mStyle.method)));
    mClassCount->setValue(mStyle.classCount);
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

void StyleEditor::fillCategoryTable()
{
    const bool wasLoading = std::exchange(mLoading, true);
    mCategories->setRowCount(int(mStyle.categories.size()));
    for (int r = 0; r < mStyle.categories.size(); ++r) {
        const Category& c = mStyle.categories[r];
        auto* sym = new QTableWidgetItem(swatch(c.symbol), QString());
        sym->setFlags(Qt::ItemIsEnabled);
        mCategories->setItem(r, 0, sym);
        auto* value = new QTableWidgetItem(c.value);
        value->setFlags(Qt::ItemIsEnabled);
        mCategories->setItem(r, 1, value);
        mCategories->setItem(r, 2, new QTableWidgetItem(c.label.isEmpty() ? c.value : c.label));
    }
    mLoading = wasLoading;
}

void StyleEditor::fillClassTable()
{
    mClasses->setRowCount(int(mStyle.classes.size()));
    for (int r = 0; r < mStyle.classes.size(); ++r) {
        const GraduatedClass& c = mStyle.classes[r];
        mClasses->setItem(r, 0, new QTableWidgetItem(swatch(c.symbol), QString()));
        mClasses->setItem(r, 1, new QTableWidgetItem(classLabel(c.lower, c.upper)));
        mClasses->setItem(r, 2, new QTableWidgetItem(c.label));
    }
}

void StyleEditor::editSymbolColor(int row)
{
    Symbol& s = mStyle.categories[row].symbol;
    const bool isLine = mDocument->layer(mLayerIndex).data->kind == GeometryKind::Line;
    QColor& target = isLine ? s.stroke : s.fill;
    const QColor c = QColorDialog::getColor(target, this, tr("Choose a colour"));
    if (!c.isValid())
        return;
    target = c;
    fillCategoryTable();
    apply();
}

void StyleEditor::apply()
{
    if (mLoading)
        return;
    const Layer& layer = *mDocument->layer(mLayerIndex).data;
    const auto type = StyleType(mType->currentData().toInt());
    const QString field = mField->currentText();
    mStyle.symbol.strokeWidth = mStrokeWidth->value();
    mStyle.symbol.size = mSize->value();
    mStyle.symbol.shape = MarkerShape(mShape->currentData().toInt());
    const bool fieldChanged = field != mStyle.field;
    mStyle.field = field;
    if (type == StyleType::Categorized &&
        (fieldChanged || mStyle.categories.isEmpty() || mStyle.type != type)) {
        if (fieldChanged || mStyle.categories.isEmpty())
            mStyle.categorize(layer);
        fillCategoryTable();
    }
    mStyle.type = type;
    if (type == StyleType::Graduated) {
        mStyle.method = ClassMethod(mMethod->currentData().toInt());
        mStyle.classCount = mClassCount->value();
        mStyle.classify(layer); // classes follow method, count, ramp and symbol live
        fillClassTable();
    }
    mStyle.labels.text = mLabelsOn->isChecked() ? mLabelText->currentText() : QString();
    mStyle.labels.size = mLabelSize->value();
    mStyle.labels.priority = mLabelPriority->value();
    mStyle.labels.minScale = mLabelMinScale->value();
    mDocument->setStyle(mLayerIndex, mStyle);
}

} // namespace wm
