#include "app/coverage_results_model.h"

#include "analysis/coverage_check.h"
#include "analysis/coverage_layer.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>
#include <limits>

namespace wm {

void CoverageResultsModel::setResult(std::shared_ptr<const CoverageCheck> check, int ruleIndex)
{
    beginResetModel();
    mCheck = std::move(check);
    mRule = mCheck && ruleIndex >= 0 && ruleIndex < int(mCheck->results.size()) ? ruleIndex : -1;
    mLive.clear();
    mRows = mRule >= 0 ? mCheck->results[std::size_t(mRule)].rows(mCheck->units)
                       : std::vector<ResultRow>();
    endResetModel();
}

int CoverageResultsModel::unitAt(int row) const
{
    return row >= 0 && row < int(mRows.size()) ? mRows[std::size_t(row)].verdict.unit : -1;
}

int CoverageResultsModel::rowOf(int unit, const QString& name) const
{
    for (int i = 0; i < int(mRows.size()); ++i) {
        const ResultRow& row = mRows[std::size_t(i)];
        if (unit >= 0 ? row.verdict.unit == unit
                      : row.verdict.unit < 0 && !name.isEmpty() && row.name == name)
            return i;
    }
    return -1;
}

void CoverageResultsModel::setLiveVerdicts(const QHash<int, LiveVerdict>& verdicts)
{
    if (!result())
        return;
    mLive.clear();
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
        if (it.key() >= 0 && it.key() < mCheck->units.size())
            mLive.insert(it.key(), it.value());
    // A unit back to its checked verdict redraws too.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const RuleResult* CoverageResultsModel::result() const
{
    return mRule >= 0 ? &mCheck->results[std::size_t(mRule)] : nullptr;
}

int CoverageResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !result() ? 0 : int(mRows.size());
}

int CoverageResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Code:
        return tr("Code");
    case Unit:
        return tr("Unit");
    case Value:
        return tr("Value");
    case Required:
        return tr("Required");
    case Result:
        return tr("Result");
    case Gap:
        return tr("Gap");
    default:
        return {};
    }
}

QVariant CoverageResultsModel::data(const QModelIndex& index, int role) const
{
    const RuleResult* r = result();
    if (!r || !index.isValid())
        return {};
    const ResultRow& row = mRows[std::size_t(index.row())];
    UnitVerdict v = row.verdict;
    const auto live = v.unit >= 0 ? mLive.constFind(v.unit) : mLive.cend();
    if (live != mLive.cend()) {
        v.applicable = true;
        v.value = live->value;
        v.pass = live->pass;
        v.gap = live->gap;
    }
    const bool share = isShareRule(*r);
    auto amount = [share](double x) -> QString {
        if (std::isnan(x))
            return QString();
        return share ? QStringLiteral("%1%").arg(x * 100, 0, 'f', 0) : formatAmount(x, 2);
    };
    // Bulletin rank of this unit (target-progress rules), "3=" when tied.
    auto rank = [&]() -> std::pair<int, bool> {
        if (!r->ranking)
            return {0, false};
        for (const RankEntry& e : r->ranking->ordered)
            if (v.unit >= 0 ? e.row.unit == v.unit : e.row.unit < 0 && e.row.unitName == row.name)
                return {e.rank, e.tied};
        return {0, false};
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank: {
            const auto [n, tied] = rank();
            return n > 0 ? QString::number(n) + (tied ? QStringLiteral("=") : QString())
                         : QString();
        }
        case Code:
            return row.code;
        case Unit:
            return row.name;
        case Value:
            return amount(v.value);
        case Required:
            return amount(v.required);
        case Result:
            return verdictTitle(v);
        case Gap:
            return v.gap;
        }
    }
    if (role == SortRole) {
        const double missing = -std::numeric_limits<double>::infinity();
        switch (index.column()) {
        case Rank: {
            const int n = rank().first;
            return n > 0 ? n : std::numeric_limits<int>::max();
        }
        case Value:
            return std::isnan(v.value) ? missing : v.value;
        case Required:
            return std::isnan(v.required) ? missing : v.required;
        case Result:
            return !v.applicable ? 2 : v.pass ? 1 : 0; // failures first
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Value || index.column() == Required || index.column() == Rank))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole)
        return QBrush(!v.applicable ? QColor(238, 238, 238)
                      : v.pass      ? QColor(217, 240, 211)
                                    : QColor(248, 203, 198));
    if (role == Qt::ForegroundRole)
        return QBrush(QColor(20, 20, 20)); // readable on the tints in a dark theme too
    if (role == Qt::FontRole && live != mLive.cend()) {
        // Changed by editing since the check ran: the other rules still show the old state.
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole && live != mLive.cend())
        return tr("Changed while editing: %1. Run the check again to update every rule.")
            .arg(v.gap.isEmpty() ? tr("passes") : v.gap);
    if (role == Qt::ToolTipRole && v.unit < 0)
        return tr("%1 has no polygon on the map: it is listed by the target table").arg(row.name);
    if (role == Qt::ToolTipRole && !v.gap.isEmpty())
        return v.gap;
    return {};
}

} // namespace wm
