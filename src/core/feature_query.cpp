#include "core/feature_query.h"

#include "core/geos_context.h"
#include "core/layer.h"

#include <algorithm>

namespace wm {

std::vector<qsizetype> featuresAt(const Layer& layer, double x, double y, double tolerance)
{
    GEOSContextHandle_t ctx = geosContext();
    GeomPtr point(GEOSGeom_createPointFromXY_r(ctx, x, y));
    std::vector<std::pair<double, qsizetype>> hits;
    for (const qsizetype i :
         layer.featuresIn(Extent::of(x - tolerance, y - tolerance, x + tolerance, y + tolerance))) {
        double d = 0;
        if (GEOSDistance_r(ctx, layer.geometry(i), point.get(), &d) == 1 && d <= tolerance)
            hits.emplace_back(d, i);
    }
    std::sort(hits.begin(), hits.end());
    std::vector<qsizetype> out;
    for (const auto& h : hits)
        out.push_back(h.second);
    return out;
}

std::vector<qsizetype> featuresIntersecting(const Layer& layer, const Extent& rect)
{
    GEOSContextHandle_t ctx = geosContext();
    GeomPtr box(GEOSGeom_createRectangle_r(ctx, rect.xMin, rect.yMin, rect.xMax, rect.yMax));
    const GEOSPreparedGeometry* prepared = GEOSPrepare_r(ctx, box.get());
    std::vector<qsizetype> out;
    for (const qsizetype i : layer.featuresIn(rect))
        if (GEOSPreparedIntersects_r(ctx, prepared, layer.geometry(i)) == 1)
            out.push_back(i);
    GEOSPreparedGeom_destroy_r(ctx, prepared);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace wm
