#pragma once

#include "analysis/rule.h"

namespace wm {

/// Progress against a target table, ranked.
RuleKind targetProgressRuleKind();

} // namespace wm
