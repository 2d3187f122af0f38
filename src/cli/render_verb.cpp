#include "cli/render_verb.h"

#include "analysis/coverage_check.h"
#include "charts/chart_renderer.h"
#include "cli/page_options.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/output_guard.h"
#include "io/project_opener.h"
#include "render/page_content.h"
#include "render/page_export.h"
#include "render/project_styles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace wm::cli {

QList<Positional> RenderVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> RenderVerb::options() const
{
    return QList<Option>{
               {QStringLiteral("out"), QStringLiteral("FILE"),
                QStringLiteral("output file: .pdf (vector), .svg, .png or .jpg")},
               {QStringLiteral("layout"), QStringLiteral("FILE|NAME"),
                QStringLiteral("page layout template (default a4-landscape; see styles/layouts)")},
               {QStringLiteral("extent"), QStringLiteral("XMIN,YMIN,XMAX,YMAX"),
                QStringLiteral("map extent in the project CRS (metres); default: the project's")},
               {QStringLiteral("unit"), QStringLiteral("CODE"),
                QStringLiteral("map the unit with this division code")},
               {QStringLiteral("scale"), QStringLiteral("N"),
                QStringLiteral("map scale 1:N (default: the readable scale that fits)")},
               {QStringLiteral("title"), QStringLiteral("TEXT"),
                QStringLiteral("page title (default: the project's name)")},
               {QStringLiteral("subtitle"), QStringLiteral("TEXT"), QStringLiteral("subtitle")},
               {QStringLiteral("chart"), QStringLiteral("RULE"),
                QStringLiteral("place the chart of this rule beside the map")},
               {QStringLiteral("rules"), QStringLiteral("FILE"),
                QStringLiteral("rules file for --chart (default rules.json beside the project)")}} +
           scenarioViewOptions();
}

int RenderVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    if (!args.isSet(QStringLiteral("out"))) {
        err << "worksmap-cli render: --out FILE is needed\n";
        return Usage;
    }
    const QString path = args.value(QStringLiteral("out"));
    pageFormatFor(path); // a wrong suffix is reported before any work
    bool scaleOk = true;
    const double scale = args.isSet(QStringLiteral("scale"))
                             ? args.value(QStringLiteral("scale")).toDouble(&scaleOk)
                             : 0;
    if (!scaleOk || scale < 0) {
        err << "worksmap-cli render: --scale wants a number N (for 1:N)\n";
        return Usage;
    }
    const PageTemplate page = pageTemplateFor(args.value(QStringLiteral("layout")));
    // Only the charted rule runs, and a wrong id fails before the layers load.
    std::optional<RulesFile> chartRules;
    QString rulesPath;
    if (args.isSet(QStringLiteral("chart"))) {
        rulesPath =
            args.value(QStringLiteral("rules"), QFileInfo(args.positionals.first())
                                                    .absoluteDir()
                                                    .filePath(QStringLiteral("rules.json")));
        chartRules = RulesFile::load(rulesPath);
        chartRules->keepOnly({args.value(QStringLiteral("chart"))});
    }
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    LoadedProject project = openProjectToCompute(args.positionals.first(), roles,
                                                 terminalProgress(err, "loading layers"));
    prepareRasters(project, err, "render");
    OutputGuard::forRun(project.project, rulesPath).check(path);
    const ScenarioView view = scenarioViewFor(project, args);
    const QVector<Style> styles = loadProjectStyles(project, roles);
    const Extent extent = pageExtentFor(project, args.value(QStringLiteral("extent")),
                                        args.value(QStringLiteral("unit")));
    PageContent content = projectPageContent(
        project, styles, page, args.value(QStringLiteral("title"), project.project.name),
        args.value(QStringLiteral("subtitle")), extent, view);
    content.scale = scale;
    if (chartRules) {
        auto check = std::make_shared<const CoverageCheck>(CoverageCheck::run(
            projectForChecks(project, view), *chartRules, QStringLiteral("county")));
        const QString rule = args.value(QStringLiteral("chart"));
        content.picture = [check, rule](QPainter& p, const QRectF& r) {
            drawRuleChart(p, r, *check, rule);
        };
        content.pictureHeightMm = 75;
    }
    QElapsedTimer timer;
    timer.start();
    const PageLayout layout(page, std::move(content));
    exportPage(layout, path);
    reportRasterProblems(project, err, "render");
    out << "wrote " << QFileInfo(path).absoluteFilePath() << " (" << page.name
        << ", 1:" << qint64(layout.scaleDenominator()) << ", "
        << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s)\n";
    return Ok;
}

} // namespace wm::cli
