#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QVariant>

namespace wm {

class AttributeTableModel;

/// Comparison of the simple attribute filter "field op value".
enum class FilterOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Contains };

/// The operator as the filter row shows it ("=", "≠", "<", "≤", ">", "≥"); Contains has a
/// translated word instead, so it is named by the dock, not here.
QString filterOpSymbol(FilterOp op);

/// Whether a cell passes "cell op value": compareValue() (analysis/value_compare.h), the
/// comparison the rules' filters use, so "code = 09" finds the same rows here as in a rules
/// file (a text column compares = and ≠ as text: "09" ≠ "9"; a number column as numbers).
/// Contains is a case-insensitive substring of the cell as the table shows it.
bool matches(const QVariant& cell, FilterOp op, const QString& value);

/// Filters and sorts an attribute table: a free text (a case-insensitive substring of any
/// column) AND an optional condition on one column. Sorting compares the raw typed values
/// (Qt::UserRole), so numeric columns sort by value; empty cells sort last.
class AttributeFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using Op = FilterOp;

    explicit AttributeFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Keeps rows where some column contains `text` (ignoring case); empty shows all.
    void setText(const QString& text);
    QString text() const { return mText; }
    /// Keeps rows whose `column` satisfies matches(cell, op, value).
    void setCondition(int column, Op op, const QString& value);
    void clearCondition();
    bool hasCondition() const { return mConditionColumn >= 0; }
    int conditionColumn() const { return mConditionColumn; }
    Op conditionOp() const { return mConditionOp; }
    QString conditionValue() const { return mConditionValue; }

Q_SIGNALS:
    /// Emitted around every re-filter and re-sort. Listeners holding a large view selection
    /// drop it before and restore it after: otherwise the selection model turns every selected
    /// cell into a persistent index across the re-layout, which is slow at 100,000 rows.
    void aboutToRearrange();
    void rearranged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// Re-filters in one layout change. invalidateFilter() would remove hidden rows run by
    /// run, and each scattered run costs the view O(rows): minutes for a large table.
    void refilter();
    QString cellText(int sourceRow, int column) const;

    const AttributeTableModel* mTable = nullptr; ///< the source when it is one: direct reads
    QString mText;
    int mConditionColumn = -1;
    Op mConditionOp = Op::Equal;
    QString mConditionValue;
};

} // namespace wm
