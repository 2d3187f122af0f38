#pragma once

#include "analysis/rules_file.h"

#include <QString>

#include <functional>

#include <vector>

namespace wm {

struct LoadedProject;
class NearData;

/// The results of all rules of a rules file on a project, at one level.
struct CoverageCheck {
    CheckUnits units;
    std::vector<RuleResult> results;

    /// The rules' file, the level they ran at.
    QString rulesFile;
    QString level;

    int failingRules() const;
    /// Index of the result of rule `id`, or -1.
    int indexOfRule(const QString& id) const;

    /// Called before each rule with (rules done, rules); returning false stops the run,
    /// which then throws wm::Cancelled (naming the rules file).
    using Progress = std::function<bool(int done, int total)>;

    /// Runs every rule; throws wm::Error (naming the rules file) for a rule that names
    /// a layer, field or filter the project does not have. `level`: "county" or "township".
    /// `nearData` measures the layers left in their database (LoadedLayer::remote); it
    /// may be null when there are none.
    static CoverageCheck run(const LoadedProject& project, const RulesFile& rules,
                             const QString& level, const Progress& progress = {},
                             NearData* nearData = nullptr);
};

} // namespace wm
