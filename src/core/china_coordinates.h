#pragma once

#include <QString>

#include <optional>

namespace wm {

/// Longitude and latitude in degrees, in that order (x first, as everywhere in WorksMap).
struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
};

/// The rough bounding box (lon 72.004–137.8347, lat 0.8293–55.8271) that every published
/// GCJ-02 implementation uses to decide whether to apply the offset. It is the test the
/// web maps themselves apply, not the national border, so it must not be made "better".
bool insideChina(double lon, double lat);

// GCJ-02 ("Mars" coordinates of AMap, Tencent and Google China) and BD-09 (Baidu), with the
// standard published algorithm. CGCS2000 (EPSG:4490) is treated as WGS84 here: the two
// datums differ by a few centimetres, far below the offsets (hundreds of metres) and the
// accuracy of a point picked on a web map, so the WGS84 functions serve for CGCS2000 too.
// Points outside insideChina() are returned unchanged by the GCJ-02 functions.

LonLat wgs84ToGcj02(LonLat wgs);
/// Inverse of wgs84ToGcj02 by fixed-point iteration until the forward image of the result
/// lies within about 1 mm of `gcj` (the one-step inverse found online is off by metres).
LonLat gcj02ToWgs84(LonLat gcj);
LonLat gcj02ToBd09(LonLat gcj);
LonLat bd09ToGcj02(LonLat bd);
LonLat wgs84ToBd09(LonLat wgs);
LonLat bd09ToWgs84(LonLat bd);

/// The offset a layer's lon/lat coordinates carry: none (WGS84/CGCS2000), GCJ-02 (Amap,
/// Tencent and most web-map exports) or BD-09 (Baidu).
enum class ChinaOffset { None, Gcj02, Bd09 };
/// "gcj02" / "bd09" (case and a dash ignored: "GCJ-02") as a project's "sourceCrs" names
/// them; nullopt for anything else (a real CRS definition).
std::optional<ChinaOffset> chinaOffsetFromName(const QString& name);
/// The point in WGS84 (= CGCS2000 at this accuracy) of `p` given with `offset`.
LonLat removeChinaOffset(LonLat p, ChinaOffset offset);

/// True when (lon, lat) looks like a point in China entered with its columns swapped: the
/// longitude slot holds a plausible Chinese latitude (3–54) and the latitude slot a
/// plausible Chinese longitude (73–136). Chinese latitudes never reach 73, so a correctly
/// ordered Chinese point never matches.
bool looksSwapped(double lon, double lat);

/// A Gauss-Krüger x (easting) split into its zone prefix and the easting proper.
struct GkEasting {
    int zone = 0;
    bool threeDegree = true; ///< 3° zones 25–45 cover China; 6° zones are 13–23
    double easting = 0.0;    ///< metres, with the 500 000 m false easting
};

/// Splits an easting written with its zone number in front (38512345.6 → zone 38, 3° zone,
/// 512345.6 m; 20512345 → zone 20, 6° zone). Returns nothing when `x` carries no prefix or
/// the prefix is not a zone over China: 3° zones 25–45 and 6° zones 13–23 do not overlap,
/// so the prefix alone says which kind it is.
std::optional<GkEasting> splitZonePrefix(double x);

enum class GkDatum { Cgcs2000, Xian1980, Beijing1954 };

/// EPSG code of the Gauss-Krüger CRS whose x carries the zone prefix, for a zone over
/// China: 3° zones 25–45 are CGCS2000 EPSG:4513–4533, Xian 1980 EPSG:2349–2369,
/// Beijing 1954 EPSG:2401–2421; 6° zones 13–23 are CGCS2000 EPSG:4491–4501, Xian 1980
/// EPSG:2327–2337, Beijing 1954 EPSG:21413–21423 (all checked against PROJ's names).
std::optional<int> gaussKrugerEpsgWithPrefix(GkDatum datum, int zone, bool threeDegree);
inline std::optional<int> gaussKrugerEpsgWithPrefix(GkDatum datum, const GkEasting& gk)
{
    return gaussKrugerEpsgWithPrefix(datum, gk.zone, gk.threeDegree);
}

/// EPSG code of the CGCS2000 3° zone written without the prefix ("CM 75E" … "CM 135E",
/// EPSG:4534–4554), for when the zone is known from elsewhere.
std::optional<int> cgcs2000ThreeDegreeCmEpsg(int zone);

} // namespace wm
