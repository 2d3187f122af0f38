#pragma once

#include <QString>

#include <optional>

namespace wm {

/// A number read from a planner's cell. `value` is empty for an empty cell (no error)
/// and for unreadable text (then `error` quotes the input and says why).
struct ParsedNumber {
    std::optional<double> value;
    QString error;
    /// The unit written in the cell in canonical form ("km", "m", "m2", "mu", "ha",
    /// "count", "%"), empty when the cell carried none; lets a wizard show what was
    /// converted.
    QString writtenUnit;

    bool ok() const { return error.isEmpty(); }
};

/// Reads a number as planners write it: full-width digits and punctuation (１２３．５),
/// thousands separators (12,001 / 12，001), 万 and 亿, and a unit converted into
/// `targetUnit`, the unit of a role field in layers/*.json:
/// - length ("km", "m", "mm"): km/公里/千米, m/米, cm/厘米, mm/毫米 ("500米" → 0.5 in km);
///   "DN300"/"Φ300" for a field in mm;
/// - area ("m2", "km2", "mu", "亩", "ha", "公顷"): 平方米/㎡/m², 平方公里/km², 亩, 公顷;
/// - counts (any other unit, e.g. "spaces", "persons", "households", or none): count
///   words 个/处/座/户/人/村/张/所/家/项/辆/床/名/间/套 are accepted and dropped;
/// - "share": 62% → 0.62 (a plain number is taken as written); "%"/"percent": 62% → 62.
/// A length or area written for a field without a unit keeps its number as written;
/// a length for an area field (or the reverse) is an error.
ParsedNumber parsePlannerNumber(const QString& text, const QString& targetUnit = {});

} // namespace wm
