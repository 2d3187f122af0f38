#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli check PROJECT [--rules FILE] [--level county|township] [--out DIR]`:
/// runs a rules file on a project; per-unit results, failing rules, progress rankings;
/// CSV (UTF-8 with BOM) and a GeoPackage of units, failing features and uncovered areas.
/// Exit 0 when all rules pass, 1 when some fail, 2 on bad input.
class CheckVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return QStringLiteral("Check coverage rules and target progress per county or township.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
