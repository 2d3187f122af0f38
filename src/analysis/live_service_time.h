#pragma once

// A service-time rule (minutes along the roads) kept up to date while a planner drags one
// of its facilities. The facilities that stay put are searched once, at the start of the
// drag (one multi-source Dijkstra over the whole graph: each village's minutes to its
// nearest staying facility). A move then reruns only the dragged facility's own search,
// bounded by the rule's minutes, and looks only at the villages on the roads it reaches
// now or reached before: a village is within the time when either search reaches it in
// time. Every verdict comes from serviceTimeVerdict(), the function the rule uses, so the
// live table and a fresh check of the moved data agree on value, verdict and gap text,
// the "unreachable by road" count included.

#include "analysis/check_units.h"
#include "analysis/live_facility_coverage.h"
#include "analysis/live_villages.h"
#include "analysis/road_network.h"
#include "analysis/rule_service_time.h"

#include <memory>
#include <optional>
#include <vector>

namespace wm {

class Layer;

/// Keeps the last road graph built for live coverage, so that starting a drag does not
/// rebuild it: the same road layer (the same data, not an edited copy), mode and snap
/// give the same graph.
class LiveNetworkCache {
public:
    /// The graph of `roads` under `options`, built when the cached one does not match.
    std::shared_ptr<const RoadNetwork> network(const std::shared_ptr<const Layer>& roads,
                                               const RoadNetworkOptions& options);

private:
    std::shared_ptr<const Layer> mRoads;
    TravelMode mMode = TravelMode::Drive;
    double mSnap = 0;
    std::shared_ptr<const RoadNetwork> mNetwork;
};

class LiveServiceTime : public LiveFacilityCoverage {
public:
    /// The state of service-time rule `rule` (its JSON) on `project` at the check's
    /// `units` (kept by reference: they must outlive this), without the facility whose fid
    /// is `leaveOut` (0: none). The graph comes from `networks` when given. Throws
    /// wm::Error when a layer or parameter of the rule is unusable.
    LiveServiceTime(const LoadedProject& project, const CheckUnits& units, const QJsonObject& rule,
                    qint64 leaveOut = 0, LiveNetworkCache* networks = nullptr);
    ~LiveServiceTime() override;

    bool leftOut() const override { return mLeftOut; }
    int addFacility(double x, double y) override;
    std::vector<int> moveFacility(int id, double x, double y) override;

    UnitVerdict verdict(int unit) const override;
    LiveUnitStats stats(int unit) const override;
    std::vector<int> uncoveredIn(int unit) const override;
    GridPoint village(int index) const override { return mVillages->at(index); }
    int unitAt(double x, double y) const override { return mVillages->unitAt(x, y); }
    double minShare() const override { return mParameters.minShare; }
    QString reachText() const override;
    /// The roads facility `id` reaches within the time.
    std::vector<std::vector<GridPoint>> reachLines(int id) const override;

    const ServiceTimeParameters& parameters() const { return mParameters; }
    const RoadNetwork& network() const { return *mNetwork; }
    /// Minutes from village `index` to its nearest facility now (the staying ones and those
    /// added here), Unreachable when no road leads to any; for tests and tooltips.
    double minutesOf(int index) const;

private:
    struct Added {
        double x = 0, y = 0;
        std::vector<RoadNetwork::Attachment> sources; ///< where it joins; empty: no road near
        std::vector<double> nodes;                    ///< its search, bounded by the rule's minutes
        std::vector<int> within;                      ///< villages it reaches in time, ascending
        /// Nodes no staying facility reaches that it reaches (darkReach), made when asked.
        mutable std::vector<char> dark;
        mutable bool darkValid = false;
    };
    /// Minutes from `a` to village `v` given `a`'s search `nodes`.
    double minutesFrom(const Added& a, int v) const;
    /// Reruns facility `a`'s bounded search and its villages within.
    void search(Added& a) const;
    /// Whether `a` may reach a village no staying facility reaches.
    bool touchesDark(const Added& a) const;
    const std::vector<char>& darkReach(const Added& a) const;
    /// Whether `a` reaches village `v` at all (in any time), `v` being one no staying
    /// facility reaches.
    bool reaches(const Added& a, int v) const;
    /// Villages of unit `unit` with no road from any facility (staying or added).
    int unreachableIn(int unit) const;

    ServiceTimeParameters mParameters;
    std::shared_ptr<const RoadNetwork> mNetwork;
    std::optional<LiveVillages> mVillages;
    std::vector<RoadNetwork::Attachment> mAttachment; ///< per village
    std::vector<double> mStayMinutes;                 ///< per village, from the staying ones
    /// Per village: how many facilities have it within the time (staying ones count 1).
    std::vector<int> mCount;
    std::vector<int> mCovered;         ///< per unit: villages within the time
    std::vector<int> mUnitTotal;       ///< per unit: villages with a position
    std::vector<int> mStayUnreachable; ///< per unit: villages no staying facility reaches
    std::vector<char> mDark;           ///< per node: no staying facility reaches it
    /// Villages attached to each edge, CSR: edge e has mEdgeVillages[mEdgeBegin[e] ..
    /// mEdgeBegin[e + 1]).
    std::vector<int> mEdgeBegin, mEdgeVillages;
    /// Edges at each node, CSR like the above.
    std::vector<int> mNodeBegin, mNodeEdges;
    std::vector<Added> mAdded;
    bool mLeftOut = false;
    mutable std::vector<char> mMark; ///< scratch, per village
};

} // namespace wm
