#pragma once

#include "core/geometry_kind.h"
#include "core/geos_context.h"

namespace wm {

enum class RepairOutcome {
    Valid,       ///< the geometry was valid; nothing changed
    Repaired,    ///< invalid, replaced by GEOS MakeValid's result of the same dimension
    Unrepairable ///< invalid, and MakeValid left nothing of its dimension: kept as it was
};

/// Checks `geometry` and, if invalid, repairs it with GEOS MakeValid ("structure"
/// method for polygons, which keeps the area enclosed by self-intersecting rings).
/// On Repaired, `geometry` is replaced; otherwise it is left untouched.
RepairOutcome repairGeometry(GeomPtr& geometry, GeometryKind kind);

/// GeometryKind of a GEOS geometry (collections of one dimension count as that kind).
GeometryKind geometryKindOf(const GEOSGeometry* geometry);

} // namespace wm
