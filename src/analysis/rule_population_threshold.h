#pragma once

#include "analysis/rule.h"

namespace wm {

/// Units above a population need at least N facilities.
RuleKind populationThresholdRuleKind();

} // namespace wm
