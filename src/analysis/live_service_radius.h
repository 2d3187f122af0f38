#pragma once

// A service-radius rule kept up to date while a planner drags one of its facilities: the
// village counts move incrementally (LiveRadiusCoverage), and every verdict is made by
// serviceRadiusVerdict(), the function the rule itself uses, with the rule's parameters
// read through its spec. So the live table and a fresh check of the moved data agree on
// value, verdict and gap text, "km² uncovered" included.
//
// The uncovered area of a unit is its part beyond the radius of the facilities that stay
// put (computed once per unit, when first needed, as uncoveredArea does) minus the
// circles of the facilities added here: one difference per move instead of a union of
// every circle.

#include "analysis/check_units.h"
#include "analysis/live_facility_coverage.h"
#include "analysis/live_radius_coverage.h"
#include "analysis/live_villages.h"
#include "analysis/rule.h"
#include "analysis/rule_service_radius.h"
#include "core/geos_context.h"
#include "core/point_grid.h"

#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace wm {

class Layer;
struct LoadedProject;

class LiveServiceRadius : public LiveFacilityCoverage {
public:
    /// The state of service-radius rule `rule` (its JSON) on `project`, at the check's
    /// `units` (kept by reference: they must outlive this), without the facility whose fid
    /// is `leaveOut` (0: none; the one about to be dragged). Throws wm::Error when a layer
    /// or field of the rule is missing, std::invalid_argument on unusable coordinates.
    LiveServiceRadius(const LoadedProject& project, const CheckUnits& units,
                      const QJsonObject& rule, qint64 leaveOut = 0);
    ~LiveServiceRadius() override;

    /// Whether `leaveOut` is one of the rule's facilities (and was left out).
    bool leftOut() const override { return mLeftOut; }

    /// Adds a facility at (x, y) metres (project CRS); its id for moveFacility().
    int addFacility(double x, double y) override;
    /// Moves facility `id` (of addFacility) to (x, y). Returns the units whose verdict may
    /// have changed, ascending: those whose covered count changed and, with polygons, those
    /// the old or new circle may reach (their uncovered area changed).
    std::vector<int> moveFacility(int id, double x, double y) override;

    /// Unit `unit`'s verdict now, from serviceRadiusVerdict().
    UnitVerdict verdict(int unit) const override;
    /// Villages of `unit` (those without a point position count as never covered, as the
    /// check counts them beyond every radius) and how many are within the radius.
    LiveUnitStats stats(int unit) const override;
    /// Villages of `unit` beyond the radius that have a position, as indices for village().
    std::vector<int> uncoveredIn(int unit) const override;
    GridPoint village(int index) const override;
    /// The unit a facility at (x, y) serves: the unit polygon under it, else (township
    /// level, no polygons) the unit of the nearest village; -1 for none.
    int unitAt(double x, double y) const override;

    const ServiceRadiusParameters& parameters() const { return mParameters; }
    double radiusMetres() const { return mParameters.radiusKm * 1000.0; }
    double minShare() const override { return mParameters.minShare; }
    QString reachText() const override;
    double reachRadiusMetres() const override { return radiusMetres(); }
    const CheckUnits& units() const { return mUnits; }

private:
    /// The unit's area beyond the radius now, km².
    double uncoveredKm2(int unit) const;
    /// Units the circle around (x, y) may reach (by envelope), ascending.
    std::vector<int> unitsNear(double x, double y) const;

    const CheckUnits& mUnits;
    ServiceRadiusParameters mParameters;
    std::shared_ptr<const Layer> mFacilityLayer;
    std::vector<std::uint8_t> mStaying; ///< per facility feature: a rule facility left in place
    bool mLeftOut = false;
    std::unique_ptr<LiveRadiusCoverage> mLive;
    std::optional<LiveVillages> mVillages; ///< demand id i is village i
    std::vector<int> mAdded;               ///< ids of the facilities added here
    /// Per unit: its part beyond the staying facilities' radius, made when first needed.
    mutable std::vector<std::optional<GeomPtr>> mStayingUncovered;
};

} // namespace wm
