#pragma once

#include "analysis/feature_filter.h"
#include "analysis/rule.h"

#include <QJsonObject>
#include <QString>

namespace wm {

/// Every village within a distance of a facility.
RuleKind serviceRadiusRuleKind();

/// A service-radius rule's parameters, read through its spec: the rule object's values,
/// else the spec's defaults (never a default of the caller's own).
struct ServiceRadiusParameters {
    QString villages;   ///< layer id of the places to serve
    QString codeField;  ///< their code field; empty: placed by position
    QString facilities; ///< layer id of the serving facilities
    FeatureFilter filter;
    double radiusKm = 0;
    double minShare = 0;

    /// Throws wm::Error when the filter cannot be read or a number is not one.
    static ServiceRadiusParameters read(const QJsonObject& rule);
};

/// One unit's verdict on a service-radius rule, made here only: the rule and the live
/// coverage of the map both call it, so they cannot disagree. `villages` of the unit,
/// `beyond` of them farther than `radiusKm` from every facility (or with none);
/// `uncoveredKm2` is the unit's area beyond the radius (km², planar), NaN where the level
/// has no polygons. Sets value (share within, NaN without villages), required, applicable
/// (the unit has villages), pass (share + 1e-12 >= minShare) and the gap text ("63 villages
/// beyond 10 km (12.5 km² uncovered)").
void serviceRadiusVerdict(UnitVerdict& v, int villages, int beyond, double radiusKm,
                          double minShare, double uncoveredKm2);

} // namespace wm
