#include "render/geometry_path.h"

#include "core/geos_context.h"

namespace wm {

namespace {

QPolygonF toPixels(const GEOSCoordSequence* seq, const QTransform& t, double minDistance)
{
    GEOSContextHandle_t ctx = geosContext();
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    std::vector<double> xy(2 * std::size_t(n));
    GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data(), 0, 0);
    QPolygonF poly;
    poly.reserve(n);
    const double min2 = minDistance * minDistance;
    for (unsigned int i = 0; i < n; ++i) {
        const QPointF p = t.map(QPointF(xy[2 * i], xy[2 * i + 1]));
        if (min2 > 0 && !poly.isEmpty() && i + 1 < n) {
            const QPointF d = p - poly.back();
            if (d.x() * d.x() + d.y() * d.y() < min2)
                continue;
        }
        poly << p;
    }
    return poly;
}

template <typename Visit> void forEachPart(const GEOSGeometry* g, Visit&& visit)
{
    GEOSContextHandle_t ctx = geosContext();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type >= GEOS_MULTIPOINT) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            forEachPart(GEOSGetGeometryN_r(ctx, g, i), visit);
        return;
    }
    visit(g, type);
}

} // namespace

std::vector<QPolygonF> pixelPolylines(const GEOSGeometry* g, const QTransform& t,
                                      double minDistance)
{
    std::vector<QPolygonF> out;
    if (!g)
        return out;
    GEOSContextHandle_t ctx = geosContext();
    forEachPart(g, [&](const GEOSGeometry* part, int type) {
        if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
            out.push_back(toPixels(GEOSGeom_getCoordSeq_r(ctx, part), t, minDistance));
        } else if (type == GEOS_POLYGON && !GEOSisEmpty_r(ctx, part)) {
            out.push_back(toPixels(GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, part)), t,
                                   minDistance));
            for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, part); ++i)
                out.push_back(
                    toPixels(GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, part, i)), t,
                             minDistance));
        }
    });
    return out;
}

QPainterPath pixelPolygonPath(const GEOSGeometry* g, const QTransform& t, double minDistance)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (!g)
        return path;
    GEOSContextHandle_t ctx = geosContext();
    forEachPart(g, [&](const GEOSGeometry* part, int type) {
        if (type != GEOS_POLYGON || GEOSisEmpty_r(ctx, part))
            return;
        path.addPolygon(toPixels(GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, part)), t,
                                 minDistance));
        path.closeSubpath();
        for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, part); ++i) {
            path.addPolygon(toPixels(
                GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, part, i)), t, minDistance));
            path.closeSubpath();
        }
    });
    return path;
}

std::vector<QPointF> pixelPoints(const GEOSGeometry* g, const QTransform& t)
{
    std::vector<QPointF> out;
    if (!g)
        return out;
    GEOSContextHandle_t ctx = geosContext();
    forEachPart(g, [&](const GEOSGeometry* part, int type) {
        double x, y;
        if (type == GEOS_POINT && !GEOSisEmpty_r(ctx, part) && GEOSGeomGetX_r(ctx, part, &x) == 1 &&
            GEOSGeomGetY_r(ctx, part, &y) == 1)
            out.push_back(t.map(QPointF(x, y)));
    });
    return out;
}

} // namespace wm
