#pragma once

#include "analysis/rule.h"

namespace wm {

/// A figure per unit (count, sum, clipped km), optionally bounded.
RuleKind indicatorRuleKind();

} // namespace wm
