#pragma once

#include "core/unit_name_matcher.h"
#include "core/layer.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace wm {

/// One unit row of a target table. A blank target cell (or "-", "/", "无") is NaN: no task.
struct TargetRow {
    QString unitText;  ///< the unit as written ("威 县", "南官市", "市本级")
    QString unitCode;  ///< from a code column (区划代码) when the table has one
    int sourceRow = 0; ///< 1-based data row in the file (the header is not counted)
    double target = std::numeric_limits<double>::quiet_NaN();
    double actual = std::numeric_limits<double>::quiet_NaN();
};

/// A per-unit target table as planners receive it.
struct TargetTable {
    QString sourcePath;
    QString indicator; ///< the indicator column's header, e.g. "城市公共停车位建设任务数量（个）"
    QString unitColumn; ///< the columns read, for reports
    QString targetColumn;
    QString actualColumn;        ///< empty when actuals do not come from the table
    std::vector<TargetRow> rows; ///< unit rows, in file order
    /// Rows recognised as totals (合计, 合 计, 合计:, 全市合计, 总计, 全 市, 小计) or notes (备注,
    /// 说明), as 1-based data rows: excluded from `rows` and reported.
    std::vector<int> totalRows;
    /// The total the table states (the grand total row's target cell), for a cross-check.
    double statedTotal = std::numeric_limits<double>::quiet_NaN();
    QStringList notes; ///< one line per excluded row, saying why

    /// Sum of the rows' targets (blank cells skipped); compare with `statedTotal`.
    double sumOfRows() const;
    /// True when the table states no total or the rows add up to it (to 1e-6 relative, so
    /// 8.7 km summed from decimals still agrees).
    bool totalAgrees() const;

    /// Reads one indicator of a table loaded as a Layer (role target): `unitColumn` names units,
    /// `targetColumn` the numbers, `actualColumn` optional. Empty column names = from the role
    /// mapping (layers/target.json) / the only numeric column that is not a row number (序号).
    /// Throws wm::Error naming the file and row when a target or actual cell is not a number,
    /// and naming the file when a column is missing or the indicator is ambiguous.
    static TargetTable fromLayer(const Layer& table, const QString& unitColumn = {},
                                 const QString& targetColumn = {},
                                 const QString& actualColumn = {});
    /// Numeric columns that can serve as indicators (not 序号, not the unit or code column), in
    /// column order, for multi-indicator tables. "Numeric" is judged on the unit rows' text,
    /// since a 备注 line in a number column makes the driver type the column as text.
    static QStringList indicatorColumns(const Layer& table);
};

/// One unit's progress against its target.
struct ProgressRow {
    QString unitCode;
    QString unitName; ///< the current name (last of UnitName::names), or the row's text for a
                      ///< unit without polygon
    double target = std::numeric_limits<double>::quiet_NaN();
    double actual = std::numeric_limits<double>::quiet_NaN();
    double rate = std::numeric_limits<double>::quiet_NaN(); ///< actual/target, NaN if no target
                                                            ///< or no actual
    bool hasPolygon = false;
    int sourceRow = 0; ///< data row of the table, 0 for a unit the table does not list
    int unit = -1;     ///< index into the join's `units`, -1 for a unit without polygon
};

struct ProgressReport {
    std::vector<ProgressRow> rows; ///< units with a task, in table order
    /// Units with no target (blank or 0), and units of `units` the table does not list: "no
    /// task", listed apart, never ranked at 0. A unit suggested for an unmatched row (南宫市
    /// for 南官市) is left out, since its row is only misspelt.
    std::vector<ProgressRow> noTask;
    std::vector<TargetRow> unmatched; ///< rows that joined no unit, in table order
    QStringList unmatchedNotes;       ///< one per unmatched row, with suggestions
};

/// Joins target rows to units by code, then name (units lacking a polygon — 市本级, 开发区,
/// 邢东新区 — are added as such, kept in tables and rankings when their row carries a target),
/// with `actualPerUnit` measured from the map (indexed like `units`; empty = take actuals from
/// the table). A unit without polygon has no measured actual: it keeps the table's actual, if
/// any. A second row for the same unit is reported unmatched, never summed silently.
ProgressReport joinTargets(const TargetTable& table, const UnitNameMatcher& matcher,
                           const std::vector<UnitName>& units,
                           const std::vector<double>& actualPerUnit);

} // namespace wm
