#include "core/china_coordinates.h"
#include "core/geos_context.h"
#include "io/vector_reader.h"
#include "support/test_support.h"

#include <QTemporaryDir>

#include <geos_c.h>
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace wm;

namespace {

/// A county-sized ring near Xingtai in WGS84, as the truth.
const std::vector<LonLat> kRing = {{114.40, 37.00}, {114.62, 37.01}, {114.65, 37.18},
                                   {114.51, 37.24}, {114.38, 37.12}, {114.40, 37.00}};

QString ringWkt(LonLat (*shift)(LonLat))
{
    QStringList points;
    for (const LonLat& p : kRing) {
        const LonLat q = shift(p);
        points << QStringLiteral("%1 %2").arg(q.lon, 0, 'f', 12).arg(q.lat, 0, 'f', 12);
    }
    return QStringLiteral("POLYGON ((%1))").arg(points.join(QStringLiteral(", ")));
}

/// Largest distance in metres between the layer's polygon vertices and kRing.
double worstErrorMetres(const Layer& layer)
{
    GEOSContextHandle_t ctx = geosContext();
    const GEOSGeometry* ring = GEOSGetExteriorRing_r(ctx, layer.geometry(0));
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, ring);
    unsigned int n = 0;
    GEOSCoordSeq_getSize_r(ctx, seq, &n);
    EXPECT_EQ(n, kRing.size());
    double worst = 0;
    for (unsigned int i = 0; i < n && i < kRing.size(); ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        const double dx = (x - kRing[i].lon) * 111320.0 * std::cos(kRing[i].lat * M_PI / 180.0);
        const double dy = (y - kRing[i].lat) * 110540.0;
        worst = std::max(worst, std::hypot(dx, dy));
    }
    return worst;
}

} // namespace

TEST(OffsetLayers, AGcj02PolygonComesBackToWgs84WithinACentimetre)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county_amap_synthetic.geojson"));
    // An Amap export declares EPSG:4326 although its vertices are GCJ-02.
    test::writeVector(path, "GeoJSON", QStringLiteral("county"), 4326, wkbPolygon,
                      {{QStringLiteral("name")}}, {{ringWkt(wgs84ToGcj02), {QStringLiteral("x")}}});

    ReadOptions asDeclared;
    const Layer offset = VectorReader::read(path, asDeclared);
    // Read as declared, the polygon is hundreds of metres off (the GCJ-02 shift here).
    EXPECT_GT(worstErrorMetres(offset), 300.0);

    ReadOptions gcj;
    gcj.chinaOffset = ChinaOffset::Gcj02;
    const Layer fixed = VectorReader::read(path, gcj);
    EXPECT_LT(worstErrorMetres(fixed), 0.01);
    EXPECT_TRUE(fixed.report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("GCJ-02")));
}

TEST(OffsetLayers, ABd09LineLayerToo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("road_baidu_synthetic.geojson"));
    QString wkt = ringWkt(wgs84ToBd09);
    wkt.replace(QStringLiteral("POLYGON (("), QStringLiteral("LINESTRING (")).chop(1);
    test::writeVector(path, "GeoJSON", QStringLiteral("road"), 4326, wkbLineString,
                      {{QStringLiteral("name")}}, {{wkt, {QStringLiteral("x")}}});
    ReadOptions bd;
    bd.chinaOffset = ChinaOffset::Bd09;
    const Layer fixed = VectorReader::read(path, bd);
    GEOSContextHandle_t ctx = geosContext();
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, fixed.geometry(0));
    double x = 0, y = 0;
    GEOSCoordSeq_getXY_r(ctx, seq, 2, &x, &y);
    // Baidu's published inverse (what its converters give) round-trips within ~0.15 m.
    EXPECT_NEAR(x, kRing[2].lon, 1.5e-6);
    EXPECT_NEAR(y, kRing[2].lat, 1.5e-6);
}

TEST(OffsetLayers, ProjectNamesTheOffsetAsItsSourceCrs)
{
    EXPECT_EQ(chinaOffsetFromName(QStringLiteral("GCJ-02")), ChinaOffset::Gcj02);
    EXPECT_EQ(chinaOffsetFromName(QStringLiteral("bd09")), ChinaOffset::Bd09);
    EXPECT_FALSE(chinaOffsetFromName(QStringLiteral("EPSG:4490")).has_value());
}
