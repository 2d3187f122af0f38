#include "analysis/coverage_check.h"
#include "analysis/coverage_layer.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "io/project_loader.h"
#include "support/test_support.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;

namespace {

/// Two 10 km × 10 km counties side by side: 130501 西县 (x 0–10 km), 130502 东县 (10–20 km).
/// 西县 has a health centre (ok), a clinic 300 m from a service station, 2 villages
/// (population 20,000 + 15,000), one of them 9 km from the health centre. 东县 has only a
/// clinic far from any station and one village of 5,000.
LoadedProject fixture()
{
    LoadedProject p;
    p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    p.layers << test::twoSquareCounties();
    p.layers << test::loadedLayer(
        QStringLiteral("facilities"), QStringLiteral("facility"),
        test::makeLayer(GeometryKind::Point,
                        {QStringLiteral("kind"), QStringLiteral("county_code"),
                         QStringLiteral("township_code"), QStringLiteral("capacity")},
                        {{"POINT (1000 1000)",
                          {QStringLiteral("health_centre"), QStringLiteral("130501"),
                           QStringLiteral("130501100"), QString()}},
                         {"POINT (2000 2000)",
                          {QStringLiteral("clinic"), QStringLiteral("130501"),
                           QStringLiteral("130501100"), QString()}},
                         {"POINT (2000 2300)",
                          {QStringLiteral("service_station"), QStringLiteral("130501"),
                           QStringLiteral("130501100"), QString()}},
                         {"POINT (3000 3000)",
                          {QStringLiteral("elderly_care"), QStringLiteral("130501"),
                           QStringLiteral("130501101"), QStringLiteral("140")}},
                         {"POINT (15000 5000)",
                          {QStringLiteral("clinic"), QStringLiteral("130502"),
                           QStringLiteral("130502100"), QString()}}}));
    p.layers << test::loadedLayer(
        QStringLiteral("villages"), QStringLiteral("village"),
        test::makeLayer(
            GeometryKind::Point,
            {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("population")},
            {{"POINT (1000 4000)",
              {QStringLiteral("130501100001"), QStringLiteral("甲村"), QStringLiteral("20000")}},
             {"POINT (1000 10000)",
              {QStringLiteral("130501101001"), QStringLiteral("乙村"), QStringLiteral("15000")}},
             {"POINT (19000 9000)",
              {QStringLiteral("130502100001"), QStringLiteral("丙村"), QStringLiteral("5000")}}}));
    // A heating pipe from 8 km to 14 km along y = 5 km: 2 km in 西县, 4 km in 东县; a
    // drainage pipe of 1 km whose code says 东县 though it lies in 西县.
    p.layers << test::loadedLayer(
        QStringLiteral("pipes"), QStringLiteral("pipe"),
        test::makeLayer(GeometryKind::Line, {QStringLiteral("kind"), QStringLiteral("county_code")},
                        {{"LINESTRING (8000 5000, 14000 5000)",
                          {QStringLiteral("heating"), QStringLiteral("130501")}},
                         {"LINESTRING (1000 8000, 2000 8000)",
                          {QStringLiteral("drainage_rain"), QStringLiteral("130502")}}}));
    return p;
}

CoverageCheck runRules(const LoadedProject& p, const QString& rulesJson,
                       const QString& level = QStringLiteral("county"))
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    test::writeText(
        path,
        QStringLiteral("{\"units\": {\"county\": \"counties\"}, \"rules\": [%1]}").arg(rulesJson));
    return CoverageCheck::run(p, RulesFile::load(path), level);
}

} // namespace

TEST(Rules, OnePerUnitCountsByPolygonAndSaysWhatIsMissing)
{
    const CoverageCheck c = runRules(
        fixture(), QStringLiteral(R"({"id": "hc", "kind": "one-per-unit", "layer": "facilities",
        "filter": "kind = health_centre", "min": 1, "noun": "health centres"})"));
    const RuleResult& r = c.results.at(0);
    EXPECT_TRUE(r.verdicts[0].pass);
    EXPECT_EQ(r.verdicts[0].value, 1);
    EXPECT_FALSE(r.verdicts[1].pass);
    EXPECT_EQ(r.verdicts[1].gap, QStringLiteral("1 health centres missing"));
    EXPECT_EQ(c.failingRules(), 1);
}

TEST(Rules, ShareOfTownshipsPerCounty)
{
    // 西县's townships in the village list: 130501100 (no elderly care), 130501101 (one):
    // 50 %. With minShare 0.5 it passes, with 0.6 it fails; 东县's one township has none.
    const QString rule =
        QStringLiteral(R"({"id": "s", "kind": "share-of-units", "layer": "facilities",
        "filter": "kind = elderly_care", "codeField": "township_code", "childUnits": "villages",
        "childCodeField": "code", "childCodeLength": 9, "minShare": %1})");
    CoverageCheck c = runRules(fixture(), rule.arg(0.5));
    EXPECT_DOUBLE_EQ(c.results[0].verdicts[0].value, 0.5);
    EXPECT_TRUE(c.results[0].verdicts[0].pass);
    EXPECT_FALSE(c.results[0].verdicts[1].pass);
    c = runRules(fixture(), rule.arg(0.6));
    EXPECT_FALSE(c.results[0].verdicts[0].pass);
    EXPECT_EQ(c.results[0].verdicts[0].gap, QStringLiteral("50% of townships (1 of 2), need 60%"));
}

TEST(Rules, ServiceRadiusListsTheVillagesBeyond)
{
    // Health centre at (1, 1) km: 甲村 3 km away, 乙村 9 km, 丙村 ~19.7 km.
    const QString rule =
        QStringLiteral(R"({"id": "r", "kind": "service-radius", "villages": "villages",
        "facilities": "facilities", "filter": "kind = health_centre", "radiusKm": %1})");
    CoverageCheck c = runRules(fixture(), rule.arg(5));
    EXPECT_FALSE(c.results[0].verdicts[0].pass);
    EXPECT_EQ(c.results[0].failingFeatures, (std::vector<qsizetype>{1, 2}));
    // Uncovered area of 西县: the 5 km circle around (1, 1) km inside the 10 × 10 km square
    // is πr² − 2 segments beyond the chords x = −1 and y = −1 (each 25·acos(0.2) − √24
    // = 29.337) + the corner beyond both (∫₁^√24 (√(25 − x²) − 1) dx = 10.702), i.e.
    // 30.568 km², so 69.432 km² is uncovered; the 64-gon buffer loses up to 0.16 % of
    // the circle (0.13 km²). 东县 has no health centre: all 100 km² uncovered.
    ASSERT_TRUE(c.results[0].uncovered);
    EXPECT_NEAR(c.results[0].uncovered->km2[0], 69.432, 0.13);
    EXPECT_GE(c.results[0].uncovered->km2[0], 69.432);
    EXPECT_NEAR(c.results[0].uncovered->km2[1], 100.0, 1e-9);
    EXPECT_EQ(c.results[0].verdicts[0].gap,
              QStringLiteral("1 villages beyond 5 km (%1 km² uncovered)")
                  .arg(formatAmount(c.results[0].uncovered->km2[0])));
    EXPECT_EQ(c.results[0].verdicts[1].gap,
              QStringLiteral("1 villages beyond 5 km (100 km² uncovered)"));
    c = runRules(fixture(), rule.arg(10));
    EXPECT_TRUE(c.results[0].verdicts[0].pass);
    EXPECT_FALSE(c.results[0].verdicts[1].pass);
}

TEST(Rules, ServiceTimeCountsMinutesAlongTheRoads)
{
    // Roads at 60 km/h (a kilometre a minute): y = 1 km from x = 1 to 20 km, and x = 1 km
    // from y = 1 to 10 km. The health centre at (1, 1) km is on both: 甲村 (1, 4) km is 3 min
    // up the road, 乙村 (1, 10) km 9 min; 丙村 (19, 9) km is 8 km from any road (beyond the
    // 5 km an access leg may take): unreachable.
    LoadedProject p = fixture();
    p.layers << test::loadedLayer(
        QStringLiteral("roads"), QStringLiteral("reference"),
        test::makeLayer(GeometryKind::Line, {QStringLiteral("speed")},
                        {{"LINESTRING (1000 1000, 20000 1000)", {QStringLiteral("60")}},
                         {"LINESTRING (1000 1000, 1000 10000)", {QStringLiteral("60")}}}));
    const QString rule =
        QStringLiteral(R"({"id": "t", "kind": "service-time", "villages": "villages",
        "facilities": "facilities", "filter": "kind = health_centre", "network": "roads",
        "minutes": %1})");
    CoverageCheck c = runRules(p, rule.arg(5));
    const RuleResult& r = c.results.at(0);
    EXPECT_FALSE(r.verdicts[0].pass);
    EXPECT_DOUBLE_EQ(r.verdicts[0].value, 0.5);
    EXPECT_EQ(r.verdicts[0].gap, QStringLiteral("1 villages beyond 5 min"));
    EXPECT_EQ(r.verdicts[1].gap, QStringLiteral("1 villages beyond 5 min (1 unreachable by road)"));
    EXPECT_EQ(r.failingFeatures, (std::vector<qsizetype>{1, 2}));
    ASSERT_EQ(r.failingValues.size(), 2u);
    EXPECT_NEAR(r.failingValues[0], 9.0, 1e-9);
    EXPECT_TRUE(std::isinf(r.failingValues[1]));
    EXPECT_EQ(r.failingValueName, QStringLiteral("minutes"));
    // Ten minutes cover 乙村 too; 丙村 stays unreachable.
    c = runRules(p, rule.arg(10));
    EXPECT_TRUE(c.results[0].verdicts[0].pass);
    EXPECT_EQ(c.results[0].failingFeatures, (std::vector<qsizetype>{2}));
    // On foot (5 km/h) 甲村, 3 km up the road, is 36 minutes off: a 30-minute walk covers
    // no village of 西县.
    c = runRules(p, QStringLiteral(R"({"id": "w", "kind": "service-time", "villages": "villages",
        "facilities": "facilities", "filter": "kind = health_centre", "network": "roads",
        "minutes": 30, "mode": "walk"})"));
    EXPECT_EQ(c.results[0].verdicts[0].value, 0.0);
    EXPECT_NEAR(c.results[0].failingValues[0], 36.0, 1e-9);
}

TEST(Rules, RatioPerThousandPeople)
{
    // 西县: 140 beds for 35,000 people = 4 per 1,000; 东县: 0 for 5,000.
    const CoverageCheck c =
        runRules(fixture(), QStringLiteral(R"({"id": "b", "kind": "ratio", "layer": "facilities",
        "filter": "kind = elderly_care", "sumField": "capacity", "populationLayer": "villages",
        "populationField": "population", "per": 1000, "min": 3})"));
    EXPECT_DOUBLE_EQ(c.results[0].verdicts[0].value, 4.0);
    EXPECT_TRUE(c.results[0].verdicts[0].pass);
    EXPECT_FALSE(c.results[0].verdicts[1].pass);
}

TEST(Rules, PopulationThresholdOnlyConcernsLargeUnits)
{
    const CoverageCheck c =
        runRules(fixture(), QStringLiteral(R"({"id": "p", "kind": "population-threshold",
        "layer": "facilities", "filter": "kind = elderly_care", "populationLayer": "villages",
        "populationField": "population", "threshold": 30000, "min": 2})"));
    EXPECT_TRUE(c.results[0].verdicts[0].applicable);  // 35,000 people
    EXPECT_FALSE(c.results[0].verdicts[0].pass);       // 1 of 2
    EXPECT_FALSE(c.results[0].verdicts[1].applicable); // 5,000 people: not concerned
    EXPECT_TRUE(c.results[0].verdicts[1].pass);
}

TEST(Rules, CoLocationWithinADistance)
{
    // 西县's clinic has a station 300 m away; 东县's clinic has none within 500 m.
    const CoverageCheck c = runRules(
        fixture(), QStringLiteral(R"({"id": "c", "kind": "co-location", "layer": "facilities",
        "filter": "kind = clinic", "near": "facilities", "nearFilter": "kind = service_station", "withinM": 500})"));
    EXPECT_TRUE(c.results[0].verdicts[0].pass);
    EXPECT_FALSE(c.results[0].verdicts[1].pass);
    EXPECT_EQ(c.results[0].failingFeatures, std::vector<qsizetype>{4});
}

TEST(Rules, TargetProgressJoinsByNameAndRanks)
{
    LoadedProject p = fixture();
    p.layers << test::loadedLayer(
        QStringLiteral("targets"), QStringLiteral("target"),
        test::makeLayer(GeometryKind::None,
                        {QStringLiteral("县（市、区）"), QStringLiteral("任务数")},
                        {{nullptr, {QStringLiteral("西 县"), QStringLiteral("2")}},
                         {nullptr, {QStringLiteral("东县"), QStringLiteral("4")}},
                         {nullptr, {QStringLiteral("合计"), QStringLiteral("6")}}}));
    // Actual: clinics per county (西县 1 of 2 = 50 %, 东县 1 of 4 = 25 %).
    const CoverageCheck c =
        runRules(p, QStringLiteral(R"({"id": "t", "kind": "target-progress", "targets": "targets",
        "layer": "facilities", "filter": "kind = clinic", "minPercent": 50})"));
    const RuleResult& r = c.results[0];
    EXPECT_DOUBLE_EQ(r.verdicts[0].value, 0.5);
    EXPECT_TRUE(r.verdicts[0].pass);
    EXPECT_EQ(r.verdicts[1].gap, QStringLiteral("25% of target"));
    ASSERT_TRUE(r.ranking);
    ASSERT_EQ(r.ranking->ordered.size(), 2u);
    EXPECT_EQ(r.ranking->ordered[0].row.unitCode, QStringLiteral("130501"));
    EXPECT_EQ(r.ranking->ordered[1].rank, 2);
}

TEST(Rules, IndicatorCountsAndClipsLinesByUnit)
{
    // Villages: 西县 2, 东县 1; no bound, so both pass.
    CoverageCheck c = runRules(fixture(), QStringLiteral(R"({"id": "v", "kind": "indicator",
        "layer": "villages"})"));
    EXPECT_EQ(c.results[0].verdicts[0].value, 2);
    EXPECT_EQ(c.results[0].verdicts[1].value, 1);
    EXPECT_EQ(c.failingRules(), 0);
    // Pipe km clipped by the polygons: the heating pipe splits 2 + 4 km, the drainage pipe
    // adds 1 km to 西县 where it lies.
    c = runRules(fixture(), QStringLiteral(R"({"id": "l", "kind": "indicator", "layer": "pipes",
        "measure": "length", "min": 3.5, "unitText": "km"})"));
    EXPECT_NEAR(c.results[0].verdicts[0].value, 3.0, 1e-9);
    EXPECT_NEAR(c.results[0].verdicts[1].value, 4.0, 1e-9);
    EXPECT_FALSE(c.results[0].verdicts[0].pass);
    EXPECT_EQ(c.results[0].verdicts[0].gap, QStringLiteral("0.5 km short of 3.5 km"));
    EXPECT_TRUE(c.results[0].verdicts[1].pass);
    // By code, each line's whole length goes to the unit its code names.
    c = runRules(fixture(), QStringLiteral(R"({"id": "l", "kind": "indicator", "layer": "pipes",
        "measure": "length", "codeField": "county_code", "max": 5})"));
    EXPECT_NEAR(c.results[0].verdicts[0].value, 6.0, 1e-9);
    EXPECT_NEAR(c.results[0].verdicts[1].value, 1.0, 1e-9);
    EXPECT_EQ(c.results[0].verdicts[0].gap, QStringLiteral("1 over 5"));
    // Length of a point layer is a mistake in the rules file.
    EXPECT_THROW(runRules(fixture(), QStringLiteral(R"({"id": "x", "kind": "indicator",
        "layer": "villages", "measure": "length"})")),
                 Error);
}

TEST(Rules, TargetProgressOnClippedPipeLength)
{
    LoadedProject p = fixture();
    p.layers << test::loadedLayer(
        QStringLiteral("targets"), QStringLiteral("target"),
        test::makeLayer(GeometryKind::None,
                        {QStringLiteral("县（市、区）"), QStringLiteral("供热管网（公里）")},
                        {{nullptr, {QStringLiteral("西县"), QStringLiteral("4")}},
                         {nullptr, {QStringLiteral("东县"), QStringLiteral("4")}}}));
    // Heating km: 西县 2 of 4 = 50 %, 东县 4 of 4 = 100 %.
    const CoverageCheck c =
        runRules(p, QStringLiteral(R"({"id": "h", "kind": "target-progress", "targets": "targets",
        "layer": "pipes", "filter": "kind = heating", "measure": "length"})"));
    EXPECT_DOUBLE_EQ(c.results[0].verdicts[0].value, 0.5);
    EXPECT_EQ(c.results[0].verdicts[0].gap, QStringLiteral("50% of target"));
    EXPECT_DOUBLE_EQ(c.results[0].verdicts[1].value, 1.0);
    EXPECT_TRUE(c.results[0].verdicts[1].pass);
}

TEST(Rules, BadRulesNameTheFileAndLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    test::writeText(
        path, QStringLiteral("{\"rules\": [\n  {\"id\": \"a\", \"kind\": \"one-per-unit\",}\n]}"));
    try {
        RulesFile::load(path);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_EQ(e.line(), 2);
    }
    test::writeText(
        path,
        QStringLiteral("{\"rules\": [\n  {\"id\": \"a\",\n   \"kind\": \"one-per-village\"}\n]}"));
    try {
        RulesFile::load(path);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_TRUE(e.detail().contains(QStringLiteral("one-per-village")));
    }
    // A rule naming a layer the project lacks.
    EXPECT_THROW(
        runRules(fixture(),
                 QStringLiteral(R"({"id": "x", "kind": "one-per-unit", "layer": "toilets"})")),
        Error);
    // A filter on a column the layer lacks.
    EXPECT_THROW(
        runRules(fixture(),
                 QStringLiteral(R"({"id": "x", "kind": "one-per-unit", "layer": "facilities",
        "filter": "type = clinic"})")),
        Error);
}

TEST(Rules, ResultsLayerCarriesEachRulesValueVerdictAndGap)
{
    const CoverageCheck c = runRules(
        fixture(), QStringLiteral(R"({"id": "r", "kind": "service-radius", "villages": "villages",
        "facilities": "facilities", "filter": "kind = health_centre", "radiusKm": 5},
        {"id": "v", "kind": "indicator", "layer": "villages"})"));
    // 西县: 甲村 within 5 km, 乙村 beyond; 东县: 丙村 beyond (no health centre).
    EXPECT_EQ(c.results[0].failingFeaturesIn(0), std::vector<qsizetype>{1});
    EXPECT_EQ(c.results[0].failingFeaturesIn(1), std::vector<qsizetype>{2});
    const Layer layer = coverageUnitsLayer(c, Crs::fromDefinition(QStringLiteral("EPSG:4547")));
    ASSERT_EQ(layer.featureCount(), 2);
    const int value = layer.attributes.indexOf(valueColumn(QStringLiteral("r")));
    const int verdict = layer.attributes.indexOf(verdictColumn(QStringLiteral("r")));
    const int gap = layer.attributes.indexOf(gapColumn(QStringLiteral("r")));
    const int villages = layer.attributes.indexOf(valueColumn(QStringLiteral("v")));
    ASSERT_GE(value, 0);
    ASSERT_GE(villages, 0);
    EXPECT_DOUBLE_EQ(layer.attributes.toDouble(0, value), 0.5);
    EXPECT_EQ(layer.attributes.toString(0, verdict), QStringLiteral("FAIL"));
    EXPECT_TRUE(layer.attributes.toString(0, gap).startsWith(QStringLiteral("1 villages beyond")));
    EXPECT_EQ(layer.attributes.toDouble(1, villages), 1.0);
    EXPECT_EQ(layer.attributes.toString(1, layer.attributes.indexOf(QStringLiteral("name"))),
              QStringLiteral("东县"));
    double area = 0;
    ASSERT_EQ(GEOSArea_r(geosContext(), layer.geometry(1), &area), 1);
    EXPECT_NEAR(area, 1e8, 1e-3); // 10 km × 10 km
}

TEST(Rules, ProgressIsReportedPerRuleAndCanCancel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    test::writeText(path, QStringLiteral(R"({"units": {"county": "counties"}, "rules": [
        {"id": "a", "kind": "indicator", "layer": "villages"},
        {"id": "b", "kind": "indicator", "layer": "facilities"}]})"));
    const RulesFile rules = RulesFile::load(path);
    std::vector<std::pair<int, int>> calls;
    const CoverageCheck all =
        CoverageCheck::run(fixture(), rules, QStringLiteral("county"), [&](int done, int total) {
            calls.emplace_back(done, total);
            return true;
        });
    EXPECT_EQ(all.results.size(), 2u);
    EXPECT_EQ(calls, (std::vector<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
    try {
        CoverageCheck::run(fixture(), rules, QStringLiteral("county"),
                           [](int done, int) { return done < 1; });
        FAIL() << "not cancelled";
    } catch (const Cancelled& e) {
        EXPECT_EQ(e.file(), rules.path);
    }
}

TEST(Rules, RulesBuiltInMemorySaveAndLoadBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("built.json"));
    RulesFile rules = RulesFile::fromJson({}, path, {}, false);
    rules.addRule(QJsonObject{{QStringLiteral("id"), QStringLiteral("hc")},
                              {QStringLiteral("kind"), QStringLiteral("one-per-unit")},
                              {QStringLiteral("layer"), QStringLiteral("facilities")},
                              {QStringLiteral("filter"), QStringLiteral("kind = health_centre")}});
    EXPECT_THROW(rules.addRule(QJsonObject{{QStringLiteral("id"), QStringLiteral("hc")},
                                           {QStringLiteral("kind"), QStringLiteral("indicator")}}),
                 Error); // the id is taken
    EXPECT_THROW(rules.addRule(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                           {QStringLiteral("kind"), QStringLiteral("nearest")}}),
                 Error); // no such kind
    rules.save(path);
    const RulesFile back = RulesFile::load(path);
    ASSERT_EQ(back.rules.size(), 1u);
    EXPECT_EQ(back.rules[0]->json, rules.rules[0]->json);
    // And it runs: 西县 has its health centre, 东县 lacks one.
    const CoverageCheck c = CoverageCheck::run(fixture(), back, QStringLiteral("county"));
    EXPECT_TRUE(c.results[0].verdicts[0].pass);
    EXPECT_FALSE(c.results[0].verdicts[1].pass);
}

TEST(Rules, LeftOutParametersTakeTheSpecDefaults)
{
    // Without radiusKm the spec's 3 km: 甲村 lies exactly 3 km from the health centre
    // (within), 乙村 9 km (beyond); 东县 has no health centre.
    CoverageCheck c = runRules(
        fixture(), QStringLiteral(R"({"id": "r", "kind": "service-radius", "villages": "villages",
        "facilities": "facilities", "filter": "kind = health_centre"})"));
    EXPECT_EQ(c.results[0].failingFeatures, (std::vector<qsizetype>{1, 2}));
    EXPECT_TRUE(c.results[0].verdicts[0].gap.startsWith(QStringLiteral("1 villages beyond 3 km")));
    // Without min and noun: at least 1, called "features".
    c = runRules(fixture(), QStringLiteral(R"({"id": "hc", "kind": "one-per-unit",
        "layer": "facilities", "filter": "kind = health_centre"})"));
    EXPECT_EQ(c.results[0].verdicts[1].gap, QStringLiteral("1 features missing"));
    // Without withinM: 500 m, so the clinic 300 m from the station has its neighbour.
    c = runRules(fixture(), QStringLiteral(R"({"id": "c", "kind": "co-location",
        "layer": "facilities", "filter": "kind = clinic", "near": "facilities",
        "nearFilter": "kind = service_station"})"));
    EXPECT_TRUE(c.results[0].verdicts[0].pass);
    EXPECT_EQ(c.results[0].verdicts[1].gap,
              QStringLiteral("1 of 1 features without a neighbour within 500 m"));
}

TEST(Rules, AnUnknownKeyNamesTheFileTheLineAndTheKeysOfTheKind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    test::writeText(path, QStringLiteral("{\"rules\": [\n"
                                         "  {\"id\": \"ok\", \"kind\": \"indicator\", \"layer\": "
                                         "\"villages\"},\n"
                                         "  {\"id\": \"hc\", \"kind\": \"one-per-unit\",\n"
                                         "   \"layer\": \"facilities\", \"radiusKm\": 3}\n]}"));
    try {
        RulesFile::load(path);
        FAIL() << "an unknown key must be an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_EQ(e.line(), 3);
        EXPECT_EQ(e.detail(), QStringLiteral("rule \"hc\": unknown key \"radiusKm\" (one-per-unit "
                                             "takes layer, filter, codeField, min, noun)"));
    }
}
