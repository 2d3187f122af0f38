#include "core/offset_check.h"

#include "core/coordinate_transform.h"
#include "core/crs.h"
#include "core/layer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace wm {

namespace {

constexpr double NearMetres = 1500.0;
constexpr int MinVertices = 30;
constexpr std::size_t MaxVertices = 3000;

/// Every vertex of the lines of `g` (polygon rings, line strings, recursing into
/// collections), appended to `out`.
void collectVertices(const GEOSGeometry* g, std::vector<std::array<double, 2>>& out)
{
    GEOSContextHandle_t h = geosContext();
    const int type = GEOSGeomTypeId_r(h, g);
    if (type == GEOS_POLYGON) {
        collectVertices(GEOSGetExteriorRing_r(h, g), out);
        for (int i = 0, n = GEOSGetNumInteriorRings_r(h, g); i < n; ++i)
            collectVertices(GEOSGetInteriorRingN_r(h, g, i), out);
        return;
    }
    if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, g);
        unsigned int n = 0;
        GEOSCoordSeq_getSize_r(h, seq, &n);
        for (unsigned int i = 0; i < n; ++i) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
            out.push_back({x, y});
        }
        return;
    }
    if (type >= GEOS_MULTIPOINT) // multi-geometries and collections
        for (int i = 0, n = GEOSGetNumGeometries_r(h, g); i < n; ++i)
            collectVertices(GEOSGetGeometryN_r(h, g, i), out);
}

/// The outlines of every feature of `reference`, as one geometry to measure distances to.
GeomPtr outlines(const Layer& reference)
{
    GEOSContextHandle_t h = geosContext();
    std::vector<GEOSGeometry*> parts;
    for (qsizetype i = 0; i < reference.featureCount(); ++i) {
        const GEOSGeometry* g = reference.geometry(i);
        if (!g)
            continue;
        const int type = GEOSGeomTypeId_r(h, g);
        GEOSGeometry* line = type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON
                                 ? GEOSBoundary_r(h, g)
                                 : GEOSGeom_clone_r(h, g);
        if (line)
            parts.push_back(line);
    }
    if (parts.empty())
        return nullptr;
    return GeomPtr(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                               unsigned(parts.size())));
}

struct PreparedDeleter {
    void operator()(const GEOSPreparedGeometry* p) const
    {
        GEOSPreparedGeom_destroy_r(geosContext(), p);
    }
};

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

} // namespace

std::optional<OffsetEvidence> compareWithReference(const Layer& layer, const Layer& reference,
                                                   const Crs& crs)
{
    std::vector<std::array<double, 2>> all;
    for (qsizetype i = 0; i < layer.featureCount(); ++i)
        if (const GEOSGeometry* g = layer.geometry(i))
            collectVertices(g, all);
    const GeomPtr target = outlines(reference);
    if (all.size() < std::size_t(MinVertices) || !target)
        return std::nullopt;
    // An even stride over the vertices keeps every part of the layer in the sample.
    std::vector<std::array<double, 2>> sample;
    const std::size_t stride = std::max<std::size_t>(1, all.size() / MaxVertices);
    for (std::size_t i = 0; i < all.size(); i += stride)
        sample.push_back(all[i]);

    GEOSContextHandle_t h = geosContext();
    const std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter> prepared(
        GEOSPrepare_r(h, target.get()));
    const CoordinateTransform toLonLat(crs, Crs::wgs84());
    const CoordinateTransform fromLonLat(Crs::wgs84(), crs);
    // Readings of a vertex: as read, as GCJ-02, as BD-09, and moved into GCJ-02.
    const std::array<std::function<LonLat(LonLat)>, 4> readings = {
        [](LonLat p) { return p; }, [](LonLat p) { return gcj02ToWgs84(p); },
        [](LonLat p) { return bd09ToWgs84(p); }, [](LonLat p) { return wgs84ToGcj02(p); }};
    std::array<std::vector<double>, 4> distances;
    for (const auto& [x0, y0] : sample) {
        double lon = x0, lat = y0;
        if (!toLonLat.transform(lon, lat))
            continue;
        std::array<double, 4> d{};
        bool near = false;
        for (std::size_t r = 0; r < readings.size(); ++r) {
            const LonLat moved = readings[r]({lon, lat});
            double x = moved.lon, y = moved.lat;
            d[r] = std::numeric_limits<double>::infinity();
            if (!fromLonLat.transform(x, y))
                continue;
            const GeomPtr point(GEOSGeom_createPointFromXY_r(h, x, y));
            double distance = 0;
            if (point && GEOSPreparedDistance_r(h, prepared.get(), point.get(), &distance) == 1)
                d[r] = distance;
            near = near || d[r] < NearMetres;
        }
        if (!near)
            continue; // a part of the layer the reference does not cover
        for (std::size_t r = 0; r < readings.size(); ++r)
            distances[r].push_back(d[r]);
    }
    if (distances[0].size() < std::size_t(MinVertices))
        return std::nullopt;

    OffsetEvidence e;
    e.vertices = int(distances[0].size());
    e.asRead = median(distances[0]);
    e.asGcj02 = median(distances[1]);
    e.asBd09 = median(distances[2]);
    e.referenceGcj = median(distances[3]);
    // An offset is named only when the layer as read is clearly off (beyond the ~100 m of
    // quantised boundaries) and one reading brings it to a third of that or less.
    constexpr double ClearlyOff = 150.0;
    const double best = std::min({e.asGcj02, e.asBd09, e.referenceGcj});
    if (e.asRead > ClearlyOff && best * 3 <= e.asRead) {
        if (best == e.asGcj02)
            e.layerOffset = ChinaOffset::Gcj02;
        else if (best == e.asBd09)
            e.layerOffset = ChinaOffset::Bd09;
        else
            e.referenceLooksGcj02 = true;
    }
    return e;
}

} // namespace wm
