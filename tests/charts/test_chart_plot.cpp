#include "charts/chart_plot.h"
#include "charts/rule_charts.h"
#include "support/chart_fixture.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;
using namespace Qt::StringLiterals;

namespace {

/// Bars of `values` for categories named `names` (unit i for category i).
ChartData bars(const QStringList& names, const std::vector<double>& values)
{
    ChartData chart;
    chart.title = u"测试"_s;
    chart.categories = names;
    for (int i = 0; i < names.size(); ++i)
        chart.units.push_back(i);
    chart.series.push_back({u"值"_s, values});
    return chart;
}

/// Presses and releases the left button at `pos` (widget pixels), as a click does.
void click(QWidget& widget, const QPointF& pos)
{
    const QPointF global = widget.mapToGlobal(pos);
    QMouseEvent press(QEvent::MouseButtonPress, pos, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(&widget, &press);
    QApplication::sendEvent(&widget, &release);
}

/// The middle of category `c`'s bar of height `value`, in widget pixels.
QPointF barMiddle(const ChartPlot& plot, int c, double value)
{
    return {plot.xAxis->coordToPixel(c), plot.yAxis->coordToPixel(value / 2)};
}

int legendEntries(const ChartPlot& plot)
{
    int n = 0;
    for (int i = 0; i < plot.legend->itemCount(); ++i)
        n += plot.legend->item(i) ? 1 : 0; // the grid's empty cells are no entries
    return n;
}

} // namespace

TEST(ChartPlot, AClickOnABarNamesItsCategoryAndUnit)
{
    QTemporaryDir dir;
    const CoverageCheck check = test::checkProject(test::writeChartProject(dir.path()));
    ChartPlot plot;
    plot.setChart(progressChart(ruleResult(check, u"parking"_s)));
    plot.resize(800, 500);
    plot.show();
    plot.replot();
    std::vector<int> categories, units;
    QStringList names;
    QObject::connect(&plot, &ChartPlot::categoryClicked, [&](int c) { categories.push_back(c); });
    QObject::connect(&plot, &ChartPlot::unitClicked, [&](int u, const QString& name) {
        units.push_back(u);
        names << name;
    });

    click(plot, barMiddle(plot, 1, 1.2)); // 甲县, second bar
    EXPECT_EQ(categories, (std::vector<int>{1}));
    EXPECT_EQ(units, (std::vector<int>{check.units.indexOfCode(u"130501"_s)}));
    EXPECT_EQ(names, QStringList{u"甲县"_s});

    // 市本级 has no polygon: its bar names it (for its table row), with no unit on the map.
    click(plot, barMiddle(plot, 0, 1.25));
    EXPECT_EQ(categories, (std::vector<int>{1, 0}));
    EXPECT_EQ(units, (std::vector<int>{check.units.indexOfCode(u"130501"_s), -1}));
    EXPECT_EQ(names, (QStringList{u"甲县"_s, u"市本级"_s}));

    // Between two bars nothing is clicked.
    click(plot, {plot.xAxis->coordToPixel(1.5), plot.yAxis->coordToPixel(0.1)});
    EXPECT_EQ(categories.size(), 2u);
}

TEST(ChartPlot, ValuesAreWrittenOnTheBarsAndFitUnderTheTop)
{
    const ChartData chart = bars({u"甲县"_s, u"乙县"_s, u"丙县"_s}, {0.5, 2.0, 1.25});
    ChartPlot plot;
    plot.setChart(chart);
    plot.fitTo({800, 500});
    EXPECT_EQ(plot.visibleValueLabels(), (QStringList{u"0.5"_s, u"2"_s, u"1.3"_s}));
    EXPECT_GT(plot.yAxis->range().upper, 2.0); // room above the tallest bar for its value
    EXPECT_DOUBLE_EQ(plot.yAxis->range().lower, 0.0);
}

TEST(ChartPlot, TheTargetLineStandsAtTheTarget)
{
    ChartData chart = bars({u"甲县"_s, u"乙县"_s}, {0.6, 0.9});
    chart.format = ValueFormat::Percent;
    chart.target = 1.0;
    chart.targetLabel = u"目标 100%"_s;
    ChartPlot plot;
    plot.setChart(chart);
    plot.fitTo({600, 400});
    int lines = 0;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* line = qobject_cast<QCPItemStraightLine*>(plot.item(i))) {
            ++lines;
            EXPECT_DOUBLE_EQ(line->point1->coords().y(), 1.0);
            EXPECT_DOUBLE_EQ(line->point2->coords().y(), 1.0);
        }
    EXPECT_EQ(lines, 1);
    EXPECT_GT(plot.yAxis->range().upper, 1.0); // the line above the bars is in view
}

TEST(ChartPlot, CrowdedCategoryLabelsAreTurned)
{
    QStringList names;
    std::vector<double> values;
    for (int i = 0; i < 19; ++i) {
        names << u"南和区第%1街道办事处"_s.arg(i);
        values.push_back(19 - i);
    }
    ChartPlot plot;
    plot.setChart(bars(names, values));
    plot.fitTo({500, 400});
    EXPECT_NE(plot.xAxis->tickLabelRotation(), 0.0);

    plot.setChart(bars({u"甲县"_s, u"乙县"_s}, {1, 2}));
    plot.fitTo({800, 400});
    EXPECT_EQ(plot.xAxis->tickLabelRotation(), 0.0);
}

TEST(ChartPlot, StackSegmentsTooThinForTheirValueHideIt)
{
    ChartData chart = bars({u"甲县"_s, u"乙县"_s}, {100, 60});
    chart.kind = ChartKind::StackedBars;
    chart.series.push_back({u"二"_s, {0.5, 40}});
    ChartPlot plot;
    plot.setChart(chart);
    plot.fitTo({600, 400});
    // Segments 100, 60, 40 and the totals 100.5 and 100; the 0.5 sliver is too thin.
    EXPECT_EQ(plot.visibleValueLabels(),
              (QStringList{u"100"_s, u"60"_s, u"40"_s, u"100.5"_s, u"100"_s}));
}

TEST(ChartPlot, AnotherChartReplacesTheLegendAndTheTitle)
{
    ChartData ranked = bars({u"甲县"_s, u"乙县"_s, u"丙县"_s}, {3, 2, 1});
    ranked.marks = {BarMark::Top, BarMark::Normal, BarMark::Bottom};
    ChartPlot plot;
    plot.setChart(ranked);
    const int rows = plot.plotLayout()->rowCount();
    const int columns = plot.legend->columnCount();
    EXPECT_EQ(legendEntries(plot), 3); // top, bottom, the others
    plot.setChart(bars({u"甲县"_s}, {1}));
    EXPECT_FALSE(plot.legend->visible());
    plot.setChart(ranked);
    plot.setChart(ranked);
    EXPECT_EQ(plot.plotLayout()->rowCount(), rows);
    EXPECT_EQ(plot.legend->columnCount(), columns);
    EXPECT_EQ(legendEntries(plot), 3);
}
