// The live service radius against a fresh check: on the Xingtai demo a health centre is
// dragged to random (seeded) places, and after every move each unit's live verdict must
// equal what CoverageCheck::run (what `worksmap-cli check` runs) gives on the moved data:
// value, verdict and gap text, "km² uncovered" included.

#include "analysis/coverage_check.h"
#include "analysis/live_service_radius.h"
#include "analysis/rule_registry.h"
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

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace wm;

namespace {

/// `project` with feature `fid` of layer `layerId` moved to (x, y).
LoadedProject moved(const LoadedProject& project, const QString& layerId, qint64 fid, double x,
                    double y)
{
    LoadedProject out = project;
    for (LoadedLayer& l : out.layers) {
        if (l.entry.id != layerId)
            continue;
        const Layer& from = *l.data;
        std::shared_ptr<Layer> to = from.emptyCopy();
        for (qsizetype i = 0; i < from.featureCount(); ++i) {
            const qsizetype row = to->attributes.appendRow();
            for (int c = 0; c < from.attributes.fieldCount(); ++c)
                setTableValue(to->attributes, row, c, from.attributes.value(i, c));
            to->addFeature(from.fid(i),
                           from.fid(i) == fid
                               ? GeomPtr(GEOSGeom_createPointFromXY_r(geosContext(), x, y))
                               : cloneGeometry(from.geometry(i)));
        }
        to->buildIndex();
        l.data = to;
    }
    return out;
}

struct Case {
    const char* level;
    QJsonObject rule;
};

void dragAndCompare(const Case& test, int moves)
{
    const LoadedProject project = scenario::currentState(openProjectOrDataset(
        test::demo(QStringLiteral("xingtai-2021.worksmap.json")), test::shippedRoles()));
    const RulesFile demoRules = RulesFile::load(test::demo(QStringLiteral("rules.json")));
    QJsonObject json = demoRules.toJson();
    json[QStringLiteral("rules")] = QJsonArray{test.rule};
    const RulesFile rules = RulesFile::fromJson(json, QStringLiteral("live.json"));
    const QString level = QString::fromLatin1(test.level);
    const CoverageCheck before = CoverageCheck::run(project, rules, level);

    const Layer& facilities = *project.layer(QStringLiteral("facilities"))->data;
    const std::vector<std::uint8_t> centres =
        FeatureFilter::parse(test.rule.value(QStringLiteral("filter")).toString())
            .matchAll(facilities);
    std::vector<qsizetype> candidates;
    for (qsizetype i = 0; i < facilities.featureCount(); ++i)
        if (centres[std::size_t(i)])
            candidates.push_back(i);
    ASSERT_GT(candidates.size(), 5u);

    std::mt19937_64 engine(140304);
    const qsizetype dragged = candidates[engine() % candidates.size()];
    const qint64 fid = facilities.fid(dragged);
    LiveServiceRadius live(project, before.units, test.rule, fid);
    ASSERT_TRUE(live.leftOut());
    double x = 0, y = 0;
    GEOSGeomGetX_r(geosContext(), facilities.geometry(dragged), &x);
    GEOSGeomGetY_r(geosContext(), facilities.geometry(dragged), &y);
    const int id = live.addFacility(x, y);
    test::expectSameVerdicts(live, before.results[0], "before");

    const Extent area = project.layer(QStringLiteral("counties"))->data->extent();
    std::uniform_real_distribution<double> alongX(area.xMin, area.xMax),
        alongY(area.yMin, area.yMax);
    std::uniform_real_distribution<double> step(-15000, 15000);
    int failing = 0, withArea = 0;
    std::vector<UnitVerdict> last;
    for (int u = 0; u < before.units.size(); ++u)
        last.push_back(live.verdict(u));
    for (int k = 0; k < moves; ++k) {
        // Mostly drags near the last place (what a planner does), now and then a jump.
        if (k % 4 == 3) {
            x = alongX(engine);
            y = alongY(engine);
        } else {
            x += step(engine);
            y += step(engine);
        }
        const std::vector<int> changed = live.moveFacility(id, x, y);
        const CoverageCheck after = CoverageCheck::run(
            moved(project, QStringLiteral("facilities"), fid, x, y), rules, level);
        test::expectSameVerdicts(live, after.results[0], "move " + std::to_string(k));
        // A unit the move did not name kept its verdict: the panel may skip it.
        for (int u = 0; u < before.units.size(); ++u) {
            const UnitVerdict v = live.verdict(u);
            if (!std::binary_search(changed.begin(), changed.end(), u)) {
                EXPECT_EQ(v.gap, last[std::size_t(u)].gap) << "move " << k << ", unit " << u;
                EXPECT_EQ(v.pass, last[std::size_t(u)].pass) << "move " << k << ", unit " << u;
            }
            last[std::size_t(u)] = v;
            failing += v.applicable && !v.pass ? 1 : 0;
            withArea += v.gap.contains(QStringLiteral("km² uncovered")) ? 1 : 0;
        }
    }
    // The comparison saw failing units (and, at county level, uncovered areas).
    EXPECT_GT(failing, 0);
    if (level == QLatin1String("county")) {
        EXPECT_GT(withArea, 0);
    }
}

/// A service-radius rule on the demo's villages and health centres.
QJsonObject careRule(const QString& id, double radiusKm)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), QStringLiteral("service-radius")},
            {QStringLiteral("villages"), QStringLiteral("villages")},
            {QStringLiteral("facilities"), QStringLiteral("facilities")},
            {QStringLiteral("filter"), QStringLiteral("kind = health_centre")},
            {QStringLiteral("radiusKm"), radiusKm}};
}

} // namespace

TEST(LiveServiceRadius, RandomDragsAgreeWithAFreshCheckPerCounty)
{
    // 5 km around health centres, placed by position: counties fail with uncovered area.
    QJsonObject rule = careRule(QStringLiteral("care_5km"), 5);
    rule[QStringLiteral("minShare")] = 0.9;
    dragAndCompare({"county", rule}, 16);
}

TEST(LiveServiceRadius, RandomDragsAgreeWithAFreshCheckPerTownship)
{
    // The demo's rule as written (placed by village code, the spec's default minShare 1).
    QJsonObject rule = careRule(QStringLiteral("care_within_10km"), 10);
    rule[QStringLiteral("codeField")] = QStringLiteral("code");
    dragAndCompare({"township", rule}, 12);
}

TEST(LiveServiceRadius, ParametersComeFromTheRuleOrItsSpec)
{
    // Left out: radiusKm and minShare take the spec's defaults (3 km, 1).
    const ServiceRadiusParameters p =
        ServiceRadiusParameters::read({{QStringLiteral("id"), QStringLiteral("r")},
                                       {QStringLiteral("kind"), QStringLiteral("service-radius")},
                                       {QStringLiteral("villages"), QStringLiteral("v")},
                                       {QStringLiteral("facilities"), QStringLiteral("f")}});
    const RuleSpec* spec = RuleRegistry::instance().spec(QStringLiteral("service-radius"));
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(p.radiusKm, spec->parameter(QStringLiteral("radiusKm"))->defaultValue.toDouble());
    EXPECT_EQ(p.minShare, spec->parameter(QStringLiteral("minShare"))->defaultValue.toDouble());
    EXPECT_TRUE(p.filter.isEmpty());
    EXPECT_THROW(
        ServiceRadiusParameters::read({{QStringLiteral("filter"), QStringLiteral("kind")}}), Error);
}

TEST(LiveServiceRadius, TheVerdictTextIsTheRules)
{
    UnitVerdict v;
    serviceRadiusVerdict(v, 10, 3, 2.5, 0.8, 12.345);
    EXPECT_FALSE(v.pass);
    EXPECT_DOUBLE_EQ(v.value, 0.7);
    EXPECT_EQ(v.gap, QStringLiteral("3 villages beyond 2.5 km (12.3 km² uncovered)"));
    serviceRadiusVerdict(v, 10, 2, 2.5, 0.8, 12.345);
    EXPECT_TRUE(v.pass); // 0.8 + 1e-12 >= 0.8
    EXPECT_EQ(v.gap, QString());
    serviceRadiusVerdict(v, 0, 0, 3, 1, std::nan(""));
    EXPECT_FALSE(v.applicable);
    EXPECT_TRUE(v.pass);
    EXPECT_TRUE(std::isnan(v.value));
    serviceRadiusVerdict(v, 4, 4, 3, 1, std::nan("")); // township level: no area
    EXPECT_EQ(v.gap, QStringLiteral("4 villages beyond 3 km"));
}
