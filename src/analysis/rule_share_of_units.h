#pragma once

#include "analysis/rule.h"

namespace wm {

/// A share of each unit's child units (townships) has the facility.
RuleKind shareOfUnitsRuleKind();

} // namespace wm
