#pragma once

#include "analysis/feature_filter.h"
#include "analysis/road_network.h"
#include "analysis/rule.h"

#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace wm {

/// A service-time rule's parameters, its spec's defaults filled in: what the live
/// coverage of the map reads, so it follows the rule exactly as the check runs it.
struct ServiceTimeParameters {
    QString villages, codeField, facilities, network;
    FeatureFilter filter;
    double minutes = 0;
    double minShare = 0;
    RoadNetworkOptions options; ///< mode, snap and the speeds of layers/road_speeds.json

    /// Throws wm::Error when the filter cannot be read, a number is not one or the mode
    /// is not walk, bike or drive.
    static ServiceTimeParameters read(const QJsonObject& rule);
};

/// Where facilities `use` (per feature: 1 to take it) of `facilities` join `net`: one
/// attachment per facility with a position within 5 km of an open road, in feature order.
std::vector<RoadNetwork::Attachment> facilityAttachments(const RoadNetwork& net,
                                                         const Layer& facilities,
                                                         const std::vector<std::uint8_t>& use);

/// Every village within M minutes of a facility along the road network (15分钟生活圈,
/// 30分钟就医圈): the network counterpart of service-radius.
RuleKind serviceTimeRuleKind();

/// One unit's verdict on a service-time rule: `villages` of the unit, `beyond` of them
/// farther than `minutes` from every facility by road, `unreachable` of those with no road
/// to any facility at all. Value is the share within (NaN without villages); the gap reads
/// "14 villages beyond 15 min (3 unreachable)".
void serviceTimeVerdict(UnitVerdict& v, int villages, int beyond, int unreachable, double minutes,
                        double minShare);

} // namespace wm
