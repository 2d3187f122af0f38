#pragma once

// What the window needs from a coverage rule while a planner drags one of its facilities:
// the rule's own verdicts, kept up to date incrementally. LiveServiceRadius (straight-line
// radius) and LiveServiceTime (minutes along the roads) implement it, so the coverage panel,
// the overlay and the status bar follow either rule the same way.

#include "analysis/live_radius_coverage.h"
#include "analysis/rule.h"
#include "core/point_grid.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace wm {

class CheckUnits;
class LiveNetworkCache;
struct LoadedLayer;
struct LoadedProject;

class LiveFacilityCoverage {
public:
    virtual ~LiveFacilityCoverage() = default;

    /// Whether the facility left out at construction is one of the rule's facilities.
    virtual bool leftOut() const = 0;
    /// Adds a facility at (x, y) metres (project CRS); its id for moveFacility().
    virtual int addFacility(double x, double y) = 0;
    /// Moves facility `id` to (x, y). Returns the units whose verdict may have changed,
    /// ascending.
    virtual std::vector<int> moveFacility(int id, double x, double y) = 0;

    /// Unit `unit`'s verdict now, from the rule's own verdict function.
    virtual UnitVerdict verdict(int unit) const = 0;
    /// Villages of `unit` and how many are covered now.
    virtual LiveUnitStats stats(int unit) const = 0;
    /// Villages of `unit` not covered that have a position, as indices for village().
    virtual std::vector<int> uncoveredIn(int unit) const = 0;
    virtual GridPoint village(int index) const = 0;
    /// The unit a facility at (x, y) serves, -1 for none.
    virtual int unitAt(double x, double y) const = 0;
    virtual double minShare() const = 0;
    /// The reach as the status bar says it: "10 km", "15 min".
    virtual QString reachText() const = 0;
    /// What facility `id` reaches, to draw: a circle of this radius (metres; 0 for none) …
    virtual double reachRadiusMetres() const { return 0; }
    /// … or these lines (the roads reached), in the project CRS.
    virtual std::vector<std::vector<GridPoint>> reachLines(int /*id*/) const { return {}; }
};

/// Layer `id` of `project` with its features in memory; throws wm::Error naming it
/// otherwise (the rule names a layer the edited project no longer has).
const LoadedLayer& liveLayer(const LoadedProject& project, const QString& id);

/// Whether rule kind `kind` can be followed live (service-radius, service-time).
bool followsLive(const QString& kind);

/// The live state of rule `rule` (its JSON; kind service-radius or service-time) on
/// `project` at the check's `units` (kept by reference), without the facility of fid
/// `leaveOut` (0: none). `networks` keeps road graphs between calls (may be null). Throws
/// wm::Error when a layer or field of the rule is missing or the kind is not followed.
std::unique_ptr<LiveFacilityCoverage> makeLiveCoverage(const LoadedProject& project,
                                                       const CheckUnits& units,
                                                       const QJsonObject& rule, qint64 leaveOut,
                                                       LiveNetworkCache* networks);

} // namespace wm
