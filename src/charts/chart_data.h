#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace wm {

/// How a chart writes its values: shares and rates (fractions, 1 = 100 %) as percentages,
/// counts, km and ratios as numbers.
enum class ValueFormat { Number, Percent };

/// Bars per category, several series stacked per category, or one line per series across
/// the categories (years).
enum class ChartKind { Bars, StackedBars, Lines };

/// How a bar is drawn in a ranking chart: the bulletin's top and bottom units stand out.
enum class BarMark { Normal, Top, Bottom };

struct ChartSeries {
    QString name;               ///< legend text; a single-series bar chart has no legend
    std::vector<double> values; ///< one per category; NaN: no bar (no point on a line)
};

/// What a chart shows, without any widget: built from rule results or a table by the
/// functions of rule_charts.h and years_chart.h, drawn by ChartPlot, tested on its own.
struct ChartData {
    ChartKind kind = ChartKind::Bars;
    QString title;
    QString xLabel; ///< Chinese axis titles ("县(市、区)", "完成率")
    QString yLabel;
    QStringList categories; ///< x axis, left to right: unit names, or years
    /// Per category: the unit's index in the CoverageCheck it came from, for a click on a
    /// bar to select the unit on the map; -1 for a unit without polygon (市本级) or a year.
    std::vector<int> units;
    /// Per category: the unit's name as result tables show it (a unit without polygon is
    /// found by it), empty for a year.
    QStringList unitNames;
    std::vector<ChartSeries> series;
    std::vector<BarMark> marks; ///< per category (Bars only); empty: all Normal
    /// A horizontal target line in the values' own terms (1.0 is 100 % for a rate); NaN: none.
    double target = std::numeric_limits<double>::quiet_NaN();
    QString targetLabel; ///< written at the right end of the target line ("目标 100%")
    ValueFormat format = ValueFormat::Number;
    QStringList notes; ///< what the chart leaves out and why, shown under it

    /// A value as the chart writes it on a bar: "135.8%" (Percent) or "1,234" / "8.7".
    QString formatValue(double value) const;
    /// Sum of the series at `category` (NaN counted as 0): the height of a stacked bar.
    double total(int category) const;
    /// The chart as JSON (`worksmap-cli chart --json`): NaN values are null.
    QJsonObject toJson() const;
};

} // namespace wm
