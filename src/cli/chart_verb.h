#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli chart PROJECT --indicator RULE [--type bar|ranking|stacked|years] … --out
/// FILE.{png,pdf,svg}`: runs the chosen rules of a rules file (default rules.json beside the
/// project) and draws one chart: a rule's values per unit sorted (completion rates with the
/// 100 % line), a ranking with its top and bottom marked, several rules stacked per unit, or
/// an indicator over the years of a table. Prints the chart's values (or JSON with --json).
/// Exit 0, or 2 on bad input (an unknown rule id is named).
class ChartVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override
    {
        return QStringLiteral("Draw a chart of a rule per unit (sorted bars, ranking, stacked) "
                              "or of a table over years, as PNG, PDF or SVG.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
