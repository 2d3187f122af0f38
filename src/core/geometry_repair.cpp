#include "core/geometry_repair.h"

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

RepairOutcome repairGeometry(GeomPtr& geometry, GeometryKind kind)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!geometry || GEOSisValid_r(ctx, geometry.get()) == 1)
        return RepairOutcome::Valid;
    if (kind == GeometryKind::None || kind == GeometryKind::Mixed)
        kind = geometryKindOf(geometry.get());

    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(ctx);
    GEOSMakeValidParams_setMethod_r(ctx, params,
                                    kind == GeometryKind::Polygon ? GEOS_MAKE_VALID_STRUCTURE
                                                                  : GEOS_MAKE_VALID_LINEWORK);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params, 0);
    GeomPtr made(GEOSMakeValidWithParams_r(ctx, geometry.get(), params));
    GEOSMakeValidParams_destroy_r(ctx, params);
    if (!made)
        return RepairOutcome::Unrepairable;

    GeomPtr kept = keepKind(made.get(), kind);
    if (!kept || GEOSisValid_r(ctx, kept.get()) != 1)
        return RepairOutcome::Unrepairable;
    GEOSSetSRID_r(ctx, kept.get(), GEOSGetSRID_r(ctx, geometry.get()));
    geometry = std::move(kept);
    return RepairOutcome::Repaired;
}

} // namespace wm
