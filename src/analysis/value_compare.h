#pragma once

// The one comparison of an attribute with a typed-in value, for both filter faces: the
// rules' FeatureFilter ("kind = clinic" in a rules file) and the attribute table's
// field/operator/value row. The same cell and value give the same answer in both.
//
// What a planner expects, and what this does:
// - A number column (integer or real) holding a number is compared as a number when the
//   value reads as one: 300 = "300" = "300.0", and equal within rounding (0.1 + 0.2 =
//   "0.3"). A value that is not a number is compared with the cell's text.
// - A text column is compared as text for = and ≠ (and `in`): trimmed, ignoring case.
//   Division codes and village numbers are text in DBFs, so "09" ≠ "9" and "130502" ≠
//   "130502.0". For <, ≤, >, ≥ a text cell and a value that both read as numbers are
//   ordered as numbers (an untyped CSV column: "9" < "10"), anything else as text.
// - An empty (null) cell equals only the empty value, is ≠ every non-empty value, and
//   passes no <, ≤, >, ≥.
// Numbers are read in C notation ("1234.5"), else in the locale's ("1,234.5"); infinite
// and NaN do not count as numbers.

#include <QString>
#include <QVariant>

#include <optional>

namespace wm {

enum class CompareOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

/// A typed-in value read once (filters test thousands of cells against it).
struct FilterValue {
    QString text;                 ///< trimmed
    std::optional<double> number; ///< when `text` reads as a finite number

    explicit FilterValue(const QString& typed = {});
};

/// Whether `cell` (an attribute as AttributeTable::value() gives it: invalid or null for
/// an empty cell, a number type for a number column, QString for text) passes
/// "cell op value".
bool compareValue(const QVariant& cell, CompareOp op, const FilterValue& value);

/// Whether `v` holds a number type (integer or floating point; not a boolean).
bool isNumberValue(const QVariant& v);

/// `text` as a finite number, in C notation first and then the locale's.
std::optional<double> readNumber(const QString& text);

/// A cell as a comparison (and the attribute table) shows it: numbers in shortest
/// round-trip fixed notation ("0.1", never "3e+06"), booleans "true"/"false", else the text.
QString valueText(const QVariant& cell);

} // namespace wm
