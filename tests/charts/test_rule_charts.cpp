#include "charts/rule_charts.h"
#include "core/error.h"
#include "support/chart_fixture.h"
#include "support/test_support.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;
using namespace Qt::StringLiterals;

namespace {

/// The SYNTHETIC chart project (support/chart_fixture.h).
using RuleCharts = test::ChartProjectTest;

std::vector<double> values(const ChartData& chart, std::size_t series = 0)
{
    return chart.series.at(series).values;
}

void expectValues(const std::vector<double>& actual, const std::vector<double>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (std::isnan(expected[i]))
            EXPECT_TRUE(std::isnan(actual[i])) << "value " << i << " is " << actual[i];
        else
            EXPECT_NEAR(actual[i], expected[i], 1e-12) << "value " << i;
    }
}

} // namespace

TEST_F(RuleCharts, CompletionRatesAreBarsInRankOrderWithTheTableValues)
{
    const ChartData chart = progressChart(ruleResult(check(), u"parking"_s));
    // Rates by hand from targets.csv (actual / target), best first; 乙县 and 丙县 tie at 0.8
    // and keep the table's order.
    EXPECT_EQ(chart.categories,
              (QStringList{u"市本级"_s, u"甲县"_s, u"乙县"_s, u"丙县"_s, u"丁县"_s}));
    expectValues(values(chart), {25.0 / 20, 120.0 / 100, 40.0 / 50, 160.0 / 200, 10.0 / 40});
    // 市本级 has no polygon, so a click on its bar selects nothing on the map.
    EXPECT_EQ(chart.units, (std::vector<int>{-1, unit("130501"), unit("130502"), unit("130503"),
                                             unit("130504")}));
    EXPECT_EQ(chart.kind, ChartKind::Bars);
    EXPECT_EQ(chart.format, ValueFormat::Percent);
    EXPECT_DOUBLE_EQ(chart.target, 1.0);
    EXPECT_EQ(chart.formatValue(chart.series[0].values[0]), u"125.0%"_s);
}

TEST_F(RuleCharts, UnitsWithoutARateAreLeftOutAndNamedInANote)
{
    const ChartData chart = progressChart(ruleResult(check(), u"parking"_s));
    EXPECT_FALSE(chart.categories.contains(u"戊县"_s)); // a task, no actual
    EXPECT_FALSE(chart.categories.contains(u"己县"_s)); // no task
    const QString notes = chart.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"戊县"_s)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"己县"_s)) << notes.toStdString();
}

TEST_F(RuleCharts, RankingPrefixesRanksAndTiesShareOne)
{
    const ChartData chart = rankingChart(ruleResult(check(), u"parking"_s));
    EXPECT_EQ(chart.categories, (QStringList{u"1 市本级"_s, u"2 甲县"_s, u"并列3 乙县"_s,
                                             u"并列3 丙县"_s, u"5 丁县"_s}));
    expectValues(values(chart), values(progressChart(ruleResult(check(), u"parking"_s))));
}

TEST_F(RuleCharts, RankingMarksTheRulesTopAndBottomWithWholeTies)
{
    // The rule ranks with topN 2 and bottomN 2: the two best, and from the bottom 丁县 and the
    // pair 乙县/丙县 sharing second-to-last place.
    const ChartData chart = rankingChart(ruleResult(check(), u"parking"_s));
    EXPECT_EQ(chart.marks, (std::vector<BarMark>{BarMark::Top, BarMark::Top, BarMark::Bottom,
                                                 BarMark::Bottom, BarMark::Bottom}));
}

TEST_F(RuleCharts, RankingAgainWithOtherNumbers)
{
    const RuleResult& r = ruleResult(check(), u"parking"_s);
    EXPECT_EQ(rankingChart(r, 1, 1).marks,
              (std::vector<BarMark>{BarMark::Top, BarMark::Normal, BarMark::Normal, BarMark::Normal,
                                    BarMark::Bottom}));
    // Top 3 takes both units tied in third place.
    EXPECT_EQ(rankingChart(r, 3, 0).marks,
              (std::vector<BarMark>{BarMark::Top, BarMark::Top, BarMark::Top, BarMark::Top,
                                    BarMark::Normal}));
}

TEST_F(RuleCharts, ValuesOfAnyRuleAreSortedWithTheSharedRequirementAsTarget)
{
    // Parking sites per county: 丁县 3, 甲县 2, 乙县 1, the others 0 in unit order.
    const ChartData chart = valueChart(check(), u"sites"_s);
    EXPECT_EQ(chart.categories,
              (QStringList{u"丁县"_s, u"甲县"_s, u"乙县"_s, u"丙县"_s, u"戊县"_s, u"己县"_s}));
    expectValues(values(chart), {3, 2, 1, 0, 0, 0});
    EXPECT_EQ(chart.units.front(), unit("130504"));
    EXPECT_EQ(chart.format, ValueFormat::Number);
    EXPECT_DOUBLE_EQ(chart.target, 1.0); // "min": 1
    EXPECT_TRUE(chart.notes.isEmpty());
    EXPECT_TRUE(std::isnan(valueChart(check(), u"spaces"_s).target)); // no bound, no line
}

TEST_F(RuleCharts, ValueChartOfARateLeavesOutUnitsItDoesNotConcern)
{
    const ChartData chart = valueChart(check(), u"parking"_s);
    // Only units with a polygon are units of the check: 市本级 is not among them.
    EXPECT_EQ(chart.categories, (QStringList{u"甲县"_s, u"乙县"_s, u"丙县"_s, u"丁县"_s}));
    expectValues(values(chart), {1.2, 0.8, 0.8, 0.25});
    EXPECT_EQ(chart.format, ValueFormat::Percent);
    const QString notes = chart.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"己县"_s)) << notes.toStdString(); // no task: not concerned
    EXPECT_TRUE(notes.contains(u"戊县"_s)) << notes.toStdString(); // concerned, no value
}

TEST_F(RuleCharts, StackedBarsAddTheActualsOfSeveralWorks)
{
    const ChartData chart = stackedChart(check(), {u"parking"_s, u"sewage"_s});
    EXPECT_EQ(chart.kind, ChartKind::StackedBars);
    // Totals: 丙县 160, 甲县 120 + 4, 乙县 40 + 10, 丁县 10 + 5, 戊县 2 (no parking actual).
    EXPECT_EQ(chart.categories,
              (QStringList{u"丙县"_s, u"甲县"_s, u"乙县"_s, u"丁县"_s, u"戊县"_s}));
    expectValues(values(chart, 0), {160, 120, 40, 10, NAN});
    expectValues(values(chart, 1), {NAN, 4, 10, 5, 2});
    EXPECT_DOUBLE_EQ(chart.total(1), 124);
    EXPECT_EQ(chart.series[0].name, u"停车位建设进度"_s);
    const QString notes = chart.notes.join(u'\n');
    EXPECT_TRUE(notes.contains(u"己县"_s)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(u"市本级"_s)) << notes.toStdString();
}

TEST_F(RuleCharts, SharesOfDifferentRulesAreNotStacked)
{
    CoverageCheck withShare = check();
    RuleResult share;
    share.id = u"care"_s;
    share.kind = u"service-radius"_s;
    share.verdicts.resize(std::size_t(withShare.units.size()));
    withShare.results.push_back(share);
    try {
        stackedChart(withShare, {u"sites"_s, u"care"_s});
        FAIL() << "stacking a share was accepted";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(u"care"_s)) << e.message().toStdString();
    }
}

TEST_F(RuleCharts, AnUnknownRuleIsNamedWithTheRulesThatRan)
{
    try {
        ruleChart(check(), u"no_such_rule"_s);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(u"no_such_rule"_s)) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"parking"_s)) << e.message().toStdString();
    }
    EXPECT_THROW(stackedChart(check(), {u"sites"_s, u"nope"_s}), Error);
    // A rule without completion rates has no ranking.
    EXPECT_THROW(rankingChart(ruleResult(check(), u"sites"_s)), Error);
}

TEST_F(RuleCharts, TheCoveragePanelsChartFollowsTheRuleKind)
{
    EXPECT_EQ(ruleChart(check(), u"parking"_s).categories.size(), 5); // with 市本级
    EXPECT_EQ(ruleChart(check(), u"sites"_s).categories,
              valueChart(check(), u"sites"_s).categories);
}

TEST_F(RuleCharts, JsonWritesMissingValuesAsNull)
{
    const QJsonObject json = stackedChart(check(), {u"parking"_s, u"sewage"_s}).toJson();
    EXPECT_EQ(json[u"kind"_s].toString(), u"stacked"_s);
    EXPECT_EQ(json[u"categories"_s].toArray().first().toString(), u"丙县"_s);
    const QJsonArray sewage = json[u"series"_s].toArray()[1].toObject()[u"values"_s].toArray();
    EXPECT_TRUE(sewage[0].isNull());
    EXPECT_DOUBLE_EQ(sewage[1].toDouble(), 4);
    EXPECT_TRUE(json[u"target"_s].isNull());
}
