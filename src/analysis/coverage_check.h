#pragma once

#include "analysis/rules_file.h"

#include <QString>

#include <vector>

namespace wm {

struct LoadedProject;

/// The results of all rules of a rules file on a project, at one level.
struct CoverageCheck {
    CheckUnits units;
    std::vector<RuleResult> results;

    int failingRules() const;

    /// Runs every rule; throws wm::Error (naming the rules file) for a rule that names
    /// a layer, field or filter the project does not have. `level`: "county" or "township".
    static CoverageCheck run(const LoadedProject& project, const RulesFile& rules,
                             const QString& level);
};

} // namespace wm
