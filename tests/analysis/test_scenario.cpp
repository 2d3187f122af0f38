// Scenarios: which features a view takes, and a coverage check before and after a plan,
// on a fixture whose distances are worked out in the comments.
#include "analysis/scenario.h"
#include "core/error.h"
#include "support/test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {

/// Two 10 km squares: 130501 西县 (x 0–10 km) and 130502 东县 (x 10–20 km). One existing
/// clinic at (1, 1) km; "2022 plan" proposes one at (8, 7) km, "option B" one at (15, 4) km.
LoadedProject fixture()
{
    LoadedProject p;
    p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    p.layers << test::loadedLayer(
        QStringLiteral("counties"), QStringLiteral("boundary"),
        test::makeLayer(
            GeometryKind::Polygon, {QStringLiteral("code"), QStringLiteral("name")},
            {{"POLYGON ((0 0, 10000 0, 10000 10000, 0 10000, 0 0))", {"130501", "西县"}},
             {"POLYGON ((10000 0, 20000 0, 20000 10000, 10000 10000, 10000 0))",
              {"130502", "东县"}}}));
    p.layers << test::loadedLayer(
        QStringLiteral("facilities"), QStringLiteral("facility"),
        test::makeLayer(
            GeometryKind::Point,
            {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("scenario")},
            {{"POINT (1000 1000)", {"clinic", "existing", ""}},
             {"POINT (8000 7000)", {"clinic", "plan A", "2022 plan"}},
             {"POINT (15000 4000)", {"clinic", "plan B", "option B"}},
             {"POINT (9000 9000)", {"kindergarten", "plan A kg", " 2022 PLAN "}}}));
    p.layers << test::loadedLayer(
        QStringLiteral("villages"), QStringLiteral("village"),
        test::makeLayer(GeometryKind::Point, {QStringLiteral("code"), QStringLiteral("name")},
                        {{"POINT (1000 4000)", {"130501100001", "甲"}},
                         {"POINT (8000 8000)", {"130501100002", "乙"}},
                         {"POINT (5000 1000)", {"130501100003", "丙"}},
                         {"POINT (15000 5000)", {"130502100001", "丁"}},
                         {"POINT (19000 9000)", {"130502100002", "戊"}}}));
    return p;
}

RulesFile clinicRule(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    test::writeText(path, QStringLiteral(R"({"units": {"county": "counties"}, "rules": [
        {"id": "clinic_3km", "kind": "service-radius", "villages": "villages",
         "facilities": "facilities", "filter": "kind = clinic", "radiusKm": 3}]})"));
    return RulesFile::load(path);
}

} // namespace

TEST(Scenario, ViewsTakeExistingProposedOrBoth)
{
    const LoadedProject p = fixture();
    EXPECT_EQ(scenario::names(p), (QStringList{"2022 plan", "option B"}));
    const LoadedLayer& f = p.layers[1];
    // Names match whatever their case and spaces (the kindergarten's " 2022 PLAN ").
    EXPECT_EQ(scenario::selection(f, scenario::View::Current, {}), (std::vector<char>{1, 0, 0, 0}));
    EXPECT_EQ(scenario::selection(f, scenario::View::Proposed, QStringLiteral("2022 plan")),
              (std::vector<char>{0, 1, 0, 1}));
    EXPECT_EQ(scenario::selection(f, scenario::View::Both, QStringLiteral("option B")),
              (std::vector<char>{1, 0, 1, 0}));
    // Layers without a scenario column are shared, not copied.
    const LoadedProject current = scenario::currentState(p);
    EXPECT_EQ(current.layers[2].data, p.layers[2].data);
    ASSERT_EQ(current.layers[1].data->featureCount(), 1);
    EXPECT_EQ(current.layers[1].data->fid(0), 0);
    const LoadedProject b =
        scenario::projectFor(p, scenario::View::Both, QStringLiteral("option B"));
    EXPECT_EQ(b.layers[1].data->fid(1), 2);
    EXPECT_EQ(b.layers[1].data->index().query(b.layers[1].data->extent()).size(), 2u);
}

TEST(Scenario, ComparisonGivesEachUnitBeforeAndAfter)
{
    QTemporaryDir dir;
    const scenario::Comparison c = scenario::compare(
        fixture(), clinicRule(dir), QStringLiteral("county"), QStringLiteral("2022 plan"));
    ASSERT_EQ(c.rows.size(), 2u);
    // Before, only the clinic at (1, 1) km: 甲 is exactly 3 km away (covered), 乙 is
    // √(7² + 7²) = 9.9 km and 丙 4 km away: 1 of 3 villages of 西县 covered. The plan's
    // clinic at (8, 7) km is 1 km from 乙, √(3² + 6²) = 6.7 km from 丙: 2 of 3.
    const scenario::Comparison::Row& west = c.rows[0];
    EXPECT_EQ(c.before.units.unit(west.unit).code, QStringLiteral("130501"));
    EXPECT_NEAR(west.before.value, 1.0 / 3, 1e-12);
    EXPECT_NEAR(west.after.value, 2.0 / 3, 1e-12);
    EXPECT_TRUE(west.changed());
    EXPECT_EQ(c.before.results[0].failingFeaturesIn(0).size(), 2u);
    EXPECT_EQ(c.after.results[0].failingFeaturesIn(0).size(), 1u);
    // 东县: the plan's clinic is √(7² + 2²) = 7.3 km from 丁; "option B"'s at (15, 4) km,
    // 1 km from 丁, is another scenario and stays out: 0 of 2 before and after.
    const scenario::Comparison::Row& east = c.rows[1];
    EXPECT_DOUBLE_EQ(east.before.value, 0);
    EXPECT_DOUBLE_EQ(east.after.value, 0);
    EXPECT_FALSE(east.changed());
    EXPECT_EQ(c.unitsNowPassing(), 0);

    const scenario::Comparison b = scenario::compare(
        fixture(), clinicRule(dir), QStringLiteral("county"), QStringLiteral("option b"));
    EXPECT_DOUBLE_EQ(b.rows[1].after.value, 0.5);
    EXPECT_FALSE(b.rows[0].changed());
}

TEST(Scenario, AnUnknownScenarioIsAnErrorNotAnUnchangedPlan)
{
    QTemporaryDir dir;
    try {
        scenario::compare(fixture(), clinicRule(dir), QStringLiteral("county"),
                          QStringLiteral("2023 plan"));
        FAIL() << "an unknown scenario must not compare";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("2022 plan, option B")))
            << e.message().toStdString();
    }
}
