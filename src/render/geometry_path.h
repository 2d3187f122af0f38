#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <geos_c.h>

#include <vector>

namespace wm {

/// Lines and rings of a GEOS geometry as pixel polylines under `worldToPixel`.
/// Polygon rings come closed; points are not included.
/// Vertices closer than `minPixelDistance` to the last kept one are dropped (thinning to
/// the pixel size); the first and last vertex of each part are always kept.
std::vector<QPolygonF> pixelPolylines(const GEOSGeometry* g, const QTransform& worldToPixel,
                                      double minPixelDistance = 0);

/// Polygonal parts of `g` as one odd-even filled path in pixels (holes stay holes).
QPainterPath pixelPolygonPath(const GEOSGeometry* g, const QTransform& worldToPixel,
                              double minPixelDistance = 0);

/// Point parts of `g` in pixels.
std::vector<QPointF> pixelPoints(const GEOSGeometry* g, const QTransform& worldToPixel);

} // namespace wm
