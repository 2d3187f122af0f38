#pragma once

#include "analysis/rule.h"

namespace wm {

// One factory per rule kind; each kind lives in its own rule_<kind>.cpp.
std::unique_ptr<Rule> makeOnePerUnitRule();
std::unique_ptr<Rule> makeShareOfUnitsRule();
std::unique_ptr<Rule> makeServiceRadiusRule();
std::unique_ptr<Rule> makeRatioRule();
std::unique_ptr<Rule> makePopulationThresholdRule();
std::unique_ptr<Rule> makeTargetProgressRule();
std::unique_ptr<Rule> makeCoLocationRule();
std::unique_ptr<Rule> makeIndicatorRule();

} // namespace wm
