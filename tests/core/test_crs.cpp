#include "core/coordinate_transform.h"
#include "core/crs.h"
#include "core/geos_context.h"

#include <gtest/gtest.h>

using namespace wm;

TEST(Crs, KnowsEpsgCodesAndTheirKind)
{
    const Crs gk = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    ASSERT_TRUE(gk.isValid());
    EXPECT_EQ(gk.id(), QStringLiteral("EPSG:4547"));
    EXPECT_FALSE(gk.isGeographic());
    EXPECT_TRUE(gk.name().contains(QStringLiteral("114E")));
    EXPECT_TRUE(Crs::cgcs2000().isGeographic());
    EXPECT_FALSE(Crs::fromDefinition(QStringLiteral("EPSG:999999")).isValid());
    EXPECT_FALSE(Crs::fromDefinition(QStringLiteral("not a crs")).isValid());
}

TEST(Crs, IdentifiesWktAsItsEpsgCode)
{
    // What a shapefile's .prj gives: WKT without an authority code.
    const QString wkt = QStringLiteral(
        R"(PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",)"
        R"(DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],)"
        R"(UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],)"
        R"(PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],)"
        R"(PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]])");
    const Crs crs = Crs::fromDefinition(wkt);
    ASSERT_TRUE(crs.isValid());
    EXPECT_EQ(crs.id(), QStringLiteral("EPSG:4547"));
}

TEST(Crs, PicksTheNearestThreeDegreeZoneWithoutPrefix)
{
    EXPECT_EQ(Crs::gaussKruger3EpsgFor(114.5), 4547); // Xingtai, CM 114°E
    EXPECT_EQ(Crs::gaussKruger3EpsgFor(115.6), 4548); // 1.4° from CM 117°E, 1.6° from 114°E
    EXPECT_EQ(Crs::gaussKruger3EpsgFor(112.4), 4546); // CM 111°E
    EXPECT_EQ(Crs::gaussKruger3EpsgFor(75.0), 4534);
    EXPECT_EQ(Crs::gaussKruger3EpsgFor(135.0), 4554);
    EXPECT_EQ(Crs::gaussKruger3EpsgFor(60.0), 4534); // clamped to the range that exists
    EXPECT_EQ(Crs::gaussKruger3EpsgFor(140.0), 4554);
}

TEST(CoordinateTransform, LonLatToGaussKrugerMatchesKnownCoordinates)
{
    // 114.5°E 37.0°N in CGCS2000 / 3-degree GK CM 114E: x ≈ 544 506 m, y ≈ 4 096 628 m.
    CoordinateTransform t(Crs::cgcs2000(), Crs::fromDefinition(QStringLiteral("EPSG:4547")));
    double x = 114.5, y = 37.0;
    ASSERT_TRUE(t.transform(x, y));
    EXPECT_NEAR(x, 544506.0, 1.0);
    EXPECT_NEAR(y, 4096628.0, 1.0);

    // And back: the inverse lands on the start to well under a millimetre in degrees.
    CoordinateTransform back(Crs::fromDefinition(QStringLiteral("EPSG:4547")), Crs::cgcs2000());
    ASSERT_TRUE(back.transform(x, y));
    EXPECT_NEAR(x, 114.5, 1e-8);
    EXPECT_NEAR(y, 37.0, 1e-8);
}

TEST(CoordinateTransform, TakesLongitudeFirstForLatLonAuthorities)
{
    // EPSG:4326 and 4490 are latitude-first in the EPSG database; WorksMap always passes
    // x = longitude. Swapped handling would put this point 400 km away.
    CoordinateTransform t(Crs::wgs84(), Crs::fromDefinition(QStringLiteral("EPSG:4547")));
    double x = 114.5, y = 37.0;
    ASSERT_TRUE(t.transform(x, y));
    EXPECT_NEAR(x, 544506.0, 2.0);
    EXPECT_NEAR(y, 4096628.0, 2.0);
}

TEST(CoordinateTransform, TransformsGeometriesAndExtents)
{
    GEOSContextHandle_t ctx = geosContext();
    CoordinateTransform t(Crs::cgcs2000(), Crs::fromDefinition(QStringLiteral("EPSG:4547")));
    GeomPtr line(GEOSGeomFromWKT_r(ctx, "LINESTRING (114 37, 114.5 37)"));
    GeomPtr moved = t.transform(line.get());
    ASSERT_TRUE(moved);
    double length = 0;
    GEOSLength_r(ctx, moved.get(), &length);
    // Half a degree of longitude at 37°N is about 44.4 km (cos 37° × 55.66 km).
    EXPECT_NEAR(length, 44506.0, 60.0);

    // Corners by cs2cs EPSG:4490 EPSG:4547: (36N,114E) y 3985542.7 x 500000.0;
    // (36N,115E) 3986005.2 590165.1; (37N,115E) 4096978.5 589012.9; (37N,114E) 4096511.0.
    const Extent e = t.transformExtent(Extent::of(114.0, 36.0, 115.0, 37.0));
    EXPECT_NEAR(e.xMin, 500000.0, 0.5);
    EXPECT_NEAR(e.xMax, 590165.1, 0.5);
    EXPECT_NEAR(e.yMin, 3985542.7, 0.5);
    EXPECT_NEAR(e.yMax, 4096978.5, 0.5);
}

TEST(CoordinateTransform, ReportsCoordinatesOutsideTheProjection)
{
    CoordinateTransform t(Crs::fromDefinition(QStringLiteral("EPSG:4547")), Crs::cgcs2000());
    double x = 1e12, y = 1e12;
    EXPECT_FALSE(t.transform(x, y));
}
