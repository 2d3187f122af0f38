#pragma once

// Service-radius coverage kept up to date while a planner drags a proposed facility on the
// map (the coverage panel open): each mouse move must update the unit's share and the
// "villages beyond R" overlay well inside a frame, under 50 ms on 50,000 villages. Running
// the full measure again (nearestDistances + CheckUnits::withinDistance: a GEOS STRtree
// query per village and point-in-polygon for each) is far too slow for that, so this class
// keeps the state and changes only what a move can change. LiveServiceRadius
// (live_service_radius.h) turns these counts into the rule's verdicts. Plain data in
// projected metres, like site_suggestion.h: the caller assigns villages to units once
// (assignPointsToUnits or CheckUnits::unitOf) and passes the unit index of each.
//
// Why a grid: demand points are bucketed in a PointGrid (core/point_grid.h) whose cells are
// one radius wide, so a disc of that radius touches at most the 3 x 3 cells around its
// centre, and a move costs two disc scans (old and new position) over a few hundred
// villages instead of all of them.
//
// Why counts, not booleans: each demand point keeps how many facilities reach it. With a
// covered flag alone, removing (or moving away) one of two facilities that both reach a
// village could not tell whether the other still does without looking at every facility;
// with a count the village stays covered until the count drops to 0, and every update is
// exact from the two discs alone. Per unit the class keeps the village and covered counts,
// so a share is read in O(1).

#include "core/point_grid.h"

#include <cstddef>
#include <vector>

namespace wm {

struct LiveDemandPoint {
    double x = 0; ///< metres, projected CRS
    double y = 0;
    int unit = -1; ///< unit index, or -1 for a village outside every unit (counted nowhere)
};

struct LiveFacilityPoint {
    double x = 0; ///< metres, projected CRS
    double y = 0;
};

struct LiveUnitStats {
    int villages = 0; ///< demand points in the unit
    int covered = 0;  ///< of them, within the radius of at least one facility
    /// covered / villages; 0 for a unit without villages (as withinDistance reports it).
    double share() const { return villages > 0 ? double(covered) / double(villages) : 0.0; }
};

/// What one add, move or remove changed.
struct LiveCoverageChange {
    /// Units whose covered count changed, ascending. A unit where one village became
    /// covered and another uncovered in the same move keeps its count and is not listed;
    /// its villages are in `flipped`.
    std::vector<int> units;
    /// Demand points whose covered state flipped (either way), ascending: what the overlay
    /// of villages beyond the radius must redraw. covered(i) gives the new state.
    std::vector<int> flipped;
};

/// Radius coverage of demand points by a set of facilities that can be added, moved and
/// removed one at a time. A demand point at exactly `radius` from a facility is covered.
/// Not thread-safe for concurrent updates (queries are const and may run together).
class LiveRadiusCoverage {
public:
    /// Facilities get ids 0 .. facilities.size() - 1 in order. Throws std::invalid_argument
    /// on a non-positive or non-finite radius, a negative unit count, a unit index outside
    /// -1 .. unitCount - 1, or non-finite coordinates: a silently clamped input would give a
    /// plausible but wrong share.
    LiveRadiusCoverage(const std::vector<LiveDemandPoint>& demand, int unitCount,
                       const std::vector<LiveFacilityPoint>& facilities, double radius);

    /// Adds a facility and returns its id (ids are never reused). `change`, if given, is
    /// overwritten with what the addition changed. Throws std::invalid_argument on
    /// non-finite coordinates.
    int addFacility(double x, double y, LiveCoverageChange* change = nullptr);
    /// Moves facility `id`. Throws std::out_of_range for an id that is not a live facility,
    /// std::invalid_argument on non-finite coordinates.
    LiveCoverageChange moveFacility(int id, double x, double y);
    /// Removes facility `id`. Throws std::out_of_range for an id that is not a live facility.
    LiveCoverageChange removeFacility(int id);

    /// Whether demand point `demand` is within the radius of some facility.
    bool covered(int demand) const;
    /// Number of facilities within the radius of demand point `demand`.
    int coveringCount(int demand) const;
    LiveUnitStats unitStats(int unit) const;
    /// Demand points of `unit` that no facility covers, ascending.
    std::vector<int> uncoveredIn(int unit) const;

    int facilityCount() const { return m_liveFacilities; }
    /// Position of facility `id`; throws std::out_of_range for an id that is not live.
    LiveFacilityPoint facilityPosition(int id) const;
    bool hasFacility(int id) const;

    int demandCount() const { return static_cast<int>(m_unitOf.size()); }
    int unitCount() const { return static_cast<int>(m_units.size()); }
    double radius() const { return m_radius; }

private:
    struct Facility {
        double x = 0;
        double y = 0;
        bool live = false;
    };

    template <typename F> void forEachWithin(double x, double y, F&& f) const;
    /// The shared core of add, move and remove: takes a facility away from `from` (if given)
    /// and puts one at `to` (if given), then reports what flipped.
    void relocate(const LiveFacilityPoint* from, const LiveFacilityPoint* to,
                  LiveCoverageChange& change);
    void checkUnit(int unit) const;
    void checkDemand(int demand) const;
    int checkFacility(int id) const;

    double m_radius = 0;
    PointGrid m_grid{{}, 1}; ///< the demand points, by demand index
    std::vector<int> m_unitOf;
    std::vector<int> m_count; ///< facilities within the radius of each demand point
    std::vector<LiveUnitStats> m_units;
    /// Demand points of each unit, ascending, in compressed rows: unit u has
    /// m_unitMembers[m_unitOffsets[u] .. m_unitOffsets[u + 1]).
    std::vector<std::size_t> m_unitOffsets;
    std::vector<int> m_unitMembers;

    std::vector<Facility> m_facilities; ///< by id; removed ones stay, not live
    int m_liveFacilities = 0;

    // Scratch of relocate(), kept to avoid allocating on every drag step.
    std::vector<char> m_dropped;  ///< 1 while a point's count fell to 0 in this update
    std::vector<int> m_unitDelta; ///< covered-count change per unit in this update
    std::vector<int> m_touchedUnits;
};

} // namespace wm
