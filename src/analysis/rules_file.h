#pragma once

#include "analysis/rule.h"

#include <memory>
#include <vector>

namespace wm {

/// A planner's rules file (JSON): which units to check and the rules, each of a kind
/// from DOMAIN.md (one-per-unit, share-of-units, service-radius, ratio,
/// population-threshold, target-progress, co-location).
struct RulesFile {
    QString path;
    QString unitsLayer = QStringLiteral("counties"); ///< boundary layer id (county level)
    QString townshipTable;                           ///< division table id for township level
    QString townshipCodeField = QStringLiteral("township_code");
    QString townshipNameField = QStringLiteral("township");
    std::vector<std::shared_ptr<Rule>> rules;

    /// Throws wm::Error naming the file, with the line and column of a syntax error, or
    /// the line of a rule with an unknown kind or a missing id.
    static RulesFile load(const QString& path);
    static QStringList kinds();
};

} // namespace wm
