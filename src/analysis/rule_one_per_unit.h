#pragma once

#include "analysis/rule.h"

namespace wm {

/// At least N features of a kind in every unit.
RuleKind onePerUnitRuleKind();

} // namespace wm
