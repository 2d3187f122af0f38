#pragma once

#include <QString>

#include <cstddef>
#include <vector>

namespace wm {

/// How a numeric field is cut into classes for a graduated style.
enum class ClassMethod { EqualInterval, Quantile, NaturalBreaks };

/// The method's name in style JSON: "equal-interval", "quantile" or "natural-breaks".
QString classMethodName(ClassMethod m);

/// Inverse of classMethodName(), exact match. An unknown name gives EqualInterval and sets
/// `*ok` to false.
ClassMethod classMethodFromName(const QString& name, bool* ok = nullptr);

/// Upper bounds of `classes` classes for `values` (NaN/inf ignored), ascending; the first class
/// starts at min(values), the last bound equals max(values). A value v belongs to the first class
/// whose bound is >= v, so class i covers (bound[i-1], bound[i]] and class 0 covers
/// [min, bound[0]].
///
/// Fewer bounds when there are fewer distinct values than classes (at most one class per distinct
/// value; equal interval then uses that many intervals), and when quantile bounds coincide.
/// Empty for no finite values or `classes` < 1.
///
/// - EqualInterval: min + k*(max-min)/classes for k = 1..classes.
/// - Quantile: the sorted value at index ceil(k*n/classes)-1 for k = 1..classes, duplicates
///   dropped, so each class holds about n/classes values.
/// - NaturalBreaks: jenksBreaks() with its default sample limit.
std::vector<double> classBreaks(std::vector<double> values, int classes, ClassMethod method);

/// Jenks natural breaks (Fisher-Jenks optimal partition minimising within-class squared deviation),
/// exact dynamic programming; for more than `sampleLimit` values, a deterministic evenly spaced
/// sample of the sorted values (always including min and max) is classified instead, as QGIS does.
///
/// Bounds are as for classBreaks(): ascending upper bounds, the last one max(values), each one a
/// value of the (sampled) data; NaN/inf ignored; at most one class per distinct value; empty for
/// no finite values or `classes` < 1. Equal values always fall in the same class. A
/// `sampleLimit` of 0 classifies all values; 1 is taken as 2 (min and max). Cost is
/// O(classes * m^2) time and O(classes * m) memory for m distinct (sampled) values.
std::vector<double> jenksBreaks(std::vector<double> values, int classes,
                                std::size_t sampleLimit = 3000);

/// "1 – 3.5", with numbers formatted to `decimals` places (trailing zeros trimmed) — legend labels.
/// The separator is " – " (EN DASH with spaces); numbers use '.' whatever the locale, and a value
/// that rounds to zero prints as "0", never "-0". Negative `decimals` is taken as 0.
QString classLabel(double lower, double upper, int decimals = 2);

} // namespace wm
