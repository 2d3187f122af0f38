#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli report PROJECT --out DIR [--rules FILE] [--layout FILE|NAME]`: the set a
/// planner hands upward — the overview map (PDF and PNG), one map per works layer, the
/// atlas of the counties, a chart per rule (and each target's ranking), and the coverage
/// tables.
class ReportVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Write the report set: overview map, one map per layer, atlas, "
                              "charts, coverage tables.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
