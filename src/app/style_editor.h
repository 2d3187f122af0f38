#pragma once

#include "core/layer_role.h"
#include "render/style.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace wm {

class ColorButton;
class MapDocument;
class SymbolWidget;

/// Edits one layer's style, as QGIS's symbology page: single symbol, categories of a field
/// (titled from the role's value titles), graduated classes of a numeric field (equal
/// interval, quantile, natural breaks) with a colour ramp, and labels. A class's own symbol
/// (shape, size, colours, outline) opens with a double-click on its row. Every change is
/// applied to the map at once; Cancel (or Esc) puts back the style the dialog opened with
/// and leaves the project as modified as it was.
class StyleEditor : public QDialog {
    Q_OBJECT
public:
    StyleEditor(MapDocument* document, int layerIndex, QWidget* parent = nullptr);

    const Style& style() const { return mStyle; }
    /// Opens the symbol dialog of class `row` of the categories or graduated classes shown.
    void editClassSymbol(int row);

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void buildUi();
    QWidget* buildCategoryPage();
    QWidget* buildGraduatedPage();
    void loadFromStyle();
    /// Hands the style (with the label settings) to the document: the map follows.
    void apply();
    void setType(StyleType type);
    void setField(const QString& column);
    /// Fields offered for `type`: every field, or the numeric ones for graduated.
    void fillFieldBox(StyleType type);
    QString defaultField(StyleType type) const;
    void classifyCategories();
    void reclassify();
    void fillCategoryTable();
    void fillClassTable();
    void deleteSelectedCategories();
    const RoleField* roleField(const QString& column) const;

    MapDocument* mDocument;
    int mLayerIndex;
    GeometryKind mKind;
    Style mOriginal;
    QJsonObject mOriginalInline;
    bool mWasModified;
    Style mStyle;
    bool mLoading = false;
    /// Categories of the fields classified before, so going back to a field brings its
    /// classes (symbols, legend texts) back.
    QHash<QString, QVector<Category>> mCategoriesByField;

    QComboBox* mType = nullptr;
    QComboBox* mField = nullptr;
    QGroupBox* mSymbolBox = nullptr;
    SymbolWidget* mSymbol = nullptr;
    QStackedWidget* mPages = nullptr;
    QTableWidget* mCategories = nullptr;
    QComboBox* mMethod = nullptr;
    QSpinBox* mClassCount = nullptr;
    ColorButton* mRampStart = nullptr;
    ColorButton* mRampEnd = nullptr;
    QTableWidget* mClasses = nullptr;
    QCheckBox* mLabelsOn = nullptr;
    QComboBox* mLabelText = nullptr;
    QDoubleSpinBox* mLabelSize = nullptr;
    QSpinBox* mLabelPriority = nullptr;
    QDoubleSpinBox* mLabelMinScale = nullptr;
};

} // namespace wm
