#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli rule-kinds [--markdown]`: the rule kinds a rules file may use, with their
/// parameters (type, unit, default, required), from the rule registry. `--markdown`
/// prints the README's "Rule kinds" table, which a test keeps equal to the registry.
class RuleKindsVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("rule-kinds"); }
    QString summary() const override
    {
        return QStringLiteral("List the rule kinds of rules files with their parameters and "
                              "defaults (--markdown: the README table).");
    }
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
