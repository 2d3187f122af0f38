#pragma once

#include "core/geometry_store.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <utility>
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

/// The outline of a solid line of `halfWidth` on either side of `line`, with flat caps and
/// bevel joins (QPainter's stroke for strokePen()), into `out` (cleared first): the left
/// offset of each segment forwards, then the right offset backwards. Filled with the
/// winding rule it covers what the stroke covers. QPainter's stroker builds the same
/// outline through a general path (with trigonometry per join), which costs twice the fill
/// for the short lines of a dense pipe layer. Repeated vertices are skipped; a line of
/// one distinct vertex has no outline.
void strokeOutline(const QPolygonF& line, double halfWidth, QPolygonF& out);

/// Douglas–Peucker simplification of a pixel polyline in place: drops every vertex that
/// lies within `tolerance` pixels of the simplified line, keeping the first and last.
/// At small scales a short pipe's many vertices fall within one pixel; drawing the
/// simplified line looks the same (QGIS simplifies to 1 px by default) and, reduced to
/// one segment, takes QPainter's much cheaper single-line path. The object keeps its
/// buffers between calls, so the drawing loop does not allocate.
class PixelLineSimplifier {
public:
    void simplify(QPolygonF& line, double tolerance);

private:
    std::vector<std::pair<int, int>> mStack;
    std::vector<char> mKeep;
};

} // namespace wm
