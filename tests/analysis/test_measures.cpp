// Coverage measures on tiny layers made in the test, in metres, so that every expected
// value below is worked out by hand in the comments next to it.

#include "analysis/check_units.h"
#include "analysis/measures.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "core/layer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>
#include <numbers>
#include <stdexcept>
#include <vector>

using namespace wm;

namespace {

/// One feature: WKT (nullptr: no geometry) and one text per field (empty: null).
struct FixtureRow {
    const char* wkt;
    QStringList values;
};

std::shared_ptr<Layer> layerOf(GeometryKind kind, const QVector<FieldDef>& fields,
                               const std::vector<FixtureRow>& rows)
{
    auto layer = std::make_shared<Layer>();
    layer->name = QStringLiteral("fixture");
    layer->kind = kind;
    layer->attributes.setFields(fields);
    qint64 fid = 1;
    for (const FixtureRow& row : rows) {
        const qsizetype r = layer->attributes.appendRow();
        for (int c = 0; c < fields.size() && c < row.values.size(); ++c) {
            const QString& v = row.values[c];
            if (v.isEmpty())
                continue;
            switch (fields[c].type) {
            case FieldType::Integer:
            case FieldType::Integer64:
                layer->attributes.setInteger(r, c, v.toLongLong());
                break;
            case FieldType::Real:
                layer->attributes.setReal(r, c, v.toDouble());
                break;
            default:
                layer->attributes.setString(r, c, v);
            }
        }
        layer->addFeature(fid++,
                          GeomPtr(row.wkt ? GEOSGeomFromWKT_r(geosContext(), row.wkt) : nullptr));
    }
    layer->buildIndex();
    return layer;
}

FieldDef textField(const char* name)
{
    return {QString::fromLatin1(name), FieldType::String, QString()};
}
FieldDef realField(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Real, QString()};
}

/// Two adjacent 40 km × 40 km squares sharing the border x = 40,000 m:
/// unit 0 "130501" (A) = [0, 40 km] × [0, 40 km], unit 1 "130502" (B) = [40, 80 km] × [0, 40 km].
UnitSet twoSquares()
{
    auto layer = layerOf(
        GeometryKind::Polygon, {textField("code"), textField("name"), textField("name_current")},
        {{"POLYGON ((0 0, 40000 0, 40000 40000, 0 40000, 0 0))", {"130501", "甲县", "甲区"}},
         {"POLYGON ((40000 0, 80000 0, 80000 40000, 40000 40000, 40000 0))",
          {"130502", "乙县", ""}}});
    return UnitSet(layer, QStringLiteral("code"), QStringLiteral("name"),
                   QStringLiteral("name_current"));
}

bool containsPoint(const GEOSGeometry* g, double x, double y)
{
    const GeomPtr p(GEOSGeom_createPointFromXY_r(geosContext(), x, y));
    return GEOSIntersects_r(geosContext(), g, p.get()) == 1;
}

} // namespace

namespace {

/// Points around the two squares: fields kind, n, status.
std::shared_ptr<Layer> villagePoints()
{
    return layerOf(GeometryKind::Point, {textField("kind"), realField("n"), textField("status")},
                   {
                       {"POINT (10000 10000)", {"clinic", "5", "completed"}},  // 0: A
                       {"POINT (20000 30000)", {"school", "7", "planned"}},    // 1: A
                       {"POINT (40000 20000)", {"clinic", "11", "started"}},   // 2: on the border
                       {"POINT (60000 10000)", {"clinic", "13", "completed"}}, // 3: B
                       {"POINT (90000 0)", {"clinic", "100", "completed"}},    // 4: outside
                       {nullptr, {"clinic", "1000", "completed"}},             // 5: no geometry
                       {"POINT (80000 40000)", {"school", "", ""}}, // 6: B's outer corner
                   });
}

// What the rules count with: CheckUnits at county level, features placed by position.
std::vector<double> counted(const UnitSet& units, const Layer& points,
                            const FeatureFilter& filter = {})
{
    return CheckUnits::counties(units).count(points, QString(), filter);
}
std::vector<double> summed(const UnitSet& units, const Layer& points, const QString& field,
                           const FeatureFilter& filter = {})
{
    return CheckUnits::counties(units).sum(points, field, QString(), filter);
}
RadiusCoverage within(const UnitSet& units, const Layer& villages,
                      const std::vector<double>& distances, double metres)
{
    return CheckUnits::counties(units).withinDistance(villages, QString(), {}, distances, metres);
}

FeatureFilter parsed(const char* text)
{
    bool ok = false;
    FeatureFilter f = FeatureFilter::parse(QString::fromUtf8(text), &ok);
    EXPECT_TRUE(ok) << text;
    return f;
}

} // namespace

TEST(UnitSet, UnitsFromTheBoundaryLayerThenUnitsWithoutPolygon)
{
    UnitSet units = twoSquares();
    ASSERT_EQ(units.size(), 2);
    EXPECT_EQ(units.unit(0).code, QStringLiteral("130501"));
    EXPECT_EQ(units.unit(0).name, QStringLiteral("甲县"));
    EXPECT_EQ(units.unit(0).currentName, QStringLiteral("甲区"));
    EXPECT_EQ(units.unit(1).currentName, QString());
    EXPECT_EQ(units.unit(1).feature, 1);
    EXPECT_EQ(units.indexOfCode(QStringLiteral(" 130502 ")), 1);
    EXPECT_EQ(units.indexOfCode(QStringLiteral("130599")), -1);
    EXPECT_EQ(units.indexOfCode(QString()), -1);
    ASSERT_NE(units.layer(), nullptr);
    EXPECT_EQ(units.geometry(0), units.layer()->geometry(0));

    const int city =
        units.addUnitWithoutPolygon(QStringLiteral("130500"), QStringLiteral("市本级"));
    EXPECT_EQ(city, 2);
    EXPECT_EQ(units.size(), 3);
    EXPECT_EQ(units.unit(city).feature, -1);
    EXPECT_EQ(units.geometry(city), nullptr);
    EXPECT_TRUE(units.envelope(city).isNull());
    // A unit is named once: adding an existing code returns that unit.
    EXPECT_EQ(units.addUnitWithoutPolygon(QStringLiteral("130500"), QStringLiteral("x")), city);
    EXPECT_EQ(units.layerUnitCount(), 2);
}

TEST(UnitSet, MissingFieldsAndUnindexedLayersAreRefused)
{
    auto layer = layerOf(GeometryKind::Polygon, {textField("code"), textField("name")},
                         {{"POLYGON ((0 0, 1 0, 1 1, 0 0))", {"1", "a"}}});
    EXPECT_THROW(UnitSet(layer, QStringLiteral("adcode"), QStringLiteral("name")), Error);
    EXPECT_THROW(UnitSet(layer, QStringLiteral("code"), QStringLiteral("name"),
                         QStringLiteral("name_current")),
                 Error);
    EXPECT_THROW(UnitSet(nullptr, QStringLiteral("code"), QStringLiteral("name")), Error);
    auto unindexed = std::make_shared<Layer>();
    unindexed->attributes.setFields({textField("code"), textField("name")});
    unindexed->attributes.appendRow();
    unindexed->addFeature(1, GeomPtr(GEOSGeomFromWKT_r(geosContext(), "POINT (0 0)")));
    EXPECT_THROW(UnitSet(unindexed, QStringLiteral("code"), QStringLiteral("name")),
                 std::invalid_argument);
}

TEST(UnitSet, UnitAtGivesABorderPointToTheLowestIndex)
{
    const UnitSet units = twoSquares();
    EXPECT_EQ(units.unitAt(10000, 10000), 0);
    EXPECT_EQ(units.unitAt(60000, 10000), 1);
    EXPECT_EQ(units.unitAt(40000, 20000), 0); // on the shared border
    EXPECT_EQ(units.unitAt(40000, 40000), 0); // the shared corner
    EXPECT_EQ(units.unitAt(80000, 40000), 1); // B's outer corner: on B's boundary only
    EXPECT_EQ(units.unitAt(90000, 0), -1);
}

TEST(Measures, PointsAreAssignedOnceBorderPointsToTheLowestIndex)
{
    const UnitSet units = twoSquares();
    auto points = villagePoints();
    EXPECT_EQ(assignPointsToUnits(units, *points), (std::vector<int>{0, 0, 0, 1, -1, -1, 1}));
    EXPECT_EQ(counted(units, *points), (std::vector<double>{3, 2}));

    // The same squares in the other order: the border point follows the lower index.
    auto swapped = layerOf(
        GeometryKind::Polygon, {textField("code"), textField("name")},
        {{"POLYGON ((40000 0, 80000 0, 80000 40000, 40000 40000, 40000 0))", {"130502", "乙县"}},
         {"POLYGON ((0 0, 40000 0, 40000 40000, 0 40000, 0 0))", {"130501", "甲县"}}});
    const UnitSet reversed(swapped, QStringLiteral("code"), QStringLiteral("name"));
    EXPECT_EQ(assignPointsToUnits(reversed, *points), (std::vector<int>{1, 1, 0, 0, -1, -1, 0}));
    EXPECT_EQ(counted(reversed, *points), (std::vector<double>{3, 2}));
}

TEST(Measures, CountsWithAFilter)
{
    const UnitSet units = twoSquares();
    auto points = villagePoints();
    // Clinics: 0 and 2 (border) in A, 3 in B; 4 is outside, 5 has no geometry.
    EXPECT_EQ(counted(units, *points, parsed("kind = clinic")), (std::vector<double>{2, 1}));
    EXPECT_EQ(assignPointsToUnits(units, *points, parsed("kind = clinic")),
              (std::vector<int>{0, -1, 0, 1, -1, -1, -1}));
    EXPECT_EQ(counted(units, *points, parsed("status in (started, completed)")),
              (std::vector<double>{2, 1}));
    // Point 6 has no status: a null is "!=" planned.
    EXPECT_EQ(counted(units, *points, parsed("status != planned")), (std::vector<double>{2, 2}));
    EXPECT_EQ(counted(units, *points, parsed("KIND = Clinic")), (std::vector<double>{2, 1}));
    EXPECT_THROW(counted(units, *points, parsed("type = clinic")), Error);
}

TEST(Measures, SumsPerUnit)
{
    const UnitSet units = twoSquares();
    auto points = villagePoints();
    // A: 5 + 7 + 11 (border); B: 13 + null. Outside (100) and no geometry (1000) excluded.
    EXPECT_EQ(summed(units, *points, QStringLiteral("n")), (std::vector<double>{23, 13}));
    EXPECT_EQ(summed(units, *points, QStringLiteral("n"), parsed("kind = clinic")),
              (std::vector<double>{16, 13}));
    EXPECT_THROW(summed(units, *points, QStringLiteral("spaces")), Error);
}

TEST(Measures, NonFiniteValuesAddNothingToASum)
{
    const UnitSet units = twoSquares();
    auto points = villagePoints();
    // Point 0 (A, 5) becomes NaN and point 3 (B, 13) +infinity: the sums keep the finite
    // values only (A: 7 + 11 = 18; B: nothing left), the counts are unchanged.
    points->attributes.setReal(0, 1, std::numeric_limits<double>::quiet_NaN());
    points->attributes.setReal(3, 1, std::numeric_limits<double>::infinity());
    EXPECT_EQ(summed(units, *points, QStringLiteral("n")), (std::vector<double>{18, 0}));
    EXPECT_EQ(counted(units, *points), (std::vector<double>{3, 2}));
}

TEST(Measures, LineLengthsAreSplitAtBordersAndNeverCountedTwice)
{
    const UnitSet units = twoSquares();
    auto lines = layerOf(
        GeometryKind::Line, {textField("kind")},
        {
            // 40 km crossing the border at x = 40 km: 30 km in A, 10 km in B.
            {"LINESTRING (10000 20000, 50000 20000)", {"heating"}},
            // 10 km along the shared border: A only (lowest index).
            {"LINESTRING (40000 0, 40000 10000)", {"heating"}},
            // 20 km, half of it beyond B's east edge: 10 km in B.
            {"LINESTRING (70000 30000, 90000 30000)", {"water"}},
            // Two legs of 5 km each (the second a 3-4-5 diagonal) inside A: 10 km.
            {"LINESTRING (5000 5000, 5000 10000, 8000 14000)", {"gas"}},
            // Outside both: nothing.
            {"LINESTRING (100000 0, 110000 0)", {"heating"}},
            // Two parts: 3 km in B; 5 km in A + 5 km in B.
            {"MULTILINESTRING ((45000 5000, 45000 8000), (35000 39000, 45000 39000))", {"water"}},
            // 10 km in A, 10 km along the border (A), 10 km in B.
            {"LINESTRING (30000 5000, 40000 5000, 40000 15000, 50000 15000)", {"heating"}},
        });
    const std::vector<double> km = lengthPerUnitKm(units, *lines);
    ASSERT_EQ(km.size(), 2u);
    EXPECT_NEAR(km[0], 30 + 10 + 10 + 5 + 20, 1e-9); // 75 km
    EXPECT_NEAR(km[1], 10 + 10 + 3 + 5 + 10, 1e-9);  // 38 km

    const std::vector<double> heating = lengthPerUnitKm(units, *lines, parsed("kind = heating"));
    EXPECT_NEAR(heating[0], 30 + 10 + 20, 1e-9);
    EXPECT_NEAR(heating[1], 10 + 10, 1e-9);
    const std::vector<double> gas = lengthPerUnitKm(units, *lines, parsed("kind = gas"));
    EXPECT_NEAR(gas[0], 10, 1e-9);
    EXPECT_EQ(gas[1], 0);
}

TEST(Measures, ListedVillagesRollUpByCodePrefix)
{
    auto polygons = layerOf(
        GeometryKind::Polygon, {textField("code"), textField("name")},
        {{"POLYGON ((0 0, 40000 0, 40000 40000, 0 40000, 0 0))", {"130501", "甲县"}},
         {"POLYGON ((0 0, 10000 0, 10000 10000, 0 10000, 0 0))", {"130501001", "甲镇"}},
         {"POLYGON ((40000 0, 80000 0, 80000 40000, 40000 40000, 40000 0))", {"130502", "乙县"}}});
    UnitSet units(polygons, QStringLiteral("code"), QStringLiteral("name"));
    const int city =
        units.addUnitWithoutPolygon(QStringLiteral("130500"), QStringLiteral("市本级"));
    auto list = layerOf(GeometryKind::None, {textField("code")},
                        {
                            {nullptr, {"130501001001"}},   // 甲县 and 甲镇
                            {nullptr, {"130501002003"}},   // 甲县
                            {nullptr, {"130502100001"}},   // 乙县
                            {nullptr, {"130599000001"}},   // no unit
                            {nullptr, {"1305"}},           // too short for any unit
                            {nullptr, {""}},               // null
                            {nullptr, {"130500000001"}},   // 市本级, which has no polygon
                            {nullptr, {" 130502200002 "}}, // 乙县, spaces trimmed
                        });
    EXPECT_EQ(countListedPerUnit(units, *list, QStringLiteral("code")),
              (std::vector<double>{2, 1, 2, 0}));
    EXPECT_EQ(city, 3);

    // Codes typed as numbers by the source's driver roll up the same way.
    auto numeric = layerOf(GeometryKind::None, {realField("code")},
                           {{nullptr, {"130501001005"}}, {nullptr, {"130502100009"}}});
    EXPECT_EQ(countListedPerUnit(units, *numeric, QStringLiteral("code")),
              (std::vector<double>{1, 1, 1, 0}));
    EXPECT_THROW(countListedPerUnit(units, *list, QStringLiteral("village_code")), Error);
}

TEST(Measures, NearestDistancesInMetres)
{
    auto to = layerOf(GeometryKind::Point, {textField("kind")},
                      {
                          {"POINT (3 4)", {"clinic"}},
                          {"POINT (106 108)", {"clinic"}},
                          {"POINT (100 100)", {"school"}},
                          {"LINESTRING (200 0, 200 100)", {"road"}},
                      });
    auto from = layerOf(GeometryKind::Point, {textField("name")},
                        {{"POINT (0 0)", {"a"}},
                         {"POINT (100 100)", {"b"}},
                         {"POINT (197 104)", {"c"}},
                         {nullptr, {"d"}}});
    // a → (3, 4): 5; b → the school on it: 0; c → the road's end (200, 100): 3-4-5.
    std::vector<double> d = nearestDistances(*from, *to);
    ASSERT_EQ(d.size(), 4u);
    EXPECT_DOUBLE_EQ(d[0], 5);
    EXPECT_DOUBLE_EQ(d[1], 0);
    EXPECT_DOUBLE_EQ(d[2], 5);
    EXPECT_TRUE(std::isnan(d[3]));

    // Clinics only: b → (106, 108) is a 6-8-10 triangle; c → (106, 108): √(91² + 4²).
    d = nearestDistances(*from, *to, parsed("kind = clinic"));
    EXPECT_DOUBLE_EQ(d[0], 5);
    EXPECT_DOUBLE_EQ(d[1], 10);
    EXPECT_NEAR(d[2], std::sqrt(91.0 * 91 + 4 * 4), 1e-9);
    EXPECT_TRUE(std::isnan(d[3]));

    d = nearestDistances(*from, *to, parsed("kind in (clinic, road)"));
    EXPECT_DOUBLE_EQ(d[2], 5);

    d = nearestDistances(*from, *to, parsed("kind = hospital"));
    EXPECT_EQ(d[0], std::numeric_limits<double>::infinity());
    EXPECT_EQ(d[2], std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(d[3]));
}

TEST(Measures, RadiusCoverageSharesAndTheVillagesBeyond)
{
    UnitSet units = twoSquares();
    const int zone =
        units.addUnitWithoutPolygon(QStringLiteral("130571"), QStringLiteral("开发区"));
    auto villages = layerOf(GeometryKind::Point, {textField("name")},
                            {
                                {"POINT (10000 10000)", {"v0"}}, // A, 3 km from f0
                                {"POINT (20000 10000)", {"v1"}}, // A, exactly 5 km from f1
                                {"POINT (30000 30000)", {"v2"}}, // A, 14.3 km from f2
                                {"POINT (40000 20000)", {"v3"}}, // border → A, 5 km from f2
                                {"POINT (60000 10000)", {"v4"}}, // B, 22.0 km from f2
                                {"POINT (70000 30000)", {"v5"}}, // B, 27.7 km from f2
                                {"POINT (90000 0)", {"v6"}},     // outside every unit
                            });
    auto facilities = layerOf(GeometryKind::Point, {textField("kind")},
                              {{"POINT (10000 13000)", {"clinic"}},
                               {"POINT (24000 13000)", {"clinic"}},
                               {"POINT (43000 24000)", {"clinic"}}});
    const std::vector<double> d = nearestDistances(*villages, *facilities);
    EXPECT_DOUBLE_EQ(d[0], 3000);
    EXPECT_DOUBLE_EQ(d[1], 5000);
    EXPECT_NEAR(d[2], std::hypot(13000.0, 6000.0), 1e-6);
    EXPECT_DOUBLE_EQ(d[3], 5000);

    const RadiusCoverage c = within(units, *villages, d, 5000);
    EXPECT_EQ(c.total, (std::vector<int>{4, 2, 0}));
    EXPECT_EQ(c.beyond, (std::vector<int>{1, 2, 0}));
    EXPECT_EQ(c.share, (std::vector<double>{0.75, 0.0, 0.0}));
    // v6, outside every unit, is 52.8 km from f2: beyond too (listed, counted nowhere).
    EXPECT_EQ(c.villagesBeyond, (std::vector<qsizetype>{2, 4, 5, 6}));
    EXPECT_EQ(c.unitOfVillage, (std::vector<int>{0, 0, 0, 0, 1, 1, -1}));
    EXPECT_EQ(zone, 2);

    // A wider radius covers v2 (14.3 km) but not v4 (22.0 km) or v5 (27.7 km).
    const RadiusCoverage wide = within(units, *villages, d, 15000);
    EXPECT_EQ(wide.share, (std::vector<double>{1.0, 0.0, 0.0}));
    // No facility at all: infinity is beyond any radius.
    const std::vector<double> none(d.size(), std::numeric_limits<double>::infinity());
    EXPECT_EQ(within(units, *villages, none, 1e9).beyond, (std::vector<int>{4, 2, 0}));
    EXPECT_THROW(within(units, *villages, std::vector<double>(3, 0.0), 5000),
                 std::invalid_argument);
}

namespace {

/// Area of the lens where two circles of radius r, d apart (d < 2r), overlap.
double lensArea(double r, double d)
{
    return 2 * r * r * std::acos(d / (2 * r)) - d / 2 * std::sqrt(4 * r * r - d * d);
}

/// Area of the part of a circle of radius r beyond a chord h from its centre.
double segmentArea(double r, double h)
{
    return r * r * std::acos(h / r) - h * std::sqrt(r * r - h * h);
}

} // namespace

TEST(Measures, UncoveredAreaOfOverlappingBuffers)
{
    UnitSet units = twoSquares();
    const int city =
        units.addUnitWithoutPolygon(QStringLiteral("130500"), QStringLiteral("市本级"));
    const double r = 5000;
    auto facilities = layerOf(GeometryKind::Point, {textField("kind")},
                              {
                                  {"POINT (15000 20000)", {"clinic"}},   // f0 and f1 overlap:
                                  {"POINT (21000 20000)", {"clinic"}},   // 6 km apart, both in A
                                  {"POINT (42000 35000)", {"clinic"}},   // B, 2 km from A
                                  {"POINT (30000 30000)", {"school"}},   // filtered out
                                  {"POINT (200000 200000)", {"clinic"}}, // far from both
                              });
    const double circle = std::numbers::pi * r * r;
    const double unionF0F1 = 2 * circle - lensArea(r, 6000);
    const double f2InA = segmentArea(r, 2000); // f2's circle beyond the border x = 40 km
    const double squareM2 = 40000.0 * 40000.0;
    const double expectedA = (squareM2 - unionF0F1 - f2InA) / 1e6; // 1445.47 km²
    const double expectedB = (squareM2 - (circle - f2InA)) / 1e6;  // 1541.28 km²

    // GEOS buffers are polygons inscribed in the circle (vertices on it), so each circle
    // loses (1 - n/(2π)·sin(2π/n)) of its area, n = 4 × quadrant segments: the uncovered
    // area can only come out larger, by at most that much per circle touching the unit.
    const double n = 4.0 * BufferQuadrantSegments;
    const double lossPerCircleKm2 =
        circle * (1 - n / (2 * std::numbers::pi) * std::sin(2 * std::numbers::pi / n)) / 1e6;

    const UncoveredArea u = uncoveredArea(units, *facilities, r, parsed("kind = clinic"));
    ASSERT_EQ(u.km2.size(), 3u);
    ASSERT_EQ(u.geometries.size(), 3u);
    EXPECT_GE(u.km2[0], expectedA - 1e-6);
    EXPECT_LE(u.km2[0], expectedA + 3 * lossPerCircleKm2);
    EXPECT_GE(u.km2[1], expectedB - 1e-6);
    EXPECT_LE(u.km2[1], expectedB + lossPerCircleKm2);
    EXPECT_NEAR(u.km2[0], 1445.47, 0.5);
    EXPECT_NEAR(u.km2[1], 1541.28, 0.5);

    // The polygons: the circles are holes in A; its far corner is uncovered.
    ASSERT_TRUE(u.geometries[0]);
    double area = 0;
    GEOSArea_r(geosContext(), u.geometries[0].get(), &area);
    EXPECT_NEAR(area / 1e6, u.km2[0], 1e-9);
    EXPECT_FALSE(containsPoint(u.geometries[0].get(), 18000, 20000));
    EXPECT_FALSE(containsPoint(u.geometries[0].get(), 39000, 35000)); // f2 reaches over
    EXPECT_TRUE(containsPoint(u.geometries[0].get(), 1000, 1000));
    EXPECT_TRUE(containsPoint(u.geometries[0].get(), 30000, 30000)); // the school does not count

    // Without the filter the school's circle, inside A and apart from the others, counts:
    // its whole inscribed polygon comes off A.
    const UncoveredArea all = uncoveredArea(units, *facilities, r);
    EXPECT_NEAR(all.km2[0], u.km2[0] - (circle / 1e6 - lossPerCircleKm2), 1e-6);
    EXPECT_NEAR(all.km2[1], u.km2[1], 1e-9);

    // Units without polygon: 0 and no geometry.
    EXPECT_EQ(u.km2[std::size_t(city)], 0);
    EXPECT_EQ(u.geometries[std::size_t(city)], nullptr);
}

TEST(Measures, UnitsWithoutPolygonReportZero)
{
    UnitSet units = twoSquares();
    const int city =
        units.addUnitWithoutPolygon(QStringLiteral("130500"), QStringLiteral("市本级"));
    const int zone =
        units.addUnitWithoutPolygon(QStringLiteral("130571"), QStringLiteral("开发区"));
    ASSERT_EQ(units.size(), 4);
    auto points = villagePoints();
    auto lines = layerOf(GeometryKind::Line, {textField("kind")},
                         {{"LINESTRING (10000 20000, 50000 20000)", {"heating"}}});
    auto list = layerOf(GeometryKind::None, {textField("code")},
                        {{nullptr, {"130500000001"}}, {nullptr, {"130571100001"}}});
    EXPECT_EQ(counted(units, *points), (std::vector<double>{3, 2, 0, 0}));
    EXPECT_EQ(summed(units, *points, QStringLiteral("n")), (std::vector<double>{23, 13, 0, 0}));
    const std::vector<double> km = lengthPerUnitKm(units, *lines);
    ASSERT_EQ(km.size(), 4u);
    EXPECT_EQ(km[std::size_t(city)], 0);
    EXPECT_EQ(km[std::size_t(zone)], 0);
    EXPECT_EQ(countListedPerUnit(units, *list, QStringLiteral("code")),
              (std::vector<double>{0, 0, 0, 0}));
    EXPECT_EQ(units.unitAt(10000, 10000), 0);
}

TEST(Measures, AnUnindexedLayerIsRefused)
{
    const UnitSet units = twoSquares();
    Layer points;
    points.attributes.setFields({textField("kind")});
    points.attributes.appendRow();
    points.addFeature(1, GeomPtr(GEOSGeomFromWKT_r(geosContext(), "POINT (1 1)")));
    EXPECT_THROW(counted(units, points), std::invalid_argument);
}
