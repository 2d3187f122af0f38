#pragma once

#include "analysis/rule.h"

namespace wm {

/// Every village within a distance of a facility.
RuleKind serviceRadiusRuleKind();

} // namespace wm
