#include "core/coordinate_transform.h"
#include "io/point_columns.h"

#include <QLocale>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;

namespace {
/// Ground distance in metres between two nearby lon/lat points (local flat approximation).
double metresBetween(LonLat a, LonLat b)
{
    const double dy = (a.lat - b.lat) * 111320.0;
    const double dx = (a.lon - b.lon) * 111320.0 * std::cos(a.lat * M_PI / 180.0);
    return std::hypot(dx, dy);
}

CoordinateSource source(const char* name)
{
    const auto s = CoordinateSource::fromName(QString::fromLatin1(name));
    EXPECT_TRUE(s.has_value()) << name;
    return s.value_or(CoordinateSource{});
}

QString text(double v)
{
    return QLocale::c().toString(v, 'f', 8);
}
} // namespace

TEST(PointColumns, DegreesMinutesSecondsInCgcs2000)
{
    const ColumnPoint p = pointFromColumns(QStringLiteral("114°30′15″"),
                                           QStringLiteral("北纬37°4′12″"), source("cgcs2000"));
    ASSERT_TRUE(p.lonLat);
    EXPECT_NEAR(p.lonLat->lon, 114 + 30 / 60.0 + 15 / 3600.0, 1e-12);
    EXPECT_NEAR(p.lonLat->lat, 37 + 4 / 60.0 + 12 / 3600.0, 1e-12);
    EXPECT_FALSE(p.swapped);
}

TEST(PointColumns, SwappedLonLatIsSwappedBackWithAWarning)
{
    const ColumnPoint p =
        pointFromColumns(QStringLiteral("37.07"), QStringLiteral("114.5"), source("wgs84"));
    ASSERT_TRUE(p.lonLat);
    EXPECT_TRUE(p.swapped);
    EXPECT_DOUBLE_EQ(p.lonLat->lon, 114.5);
    EXPECT_DOUBLE_EQ(p.lonLat->lat, 37.07);
    EXPECT_FALSE(p.problem.isEmpty());
}

TEST(PointColumns, WebMapOffsetsAreRemoved)
{
    const LonLat truth{114.504, 37.0702}; // Xingtai
    const LonLat gcj = wgs84ToGcj02(truth);
    EXPECT_GT(metresBetween(gcj, truth), 100); // the offset is real
    ColumnPoint p = pointFromColumns(text(gcj.lon), text(gcj.lat), source("gcj02"));
    ASSERT_TRUE(p.lonLat);
    EXPECT_LT(metresBetween(*p.lonLat, truth), 0.5);
    const LonLat bd = wgs84ToBd09(truth);
    p = pointFromColumns(text(bd.lon), text(bd.lat), source("bd09"));
    ASSERT_TRUE(p.lonLat);
    EXPECT_LT(metresBetween(*p.lonLat, truth), 0.5);
}

TEST(PointColumns, GaussKrugerZoneFromThePrefixAndColumnsInEitherOrder)
{
    // The point in CGCS2000 3° zone 38 with the zone prefix (EPSG:4526), computed by PROJ.
    double x = 114.5, y = 37.07;
    ASSERT_TRUE(
        CoordinateTransform(Crs::cgcs2000(), Crs::fromDefinition(QStringLiteral("EPSG:4526")))
            .transform(x, y));
    ASSERT_GT(x, 38e6); // the prefix is there
    ColumnPoint p = pointFromColumns(text(x), text(y), source("gk"));
    ASSERT_TRUE(p.lonLat) << p.problem.toStdString();
    EXPECT_NEAR(p.lonLat->lon, 114.5, 1e-8);
    EXPECT_NEAR(p.lonLat->lat, 37.07, 1e-8);
    p = pointFromColumns(text(y), text(x), source("gk"));
    ASSERT_TRUE(p.lonLat);
    EXPECT_TRUE(p.swapped);
    EXPECT_NEAR(p.lonLat->lon, 114.5, 1e-8);
    // Without a prefix the zone cannot be told: refused, with the reason.
    p = pointFromColumns(QStringLiteral("512345.6"), QStringLiteral("4103000"), source("gk"));
    EXPECT_FALSE(p.lonLat);
    EXPECT_TRUE(p.problem.contains(QStringLiteral("512345.6")));
}

TEST(PointColumns, PointsOutsideTheExpectedAreaAreRefused)
{
    CoordinateSource s = source("wgs84");
    s.expected = Extent::of(113.5, 36.7, 116.0, 37.9); // around Xingtai
    ColumnPoint p = pointFromColumns(QStringLiteral("116.397"), QStringLiteral("39.909"), s);
    EXPECT_FALSE(p.lonLat); // Beijing
    EXPECT_TRUE(p.problem.contains(QStringLiteral("outside")));
    p = pointFromColumns(QStringLiteral("114.5x"), QStringLiteral("37.07"), s);
    EXPECT_FALSE(p.lonLat);
    EXPECT_TRUE(p.problem.contains(QStringLiteral("114.5x"))) << p.problem.toStdString();
    EXPECT_FALSE(CoordinateSource::fromName(QStringLiteral("mars")).has_value());
}
