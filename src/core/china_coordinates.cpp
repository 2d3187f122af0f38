#include "core/china_coordinates.h"

#include <cmath>
#include <numbers>

namespace wm {

namespace {

constexpr double kPi = std::numbers::pi;
// Krasovsky 1940 semi-major axis and first eccentricity squared, as in the published
// GCJ-02 algorithm; the offset is defined with these, not with the WGS84 ellipsoid.
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;
constexpr double kXPi = kPi * 3000.0 / 180.0;

double transformLat(double x, double y)
{
    double ret =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return ret;
}

double transformLon(double x, double y)
{
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return ret;
}

LonLat gcjOffset(double lon, double lat)
{
    double dLat = transformLat(lon - 105.0, lat - 35.0);
    double dLon = transformLon(lon - 105.0, lat - 35.0);
    const double radLat = lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1.0 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1.0 - kEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
    return {dLon, dLat};
}

} // namespace

bool insideChina(double lon, double lat)
{
    return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

LonLat wgs84ToGcj02(LonLat wgs)
{
    if (!insideChina(wgs.lon, wgs.lat))
        return wgs;
    const LonLat d = gcjOffset(wgs.lon, wgs.lat);
    return {wgs.lon + d.lon, wgs.lat + d.lat};
}

LonLat gcj02ToWgs84(LonLat gcj)
{
    if (!insideChina(gcj.lon, gcj.lat))
        return gcj;
    // The offset changes by well under 1e-3 of itself per metre, so the fixed-point step
    // w += gcj - f(w) contracts fast: 3–5 steps reach 1e-9° (0.1 mm). The cap only guards
    // against points on the box edge, where f jumps and the iteration cannot settle.
    constexpr double kTolerance = 1e-9;
    LonLat w = gcj;
    for (int i = 0; i < 30; ++i) {
        const LonLat f = wgs84ToGcj02(w);
        const double dLon = gcj.lon - f.lon;
        const double dLat = gcj.lat - f.lat;
        w.lon += dLon;
        w.lat += dLat;
        if (std::abs(dLon) < kTolerance && std::abs(dLat) < kTolerance)
            break;
    }
    return w;
}

LonLat gcj02ToBd09(LonLat gcj)
{
    const double z =
        std::sqrt(gcj.lon * gcj.lon + gcj.lat * gcj.lat) + 0.00002 * std::sin(gcj.lat * kXPi);
    const double theta = std::atan2(gcj.lat, gcj.lon) + 0.000003 * std::cos(gcj.lon * kXPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(LonLat bd)
{
    // Baidu's published inverse, not an iteration: it is what Baidu's own converters give,
    // and a round trip through it stays within about 0.15 m (see the tests), far below
    // the accuracy of a point picked on Baidu's map.
    const double x = bd.lon - 0.0065;
    const double y = bd.lat - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kXPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kXPi);
    return {z * std::cos(theta), z * std::sin(theta)};
}

LonLat wgs84ToBd09(LonLat wgs)
{
    return gcj02ToBd09(wgs84ToGcj02(wgs));
}

LonLat bd09ToWgs84(LonLat bd)
{
    return gcj02ToWgs84(bd09ToGcj02(bd));
}

std::optional<ChinaOffset> chinaOffsetFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-'));
    if (n == QLatin1String("gcj02"))
        return ChinaOffset::Gcj02;
    if (n == QLatin1String("bd09"))
        return ChinaOffset::Bd09;
    return std::nullopt;
}

LonLat removeChinaOffset(LonLat p, ChinaOffset offset)
{
    switch (offset) {
    case ChinaOffset::Gcj02:
        return gcj02ToWgs84(p);
    case ChinaOffset::Bd09:
        return bd09ToWgs84(p);
    case ChinaOffset::None:
        break;
    }
    return p;
}

bool looksSwapped(double lon, double lat)
{
    return lon >= 3.0 && lon <= 54.0 && lat >= 73.0 && lat <= 136.0;
}

std::optional<GkEasting> splitZonePrefix(double x)
{
    if (!std::isfinite(x) || x < 1'000'000.0)
        return std::nullopt;
    const double zoneValue = std::floor(x / 1'000'000.0);
    if (zoneValue > 99.0)
        return std::nullopt;
    const int zone = static_cast<int>(zoneValue);
    const double easting = x - zoneValue * 1'000'000.0;
    GkEasting gk{zone, true, easting};
    if (zone >= 25 && zone <= 45)
        gk.threeDegree = true;
    else if (zone >= 13 && zone <= 23)
        gk.threeDegree = false;
    else
        return std::nullopt;
    // Within China a 3° zone spans at most ±1.5° (±167 km) and a 6° zone ±3° (±334 km)
    // around the 500 km false easting; beyond that the leading digits are not a zone.
    const double halfWidth = gk.threeDegree ? 200'000.0 : 370'000.0;
    if (std::abs(easting - 500'000.0) > halfWidth)
        return std::nullopt;
    return gk;
}

std::optional<int> gaussKrugerEpsgWithPrefix(GkDatum datum, int zone, bool threeDegree)
{
    if (threeDegree) {
        if (zone < 25 || zone > 45)
            return std::nullopt;
        switch (datum) {
        case GkDatum::Cgcs2000:
            return 4513 + zone - 25;
        case GkDatum::Xian1980:
            return 2349 + zone - 25;
        case GkDatum::Beijing1954:
            return 2401 + zone - 25;
        }
        return std::nullopt;
    }
    if (zone < 13 || zone > 23)
        return std::nullopt;
    switch (datum) {
    case GkDatum::Cgcs2000:
        return 4491 + zone - 13;
    case GkDatum::Xian1980:
        return 2327 + zone - 13;
    case GkDatum::Beijing1954:
        return 21413 + zone - 13;
    }
    return std::nullopt;
}

std::optional<int> cgcs2000ThreeDegreeCmEpsg(int zone)
{
    if (zone < 25 || zone > 45)
        return std::nullopt;
    return 4534 + zone - 25;
}

} // namespace wm
