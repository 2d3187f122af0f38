#pragma once

#include "analysis/coverage_check.h"
#include "charts/chart_data.h"

#include <QString>
#include <QStringList>

namespace wm {

/// The result of rule `ruleId` in `check`; throws wm::Error (naming the rules file and the
/// rules that did run) when there is none.
const RuleResult& ruleResult(const CoverageCheck& check, const QString& ruleId);

/// Completion rate per unit of a target-progress result as a bar chart, in the order of its
/// bulletin ranking (best first, ties in table order), with the 100 % target line and the
/// rates written on the bars. Units with a task but no rate, and units with no task, are left
/// out and named in a note. `level` ("county", "township") titles the unit axis. Throws
/// wm::Error when `result` has no ranking (it is not a target-progress result).
ChartData progressChart(const RuleResult& result, const QString& level = QStringLiteral("county"));

/// progressChart() with each category prefixed by its rank ("1 临城县", "并列3 …") and the
/// bulletin's top and bottom units marked. Both topN and bottomN < 0: the rule's own ranking;
/// otherwise the units are ranked again with those numbers, a negative one counting as 3
/// (ties on the boundary are all taken, as in rank()).
ChartData rankingChart(const RuleResult& result, int topN = -1, int bottomN = -1,
                       const QString& level = QStringLiteral("county"));

/// Each unit's value of rule `ruleId` (any kind), largest first (ties in unit order): shares
/// and rates as percentages. Units the rule does not concern or has no value for are left out
/// and named in a note. When every unit has the same requirement it is drawn as the target
/// line.
ChartData valueChart(const CoverageCheck& check, const QString& ruleId);

/// Several rules' values stacked per unit, the tallest stack first: the actuals of
/// target-progress rules, the values of count, length and ratio rules. Shares of different
/// rules do not add up, so a share rule throws wm::Error, as does an unknown rule id.
ChartData stackedChart(const CoverageCheck& check, const QStringList& ruleIds);

/// The chart of one rule as the coverage panel shows it: progressChart() for a
/// target-progress rule, valueChart() for the others. Throws wm::Error for an unknown id.
ChartData ruleChart(const CoverageCheck& check, const QString& ruleId);

} // namespace wm
