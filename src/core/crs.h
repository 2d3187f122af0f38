#pragma once

#include "core/extent.h"

#include <QString>

namespace wm {

/// A coordinate reference system known to PROJ, kept as its definition text (an
/// authority code such as "EPSG:4547", WKT or a PROJ string). Coordinates in WorksMap
/// are always in "visualisation" order: x = longitude or easting, y = latitude or
/// northing, whatever the CRS's official axis order (EPSG:4326/4490 are lat/lon there).
class Crs {
public:
    Crs() = default;

    /// Parses `definition` with PROJ; an invalid Crs if PROJ does not know it.
    static Crs fromDefinition(const QString& definition);
    static Crs wgs84() { return fromDefinition(QStringLiteral("EPSG:4326")); }
    static Crs cgcs2000() { return fromDefinition(QStringLiteral("EPSG:4490")); }

    /// EPSG code of the CGCS2000 3-degree Gauss-Krüger zone without zone prefix in x
    /// (EPSG:4534 at 75°E … EPSG:4554 at 135°E) whose central meridian is nearest to
    /// `longitude` (degrees east).
    static int gaussKruger3EpsgFor(double longitude);
    static Crs gaussKruger3For(double longitude);

    bool isValid() const { return !mDefinition.isEmpty(); }
    /// "EPSG:4547" when PROJ identifies an authority code, else the definition given.
    QString id() const { return mAuthId.isEmpty() ? mDefinition : mAuthId; }
    const QString& definition() const { return mDefinition; }
    const QString& name() const { return mName; }
    bool isGeographic() const { return mGeographic; }
    /// "EPSG:4547 CGCS2000 / 3-degree Gauss-Kruger CM 114E"
    QString description() const;

    bool operator==(const Crs& o) const { return id() == o.id(); }

private:
    QString mDefinition;
    QString mAuthId;
    QString mName;
    bool mGeographic = false;
};

} // namespace wm
