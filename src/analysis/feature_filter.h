#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace wm {

class Layer;

/// A condition on one attribute that selects the features a measure counts, e.g.
/// `kind = clinic` or `status in (started, completed)`.
///
/// Values are compared by compareValue() (value_compare.h), the comparison the attribute
/// table's filter uses too: a number column as numbers when the value reads as one
/// (`diameter_mm = 300` matches 300 stored as an integer or a real), a text column as
/// trimmed text ignoring case (`code = 09` does not match "9"). A null attribute never
/// equals a non-empty value and is "!=" every non-empty value. `field` is a column of the
/// layer's attribute table (exact name, else case-insensitive), not a role field name.
struct FeatureFilter {
    enum class Op { Equals, NotEquals, In };

    QString field;
    Op op = Op::Equals;
    QStringList values; ///< one value for Equals/NotEquals, any number for In
    /// Further conditions that must hold too ("kind = heating and status = completed").
    std::vector<FeatureFilter> also;

    /// An empty filter (no field) matches every feature.
    bool isEmpty() const { return field.isEmpty(); }
    /// Whether feature `feature` of `layer` passes. False if `field` is not a column of
    /// `layer` (use matchAll() to be told about that instead).
    bool matches(const Layer& layer, qsizetype feature) const;
    /// matches() for every feature of `layer` (1 = passes), the field looked up once.
    /// Throws wm::Error (naming the layer's source) if `field` is not one of its columns,
    /// so a typo in a filter is reported rather than giving zeros.
    std::vector<std::uint8_t> matchAll(const Layer& layer) const;

    /// Parses "kind = clinic", "status != planned" (also `<>`, `≠`, `==`), "status in
    /// (started, completed)" (`in` in any case), and several of them joined by "and" (or
    /// "&&"), all of which must hold. Values and the field may be quoted with
    /// '…' or "…" to hold spaces, commas or operators. Empty text gives an empty filter.
    /// `ok` is set false on a syntax error (no operator, no field, no value, unbalanced
    /// quotes or parentheses), and an empty filter is returned.
    static FeatureFilter parse(const QString& text, bool* ok = nullptr);
    /// The filter as parse() reads it back ("status in (started, completed)").
    QString toString() const;

    bool operator==(const FeatureFilter&) const = default;
};

} // namespace wm
