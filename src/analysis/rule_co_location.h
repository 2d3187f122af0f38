#pragma once

#include "analysis/rule.h"

namespace wm {

/// Each feature has one of another kind within a distance (co-location).
RuleKind coLocationRuleKind();

} // namespace wm
