#include "render/geometry_path.h"

namespace wm {

void mapToPixels(const double* xy, std::uint32_t n, const QTransform& t, double minDistance,
                 QPolygonF& out)
{
    out.resize(0);
    out.reserve(n);
    // World to pixel is a scale and a translation (map views do not rotate or shear);
    // written out, it is several times faster than QTransform::map per vertex.
    const bool affine = t.type() <= QTransform::TxScale;
    const double sx = t.m11(), sy = t.m22(), dx = t.dx(), dy = t.dy();
    const double min2 = minDistance * minDistance;
    double lastX = 0, lastY = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        QPointF p;
        if (affine)
            p = QPointF(xy[2 * i] * sx + dx, xy[2 * i + 1] * sy + dy);
        else
            p = t.map(QPointF(xy[2 * i], xy[2 * i + 1]));
        if (min2 > 0 && i > 0 && i + 1 < n) {
            const double ddx = p.x() - lastX, ddy = p.y() - lastY;
            if (ddx * ddx + ddy * ddy < min2)
                continue;
        }
        out << p;
        lastX = p.x();
        lastY = p.y();
    }
}

std::vector<QPolygonF> pixelPolylines(const GeometryView& g, const QTransform& t,
                                      double minDistance)
{
    std::vector<QPolygonF> out;
    forEachPart(g, [&](StoredType type, const double* xy, std::uint32_t n, int) {
        if (type == StoredType::Point || n == 0)
            return;
        out.emplace_back();
        mapToPixels(xy, n, t, minDistance, out.back());
    });
    return out;
}

QPainterPath pixelPolygonPath(const GeometryView& g, const QTransform& t, double minDistance)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    QPolygonF ring;
    forEachPart(g, [&](StoredType type, const double* xy, std::uint32_t n, int) {
        if (type != StoredType::Polygon || n == 0)
            return;
        mapToPixels(xy, n, t, minDistance, ring);
        path.addPolygon(ring);
        path.closeSubpath();
    });
    return path;
}

std::vector<QPointF> pixelPoints(const GeometryView& g, const QTransform& t)
{
    std::vector<QPointF> out;
    forEachPart(g, [&](StoredType type, const double* xy, std::uint32_t n, int) {
        if (type == StoredType::Point && n == 1)
            out.push_back(t.map(QPointF(xy[0], xy[1])));
    });
    return out;
}

} // namespace wm
