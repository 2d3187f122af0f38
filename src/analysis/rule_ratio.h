#pragma once

#include "analysis/rule.h"

namespace wm {

/// An amount per N people at least a minimum.
RuleKind ratioRuleKind();

} // namespace wm
