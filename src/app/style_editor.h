#pragma once

#include "render/style.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QToolButton;
class QLineEdit;

namespace wm {

class MapDocument;

/// Edits one layer's style: single symbol, categories of a field, graduated classes
/// (equal interval, quantile, natural breaks) with a colour ramp, and labels. Every
/// change is applied to the map at once; Cancel restores the style the dialog opened with.
class StyleEditor : public QDialog {
    Q_OBJECT
public:
    StyleEditor(MapDocument* document, int layerIndex, QWidget* parent = nullptr);

    const Style& style() const { return mStyle; }

private:
    void buildUi();
    void loadFromStyle();
    void apply();
    void fillCategoryTable();
    void fillClassTable();
    void editSymbolColor(int row);
    QToolButton* colorButton(QColor* target);

    MapDocument* mDocument;
    int mLayerIndex;
    Style mOriginal;
    Style mStyle;
    bool mLoading = false;

    QComboBox* mType = nullptr;
    QComboBox* mField = nullptr;
    QStackedWidget* mPages = nullptr;
    QToolButton* mFill = nullptr;
    QToolButton* mStroke = nullptr;
    QDoubleSpinBox* mStrokeWidth = nullptr;
    QDoubleSpinBox* mSize = nullptr;
    QComboBox* mShape = nullptr;
    QTableWidget* mCategories = nullptr;
    QComboBox* mMethod = nullptr;
    QSpinBox* mClassCount = nullptr;
    QToolButton* mRampStart = nullptr;
    QToolButton* mRampEnd = nullptr;
    QTableWidget* mClasses = nullptr;
    QCheckBox* mLabelsOn = nullptr;
    QComboBox* mLabelText = nullptr;
    QDoubleSpinBox* mLabelSize = nullptr;
    QSpinBox* mLabelPriority = nullptr;
    QDoubleSpinBox* mLabelMinScale = nullptr;
};

} // namespace wm
