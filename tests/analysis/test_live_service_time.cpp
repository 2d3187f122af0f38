// Live service-time coverage against a fresh check. By hand on two counties whose roads do
// not meet (an unreachable count that changes without any village coming within the
// time), and on the Xingtai demo's SYNTHETIC roads: a health centre dragged to random
// (seeded) places, after every move each unit's live verdict equal to what
// CoverageCheck::run (what `worksmap-cli check` runs) gives on the moved data.

#include "analysis/coverage_check.h"
#include "analysis/coverage_comparison.h"
#include "analysis/live_facility_coverage.h"
#include "analysis/live_service_time.h"
#include "analysis/scenario.h"
#include "core/error.h"
#include "core/feature_edit_buffer.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "io/project_opener.h"
#include "live_verdicts.h"
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace wm;

namespace {

/// `project` with a health centre added at (x, y) to layer "facilities" (the dragged
/// proposal as the check would see it once saved).
LoadedProject withCentre(const LoadedProject& project, double x, double y)
{
    LoadedProject out = project;
    for (LoadedLayer& l : out.layers) {
        if (l.entry.id != QLatin1String("facilities"))
            continue;
        const Layer& from = *l.data;
        std::shared_ptr<Layer> to = from.emptyCopy();
        qint64 lastFid = 0;
        for (qsizetype i = 0; i <= from.featureCount(); ++i) {
            const bool added = i == from.featureCount();
            const qsizetype row = to->attributes.appendRow();
            for (int c = 0; c < from.attributes.fieldCount(); ++c)
                setTableValue(to->attributes, row, c,
                              added ? (from.attributes.fields()[c].name == QLatin1String("kind")
                                           ? QVariant(QStringLiteral("health_centre"))
                                           : QVariant())
                                    : from.attributes.value(i, c));
            const qint64 fid = added ? lastFid + 1 : from.fid(i);
            lastFid = std::max(lastFid, fid);
            to->addFeature(fid, added ? GeomPtr(GEOSGeom_createPointFromXY_r(geosContext(), x, y))
                                      : cloneGeometry(from.geometry(i)));
        }
        to->buildIndex();
        l.data = to;
    }
    return out;
}

/// `project` without the facility of fid `fid`.
LoadedProject without(const LoadedProject& project, qint64 fid)
{
    LoadedProject out = project;
    for (LoadedLayer& l : out.layers)
        if (l.entry.id == QLatin1String("facilities")) {
            std::vector<char> keep(std::size_t(l.data->featureCount()), 1);
            for (qsizetype i = 0; i < l.data->featureCount(); ++i)
                keep[std::size_t(i)] = l.data->fid(i) != fid;
            l.data = scenario::subset(*l.data, keep);
        }
    return out;
}

RulesFile rulesWith(const QJsonObject& rule, const QJsonObject& units)
{
    return RulesFile::fromJson(
        {{QStringLiteral("units"), units}, {QStringLiteral("rules"), QJsonArray{rule}}},
        QStringLiteral("live.json"));
}

/// Two 10 km counties side by side: 西县 (x 0–10 km) with a road along y = 1 km from x = 1
/// to 9 km and a health centre at its start (and a school, which no rule here takes); 东县 (10–20
/// km) with its own road along y = 5 km from x = 12 to 19 km that meets no other. 60 km/h: a
/// kilometre a minute; the access leg is driven at 20 km/h (200 m: 0.6 min).
LoadedProject twoCounties()
{
    LoadedProject p;
    p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    p.layers << test::twoSquareCounties();
    p.layers << test::loadedLayer(
        QStringLiteral("facilities"), QStringLiteral("facility"),
        test::makeLayer(GeometryKind::Point, {QStringLiteral("kind")},
                        {{"POINT (9000 9000)", {QStringLiteral("school")}},
                         {"POINT (1000 1000)", {QStringLiteral("health_centre")}}}));
    // 甲村 3 km along the road and 200 m off it: 3.6 min; 乙村 7 min; 丙村 and 丁村 on
    // 东县's road, which no health centre reaches.
    p.layers << test::loadedLayer(
        QStringLiteral("villages"), QStringLiteral("village"),
        test::makeLayer(GeometryKind::Point, {QStringLiteral("name")},
                        {{"POINT (4000 1200)", {QStringLiteral("甲村")}},
                         {"POINT (8000 1000)", {QStringLiteral("乙村")}},
                         {"POINT (13000 5000)", {QStringLiteral("丙村")}},
                         {"POINT (18000 5000)", {QStringLiteral("丁村")}}}));
    p.layers << test::loadedLayer(
        QStringLiteral("roads"), QStringLiteral("reference"),
        test::makeLayer(GeometryKind::Line, {QStringLiteral("speed")},
                        {{"LINESTRING (1000 1000, 9000 1000)", {QStringLiteral("60")}},
                         {"LINESTRING (12000 5000, 19000 5000)", {QStringLiteral("60")}}}));
    return p;
}

QJsonObject fiveMinutes()
{
    return {{QStringLiteral("id"), QStringLiteral("t")},
            {QStringLiteral("kind"), QStringLiteral("service-time")},
            {QStringLiteral("villages"), QStringLiteral("villages")},
            {QStringLiteral("facilities"), QStringLiteral("facilities")},
            {QStringLiteral("filter"), QStringLiteral("kind = health_centre")},
            {QStringLiteral("network"), QStringLiteral("roads")},
            {QStringLiteral("minutes"), 5}};
}

} // namespace

TEST(LiveServiceTime, ByHandOnTwoCountiesWhoseRoadsDoNotMeet)
{
    const LoadedProject p = twoCounties();
    const QJsonObject rule = fiveMinutes();
    const RulesFile rules =
        rulesWith(rule, {{QStringLiteral("county"), QStringLiteral("counties")}});
    const CoverageCheck before = CoverageCheck::run(p, rules, QStringLiteral("county"));
    LiveServiceTime live(p, before.units, rule);
    EXPECT_FALSE(live.leftOut());
    EXPECT_NEAR(live.minutesOf(0), 3.6, 1e-9);
    EXPECT_NEAR(live.minutesOf(1), 7.0, 1e-9);
    EXPECT_TRUE(std::isinf(live.minutesOf(2)));
    EXPECT_EQ(live.verdict(0).gap, QStringLiteral("1 villages beyond 5 min"));
    EXPECT_EQ(live.verdict(1).gap,
              QStringLiteral("2 villages beyond 5 min (2 unreachable by road)"));
    test::expectSameVerdicts(live, before.results[0], "before");

    // After each move, the verdicts of a check with a health centre where the proposal is.
    auto sameAsACheckWithACentreAt = [&](double x, double y, const char* where) {
        test::expectSameVerdicts(
            live,
            CoverageCheck::run(withCentre(p, x, y), rules, QStringLiteral("county")).results[0],
            where);
    };

    // A proposal on 西县's road, 1 km before 乙村: 乙村 within (1 min), 东县 unchanged.
    const int id = live.addFacility(7000, 1000);
    EXPECT_NEAR(live.minutesOf(1), 1.0, 1e-9);
    EXPECT_TRUE(live.verdict(0).pass);
    EXPECT_EQ(live.stats(0).covered, 2);
    EXPECT_EQ(live.unitAt(7000, 1000), 0);
    // Dragged onto 东县's road at x = 15 km: 丙村 2 min, 丁村 3 min; 乙村 falls back to 7.
    std::vector<int> changed = live.moveFacility(id, 15000, 5000);
    EXPECT_EQ(changed, (std::vector<int>{0, 1}));
    EXPECT_TRUE(live.verdict(1).pass);
    EXPECT_NEAR(live.minutesOf(3), 3.0, 1e-9);
    sameAsACheckWithACentreAt(15000, 5000, "on 东县's road");
    // 4 km north of that road: joined to it by a 12-minute access leg, so both villages
    // are beyond 5 min but no longer unreachable.
    changed = live.moveFacility(id, 15000, 9000);
    EXPECT_EQ(changed, (std::vector<int>{1}));
    EXPECT_EQ(live.verdict(1).gap, QStringLiteral("2 villages beyond 5 min"));
    EXPECT_NEAR(live.minutesOf(2), 14.0, 1e-9);
    sameAsACheckWithACentreAt(15000, 9000, "north of 东县's road");
    // Back into 西县, off its road: no 东县 village comes within the time or leaves it,
    // but they are unreachable again, so 东县 is named as changed.
    changed = live.moveFacility(id, 5000, 3000);
    EXPECT_EQ(changed, (std::vector<int>{1}));
    EXPECT_EQ(live.verdict(1).gap,
              QStringLiteral("2 villages beyond 5 min (2 unreachable by road)"));
    sameAsACheckWithACentreAt(5000, 3000, "back in 西县");
    // The reach drawn: joined to 西县's road at (5, 1) km by 2 km at 20 km/h, 6 min, it
    // reaches no road within 5 min.
    EXPECT_TRUE(live.reachLines(id).empty());
    // 500 m off the road: 1.5 min, then 3.5 km each way along it.
    live.moveFacility(id, 5000, 1500);
    double km2 = 0;
    for (const auto& line : live.reachLines(id))
        for (std::size_t i = 0; i + 1 < line.size(); ++i)
            km2 += std::hypot(line[i + 1].x - line[i].x, line[i + 1].y - line[i].y) / 1000;
    EXPECT_NEAR(km2, 7.0, 1e-6);
}

TEST(LiveServiceTime, LeavingOutTheDraggedCentre)
{
    // The only health centre left out: every village unreachable; put back at its place,
    // the verdicts are the check's.
    const LoadedProject p = twoCounties();
    const QJsonObject rule = fiveMinutes();
    const RulesFile rules =
        rulesWith(rule, {{QStringLiteral("county"), QStringLiteral("counties")}});
    const CoverageCheck before = CoverageCheck::run(p, rules, QStringLiteral("county"));
    const qint64 fid = p.layer(QStringLiteral("facilities"))->data->fid(1);
    ASSERT_NE(fid, 0); // 0 means "none left out"
    LiveServiceTime live(p, before.units, rule, fid);
    EXPECT_TRUE(live.leftOut());
    EXPECT_EQ(live.verdict(0).gap,
              QStringLiteral("2 villages beyond 5 min (2 unreachable by road)"));
    test::expectSameVerdicts(
        live, CoverageCheck::run(without(p, fid), rules, QStringLiteral("county")).results[0],
        "left out");
    live.addFacility(1000, 1000);
    test::expectSameVerdicts(live, before.results[0], "put back");
}

TEST(LiveServiceTime, TheFactoryFollowsBothKinds)
{
    const LoadedProject p = twoCounties();
    QJsonObject rule = fiveMinutes();
    const CoverageCheck before = CoverageCheck::run(
        p, rulesWith(rule, {{QStringLiteral("county"), QStringLiteral("counties")}}),
        QStringLiteral("county"));
    LiveNetworkCache cache;
    const auto time = makeLiveCoverage(p, before.units, rule, 0, &cache);
    EXPECT_EQ(time->reachText(), QStringLiteral("5 min"));
    EXPECT_EQ(time->reachRadiusMetres(), 0);
    // The cached graph is reused for the same road data.
    const auto again = makeLiveCoverage(p, before.units, rule, 0, &cache);
    EXPECT_EQ(&dynamic_cast<LiveServiceTime&>(*time).network(),
              &dynamic_cast<LiveServiceTime&>(*again).network());
    rule[QStringLiteral("kind")] = QStringLiteral("service-radius");
    rule[QStringLiteral("radiusKm")] = 4;
    EXPECT_EQ(makeLiveCoverage(p, before.units, rule, 0, nullptr)->reachRadiusMetres(), 4000);
    EXPECT_TRUE(followsLive(QStringLiteral("service-time")));
    EXPECT_FALSE(followsLive(QStringLiteral("ratio")));
    rule[QStringLiteral("kind")] = QStringLiteral("ratio");
    EXPECT_THROW(makeLiveCoverage(p, before.units, rule, 0, nullptr), Error);
}

TEST(LiveServiceTime, RandomDragsOnTheDemoRoadsAgreeWithAFreshCheck)
{
    const LoadedProject project = scenario::currentState(openProjectOrDataset(
        test::demo(QStringLiteral("xingtai-2021.worksmap.json")), test::shippedRoles()));
    const RulesFile demoRules = RulesFile::load(test::demo(QStringLiteral("rules.json")));
    QJsonObject rule;
    for (const QJsonValue& r : demoRules.toJson().value(QStringLiteral("rules")).toArray())
        if (r.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("service-time"))
            rule = r.toObject();
    ASSERT_FALSE(rule.isEmpty()) << "the demo has a service-time rule";
    QJsonObject json = demoRules.toJson();
    json[QStringLiteral("rules")] = QJsonArray{rule};
    const RulesFile rules = RulesFile::fromJson(json, QStringLiteral("live.json"));
    const CoverageCheck before = CoverageCheck::run(project, rules, QStringLiteral("county"));

    LiveServiceTime live(project, before.units, rule);
    test::expectSameVerdicts(live, before.results[0], "before");
    const Extent area = project.layer(QStringLiteral("counties"))->data->extent();
    std::mt19937_64 engine(150407);
    std::uniform_real_distribution<double> alongX(area.xMin, area.xMax),
        alongY(area.yMin, area.yMax);
    std::uniform_real_distribution<double> step(-8000, 8000);
    double x = alongX(engine), y = alongY(engine);
    const int id = live.addFacility(x, y);
    int moves = 0, failing = 0, changedUnits = 0;
    for (int k = 0; k < 8; ++k) {
        if (k % 3 == 2) {
            x = alongX(engine);
            y = alongY(engine);
        } else {
            x += step(engine);
            y += step(engine);
        }
        changedUnits += int(live.moveFacility(id, x, y).size());
        test::expectSameVerdicts(
            live,
            CoverageCheck::run(withCentre(project, x, y), rules, QStringLiteral("county"))
                .results[0],
            "move " + std::to_string(k));
        ++moves;
        for (int u = 0; u < before.units.size(); ++u)
            failing += live.verdict(u).pass ? 0 : 1;
    }
    EXPECT_EQ(moves, 8);
    EXPECT_GT(failing, 0);
    EXPECT_GT(changedUnits, 0);
}

TEST(CoverageComparison, StraightLineAgainstRoadsByHand)
{
    // The two counties with 戊村 added 3.5 km north of the health centre, off every road
    // (joined to 西县's road by a 3.5 km leg at 20 km/h: 10.5 min). Within 5 km straight
    // and 8 minutes by road: 甲村 (3 km, 3.6 min) both; 戊村 (3.5 km, 10.5 min) beyond by
    // road only; 乙村 (7 km, 7 min) beyond the line only; 丙村 and 丁村 (12 and 17 km,
    // unreachable) beyond both.
    LoadedProject p = twoCounties();
    for (LoadedLayer& l : p.layers)
        if (l.entry.id == QLatin1String("villages"))
            l = test::loadedLayer(
                QStringLiteral("villages"), QStringLiteral("village"),
                test::makeLayer(GeometryKind::Point, {QStringLiteral("name")},
                                {{"POINT (4000 1200)", {QStringLiteral("甲村")}},
                                 {"POINT (8000 1000)", {QStringLiteral("乙村")}},
                                 {"POINT (13000 5000)", {QStringLiteral("丙村")}},
                                 {"POINT (18000 5000)", {QStringLiteral("丁村")}},
                                 {"POINT (1000 4500)", {QStringLiteral("戊村")}}}));
    QJsonObject time = fiveMinutes();
    time[QStringLiteral("minutes")] = 8;
    const QJsonObject radius{{QStringLiteral("id"), QStringLiteral("r")},
                             {QStringLiteral("kind"), QStringLiteral("service-radius")},
                             {QStringLiteral("villages"), QStringLiteral("villages")},
                             {QStringLiteral("facilities"), QStringLiteral("facilities")},
                             {QStringLiteral("filter"), QStringLiteral("kind = health_centre")},
                             {QStringLiteral("radiusKm"), 5}};
    const RulesFile rules =
        RulesFile::fromJson({{QStringLiteral("units"),
                              QJsonObject{{QStringLiteral("county"), QStringLiteral("counties")}}},
                             {QStringLiteral("rules"), QJsonArray{radius, time}}},
                            QStringLiteral("compare.json"));
    const CoverageCheck check = CoverageCheck::run(p, rules, QStringLiteral("county"));
    const std::vector<CoverageComparison> c = compareRadiusAndTime(rules, check, p);
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].radiusRule, QStringLiteral("r"));
    EXPECT_EQ(c[0].timeRule, QStringLiteral("t"));
    EXPECT_EQ(c[0].network, QStringLiteral("roads"));
    using A = CoverageAgreement;
    EXPECT_EQ(c[0].perVillage, (std::vector<A>{A::WithinBoth, A::BeyondLineOnly, A::BeyondBoth,
                                               A::BeyondBoth, A::BeyondByRoadOnly}));
    EXPECT_EQ(c[0].counts, (std::array<int, 4>{1, 1, 1, 2}));

    // A radius rule on other facilities is no pair.
    QJsonObject other = radius;
    other[QStringLiteral("filter")] = QStringLiteral("kind = school");
    const RulesFile unpaired =
        RulesFile::fromJson({{QStringLiteral("units"),
                              QJsonObject{{QStringLiteral("county"), QStringLiteral("counties")}}},
                             {QStringLiteral("rules"), QJsonArray{other, time}}},
                            QStringLiteral("compare.json"));
    EXPECT_TRUE(
        compareRadiusAndTime(unpaired, CoverageCheck::run(p, unpaired, QStringLiteral("county")), p)
            .empty());
}
