#pragma once

#include "core/layer_role.h"

#include <QHash>
#include <QStringList>

namespace wm {

/// Header text reduced to what identifies a column: full-width forms folded to ASCII
/// (NFKC), lower case, whitespace removed ("城市 公共停车位（个）" → "城市公共停车位(个)").
QString normalizeColumnName(const QString& name);

/// Index of the first of `columns` whose normalised name equals one of `aliases` (tried in
/// the aliases' order), or -1.
int columnByAlias(const QStringList& columns, const QStringList& aliases);

/// How a source's columns map onto a role's fields.
struct FieldMapping {
    QHash<QString, QString> sourceOf; ///< role field name → source column name
    QStringList unmappedRequired;     ///< role fields that are required and not found
    QStringList unmappedOptional;
    QStringList unusedColumns; ///< source columns no role field took

    bool isComplete() const { return unmappedRequired.isEmpty(); }

    /// Maps `columns` to `role`'s fields through the aliases: an exact match of the
    /// normalised name first, then a column whose name contains an alias (the longest
    /// alias wins). Each column serves at most one field.
    static FieldMapping map(const LayerRole& role, const QStringList& columns);
};

} // namespace wm
