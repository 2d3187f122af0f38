#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli plan-sheet PROJECT --scenario NAME [--rules FILE] --out FILE.xlsx|FILE.csv`:
/// the proposed works of a scenario as a table per county (what, where, which rule it
/// serves, CGCS2000 lon/lat): an XLSX workbook with sheets "汇总 Summary" and "明细 Detail",
/// or the detail CSV plus <name>_summary.csv. Rules default to rules.json beside the project
/// when it exists. Exit 0; 2 on bad arguments or input (an unknown scenario lists those that
/// exist).
class PlanSheetVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("plan-sheet"); }
    QString summary() const override
    {
        return QStringLiteral("Export the proposed works of a scenario as a table per county "
                              "(XLSX or CSV).");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
