#pragma once

#include <QString>

#include <optional>

namespace wm {

/// The result of reading one angle: the value in decimal degrees, or why it was refused.
struct DegreesParse {
    std::optional<double> value;
    QString error; ///< empty when `value` is set; otherwise a sentence to show in the rejects list

    bool ok() const { return value.has_value(); }
};

/// Reads an angle as planners type it into a longitude or latitude column:
/// - decimal: "114.5", "114.5°", "-37.07", "E114.5", "114.5E";
/// - degrees/minutes/seconds with any of ° ′ ″, ' ", 度 分 秒, spaces or colons between them:
///   "114°30′15″", "114°30'15\"", "114度30分15秒", "114 30 15", "114:30:15.5", "114°30.25′";
/// - full-width digits and punctuation ("１１４°３０′");
/// - a hemisphere as a letter before or after (N/S/E/W, either case) or a Chinese prefix
///   (东经, 西经, 北纬, 南纬, or just 东/西/南/北); S and W make the value negative.
/// Minutes or seconds of 60 and more, a fraction on any but the last part, a minus sign
/// together with a hemisphere, and magnitudes above 180° are refused with the reason.
DegreesParse parseDegreesDetailed(const QString& text);

/// parseDegreesDetailed() without the reason.
std::optional<double> parseDegrees(const QString& text);

} // namespace wm
