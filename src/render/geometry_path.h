#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <geos_c.h>

#include <vector>

namespace wm {

/// Lines and rings of a GEOS geometry as pixel polylines under `worldToPixel`.
/// Polygon rings come closed; points are not included.
std::vector<QPolygonF> pixelPolylines(const GEOSGeometry* g, const QTransform& worldToPixel);

/// Polygonal parts of `g` as one odd-even filled path in pixels (holes stay holes).
QPainterPath pixelPolygonPath(const GEOSGeometry* g, const QTransform& worldToPixel);

/// Point parts of `g` in pixels.
std::vector<QPointF> pixelPoints(const GEOSGeometry* g, const QTransform& worldToPixel);

} // namespace wm
