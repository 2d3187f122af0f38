#include "cli/check_verb.h"

#include "cli/check_report.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"
#include "sql/pg_near_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::CheckVerb)
};
} // namespace

namespace wm::cli {

QList<Positional> CheckVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> CheckVerb::options() const
{
    return {{QStringLiteral("rules"), QStringLiteral("FILE"),
             QStringLiteral("rules file (default: rules.json beside the project)")},
            {QStringLiteral("level"), QStringLiteral("county|township"),
             QStringLiteral("units to check (default county)")},
            {QStringLiteral("out"), QStringLiteral("DIR"),
             QStringLiteral("write results.csv, progress_*.csv, coverage.gpkg")},
            {QStringLiteral("scenario"), QStringLiteral("NAME"),
             QStringLiteral("check with the proposed features of this scenario (default: what "
                            "exists; proposals of any scenario are left out)")},
            {QStringLiteral("compare"), QString(),
             QStringLiteral("with --scenario: each unit's figures before and after the "
                            "scenario (compare_<scenario>.csv with --out)")},
            {QStringLiteral("timings"), QString(),
             QStringLiteral("print the time of loading and of each rule to stderr")},
            {QStringLiteral("in-database-above"), QStringLiteral("ROWS"),
             QStringLiteral("PostGIS tables of more features are measured by SQL in the "
                            "database, not read (default 200000; -1: read every table)")}};
}

int CheckVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    const QString projectPath = args.positionals.first();
    const QString level = args.value(QStringLiteral("level"), QStringLiteral("county"));
    if (level != QLatin1String("county") && level != QLatin1String("township")) {
        err << "worksmap-cli check: --level: " << Tr::tr("must be county or township") << "\n";
        return Usage;
    }
    const QString rulesPath =
        args.value(QStringLiteral("rules"),
                   QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("rules.json")));
    const QString scenarioName = args.value(QStringLiteral("scenario")).trimmed();
    if (args.isSet(QStringLiteral("compare")) && scenarioName.isEmpty()) {
        err << "worksmap-cli check: --compare: " << Tr::tr("needs --scenario NAME") << "\n";
        return Usage;
    }
    bool rowsOk = true;
    const qint64 inDatabaseAbove =
        args.value(QStringLiteral("in-database-above"), QString::number(DefaultInDatabaseAbove))
            .toLongLong(&rowsOk);
    if (!rowsOk || inDatabaseAbove < -1) {
        err << "worksmap-cli check: --in-database-above: " << Tr::tr("must be a number of rows")
            << "\n";
        return Usage;
    }
    const RulesFile rules = RulesFile::load(rulesPath);
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    QElapsedTimer timer;
    timer.start();
    // A comparison runs the check twice on two selections of the features: read them.
    LoadedProject all =
        openProjectToCompute(projectPath, roles, terminalProgress(err, "loading layers"),
                             args.isSet(QStringLiteral("compare")) ? -1 : inDatabaseAbove);
    PgNearData nearData(all, roles);
    nearData.readTablesWithProposals(all);
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const QStringList scenarios = scenario::names(all);
    if (!scenarioName.isEmpty() && !scenarios.contains(scenarioName, Qt::CaseInsensitive)) {
        err << "worksmap-cli check: " << projectPath << ": "
            << Tr::tr("no feature belongs to scenario \"%1\" (scenarios: %2)")
                   .arg(scenarioName,
                        scenarios.isEmpty() ? Tr::tr("none") : scenarios.join(QStringLiteral(", ")))
            << "\n";
        return BadInput;
    }
    // Outputs never replace the project, its sources or the rules (`--out` may be any folder).
    const OutputGuard guard = OutputGuard::forRun(all.project, rulesPath);
    if (args.isSet(QStringLiteral("compare"))) {
        const scenario::Comparison comparison = scenario::compare(all, rules, level, scenarioName);
        printComparison(comparison, out);
        if (args.isSet(QStringLiteral("out")))
            out << Tr::tr("wrote %1")
                       .arg(
                           writeComparisonCsv(comparison, args.value(QStringLiteral("out")), guard))
                << "\n";
        return comparison.after.failingRules() == 0 ? Ok : RulesFail;
    }
    // Without a scenario a check is of what exists: proposals are plans, not facilities.
    const LoadedProject project = scenario::projectFor(
        all, scenarioName.isEmpty() ? scenario::View::Current : scenario::View::Both, scenarioName);
    timer.restart();
    const CoverageCheck check = CoverageCheck::run(project, rules, level, {}, &nearData);
    const double checkSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (args.isSet(QStringLiteral("timings"))) {
        err << QStringLiteral("timing load %1 s\n").arg(loadSeconds, 0, 'f', 3);
        for (const RuleResult& r : check.results)
            err << QStringLiteral("timing rule %1 %2 s%3\n")
                       .arg(r.id)
                       .arg(r.seconds, 0, 'f', 3)
                       .arg(r.inDatabase.isEmpty()
                                ? QString()
                                : QStringLiteral(" (in the database: %1)")
                                      .arg(r.inDatabase.join(QStringLiteral("; "))));
        err << QStringLiteral("timing rules %1 s\n").arg(checkSeconds, 0, 'f', 3);
        err.flush();
    }
    printCheck(check, out);
    if (args.isSet(QStringLiteral("out"))) {
        QStringList notes;
        const QStringList files =
            writeCheckOutputs(check, project, args.value(QStringLiteral("out")), guard, &notes);
        for (const QString& note : notes)
            out << Tr::tr("note: %1").arg(note) << "\n";
        for (const QString& file : files)
            out << Tr::tr("wrote %1").arg(file) << "\n";
    }
    return check.failingRules() == 0 ? Ok : RulesFail;
}

} // namespace wm::cli
