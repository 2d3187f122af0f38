#include "cli/check_verb.h"

#include "cli/check_report.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"

#include <QDir>
#include <QFileInfo>

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
             QStringLiteral("write results.csv, progress_*.csv, coverage.gpkg")}};
}

int CheckVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    const QString projectPath = args.positionals.first();
    const QString level = args.value(QStringLiteral("level"), QStringLiteral("county"));
    if (level != QLatin1String("county") && level != QLatin1String("township")) {
        err << "worksmap-cli check: --level must be county or township\n";
        return Usage;
    }
    const QString rulesPath =
        args.value(QStringLiteral("rules"),
                   QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("rules.json")));
    const RulesFile rules = RulesFile::load(rulesPath);
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LoadedProject project =
        openProjectOrDataset(projectPath, roles, terminalProgress(err, "loading layers"));
    const CoverageCheck check = CoverageCheck::run(project, rules, level);
    printCheck(check, out);
    if (args.isSet(QStringLiteral("out"))) {
        for (const QString& file :
             writeCheckOutputs(check, project, args.value(QStringLiteral("out"))))
            out << "wrote " << file << "\n";
    }
    return check.failingRules() == 0 ? Ok : 1;
}

} // namespace wm::cli
