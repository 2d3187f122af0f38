#pragma once

#include "core/geometry_kind.h"
#include "core/geos_context.h"

#include <QtGlobal>

#include <functional>

namespace wm {

enum class RepairOutcome {
    Valid,        ///< the geometry was valid; nothing changed
    Repaired,     ///< invalid, replaced by GEOS MakeValid's result of the same dimension
    Unrepairable, ///< invalid, and MakeValid left nothing of its dimension: kept as it was
    OverBudget    ///< too large or too slow to check or repair: kept as read, unchecked
};

/// Limits on the work spent on one geometry. A self-intersecting "spiky" polygon costs
/// MakeValid time and memory growing with the square of its crossings (10,000 vertices:
/// over 30 s and 2.9 GB), so a load without limits could hang on one feature.
struct RepairBudget {
    /// Geometries with more vertices are not checked (GEOS's validity check alone can
    /// take minutes on them) and are kept as read.
    qint64 maxVertices = 200000;
    /// Wall-clock time for checking and repairing one geometry. GEOS is interrupted at
    /// its next check point when it runs out, which can be a few seconds later.
    double seconds = 2.0;
    /// Asked at GEOS's interrupt points; false stops the repair and wm::Cancelled is thrown.
    std::function<bool()> keepGoing;
};

/// Checks `geometry` and, if invalid, repairs it with GEOS MakeValid ("structure"
/// method for polygons, which keeps the area enclosed by self-intersecting rings), falling
/// back to buffer(0) for polygons when that fails or runs out of time. On Repaired,
/// `geometry` is replaced; otherwise it is left untouched.
RepairOutcome repairGeometry(GeomPtr& geometry, GeometryKind kind, const RepairBudget& budget = {});

/// GeometryKind of a GEOS geometry (collections of one dimension count as that kind).
GeometryKind geometryKindOf(const GEOSGeometry* geometry);

} // namespace wm
