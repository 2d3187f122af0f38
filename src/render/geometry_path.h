#pragma once

#include "core/geometry_store.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <vector>

namespace wm {

/// Lines and rings of a stored geometry as pixel polylines under `worldToPixel`.
/// Polygon rings come closed; points are not included.
/// Vertices closer than `minPixelDistance` to the last kept one are dropped (thinning to
/// the pixel size); the first and last vertex of each part are always kept.
std::vector<QPolygonF> pixelPolylines(const GeometryView& g, const QTransform& worldToPixel,
                                      double minPixelDistance = 0);

/// Polygonal parts of `g` as one odd-even filled path in pixels (holes stay holes).
QPainterPath pixelPolygonPath(const GeometryView& g, const QTransform& worldToPixel,
                              double minPixelDistance = 0);

/// Point parts of `g` in pixels.
std::vector<QPointF> pixelPoints(const GeometryView& g, const QTransform& worldToPixel);

/// One part's vertices mapped to pixels into `out` (cleared first), thinned as
/// pixelPolylines does: the drawing loop's allocation-free form.
void mapToPixels(const double* xy, std::uint32_t count, const QTransform& worldToPixel,
                 double minPixelDistance, QPolygonF& out);

} // namespace wm
