#pragma once

#include "analysis/rule.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace wm {

struct CoverageCheck;

/// A unit's verdict worked out after the check, while editing (live coverage): it stands in
/// for the check's verdict of that unit until the check is run again.
struct LiveVerdict {
    double value = 0;
    bool pass = false;
    QString gap;
};

/// One rule's verdict per unit of a coverage check, as a table: (rank,) code, unit, value,
/// required, result, gap. Rows are RuleResult::rows(): units in check order, then units
/// without polygon (市本级); values sort by number through SortRole; rows are tinted by
/// verdict (pass / FAIL / n/a).
class CoverageResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Code, Unit, Value, Required, Result, Gap, ColumnCount };
    /// The raw value behind a cell (number or text), for sorting.
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows rule `ruleIndex` of `check` (null: empty table).
    void setResult(std::shared_ptr<const CoverageCheck> check, int ruleIndex);
    const RuleResult* result() const;
    /// Verdicts by unit index that replace the check's in value, result, gap and tint (marked
    /// as changed since the check); each call replaces the last, setResult() drops them.
    void setLiveVerdicts(const QHash<int, LiveVerdict>& verdicts);
    const QHash<int, LiveVerdict>& liveVerdicts() const { return mLive; }
    /// Unit of the check shown in `row`, -1 for a unit without polygon.
    int unitAt(int row) const;
    /// The row showing unit `unit` of the check, or, for -1, the unit without polygon
    /// named `name`; -1 if none.
    int rowOf(int unit, const QString& name = {}) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const CoverageCheck> mCheck;
    int mRule = -1;
    std::vector<ResultRow> mRows;
    QHash<int, LiveVerdict> mLive;
};

} // namespace wm
