#include "charts/rule_charts.h"

#include "analysis/coverage_layer.h"
#include "core/error.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleCharts)
};
} // namespace

namespace wm {

namespace {

QString unitAxisLabel(const QString& level)
{
    return level == QLatin1String("township") ? QStringLiteral("乡镇(街道)")
                                              : QStringLiteral("县(市、区)");
}

/// The y axis title of a rule's values, in the terms of the bulletins.
QString valueAxisLabel(const QString& kind)
{
    if (kind == QLatin1String("target-progress"))
        return QStringLiteral("完成率");
    if (kind == QLatin1String("service-radius"))
        return QStringLiteral("覆盖率");
    if (kind == QLatin1String("share-of-units"))
        return QStringLiteral("建有率");
    if (kind == QLatin1String("ratio"))
        return QStringLiteral("比值");
    if (kind == QLatin1String("indicator"))
        return QStringLiteral("数值");
    return QStringLiteral("数量");
}

/// "甲、乙、丙" — a long list (townships) is cut after ten names, since a note under a
/// chart is read, not searched.
QString nameList(const QStringList& names)
{
    constexpr int kShown = 10;
    if (names.size() <= kShown)
        return names.join(QStringLiteral("、"));
    return QStringLiteral("%1 等 %2 个")
        .arg(names.mid(0, kShown).join(QStringLiteral("、")))
        .arg(names.size());
}

void noteLeftOut(ChartData& chart, const QString& why, const QStringList& names)
{
    if (!names.isEmpty())
        chart.notes << QStringLiteral("%1，未列入图表：%2").arg(why, nameList(names));
}

const Ranking& rankingOf(const RuleResult& result)
{
    if (!result.ranking || !result.progress)
        throw Error({}, Tr::tr("rule \"%1\" (%2) has no completion rates to rank: only "
                               "target-progress rules do")
                            .arg(result.id, result.kind));
    return *result.ranking;
}

/// The bars of a ranking: rated units in ranking order; the others go to the notes.
ChartData rankingBars(const RuleResult& result, const Ranking& ranking, const QString& level)
{
    ChartData chart;
    chart.title = result.title;
    chart.xLabel = unitAxisLabel(level);
    chart.yLabel = valueAxisLabel(QStringLiteral("target-progress"));
    chart.format = ValueFormat::Percent;
    chart.target = 1.0;
    chart.targetLabel = QStringLiteral("目标 100%");
    chart.series.push_back({chart.yLabel, {}});
    QStringList unrated, noTask;
    for (const RankEntry& e : ranking.ordered) {
        if (e.rank == 0) {
            unrated << e.row.unitName;
            continue;
        }
        chart.categories << e.row.unitName;
        chart.units.push_back(e.row.unit);
        chart.unitNames << e.row.unitName;
        chart.series.front().values.push_back(e.row.rate);
    }
    for (const ProgressRow& row : result.progress->noTask)
        noTask << row.unitName;
    noteLeftOut(chart, QStringLiteral("有任务但无完成量"), unrated);
    noteLeftOut(chart, QStringLiteral("无任务"), noTask);
    return chart;
}

bool sameEntry(const RankEntry& a, const RankEntry& b)
{
    return a.row.sourceRow == b.row.sourceRow && a.row.unitName == b.row.unitName;
}

bool contains(const std::vector<RankEntry>& entries, const RankEntry& e)
{
    return std::any_of(entries.begin(), entries.end(),
                       [&](const RankEntry& x) { return sameEntry(x, e); });
}

/// Categories ordered by `key` descending; equal keys keep their order.
void sortCategories(ChartData& chart, const std::vector<double>& key)
{
    std::vector<std::size_t> order(key.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key[a] > key[b]; });
    QStringList categories, names;
    std::vector<int> units;
    for (std::size_t i : order) {
        categories << chart.categories[qsizetype(i)];
        units.push_back(chart.units[i]);
        names << chart.unitNames[qsizetype(i)];
    }
    for (ChartSeries& s : chart.series) {
        std::vector<double> values;
        for (std::size_t i : order)
            values.push_back(s.values[i]);
        s.values = std::move(values);
    }
    chart.categories = categories;
    chart.units = std::move(units);
    chart.unitNames = names;
}

} // namespace

const RuleResult& ruleResult(const CoverageCheck& check, const QString& ruleId)
{
    const int i = check.indexOfRule(ruleId);
    if (i < 0) {
        QStringList ids;
        for (const RuleResult& r : check.results)
            ids << r.id;
        throw Error(check.rulesFile, Tr::tr("no rule \"%1\" in the %2-level results (rules: %3)")
                                         .arg(ruleId, check.level, ids.join(QStringLiteral(", "))));
    }
    return check.results[std::size_t(i)];
}

ChartData progressChart(const RuleResult& result, const QString& level)
{
    return rankingBars(result, rankingOf(result), level);
}

ChartData rankingChart(const RuleResult& result, int topN, int bottomN, const QString& level)
{
    const Ranking& own = rankingOf(result);
    const Ranking ranking = topN < 0 && bottomN < 0 ? own
                                                    : rank(*result.progress, topN < 0 ? 3 : topN,
                                                           bottomN < 0 ? 3 : bottomN);
    ChartData chart = rankingBars(result, ranking, level);
    chart.title += QStringLiteral(" 排名");
    int c = 0;
    for (const RankEntry& e : ranking.ordered) {
        if (e.rank == 0)
            continue;
        const QString place =
            e.tied ? QStringLiteral("并列%1").arg(e.rank) : QString::number(e.rank);
        chart.categories[c++] = place + QLatin1Char(' ') + e.row.unitName;
        chart.marks.push_back(contains(ranking.top, e)      ? BarMark::Top
                              : contains(ranking.bottom, e) ? BarMark::Bottom
                                                            : BarMark::Normal);
    }
    return chart;
}

ChartData valueChart(const CoverageCheck& check, const QString& ruleId)
{
    const RuleResult& r = ruleResult(check, ruleId);
    ChartData chart;
    chart.title = r.title;
    chart.xLabel = unitAxisLabel(check.level);
    chart.yLabel = valueAxisLabel(r.kind);
    chart.format = isShareRule(r) ? ValueFormat::Percent : ValueFormat::Number;
    chart.series.push_back({chart.yLabel, {}});
    QStringList notConcerned, noValue;
    std::vector<double> required;
    for (const UnitVerdict& v : r.verdicts) {
        const QString name = check.units.unit(v.unit).displayName();
        if (!v.applicable) {
            notConcerned << name;
        } else if (!std::isfinite(v.value)) {
            noValue << name;
        } else {
            chart.categories << name;
            chart.units.push_back(v.unit);
            chart.unitNames << name;
            chart.series.front().values.push_back(v.value);
            required.push_back(v.required);
        }
    }
    sortCategories(chart, chart.series.front().values);
    // One requirement for all units is a line worth drawing; per-unit ones (a clinic count
    // that depends on the unit) are not.
    if (!required.empty() && std::isfinite(required.front()) &&
        std::all_of(required.begin(), required.end(),
                    [&](double x) { return x == required.front(); })) {
        chart.target = required.front();
        chart.targetLabel = QStringLiteral("要求 %1").arg(chart.formatValue(chart.target));
    }
    noteLeftOut(chart, QStringLiteral("不适用"), notConcerned);
    noteLeftOut(chart, QStringLiteral("无数值"), noValue);
    return chart;
}

ChartData stackedChart(const CoverageCheck& check, const QStringList& ruleIds)
{
    ChartData chart;
    chart.kind = ChartKind::StackedBars;
    chart.title = QStringLiteral("各单位指标构成"); // the legend names the rules
    chart.xLabel = unitAxisLabel(check.level);
    chart.yLabel = QStringLiteral("数量");
    const int n = check.units.size();
    for (int i = 0; i < n; ++i) {
        chart.categories << check.units.unit(i).displayName();
        chart.units.push_back(i);
        chart.unitNames << chart.categories.back();
    }
    QStringList withoutPolygon;
    for (const QString& id : ruleIds) {
        const RuleResult& r = ruleResult(check, id);
        ChartSeries s{r.title, std::vector<double>(std::size_t(n), NAN)};
        if (r.progress) {
            for (const ProgressRow& row : r.progress->rows) {
                if (row.unit >= 0)
                    s.values[std::size_t(row.unit)] = row.actual;
                else if (!withoutPolygon.contains(row.unitName))
                    withoutPolygon << row.unitName;
            }
        } else if (isShareRule(r)) {
            throw Error(check.rulesFile,
                        Tr::tr("rule \"%1\" gives shares of units; shares of different "
                               "rules do not add up, so they cannot be stacked")
                            .arg(id));
        } else {
            for (const UnitVerdict& v : r.verdicts)
                if (v.applicable)
                    s.values[std::size_t(v.unit)] = v.value;
        }
        chart.series.push_back(std::move(s));
    }
    std::vector<double> totals;
    QStringList empty;
    for (int i = 0; i < n; ++i)
        totals.push_back(chart.total(i));
    sortCategories(chart, totals);
    // Units without any value are dropped (they sort last among equal zero totals, but a
    // unit with 0 built is kept: 0 is a value).
    for (int i = int(chart.categories.size()) - 1; i >= 0; --i) {
        const bool none =
            std::none_of(chart.series.begin(), chart.series.end(), [&](const ChartSeries& s) {
                return std::isfinite(s.values[std::size_t(i)]);
            });
        if (!none)
            continue;
        empty.prepend(chart.categories[i]);
        chart.categories.removeAt(i);
        chart.units.erase(chart.units.begin() + i);
        chart.unitNames.removeAt(i);
        for (ChartSeries& s : chart.series)
            s.values.erase(s.values.begin() + i);
    }
    noteLeftOut(chart, QStringLiteral("无数值"), empty);
    noteLeftOut(chart, QStringLiteral("无图斑的单位"), withoutPolygon);
    return chart;
}

ChartData ruleChart(const CoverageCheck& check, const QString& ruleId)
{
    const RuleResult& r = ruleResult(check, ruleId);
    return r.ranking ? progressChart(r, check.level) : valueChart(check, ruleId);
}

} // namespace wm
