#include "app/attribute_filter.h"

#include "analysis/value_compare.h"
#include "app/attribute_table_model.h"
#include "core/layer.h"

#include <algorithm>
#include <cmath>

namespace wm {

QString filterOpSymbol(FilterOp op)
{
    switch (op) {
    case FilterOp::Equal:
        return QStringLiteral("=");
    case FilterOp::NotEqual:
        return QStringLiteral("≠");
    case FilterOp::Less:
        return QStringLiteral("<");
    case FilterOp::LessEqual:
        return QStringLiteral("≤");
    case FilterOp::Greater:
        return QStringLiteral(">");
    case FilterOp::GreaterEqual:
        return QStringLiteral("≥");
    case FilterOp::Contains:
        break;
    }
    return QString();
}

bool matches(const QVariant& cell, FilterOp op, const QString& value)
{
    switch (op) {
    case FilterOp::Contains:
        return value.isEmpty() ||
               (cell.isValid() && !cell.isNull() &&
                AttributeTableModel::formatValue(cell).contains(value, Qt::CaseInsensitive));
    case FilterOp::Equal:
        return compareValue(cell, CompareOp::Equal, FilterValue(value));
    case FilterOp::NotEqual:
        return compareValue(cell, CompareOp::NotEqual, FilterValue(value));
    case FilterOp::Less:
        return compareValue(cell, CompareOp::Less, FilterValue(value));
    case FilterOp::LessEqual:
        return compareValue(cell, CompareOp::LessEqual, FilterValue(value));
    case FilterOp::Greater:
        return compareValue(cell, CompareOp::Greater, FilterValue(value));
    case FilterOp::GreaterEqual:
        return compareValue(cell, CompareOp::GreaterEqual, FilterValue(value));
    }
    return false;
}

AttributeFilterProxy::AttributeFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AttributeTableModel::RawValueRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AttributeFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (auto* old = sourceModel())
        disconnect(old, &QObject::destroyed, this, nullptr);
    mTable = qobject_cast<const AttributeTableModel*>(model);
    // The base class drops a destroyed source without calling setSourceModel().
    if (model)
        connect(model, &QObject::destroyed, this, [this] { mTable = nullptr; });
    QSortFilterProxyModel::setSourceModel(model);
}

void AttributeFilterProxy::sort(int column, Qt::SortOrder order)
{
    Q_EMIT aboutToRearrange();
    QSortFilterProxyModel::sort(column, order);
    Q_EMIT rearranged();
}

void AttributeFilterProxy::setText(const QString& text)
{
    if (text == mText)
        return;
    mText = text;
    refilter();
}

void AttributeFilterProxy::setCondition(int column, Op op, const QString& value)
{
    mConditionColumn = column;
    mConditionOp = op;
    mConditionValue = value;
    refilter();
}

void AttributeFilterProxy::clearCondition()
{
    if (mConditionColumn < 0)
        return;
    mConditionColumn = -1;
    mConditionValue.clear();
    refilter();
}

void AttributeFilterProxy::refilter()
{
    Q_EMIT aboutToRearrange();
    invalidate();
    Q_EMIT rearranged();
}

QString AttributeFilterProxy::cellText(int sourceRow, int column) const
{
    if (mTable && mTable->layer()) {
        const AttributeTable& a = mTable->layer()->attributes;
        // Text columns are searched as stored, without a QVariant round trip per cell.
        if (!isNumeric(a.fields()[column].type))
            return a.toString(sourceRow, column);
        return AttributeTableModel::formatValue(a.value(sourceRow, column));
    }
    return AttributeTableModel::formatValue(
        sourceModel()->data(sourceModel()->index(sourceRow, column), sortRole()));
}

bool AttributeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const int columns = sourceModel()->columnCount();
    if (mConditionColumn >= 0 && mConditionColumn < columns) {
        const QVariant cell =
            mTable && mTable->layer()
                ? mTable->layer()->attributes.value(sourceRow, mConditionColumn)
                : sourceModel()->data(sourceModel()->index(sourceRow, mConditionColumn),
                                      sortRole());
        if (!matches(cell, mConditionOp, mConditionValue))
            return false;
    }
    if (mText.isEmpty())
        return true;
    for (int column = 0; column < columns; ++column)
        if (cellText(sourceRow, column).contains(mText, Qt::CaseInsensitive))
            return true;
    return false;
}

bool AttributeFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!mTable || !mTable->layer())
        return QSortFilterProxyModel::lessThan(left, right);
    // Straight from the columns: sorting 100,000 rows makes ~2 million comparisons, each of
    // which would otherwise build two QModelIndex lookups and two QVariants.
    const AttributeTable& a = mTable->layer()->attributes;
    const int column = left.column();
    const int l = left.row();
    const int r = right.row();
    const bool leftNull = a.isNull(l, column);
    const bool rightNull = a.isNull(r, column);
    if (leftNull || rightNull)
        return !leftNull && rightNull; // empty cells after every value (ascending)
    switch (a.fields()[column].type) {
    case FieldType::Integer:
    case FieldType::Integer64:
    case FieldType::Boolean:
        return a.value(l, column).toLongLong() < a.value(r, column).toLongLong();
    case FieldType::Real: {
        const double x = a.toDouble(l, column);
        const double y = a.toDouble(r, column);
        // NaN counts as empty: compared as a number it would break the sort's ordering.
        if (std::isnan(x) || std::isnan(y))
            return !std::isnan(x) && std::isnan(y);
        return x < y;
    }
    default:
        return QString::compare(a.toString(l, column), a.toString(r, column),
                                sortCaseSensitivity()) < 0;
    }
}

} // namespace wm
