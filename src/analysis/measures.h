#pragma once

// Geometric measures per administrative unit. The rules count through CheckUnits
// (check_units.h: count, sum, lengthKm, withinRadius), which places features by code or by
// these functions; this header holds what needs the unit polygons.
//
// Coverage measures per administrative unit. All layers given here must already be in
// the project's metric CRS (EPSG:4547 for Xingtai: metres), the same as the units', with
// their spatial index built (as ProjectLoader leaves them). Results are indexed like the
// UnitSet (one entry per unit); units without polygon report 0 / empty. The functions
// keep no state and may run on any thread (each prepares its own GEOS geometries).
//
// Unless noted, a FeatureFilter naming a column the layer lacks throws wm::Error, and a
// layer whose spatial index is not built throws std::invalid_argument.

#include "analysis/feature_filter.h"
#include "analysis/unit_set.h"
#include "core/geos_context.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace wm {

class Layer;

/// Unit index of each feature of `points` (-1 outside every unit, without geometry, or
/// not matching `filter`). A point on a shared border is counted once: it goes to the
/// lowest unit index whose polygon covers it. A feature that is not a point is placed
/// at GEOS's point on surface.
std::vector<int> assignPointsToUnits(const UnitSet& units, const Layer& points,
                                     const FeatureFilter& filter = {});

/// Length in km of the lines inside each unit: each line clipped (GEOS intersection) so a
/// pipe crossing a border is split, never counted twice. A stretch lying on a shared
/// border, or inside two overlapping polygons, counts for the lowest unit index only;
/// parts outside every unit count nowhere. Lengths are planar, in the CRS's metres / 1000.
std::vector<double> lengthPerUnitKm(const UnitSet& units, const Layer& lines,
                                    const FeatureFilter& filter = {});

/// Listed villages (a table with codes, no geometry needed) per unit by code prefix: a
/// row counts for every unit whose code (6 digits county, 9 township) starts its code
/// (12 digits), e.g. 130529100001 counts for 130529 and 130529100. Units with an empty
/// code and units without polygon report 0. Throws wm::Error if `list` has no column
/// `codeField`.
std::vector<double> countListedPerUnit(const UnitSet& units, const Layer& list,
                                       const QString& codeField);

/// Distance in metres (planar, in the layers' metric CRS) from each feature of `from` to
/// the nearest feature of `to` matching `filter`, found with a GEOS STRtree nearest
/// query: +infinity if no feature of `to` matches, NaN for a feature of `from` without
/// geometry.
std::vector<double> nearestDistances(const Layer& from, const Layer& to,
                                     const FeatureFilter& filter = {});

/// The parts of units no facility serves.
struct UncoveredArea {
    std::vector<double> km2;         ///< per unit, km² (planar, metric CRS); 0 without polygon
    std::vector<GeomPtr> geometries; ///< per unit, in the units' CRS; null without polygon
};

/// Each unit minus the union of `radiusMetres` buffers of the matching facilities (buffer
/// union per unit via the index, GEOSUnaryUnion), in km² and as polygons. Facilities in a
/// neighbouring unit cover across the border. Buffers are polygons of
/// BufferQuadrantSegments segments per quarter circle, inscribed in the true circle: a
/// lone point's buffer has 0.16 % less area than πr², so the uncovered area is slightly
/// overstated.
UncoveredArea uncoveredArea(const UnitSet& units, const Layer& facilities, double radiusMetres,
                            const FeatureFilter& filter = {});

/// What uncoveredArea() computes for one unit: unit `unit` minus the buffers of the
/// features of `facilities` whose entry in `use` (one per feature) is non-zero; null for a
/// unit without polygon. Runs on the calling thread (its own GEOS context).
GeomPtr uncoveredIn(const UnitSet& units, int unit, const Layer& facilities,
                    const std::vector<std::uint8_t>& use, double radiusMetres);

/// Segments per quarter circle of the buffers in uncoveredArea() (GEOS's default is 8,
/// which understates a circle's area by 0.64 %).
constexpr int BufferQuadrantSegments = 16;

} // namespace wm
