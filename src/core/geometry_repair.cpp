#include "core/geometry_repair.h"

#include "core/error.h"
#include "core/geos_deadline.h"

#include <vector>

namespace wm {

GeometryKind geometryKindOf(const GEOSGeometry* g)
{
    GEOSContextHandle_t ctx = geosContext();
    switch (GEOSGeomTypeId_r(ctx, g)) {
    case GEOS_POINT:
    case GEOS_MULTIPOINT:
        return GeometryKind::Point;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
    case GEOS_MULTILINESTRING:
        return GeometryKind::Line;
    case GEOS_POLYGON:
    case GEOS_MULTIPOLYGON:
        return GeometryKind::Polygon;
    default:
        break;
    }
    GeometryKind kind = GeometryKind::None;
    const int n = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < n; ++i) {
        const GeometryKind k = geometryKindOf(GEOSGetGeometryN_r(ctx, g, i));
        if (k == GeometryKind::None)
            continue;
        kind = (kind == GeometryKind::None || kind == k) ? k : GeometryKind::Mixed;
    }
    return kind;
}

namespace {

void collectOfKind(const GEOSGeometry* g, GeometryKind kind, std::vector<GEOSGeometry*>& out)
{
    GEOSContextHandle_t ctx = geosContext();
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_GEOMETRYCOLLECTION || type == GEOS_MULTIPOINT ||
        type == GEOS_MULTILINESTRING || type == GEOS_MULTIPOLYGON) {
        for (int i = 0; i < GEOSGetNumGeometries_r(ctx, g); ++i)
            collectOfKind(GEOSGetGeometryN_r(ctx, g, i), kind, out);
        return;
    }
    if (!GEOSisEmpty_r(ctx, g) && geometryKindOf(g) == kind)
        out.push_back(GEOSGeom_clone_r(ctx, g));
}

/// MakeValid may return a collection mixing dimensions (a polygon plus a dangling
/// line); a layer's features keep their own dimension.
GeomPtr keepKind(const GEOSGeometry* g, GeometryKind kind)
{
    GEOSContextHandle_t ctx = geosContext();
    std::vector<GEOSGeometry*> parts;
    collectOfKind(g, kind, parts);
    if (parts.empty())
        return nullptr;
    if (parts.size() == 1)
        return GeomPtr(parts.front());
    const int type = kind == GeometryKind::Polygon ? GEOS_MULTIPOLYGON
                     : kind == GeometryKind::Line  ? GEOS_MULTILINESTRING
                                                   : GEOS_MULTIPOINT;
    return GeomPtr(GEOSGeom_createCollection_r(ctx, type, parts.data(), unsigned(parts.size())));
}

} // namespace

namespace {

/// MakeValid with `method`; null if GEOS failed or was interrupted.
GeomPtr makeValid(const GEOSGeometry* g, int method)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(ctx);
    GEOSMakeValidParams_setMethod_r(ctx, params, GEOSMakeValidMethods(method));
    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params, 0);
    GeomPtr made(GEOSMakeValidWithParams_r(ctx, g, params));
    GEOSMakeValidParams_destroy_r(ctx, params);
    return made;
}

/// `made` reduced to `kind`, if that leaves a valid geometry.
GeomPtr validOfKind(const GEOSGeometry* made, GeometryKind kind)
{
    if (!made)
        return nullptr;
    GeomPtr kept = keepKind(made, kind);
    if (!kept || GEOSisValid_r(geosContext(), kept.get()) != 1)
        return nullptr;
    return kept;
}

} // namespace

RepairOutcome repairGeometry(GeomPtr& geometry, GeometryKind kind, const RepairBudget& budget)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!geometry)
        return RepairOutcome::Valid;
    if (GEOSGetNumCoordinates_r(ctx, geometry.get()) > budget.maxVertices)
        return RepairOutcome::OverBudget;
    GeosDeadline deadline(budget.seconds, budget.keepGoing);
    const char valid = GEOSisValid_r(ctx, geometry.get());
    if (deadline.cancelled())
        throw Cancelled();
    if (valid == 1)
        return RepairOutcome::Valid;
    if (valid != 0)
        return deadline.expired() ? RepairOutcome::OverBudget : RepairOutcome::Unrepairable;
    if (kind == GeometryKind::None || kind == GeometryKind::Mixed)
        kind = geometryKindOf(geometry.get());

    // "structure" keeps the area enclosed by self-intersecting rings; "linework" keeps
    // every line. Measured on spiky polygons, neither is always the faster (bench_repair).
    GeomPtr made =
        makeValid(geometry.get(), kind == GeometryKind::Polygon ? GEOS_MAKE_VALID_STRUCTURE
                                                                : GEOS_MAKE_VALID_LINEWORK);
    GeomPtr kept = validOfKind(made.get(), kind);
    bool expired = deadline.expired();
    if (!kept && kind == GeometryKind::Polygon && !deadline.cancelled()) {
        // buffer(0) dissolves the rings into their union: the same area for the usual
        // bow-tie or spike, often faster; it gets half the budget again.
        deadline.restart(budget.seconds / 2);
        made.reset(GEOSBuffer_r(ctx, geometry.get(), 0, 8));
        kept = validOfKind(made.get(), kind);
        expired = deadline.expired();
    }
    if (deadline.cancelled())
        throw Cancelled();
    if (!kept)
        return expired ? RepairOutcome::OverBudget : RepairOutcome::Unrepairable;
    GEOSSetSRID_r(ctx, kept.get(), GEOSGetSRID_r(ctx, geometry.get()));
    geometry = std::move(kept);
    return RepairOutcome::Repaired;
}

} // namespace wm
