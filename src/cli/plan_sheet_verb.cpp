#include "cli/plan_sheet_verb.h"

#include "analysis/plan_sheet.h"
#include "analysis/rules_file.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/output_guard.h"
#include "io/project_opener.h"
#include "io/table_writer.h"
#include "io/workbook_writer.h"

#include <QDir>
#include <QFileInfo>

#include <QCoreApplication>
#include <cmath>
#include <optional>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::PlanSheetVerb)
};
} // namespace

namespace wm::cli {

namespace {

QString amount(double v)
{
    return v == std::floor(v) && std::abs(v) < 1e15 ? QString::number(qint64(v))
                                                    : QString::number(v, 'f', 3);
}

} // namespace

QList<Positional> PlanSheetVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> PlanSheetVerb::options() const
{
    return {{QStringLiteral("scenario"), QStringLiteral("NAME"),
             QStringLiteral("the plan whose proposed features are listed")},
            {QStringLiteral("rules"), QStringLiteral("FILE"),
             QStringLiteral("rules file telling which rule each proposal serves (default: "
                            "rules.json beside the project, if any)")},
            {QStringLiteral("out"), QStringLiteral("FILE"),
             QStringLiteral("FILE.xlsx (sheets 汇总 Summary, 明细 Detail) or FILE.csv (plus "
                            "FILE_summary.csv)")}};
}

int PlanSheetVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    auto usage = [&](const QString& why) {
        err << "worksmap-cli plan-sheet: " << why << "\n";
        return int(Usage);
    };
    const QString projectPath = args.positionals.first();
    const QString scenarioName = args.value(QStringLiteral("scenario")).trimmed();
    if (scenarioName.isEmpty())
        return usage(Tr::tr("--scenario NAME is required"));
    const QString outPath = args.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return usage(Tr::tr("--out FILE.xlsx or FILE.csv is required"));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return usage(Tr::tr("--out must end in .xlsx or .csv: %1").arg(outPath));
    if (args.isSet(QStringLiteral("rules")) && args.value(QStringLiteral("rules")).isEmpty())
        return usage(Tr::tr("--rules needs a file"));

    // Rules: the file given, else rules.json beside the project when there is one.
    QString rulesPath = args.value(QStringLiteral("rules"));
    if (rulesPath.isEmpty()) {
        const QString beside =
            QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("rules.json"));
        if (QFileInfo::exists(beside))
            rulesPath = beside;
    }
    std::optional<RulesFile> rules;
    if (!rulesPath.isEmpty())
        rules = RulesFile::load(rulesPath);

    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LoadedProject project =
        openProjectToCompute(projectPath, roles, terminalProgress(err, "loading layers"));

    // Never write over what the project reads (a planner's own data) or the project itself.
    const OutputGuard guard = OutputGuard::forRun(project.project, rulesPath);
    guard.check(outPath);
    if (suffix == QLatin1String("csv"))
        guard.check(planSheetSummaryCsvPath(outPath));

    const PlanSheet sheet = makePlanSheet(project, scenarioName, rules ? &*rules : nullptr, &roles);

    out << Tr::tr("Plan sheet of scenario \"%1\" in %2: %3 proposal(s) in %4 unit(s)\n")
               .arg(sheet.scenario,
                    project.project.name.isEmpty() ? projectPath : project.project.name)
               .arg(sheet.rows.size())
               .arg(sheet.units.size());
    out << "  rules   " << (sheet.rulesFile.isEmpty() ? QStringLiteral("none") : sheet.rulesFile)
        << "\n";
    for (const PlanSheetUnit& u : sheet.units) {
        QStringList quantities;
        for (const auto& [measure, value] : u.quantities)
            quantities << QStringLiteral("%1 %2").arg(amount(value), measure);
        out << "  " << (u.code.isEmpty() ? u.name : QStringLiteral("%1 %2").arg(u.code, u.name))
            << ": " << u.count << " proposal(s)";
        if (!quantities.isEmpty())
            out << "; " << quantities.join(QStringLiteral(", "));
        out << "\n";
    }
    for (const QString& note : sheet.notes)
        out << "  note: " << note << "\n";
    if (suffix == QLatin1String("xlsx")) {
        writeXlsx(outPath, sheet.workbook());
        out << Tr::tr("wrote %1").arg(outPath) << "\n";
    } else {
        writeCsv(outPath, sheet.detailTable());
        writeCsv(planSheetSummaryCsvPath(outPath), sheet.summaryTable());
        out << Tr::tr("wrote %1").arg(outPath) << "\n";
        out << Tr::tr("wrote %1").arg(planSheetSummaryCsvPath(outPath)) << "\n";
    }
    return Ok;
}

} // namespace wm::cli
