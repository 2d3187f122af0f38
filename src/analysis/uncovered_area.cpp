#include "analysis/measures.h"

#include "analysis/measure_support.h"
#include "core/layer.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace wm {

GeomPtr uncoveredIn(const UnitSet& units, int unit, const Layer& facilities,
                    const std::vector<std::uint8_t>& use, double radiusMetres)
{
    GEOSContextHandle_t ctx = geosContext(); // this thread's context
    const GEOSGeometry* polygon = units.geometry(unit);
    if (!polygon)
        return nullptr;
    const double radius = std::max(radiusMetres, 0.0);
    const PreparedPtr prepared(GEOSPrepare_r(ctx, polygon));
    // Facilities up to one radius outside the unit (a clinic across the border serves it
    // too): the index gives those in the grown envelope, the prepared polygon drops the ones
    // whose circle cannot reach it.
    std::vector<GEOSGeometry*> buffers;
    for (const qsizetype f : facilities.featuresIn(detail::grownBy(units.envelope(unit), radius))) {
        if (!use[std::size_t(f)])
            continue;
        const GEOSGeometry* g = facilities.geometry(f);
        if (GEOSPreparedDistanceWithin_r(ctx, prepared.get(), g, radius) != 1)
            continue;
        if (GEOSGeometry* b = GEOSBuffer_r(ctx, g, radius, BufferQuadrantSegments))
            buffers.push_back(b);
    }
    if (buffers.empty())
        return GeomPtr(GEOSGeom_clone_r(ctx, polygon));
    // The collection takes ownership of the buffers.
    const GeomPtr all(GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, buffers.data(),
                                                  unsigned(buffers.size())));
    const GeomPtr covered(GEOSUnaryUnion_r(ctx, all.get()));
    return covered ? GeomPtr(GEOSDifference_r(ctx, polygon, covered.get())) : nullptr;
}

UncoveredArea uncoveredArea(const UnitSet& units, const Layer& facilities, double radiusMetres,
                            const FeatureFilter& filter)
{
    if (std::isnan(radiusMetres))
        throw std::invalid_argument("uncoveredArea: the radius is NaN");
    detail::requireIndex(facilities, "facility");
    const std::vector<std::uint8_t> wanted = filter.matchAll(facilities);

    UncoveredArea out;
    out.km2.assign(std::size_t(units.size()), 0.0);
    out.geometries.resize(std::size_t(units.size()));
    // Units are independent (each reads its own polygon and the shared, read-only
    // facility layer, and writes only its own slot), so they run on all cores; the
    // biggest first, so no core is left with a big county at the end.
    std::vector<int> order;
    for (int u = 0; u < units.layerUnitCount(); ++u)
        if (units.geometry(u))
            order.push_back(u);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Extent ea = units.envelope(a), eb = units.envelope(b);
        return ea.width() * ea.height() > eb.width() * eb.height();
    });
    QtConcurrent::blockingMap(order, [&](int u) {
        GeomPtr uncovered = uncoveredIn(units, u, facilities, wanted, radiusMetres);
        double area = 0;
        if (uncovered && GEOSArea_r(geosContext(), uncovered.get(), &area) == 1)
            out.km2[std::size_t(u)] = area / 1e6;
        out.geometries[std::size_t(u)] = std::move(uncovered);
    });
    return out;
}

} // namespace wm
