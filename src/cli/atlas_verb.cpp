#include "cli/atlas_verb.h"

#include "analysis/coverage_check.h"
#include "cli/page_options.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/output_guard.h"
#include "io/project_opener.h"
#include "render/atlas_indicators.h"
#include "render/atlas_writer.h"
#include "render/project_styles.h"

#include <QDir>
#include <QFileInfo>

namespace wm::cli {

QList<Positional> AtlasVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> AtlasVerb::options() const
{
    return QList<Option>{
               {QStringLiteral("layer"), QStringLiteral("ID"),
                QStringLiteral("boundary layer with one page per unit (default: the first)")},
               {QStringLiteral("out"), QStringLiteral("DIR|FILE.pdf"),
                QStringLiteral("one multi-page PDF, or a folder with one file per unit")},
               {QStringLiteral("format"), QStringLiteral("pdf|png|svg"),
                QStringLiteral("file type per unit when --out is a folder (default pdf)")},
               {QStringLiteral("layout"), QStringLiteral("FILE|NAME"),
                QStringLiteral("page layout template (default a4-atlas)")},
               {QStringLiteral("rules"), QStringLiteral("FILE"),
                QStringLiteral("rules whose results fill each page's table (default rules.json "
                               "beside the project, when present)")},
               {QStringLiteral("title"), QStringLiteral("PATTERN"),
                QStringLiteral("page title, %1 = unit name, %2 = code (default \"%1\")")}} +
           scenarioViewOptions();
}

int AtlasVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    if (!args.isSet(QStringLiteral("out"))) {
        err << "worksmap-cli atlas: --out DIR|FILE.pdf is needed\n";
        return Usage;
    }
    AtlasTarget target{args.value(QStringLiteral("out")),
                       args.value(QStringLiteral("format"), QStringLiteral("pdf")).toLower()};
    if (!target.isSingleFile() && !AtlasWriter::formats().contains(target.format))
        throw Error(QStringLiteral("--format"),
                    QStringLiteral("\"%1\": use pdf, png or svg").arg(target.format));
    const QString projectPath = args.positionals.first();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    LoadedProject project =
        openProjectToCompute(projectPath, roles, terminalProgress(err, "loading layers"));
    prepareRasters(project, err, "atlas");
    const ScenarioView view = scenarioViewFor(project, args);
    const QVector<Style> styles = loadProjectStyles(project, roles);
    AtlasOptions options;
    options.view = view;
    options.boundaryLayer = args.value(QStringLiteral("layer"));
    if (options.boundaryLayer.isEmpty())
        for (const LoadedLayer& l : project.layers)
            if (l.entry.role == QLatin1String("boundary") && l.isAvailable()) {
                options.boundaryLayer = l.entry.id;
                break;
            }
    options.titlePattern = args.value(QStringLiteral("title"), options.titlePattern);
    options.subtitle = project.project.name;
    const QString rules =
        args.value(QStringLiteral("rules"),
                   QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("rules.json")));
    const bool withRules = args.isSet(QStringLiteral("rules")) || QFileInfo::exists(rules);
    const OutputGuard guard = OutputGuard::forRun(project.project, withRules ? rules : QString());
    if (withRules)
        options.indicators = indicatorRows(CoverageCheck::run(
            projectForChecks(project, view), RulesFile::load(rules), QStringLiteral("county")));
    const PageTemplate page =
        pageTemplateFor(args.value(QStringLiteral("layout"), QStringLiteral("a4-atlas")));
    const QStringList files = AtlasWriter(target).write(
        project, styles, page, options, terminalProgress(err, "atlas pages"),
        [&guard](const QString& f) { guard.check(f); });
    for (const QString& f : files)
        out << "wrote " << f << "\n";
    reportRasterProblems(project, err, "atlas");
    return Ok;
}

} // namespace wm::cli
