#include "analysis/value_compare.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wm {

bool isNumberValue(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

namespace {

/// Equal within rounding, so "0.3" finds a stored 0.1 + 0.2.
bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

FilterValue::FilterValue(const QString& typed) : text(typed.trimmed()), number(readNumber(typed)) {}

std::optional<double> readNumber(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        v = QLocale().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString valueText(const QVariant& cell)
{
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(cell.toDouble(), 'f', QLocale::FloatingPointShortest);
    default:
        return cell.toString();
    }
}

bool compareValue(const QVariant& cell, CompareOp op, const FilterValue& value)
{
    const bool ordering = op != CompareOp::Equal && op != CompareOp::NotEqual;
    if (!cell.isValid() || cell.isNull()) {
        const bool empty = value.text.isEmpty();
        return (op == CompareOp::Equal && empty) || (op == CompareOp::NotEqual && !empty);
    }
    std::optional<double> number;
    if (isNumberValue(cell)) {
        const double v = cell.toDouble();
        if (std::isfinite(v))
            number = v;
    } else if (ordering && cell.typeId() == QMetaType::QString) {
        number = readNumber(cell.toString());
    }
    int order = 0; // <0, 0, >0 as in cell - value
    if (number && value.number)
        order = nearlyEqual(*number, *value.number) ? 0 : (*number < *value.number ? -1 : 1);
    else
        order = QString::compare(valueText(cell).trimmed(), value.text, Qt::CaseInsensitive);
    switch (op) {
    case CompareOp::Equal:
        return order == 0;
    case CompareOp::NotEqual:
        return order != 0;
    case CompareOp::Less:
        return order < 0;
    case CompareOp::LessEqual:
        return order <= 0;
    case CompareOp::Greater:
        return order > 0;
    case CompareOp::GreaterEqual:
        return order >= 0;
    }
    return false;
}

} // namespace wm
