#pragma once

#include "analysis/feature_filter.h"

#include <QString>

#include <optional>

namespace wm {

class AttributeTable;

/// `filter` as an SQL condition on table alias `alias`, giving in PostgreSQL exactly what
/// FeatureFilter::matchAll gives in memory (value_compare.h): a number column against a
/// number within rounding, a text column as trimmed text ignoring case, an empty cell equal
/// only to the empty value. nullopt where SQL would not say the same (a number column
/// against a word, dates, booleans): the caller measures in memory then. `columns` are the
/// table's fields with their types. Throws wm::Error when the filter names no column of it.
std::optional<QString> filterToSql(const FeatureFilter& filter, const AttributeTable& columns,
                                   const QString& source,
                                   const QString& alias = QStringLiteral("wm_t"));

/// `text` as an SQL string literal (E'…', backslashes and quotes escaped).
QString sqlLiteral(const QString& text);

} // namespace wm
