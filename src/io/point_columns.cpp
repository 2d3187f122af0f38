#include "io/point_columns.h"

#include "core/coordinate_transform.h"
#include "core/dms.h"

#include <QLocale>

#include <QCoreApplication>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PointColumns)
};
} // namespace

namespace wm {

std::optional<CoordinateSource> CoordinateSource::fromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    CoordinateSource s;
    if (n == QLatin1String("wgs84") || n == QLatin1String("epsg:4326")) {
        s.kind = Wgs84;
    } else if (n == QLatin1String("cgcs2000") || n == QLatin1String("epsg:4490")) {
        s.kind = Cgcs2000;
    } else if (n == QLatin1String("gcj02")) {
        s.kind = Gcj02;
    } else if (n == QLatin1String("bd09")) {
        s.kind = Bd09;
    } else if (n == QLatin1String("gk") || n == QLatin1String("gk-cgcs2000")) {
        s.kind = GaussKruger;
    } else if (n == QLatin1String("gk-xian80")) {
        s.kind = GaussKruger;
        s.datum = GkDatum::Xian1980;
    } else if (n == QLatin1String("gk-beijing54")) {
        s.kind = GaussKruger;
        s.datum = GkDatum::Beijing1954;
    } else if (n.startsWith(QLatin1String("epsg:"))) {
        s.kind = Projected;
        s.projected = Crs::fromDefinition(name.trimmed());
        if (!s.projected.isValid())
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return s;
}

namespace {
bool inside(const CoordinateSource& s, double lon, double lat)
{
    if (s.expected.isNull())
        return insideChina(lon, lat);
    return lon >= s.expected.xMin && lon <= s.expected.xMax && lat >= s.expected.yMin &&
           lat <= s.expected.yMax;
}

std::optional<double> metres(const QString& text)
{
    bool ok = false;
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    const double v = QLocale::c().toDouble(t, &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

ColumnPoint projectedPoint(const QString& xText, const QString& yText, const CoordinateSource& s)
{
    ColumnPoint p;
    const auto x = metres(xText), y = metres(yText);
    if (!x || !y) {
        p.problem = Tr::tr("x/y \"%1\", \"%2\" are not numbers").arg(xText, yText);
        return p;
    }
    double px = *x, py = *y;
    Crs crs = s.projected;
    if (s.kind == CoordinateSource::GaussKruger) {
        // Chinese surveys write northing first as often as not: the zone-prefixed value
        // (8 digits before the point) is the easting whichever column it is in.
        auto gk = splitZonePrefix(px);
        if (!gk && splitZonePrefix(py)) {
            std::swap(px, py);
            gk = splitZonePrefix(px);
            p.swapped = true;
        }
        if (!gk) {
            p.problem = Tr::tr("x %1 has no Gauss-Krüger zone prefix (e.g. 38512345.6)").arg(xText);
            return p;
        }
        const std::optional<int> epsg = gaussKrugerEpsgWithPrefix(s.datum, *gk);
        if (!epsg) {
            p.problem = Tr::tr("zone %1 is not a Chinese Gauss-Krüger zone").arg(gk->zone);
            return p;
        }
        crs = Crs::fromDefinition(QStringLiteral("EPSG:%1").arg(*epsg));
    }
    const CoordinateTransform toLonLat(crs, Crs::cgcs2000());
    if (!toLonLat.transform(px, py)) {
        p.problem = Tr::tr("x/y %1, %2 cannot be transformed from %3").arg(xText, yText, crs.id());
        return p;
    }
    if (!inside(s, px, py)) {
        p.problem = Tr::tr("x/y %1, %2 fall at %3°E %4°N, outside the expected area")
                        .arg(xText, yText)
                        .arg(px, 0, 'f', 4)
                        .arg(py, 0, 'f', 4);
        return p;
    }
    p.lonLat = LonLat{px, py};
    if (p.swapped)
        p.problem = Tr::tr("x and y given the other way round: read as y, x");
    return p;
}
} // namespace

ColumnPoint pointFromColumns(const QString& xText, const QString& yText,
                             const CoordinateSource& source)
{
    if (source.kind == CoordinateSource::Projected || source.kind == CoordinateSource::GaussKruger)
        return projectedPoint(xText, yText, source);
    ColumnPoint p;
    const DegreesParse lon = parseDegreesDetailed(xText);
    const DegreesParse lat = parseDegreesDetailed(yText);
    if (!lon.ok() || !lat.ok()) {
        p.problem = !lon.ok() ? lon.error : lat.error;
        return p;
    }
    double x = *lon.value, y = *lat.value;
    // Web-map offsets are removed before the area check: an offset point is still "in China".
    auto toCgcs = [&](double& a, double& b) {
        LonLat ll{a, b};
        if (source.kind == CoordinateSource::Gcj02)
            ll = gcj02ToWgs84(ll);
        else if (source.kind == CoordinateSource::Bd09)
            ll = bd09ToWgs84(ll);
        a = ll.lon;
        b = ll.lat;
    };
    if (!inside(source, x, y) && looksSwapped(x, y) && inside(source, y, x)) {
        std::swap(x, y);
        p.swapped = true;
    }
    toCgcs(x, y);
    if (!inside(source, x, y)) {
        p.problem = Tr::tr("%1, %2 is outside the expected area").arg(xText, yText);
        return p;
    }
    p.lonLat = LonLat{x, y};
    if (p.swapped)
        p.problem = Tr::tr("longitude and latitude given the other way round: swapped");
    return p;
}

} // namespace wm
