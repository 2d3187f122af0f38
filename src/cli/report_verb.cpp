#include "cli/report_verb.h"

#include "analysis/coverage_check.h"
#include "analysis/coverage_comparison.h"
#include "charts/chart_renderer.h"
#include "charts/rule_charts.h"
#include "cli/check_report.h"
#include "cli/page_options.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "io/output_guard.h"
#include "io/project_opener.h"
#include "render/atlas_indicators.h"
#include "render/atlas_writer.h"
#include "render/coverage_comparison_map.h"
#include "render/page_content.h"
#include "render/page_export.h"
#include "render/project_styles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <optional>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::ReportVerb)
};
} // namespace

namespace wm::cli {

QList<Positional> ReportVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> ReportVerb::options() const
{
    return QList<Option>{
               {QStringLiteral("out"), QStringLiteral("DIR"), QStringLiteral("output folder")},
               {QStringLiteral("rules"), QStringLiteral("FILE"),
                QStringLiteral("rules file (default rules.json beside the project, when present)")},
               {QStringLiteral("layout"), QStringLiteral("FILE|NAME"),
                QStringLiteral("layout of the overview map (default a3-portrait)")}} +
           scenarioViewOptions();
}

int ReportVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    if (!args.isSet(QStringLiteral("out"))) {
        err << "worksmap-cli report: --out DIR is needed\n";
        return Usage;
    }
    const QString dir = args.value(QStringLiteral("out"));
    const QString projectPath = args.positionals.first();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    LoadedProject project =
        openProjectToCompute(projectPath, roles, terminalProgress(err, "loading layers"));
    prepareRasters(project, err, "report");
    const ScenarioView view = scenarioViewFor(project, args);
    const QString rulesPath =
        args.value(QStringLiteral("rules"),
                   QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("rules.json")));
    const bool withRules = args.isSet(QStringLiteral("rules")) || QFileInfo::exists(rulesPath);
    const OutputGuard guard =
        OutputGuard::forRun(project.project, withRules ? rulesPath : QString());
    // The pages are checked against the inputs before anything is written; the coverage
    // outputs and charts are checked where they are written, before their first byte.
    const QString mapsDir = QDir(dir).filePath(QStringLiteral("maps"));
    const auto hasMap = [](const LoadedLayer& l) {
        return l.isAvailable() && l.data->kind != GeometryKind::None &&
               l.entry.role != QLatin1String("boundary");
    };
    QStringList pages{QDir(dir).filePath(QStringLiteral("overview.pdf")),
                      QDir(dir).filePath(QStringLiteral("overview.png")),
                      QDir(dir).filePath(QStringLiteral("atlas.pdf"))};
    for (const LoadedLayer& l : project.layers)
        if (hasMap(l))
            pages << QDir(mapsDir).filePath(l.entry.id + QStringLiteral(".png"));
    for (const QString& f : pages)
        guard.check(f);
    if (!QDir().mkpath(dir))
        throw Error(dir, QStringLiteral("cannot create the output folder"));
    QVector<Style> styles = loadProjectStyles(project, roles);
    const QString title = project.project.name;
    QStringList written;
    QElapsedTimer timer;
    auto note = [&](const QString& file) {
        written << file;
        out << "wrote " << file << " (" << QString::number(timer.restart() / 1000.0, 'f', 2)
            << " s)\n";
        out.flush();
    };
    timer.start();

    // The coverage check first: its results fill the atlas tables and the charts.
    std::optional<CoverageCheck> check;
    std::vector<CoverageComparison> comparisons;
    if (withRules) {
        const LoadedProject checked = projectForChecks(project, view);
        const RulesFile rules = RulesFile::load(rulesPath);
        check = CoverageCheck::run(checked, rules, QStringLiteral("county"));
        comparisons = compareRadiusAndTime(rules, *check, checked);
        for (const QString& f : writeCheckOutputs(
                 *check, checked, QDir(dir).filePath(QStringLiteral("coverage")), guard))
            note(f);
    }

    // A chart per rule (and the bulletin ranking of each target-progress rule).
    if (check) {
        const QString chartsDir = QDir(dir).filePath(QStringLiteral("charts"));
        QDir().mkpath(chartsDir);
        for (const RuleResult& r : check->results) {
            const QString file = QDir(chartsDir).filePath(r.id + QStringLiteral(".png"));
            guard.check(file);
            ChartRenderer(ruleChart(*check, r.id)).save(file, {1000, 600});
            note(file);
            if (r.ranking) {
                const QString ranking =
                    QDir(chartsDir).filePath(r.id + QStringLiteral("_ranking.png"));
                guard.check(ranking);
                ChartRenderer(rankingChart(r)).save(ranking, {1000, 600});
                note(ranking);
            }
        }
    }

    // The overview map.
    PageTemplate overviewPage =
        pageTemplateFor(args.value(QStringLiteral("layout"), QStringLiteral("a3-portrait")));
    // Without a layout asked for, the paper turns to the area's shape (Xingtai is wider
    // than tall: landscape), so the map is not a strip across a tall page.
    if (!args.isSet(QStringLiteral("layout")) && !project.extent.isNull())
        overviewPage.setOrientation(project.extent.width() > project.extent.height());
    const PageLayout overview(overviewPage, projectPageContent(project, styles, overviewPage, title,
                                                               QString(), project.extent, view));
    for (const char* suffix : {"pdf", "png"}) {
        const QString file =
            QDir(dir).filePath(QStringLiteral("overview.%1").arg(QString::fromLatin1(suffix)));
        exportPage(overview, file);
        note(file);
    }

    // One map per works layer: the layer over the boundaries, the others hidden.
    PageTemplate layerPage = pageTemplateFor(QStringLiteral("a4-landscape"));
    layerPage.dpi = 150;
    QDir().mkpath(mapsDir);
    for (int i = 0; i < project.layers.size(); ++i) {
        const LoadedLayer& l = project.layers[i];
        if (!hasMap(l))
            continue;
        LoadedProject single = project;
        for (LoadedLayer& other : single.layers)
            other.entry.visible =
                &other == &single.layers[i] || other.entry.role == QLatin1String("boundary");
        const PageLayout page(layerPage,
                              projectPageContent(single, styles, layerPage, l.entry.displayName(),
                                                 title, project.extent, view));
        const QString file = QDir(mapsDir).filePath(l.entry.id + QStringLiteral(".png"));
        exportPage(page, file);
        note(file);
    }

    // Where a radius rule and a road-time rule judge the same villages: the straight line
    // against the roads.
    for (const CoverageComparison& c : comparisons) {
        const QString file = QDir(mapsDir).filePath(comparisonMapName(c));
        guard.check(file);
        exportPage(PageLayout(layerPage,
                              comparisonPageContent(project, styles, layerPage, c, title, view)),
                   file);
        note(file);
        out << Tr::tr("  %1 vs %2: %3 villages within the radius but beyond the time by road, "
                      "%4 beyond the radius but within the time, %5 beyond both\n")
                   .arg(c.radiusRule, c.timeRule)
                   .arg(c.counts[int(CoverageAgreement::BeyondByRoadOnly)])
                   .arg(c.counts[int(CoverageAgreement::BeyondLineOnly)])
                   .arg(c.counts[int(CoverageAgreement::BeyondBoth)]);
    }

    // The atlas of the first boundary layer's units.
    AtlasOptions atlas;
    for (const LoadedLayer& l : project.layers)
        if (l.entry.role == QLatin1String("boundary") && l.isAvailable()) {
            atlas.boundaryLayer = l.entry.id;
            break;
        }
    if (!atlas.boundaryLayer.isEmpty()) {
        atlas.subtitle = title;
        atlas.view = view;
        if (check)
            atlas.indicators = indicatorRows(*check);
        const AtlasWriter writer({QDir(dir).filePath(QStringLiteral("atlas.pdf"))});
        for (const QString& f :
             writer.write(project, styles, pageTemplateFor(QStringLiteral("a4-atlas")), atlas,
                          terminalProgress(err, "atlas pages"),
                          [&guard](const QString& file) { guard.check(file); }))
            note(f);
    }
    out << written.size() << " files in " << QFileInfo(dir).absoluteFilePath() << "\n";
    reportRasterProblems(project, err, "report");
    return Ok;
}

} // namespace wm::cli
