#pragma once

#include "core/geometry_kind.h"
#include "render/style.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace wm {

/// One line of a legend: a symbol as the map draws it and its text.
struct LegendItem {
    QString label;
    Symbol symbol;
};

/// The legend lines of a style: one for a single symbol (empty label: the layer's name
/// stands for it), one per category or class, in the style's order.
std::vector<LegendItem> legendItems(const Style& style);

/// Draws `symbol` as the map draws it for `kind` inside `box`: a filled square for
/// polygons, a short line for lines, the marker for points.
void drawLegendSymbol(QPainter& painter, const QRectF& box, const Symbol& symbol, GeometryKind kind,
                      double scale = 1.0);

} // namespace wm
