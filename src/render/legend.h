#pragma once

#include "core/geometry_kind.h"
#include "render/style.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace wm {

class Layer;

/// One line of a legend: a symbol as the map draws it and its text.
struct LegendItem {
    QString label;
    Symbol symbol;
};

/// The legend lines of a style: one for a single symbol (empty label: the layer's name
/// stands for it), one per category or class, in the style's order.
std::vector<LegendItem> legendItems(const Style& style);

/// The legend lines of what the map shows of `layer` under `style`: legendItems(style),
/// plus, for a categorized or graduated style, the fallback symbol ("Other / no value")
/// when a drawn feature gets it (a coverage map's units without a value are grey, and
/// the legend says what grey means). `shown` as RenderLayer::shown (empty: all).
std::vector<LegendItem> legendItems(const Style& style, const Layer& layer,
                                    const std::vector<char>& shown);

/// The legend line of proposals: the dashed ring the map draws round a scenario's
/// planned works (drawn as a point symbol), labelled "Proposal (scenario)".
LegendItem proposalLegendItem(const QString& scenario);

/// Draws `symbol` as the map draws it for `kind` inside `box`: a filled square for
/// polygons, a short line for lines, the marker for points.
void drawLegendSymbol(QPainter& painter, const QRectF& box, const Symbol& symbol, GeometryKind kind,
                      double scale = 1.0);

} // namespace wm
