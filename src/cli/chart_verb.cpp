#include "cli/chart_verb.h"

#include "analysis/coverage_check.h"
#include "analysis/scenario.h"
#include "charts/chart_renderer.h"
#include "charts/rule_charts.h"
#include "charts/years_chart.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/output_guard.h"
#include "io/project_opener.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <QCoreApplication>
#include <optional>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::ChartVerb)
};
} // namespace

namespace wm::cli {

namespace {

const QString kBar = QStringLiteral("bar");
const QString kRanking = QStringLiteral("ranking");
const QString kStacked = QStringLiteral("stacked");
const QString kYears = QStringLiteral("years");

/// --`option` as a number in [min, max], `fallback` when not given; nullopt when malformed.
std::optional<double> number(const Arguments& args, const QString& option, double fallback,
                             double min, double max)
{
    if (!args.isSet(option))
        return fallback;
    bool ok = false;
    const double v = args.value(option).toDouble(&ok);
    return ok && v >= min && v <= max ? std::optional<double>(v) : std::nullopt;
}

/// What the arguments ask for, checked before anything is read.
struct ChartRequest {
    QString type;
    QString level;
    QStringList ids; ///< the rules to run: one, or the stacked ones
    QString outPath;
    QSize size;
    double scale = 1;
    int top = -1; ///< ranking: -1 keeps the rule's own top and bottom
    int bottom = -1;
};

/// The request, or nullopt and `problem` for wrong arguments.
std::optional<ChartRequest> chartRequest(const Arguments& args, QString& problem)
{
    ChartRequest r;
    r.type = args.value(QStringLiteral("type"), kBar);
    r.level = args.value(QStringLiteral("level"), QStringLiteral("county"));
    r.outPath = args.value(QStringLiteral("out"));
    const auto width = number(args, QStringLiteral("width"), 1000, 16, 20000);
    const auto height = number(args, QStringLiteral("height"), 600, 16, 20000);
    const auto scale = number(args, QStringLiteral("scale"), 1, 0.1, 10);
    const auto top = number(args, QStringLiteral("top"), -1, 0, 1000);
    const auto bottom = number(args, QStringLiteral("bottom"), -1, 0, 1000);
    if (r.type == kStacked)
        r.ids = args.value(QStringLiteral("indicators")).split(QLatin1Char(','));
    else if (r.type != kYears)
        r.ids << args.value(QStringLiteral("indicator"));
    for (QString& id : r.ids)
        id = id.trimmed();
    r.ids.removeAll(QString());

    if (!QStringList{kBar, kRanking, kStacked, kYears}.contains(r.type))
        problem = Tr::tr("--type must be bar, ranking, stacked or years");
    else if (r.level != QLatin1String("county") && r.level != QLatin1String("township"))
        problem = Tr::tr("--level must be county or township");
    else if (!width || !height || !scale || !top || !bottom)
        problem = Tr::tr("--width and --height take 16 to 20000 pixels, --scale 0.1 to "
                         "10, --top and --bottom a count");
    else if (!r.outPath.isEmpty() &&
             !ChartRenderer::formats().contains(QFileInfo(r.outPath).suffix().toLower()))
        problem = Tr::tr("--out must end in .png, .pdf or .svg");
    else if (r.type == kYears &&
             (!args.isSet(QStringLiteral("table")) || !args.isSet(QStringLiteral("year-column")) ||
              !args.isSet(QStringLiteral("value-column"))))
        problem = Tr::tr("--type years needs --table, --year-column and --value-column");
    else if (r.type != kYears && r.ids.isEmpty())
        problem = r.type == kStacked ? Tr::tr("--type stacked needs --indicators")
                                     : Tr::tr("--indicator RULE is required");
    if (!problem.isEmpty())
        return std::nullopt;
    r.size = QSize(qRound(*width), qRound(*height));
    r.scale = *scale;
    r.top = int(*top);
    r.bottom = int(*bottom);
    return r;
}

ChartData tableChart(const LoadedProject& project, const QString& projectPath,
                     const Arguments& args)
{
    const QString id = args.value(QStringLiteral("table"));
    const LoadedLayer* layer = project.layer(id);
    if (!layer)
        throw Error(projectPath, Tr::tr("the project has no layer \"%1\"").arg(id));
    if (!layer->isAvailable())
        throw Error(projectPath,
                    Tr::tr("layer \"%1\" is unavailable (%2)").arg(id, layer->problem));
    // A target table's unit column is known through its role; any other table names it.
    const YearColumns columns{
        args.value(QStringLiteral("unit-column"),
                   layer->mapping.sourceOf.value(QStringLiteral("unit"), QStringLiteral("unit"))),
        args.value(QStringLiteral("year-column")), args.value(QStringLiteral("value-column"))};
    return yearsChart(*layer->data, columns);
}

/// The chart's values as text: one line per category, the values first (right-aligned, so
/// that the columns hold whatever width the Chinese names take), then the category.
void printChart(const ChartData& chart, QTextStream& out)
{
    out << chart.title << "\n";
    QStringList header;
    for (const ChartSeries& s : chart.series)
        header << s.name.left(12).rightJustified(12);
    out << header.join(QLatin1Char(' ')) << "  " << chart.xLabel << "\n";
    for (int c = 0; c < chart.categories.size(); ++c) {
        QStringList values;
        for (const ChartSeries& s : chart.series)
            values << chart.formatValue(s.values[std::size_t(c)]).rightJustified(12);
        out << values.join(QLatin1Char(' ')) << "  " << chart.categories[c] << "\n";
    }
    for (const QString& note : chart.notes)
        out << "note: " << note << "\n";
}

} // namespace

QList<Positional> ChartVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> ChartVerb::options() const
{
    return {
        {QStringLiteral("indicator"), QStringLiteral("RULE"),
         QStringLiteral("the rule to chart (--type bar or ranking)")},
        {QStringLiteral("type"), QStringLiteral("KIND"),
         QStringLiteral("bar: sorted values per unit (default); ranking: bulletin ranking, top "
                        "and bottom marked; stacked: several rules per unit; years: a table "
                        "over years")},
        {QStringLiteral("indicators"), QStringLiteral("RULES"),
         QStringLiteral("comma-separated rule ids to stack (--type stacked)")},
        {QStringLiteral("rules"), QStringLiteral("FILE"),
         QStringLiteral("rules file (default: rules.json beside the project)")},
        {QStringLiteral("level"), QStringLiteral("county|township"),
         QStringLiteral("units of the check (default county)")},
        {QStringLiteral("top"), QStringLiteral("N"),
         QStringLiteral("ranking: rank again and mark the top N (default: the rule's ranking)")},
        {QStringLiteral("bottom"), QStringLiteral("N"),
         QStringLiteral("ranking: rank again and mark the bottom N")},
        {QStringLiteral("table"), QStringLiteral("LAYER"),
         QStringLiteral("years: the project's table with one row per unit and year")},
        {QStringLiteral("unit-column"), QStringLiteral("NAME"),
         QStringLiteral("years: the unit column (default: the role's unit field, or \"unit\")")},
        {QStringLiteral("year-column"), QStringLiteral("NAME"),
         QStringLiteral("years: the year column (2021 or 2021年)")},
        {QStringLiteral("value-column"), QStringLiteral("NAME"),
         QStringLiteral("years: the value column")},
        {QStringLiteral("title"), QStringLiteral("TEXT"),
         QStringLiteral("the chart's title (default: the rule's title)")},
        {QStringLiteral("out"), QStringLiteral("FILE"),
         QStringLiteral("write the chart as .png, .pdf (vector) or .svg")},
        {QStringLiteral("width"), QStringLiteral("PX"),
         QStringLiteral("width in pixels at 96 dpi (default 1000; PDF: 1000 px = 750 pt)")},
        {QStringLiteral("height"), QStringLiteral("PX"),
         QStringLiteral("height in pixels at 96 dpi (default 600)")},
        {QStringLiteral("scale"), QStringLiteral("N"),
         QStringLiteral("PNG: layout at width/N × height/N, so 2 gives 192 dpi (default 1)")},
        {QStringLiteral("json"), QString(),
         QStringLiteral("print the chart's categories and values as JSON")}};
}

int ChartVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    QString problem;
    const std::optional<ChartRequest> request = chartRequest(args, problem);
    if (!request) {
        err << "worksmap-cli chart: " << problem << "\n";
        return Usage;
    }
    const QString projectPath = args.positionals.first();
    // The rules file is read first, so that a wrong rule id fails before the layers load.
    RulesFile rules;
    const QString rulesPath =
        request->type == kYears
            ? QString()
            : args.value(
                  QStringLiteral("rules"),
                  QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("rules.json")));
    if (!rulesPath.isEmpty()) {
        rules = RulesFile::load(rulesPath);
        rules.keepOnly(request->ids);
    }
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LoadedProject project = scenario::currentState(
        openProjectToCompute(projectPath, roles, terminalProgress(err, "loading layers")));
    OutputGuard::forRun(project.project, rulesPath).check(request->outPath);
    ChartData chart;
    if (request->type == kYears) {
        chart = tableChart(project, projectPath, args);
    } else {
        const CoverageCheck check = CoverageCheck::run(project, rules, request->level);
        const QString& id = request->ids.first();
        if (request->type == kStacked)
            chart = stackedChart(check, request->ids);
        else if (request->type == kRanking)
            chart =
                rankingChart(ruleResult(check, id), request->top, request->bottom, request->level);
        else
            chart = ruleChart(check, id);
    }
    if (args.isSet(QStringLiteral("title")))
        chart.title = args.value(QStringLiteral("title"));

    const bool json = args.isSet(QStringLiteral("json"));
    if (json)
        out << QJsonDocument(chart.toJson()).toJson(QJsonDocument::Compact) << "\n";
    else
        printChart(chart, out);
    if (!request->outPath.isEmpty()) {
        ChartRenderer(chart).save(request->outPath, request->size, request->scale);
        (json ? err : out) << "wrote " << request->outPath << "\n"; // stdout stays JSON
    }
    return Ok;
}

} // namespace wm::cli
