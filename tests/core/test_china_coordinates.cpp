#include "core/china_coordinates.h"
#include "core/crs.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

using namespace wm;

namespace {

// Local metre approximation: enough for sub-metre checks over metre-scale distances, and
// independent of the code under test.
double metresBetween(LonLat a, LonLat b)
{
    const double lat = (a.lat + b.lat) / 2.0 * std::numbers::pi / 180.0;
    const double dy = (a.lat - b.lat) * 111320.0;
    const double dx = (a.lon - b.lon) * 111320.0 * std::cos(lat);
    return std::hypot(dx, dy);
}

const LonLat kPointsInChina[] = {
    {114.5, 37.07},          // Xingtai
    {116.397128, 39.916527}, // Tiananmen, Beijing
    {121.4737, 31.2304},     // Shanghai
    {113.2644, 23.1291},     // Guangzhou
    {87.6168, 43.8256},      // Urumqi
    {126.6425, 45.7567},     // Harbin
    {91.1322, 29.6600},      // Lhasa
    {110.3312, 20.0311},     // Haikou
};

} // namespace

TEST(ChinaCoordinates, Gcj02RoundTripIsBelowHalfAMetre)
{
    for (const LonLat wgs : kPointsInChina) {
        const LonLat gcj = wgs84ToGcj02(wgs);
        const double offset = metresBetween(wgs, gcj);
        EXPECT_GT(offset, 100.0) << wgs.lon << "," << wgs.lat;
        EXPECT_LT(offset, 700.0) << wgs.lon << "," << wgs.lat;
        const LonLat back = gcj02ToWgs84(gcj);
        EXPECT_LT(metresBetween(wgs, back), 0.5) << wgs.lon << "," << wgs.lat;
        // The iteration goes far beyond the requirement: below a centimetre.
        EXPECT_LT(metresBetween(wgs, back), 0.01) << wgs.lon << "," << wgs.lat;
    }
}

TEST(ChinaCoordinates, IteratedInverseBeatsTheOneStepApproximation)
{
    // The one-step inverse (gcj - offset(gcj)) is off by metres; ours must not be.
    const LonLat gcj{114.5, 37.07};
    const LonLat f = wgs84ToGcj02(gcj);
    const LonLat oneStep{2 * gcj.lon - f.lon, 2 * gcj.lat - f.lat};
    const LonLat iterated = gcj02ToWgs84(gcj);
    EXPECT_LT(metresBetween(wgs84ToGcj02(iterated), gcj), 0.01);
    EXPECT_GT(metresBetween(wgs84ToGcj02(oneStep), gcj), 0.01);
}

TEST(ChinaCoordinates, Gcj02MatchesPublishedReferenceValues)
{
    // wandergis/coordtransform (the JavaScript library most Chinese web-GIS code copies),
    // test/app.js: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164].
    const LonLat gcj = wgs84ToGcj02({116.404, 39.915});
    EXPECT_NEAR(gcj.lon, 116.41024449916938, 1e-9);
    EXPECT_NEAR(gcj.lat, 39.91640428150164, 1e-9);

    // Tiananmen: WGS84 116.397128, 39.916527 against GCJ-02 116.403364, 39.917929, the pair
    // commonly quoted for the gate (picked on AMap, so only good to a metre or so); the
    // forward formula lands 0.75 m from it, and the offset there is about 560 m.
    const LonLat tiananmen = wgs84ToGcj02({116.397128, 39.916527});
    EXPECT_LT(metresBetween(tiananmen, {116.403364, 39.917929}), 2.0);
    const double offset = metresBetween({116.397128, 39.916527}, tiananmen);
    EXPECT_GT(offset, 100.0);
    EXPECT_LT(offset, 700.0);
}

TEST(ChinaCoordinates, Bd09MatchesPublishedReferenceValuesAndRoundTrips)
{
    // Same source: gcj02tobd09(116.404, 39.915) and bd09togcj02(116.404, 39.915).
    const LonLat bd = gcj02ToBd09({116.404, 39.915});
    EXPECT_NEAR(bd.lon, 116.41036949371029, 1e-9);
    EXPECT_NEAR(bd.lat, 39.92133699351021, 1e-9);
    const LonLat gcj = bd09ToGcj02({116.404, 39.915});
    EXPECT_NEAR(gcj.lon, 116.39762729119315, 1e-9);
    EXPECT_NEAR(gcj.lat, 39.90865673957631, 1e-9);

    for (const LonLat p : kPointsInChina) {
        EXPECT_LT(metresBetween(bd09ToGcj02(gcj02ToBd09(p)), p), 0.5) << p.lon << "," << p.lat;
        EXPECT_LT(metresBetween(bd09ToWgs84(wgs84ToBd09(p)), p), 0.5) << p.lon << "," << p.lat;
        // BD-09 adds roughly another 0.0065°/0.006° (several hundred metres) on top of GCJ-02.
        const double bdOffset = metresBetween(gcj02ToBd09(p), p);
        EXPECT_GT(bdOffset, 400.0);
        EXPECT_LT(bdOffset, 1200.0);
    }
}

TEST(ChinaCoordinates, NoOffsetOutsideChina)
{
    const LonLat outside[] = {{2.3522, 48.8566}, {-74.006, 40.7128}, {139.6917, 35.6895},
                              {100.0, 0.5},      {70.0, 35.0},       {120.0, 56.0}};
    for (const LonLat p : outside) {
        EXPECT_FALSE(insideChina(p.lon, p.lat)) << p.lon << "," << p.lat;
        const LonLat gcj = wgs84ToGcj02(p);
        EXPECT_EQ(gcj.lon, p.lon);
        EXPECT_EQ(gcj.lat, p.lat);
        const LonLat wgs = gcj02ToWgs84(p);
        EXPECT_EQ(wgs.lon, p.lon);
        EXPECT_EQ(wgs.lat, p.lat);
    }
    EXPECT_TRUE(insideChina(114.5, 37.07));
    EXPECT_TRUE(insideChina(87.6, 43.8));
}

TEST(ChinaCoordinates, DetectsSwappedLonLat)
{
    EXPECT_TRUE(looksSwapped(37.07, 114.5));
    EXPECT_TRUE(looksSwapped(20.03, 110.33));
    EXPECT_FALSE(looksSwapped(114.5, 37.07));
    EXPECT_FALSE(looksSwapped(87.6, 43.8));
    EXPECT_FALSE(looksSwapped(60.0, 114.5)); // 60 is no Chinese latitude
    EXPECT_FALSE(looksSwapped(37.0, 150.0)); // 150 is no Chinese longitude
}

TEST(ChinaCoordinates, SplitsTheZonePrefixOfGaussKrugerEastings)
{
    const auto three = splitZonePrefix(38512345.6);
    ASSERT_TRUE(three);
    EXPECT_EQ(three->zone, 38);
    EXPECT_TRUE(three->threeDegree);
    EXPECT_NEAR(three->easting, 512345.6, 1e-6);

    const auto six = splitZonePrefix(20512345.0);
    ASSERT_TRUE(six);
    EXPECT_EQ(six->zone, 20);
    EXPECT_FALSE(six->threeDegree);
    EXPECT_NEAR(six->easting, 512345.0, 1e-6);

    EXPECT_FALSE(splitZonePrefix(512345.6));   // no prefix
    EXPECT_FALSE(splitZonePrefix(4096628.0));  // a northing: "zone 4" is not over China
    EXPECT_FALSE(splitZonePrefix(24512345.0)); // between the 6° and 3° ranges
    EXPECT_FALSE(splitZonePrefix(50512345.0)); // beyond zone 45
    EXPECT_FALSE(splitZonePrefix(38950000.0)); // 450 km from the CM: not a 3° zone easting
    EXPECT_FALSE(splitZonePrefix(-38512345.6));
    EXPECT_FALSE(splitZonePrefix(std::nan("")));
}

TEST(ChinaCoordinates, GaussKrugerEpsgCodesMatchPROJNames)
{
    EXPECT_EQ(gaussKrugerEpsgWithPrefix(GkDatum::Cgcs2000, 39, true), 4527);
    EXPECT_EQ(gaussKrugerEpsgWithPrefix(GkDatum::Xian1980, 25, true), 2349);
    EXPECT_EQ(gaussKrugerEpsgWithPrefix(GkDatum::Beijing1954, 25, true), 2401);
    EXPECT_FALSE(gaussKrugerEpsgWithPrefix(GkDatum::Cgcs2000, 24, true));
    EXPECT_FALSE(gaussKrugerEpsgWithPrefix(GkDatum::Cgcs2000, 46, true));
    EXPECT_FALSE(gaussKrugerEpsgWithPrefix(GkDatum::Cgcs2000, 24, false));
    EXPECT_EQ(gaussKrugerEpsgWithPrefix(GkDatum::Cgcs2000, *splitZonePrefix(38512345.6)), 4526);

    struct Family {
        GkDatum datum;
        const char* datumName;
        bool threeDegree;
        int firstZone, lastZone;
    };
    const Family families[] = {
        {GkDatum::Cgcs2000, "CGCS2000", true, 25, 45},
        {GkDatum::Xian1980, "Xian 1980", true, 25, 45},
        {GkDatum::Beijing1954, "Beijing 1954", true, 25, 45},
        {GkDatum::Cgcs2000, "CGCS2000", false, 13, 23},
        {GkDatum::Xian1980, "Xian 1980", false, 13, 23},
        {GkDatum::Beijing1954, "Beijing 1954", false, 13, 23},
    };
    for (const Family& f : families) {
        for (int zone = f.firstZone; zone <= f.lastZone; ++zone) {
            const auto code = gaussKrugerEpsgWithPrefix(f.datum, zone, f.threeDegree);
            ASSERT_TRUE(code);
            const Crs crs = Crs::fromDefinition(QStringLiteral("EPSG:%1").arg(*code));
            ASSERT_TRUE(crs.isValid()) << *code;
            // "CGCS2000 / 3-degree Gauss-Kruger zone 39", "Beijing 1954 / Gauss-Kruger zone 20"
            const QString expected =
                QStringLiteral("%1 / %2Gauss-Kruger zone %3")
                    .arg(QLatin1String(f.datumName))
                    .arg(f.threeDegree ? QStringLiteral("3-degree ") : QString())
                    .arg(zone);
            EXPECT_EQ(crs.name(), expected) << *code;
        }
    }

    for (int zone = 25; zone <= 45; ++zone) {
        const auto code = cgcs2000ThreeDegreeCmEpsg(zone);
        ASSERT_TRUE(code);
        const Crs crs = Crs::fromDefinition(QStringLiteral("EPSG:%1").arg(*code));
        EXPECT_EQ(crs.name(),
                  QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM %1E").arg(zone * 3));
        // Agrees with the helper the rest of WorksMap already uses.
        EXPECT_EQ(*code, Crs::gaussKruger3EpsgFor(zone * 3.0));
    }
    EXPECT_FALSE(cgcs2000ThreeDegreeCmEpsg(46));
}
