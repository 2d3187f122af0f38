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
    /// the line of a rule with an unknown kind, a missing id, or parameters its kind's
    /// RuleSpec does not accept (unknown key, required one missing, wrong type).
    static RulesFile load(const QString& path);
    /// From the file's JSON (`text`, when known, gives the error lines); `path` names it
    /// in errors. A file without rules is an error only when `requireRules`.
    static RulesFile fromJson(const QJsonObject& json, const QString& path,
                              const QByteArray& text = {}, bool requireRules = true);
    /// The registered kinds (RuleRegistry), alphabetical.
    static QStringList kinds();

    /// Adds a rule made from its JSON object (as written in a rules file); throws
    /// wm::Error for a missing id, an id already used, an unknown kind, or parameters
    /// its kind's RuleSpec does not accept. Left-out parameters take the spec's defaults.
    void addRule(const QJsonObject& rule);
    /// Keeps only the rules `ids`, in that order, so a check runs just what a chart or a
    /// page needs; throws wm::Error naming the file and the ids it has for an unknown id.
    void keepOnly(const QStringList& ids);
    /// The file's JSON: the units and every rule as it was read or added.
    QJsonObject toJson() const;
    /// Writes toJson() to `path` atomically and remembers the path; throws wm::Error.
    void save(const QString& path);
};

} // namespace wm
