#include "io/coordinate_columns.h"

#include "core/field_mapping.h"

namespace wm {

namespace {
int findColumn(const QStringList& normalized, const QStringList& aliases)
{
    for (const QString& alias : aliases) {
        const int i = int(normalized.indexOf(normalizeColumnName(alias)));
        if (i >= 0)
            return i;
    }
    return -1;
}
} // namespace

CoordinateColumns CoordinateColumns::find(const QStringList& fieldNames,
                                          const RoleRegistry::CoordinateAliases& aliases)
{
    QStringList normalized;
    for (const QString& n : fieldNames)
        normalized << normalizeColumnName(n);
    CoordinateColumns c;
    c.longitude = findColumn(normalized, aliases.longitude);
    c.latitude = findColumn(normalized, aliases.latitude);
    c.wkt = findColumn(normalized, aliases.wkt);
    return c;
}

} // namespace wm
