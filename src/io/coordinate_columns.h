#pragma once

#include "core/role_registry.h"

#include <QStringList>

namespace wm {

/// Which columns of a plain table (CSV, XLSX) hold point positions.
struct CoordinateColumns {
    int longitude = -1; ///< field index of longitude (degrees east), or -1
    int latitude = -1;  ///< field index of latitude (degrees north), or -1
    int wkt = -1;       ///< field index of a WKT geometry, or -1

    bool hasLonLat() const { return longitude >= 0 && latitude >= 0; }
    bool isEmpty() const { return !hasLonLat() && wkt < 0; }

    /// Finds the columns among `fieldNames` through the aliases of layers/coordinates.json.
    static CoordinateColumns find(const QStringList& fieldNames,
                                  const RoleRegistry::CoordinateAliases& aliases);
};

} // namespace wm
