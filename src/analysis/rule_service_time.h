#pragma once

#include "analysis/rule.h"

namespace wm {

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
