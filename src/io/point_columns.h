#pragma once

#include "core/china_coordinates.h"
#include "core/crs.h"
#include "core/extent.h"

#include <QString>

#include <optional>

namespace wm {

/// How the coordinate columns of a planner's list are written.
struct CoordinateSource {
    enum Kind {
        Wgs84,      ///< lon/lat from a GPS or a survey (decimal or DMS)
        Cgcs2000,   ///< lon/lat in the national datum (same as WGS84 to centimetres)
        Gcj02,      ///< picked on Amap, Tencent or Google China (offset by hundreds of metres)
        Bd09,       ///< picked on Baidu Maps
        Projected,  ///< x/y in `projected` (an EPSG CRS)
        GaussKruger ///< x/y in a 3°/6° Gauss-Krüger zone told by the zone prefix of x
    } kind = Cgcs2000;
    Crs projected;                     ///< for Projected
    GkDatum datum = GkDatum::Cgcs2000; ///< for GaussKruger (Xian 1980, Beijing 1954 too)
    /// Lon/lat bounds the points are expected in (e.g. the project's area grown by a margin);
    /// a null extent checks only that the point is in China.
    Extent expected;

    /// Parses "wgs84", "cgcs2000", "gcj02", "bd09", "gk" (zone from the prefix, CGCS2000),
    /// "gk-xian80", "gk-beijing54" or an EPSG code; nullopt for anything else.
    static std::optional<CoordinateSource> fromName(const QString& name);
};

/// A point read from two cells, in CGCS2000 longitude/latitude.
struct ColumnPoint {
    std::optional<LonLat> lonLat; ///< empty when the row cannot be placed
    QString problem;              ///< why not, or a warning ("lon/lat swapped: read as lat/lon")
    bool swapped = false;         ///< the cells were swapped and used the other way round
};

/// Reads a point from the text of an x/longitude cell and a y/latitude cell: decimal
/// degrees or degrees-minutes-seconds in the forms planners type (dms.h), metres for
/// projected sources. Lon/lat given the wrong way round (37.07, 114.5) is detected and
/// swapped with a warning; a point outside the expected area (or outside China) is
/// refused with the reason, never placed silently somewhere wrong.
ColumnPoint pointFromColumns(const QString& xText, const QString& yText,
                             const CoordinateSource& source);

} // namespace wm
