#include "core/snapper.h"

#include <cmath>
#include <limits>

namespace wm {

namespace {

struct Best {
    double vertex = std::numeric_limits<double>::infinity();
    double segment = std::numeric_limits<double>::infinity();
    SnapResult vertexHit, segmentHit;
};

void visitSequence(const GEOSCoordSequence* seq, double x, double y, double tol, const Layer* layer,
                   qsizetype feature, Best& best)
{
    GEOSContextHandle_t ctx = geosContext();
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    double px = 0, py = 0;
    for (unsigned int i = 0; i < n; ++i) {
        double vx, vy;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &vx, &vy);
        const double d = std::hypot(vx - x, vy - y);
        if (d <= tol && d < best.vertex) {
            best.vertex = d;
            best.vertexHit = {SnapResult::Kind::Vertex, vx, vy, layer, feature};
        }
        if (i > 0) {
            // Nearest point of segment (px, py)–(vx, vy).
            const double dx = vx - px, dy = vy - py;
            const double len2 = dx * dx + dy * dy;
            const double t =
                len2 > 0 ? std::clamp(((x - px) * dx + (y - py) * dy) / len2, 0.0, 1.0) : 0.0;
            const double sx = px + t * dx, sy = py + t * dy;
            const double ds = std::hypot(sx - x, sy - y);
            if (ds <= tol && ds < best.segment) {
                best.segment = ds;
                best.segmentHit = {SnapResult::Kind::Segment, sx, sy, layer, feature};
            }
        }
        px = vx;
        py = vy;
    }
}

void visit(const GEOSGeometry* g, double x, double y, double tol, const Layer* layer,
           qsizetype feature, Best& best)
{
    GEOSContextHandle_t ctx = geosContext();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POINT || type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        visitSequence(GEOSGeom_getCoordSeq_r(ctx, g), x, y, tol, layer, feature, best);
    } else if (type == GEOS_POLYGON) {
        visit(GEOSGetExteriorRing_r(ctx, g), x, y, tol, layer, feature, best);
        for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, g); ++i)
            visit(GEOSGetInteriorRingN_r(ctx, g, i), x, y, tol, layer, feature, best);
    } else {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            visit(GEOSGetGeometryN_r(ctx, g, i), x, y, tol, layer, feature, best);
    }
}

} // namespace

SnapResult Snapper::snap(double x, double y, double tolerance, const Layer* skipLayer,
                         qsizetype skipFeature) const
{
    Best best;
    const Extent around = Extent::of(x - tolerance, y - tolerance, x + tolerance, y + tolerance);
    for (const Layer* layer : mLayers) {
        for (const qsizetype i : layer->featuresIn(around)) {
            if (layer == skipLayer && i == skipFeature)
                continue;
            if (const GEOSGeometry* g = layer->geometry(i))
                visit(g, x, y, tolerance, layer, i, best);
        }
    }
    if (best.vertexHit.snapped())
        return best.vertexHit;
    if (best.segmentHit.snapped())
        return best.segmentHit;
    return {SnapResult::Kind::None, x, y, nullptr, -1};
}

} // namespace wm
