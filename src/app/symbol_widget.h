#pragma once

#include "core/geometry_kind.h"
#include "render/symbol.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace wm {

class ColorButton;

/// The properties of one symbol that the map draws for a geometry kind, as QGIS's symbol
/// selector shows them: for points the marker shape, size, fill and outline; for lines the
/// colour, width and dash; for polygons the fill and the outline. Properties the kind does
/// not draw are kept as they were.
class SymbolWidget : public QWidget {
    Q_OBJECT
public:
    SymbolWidget(GeometryKind kind, QWidget* parent = nullptr);

    Symbol symbol() const;
    /// Shows `symbol` without emitting changed().
    void setSymbol(const Symbol& symbol);

Q_SIGNALS:
    void changed();

private:
    void takeEdits();

    GeometryKind mKind;
    Symbol mSymbol;
    bool mLoading = false;
    QLabel* mPreview = nullptr;
    QComboBox* mShape = nullptr;
    QDoubleSpinBox* mSize = nullptr;
    ColorButton* mFill = nullptr;
    ColorButton* mStroke = nullptr;
    QDoubleSpinBox* mStrokeWidth = nullptr;
    QComboBox* mDash = nullptr;
};

/// A picture of `symbol` as the map and the legend draw it for `kind`, `size` pixels.
QIcon symbolIcon(const Symbol& symbol, GeometryKind kind, const QSize& size = QSize(24, 18));

} // namespace wm
