// The one decision of what an output shows of the works layers under a scenario view, on a
// hand-made project whose features are listed in the fixture's comment.
#include "core/layer.h"
#include "core/loaded_project.h"
#include "render/legend.h"
#include "render/page_content.h"
#include "render/scenario_view.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {

/// Two 10 km squares (130501 西县, 130502 东县); four facilities: 0 existing, 1 and 3
/// proposed by "2022 plan" (3 spelled " 2022 PLAN "), 2 proposed by "option B"; one
/// village layer without a scenario column. Project order: counties, villages, facilities.
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
        QStringLiteral("villages"), QStringLiteral("village"),
        test::makeLayer(GeometryKind::Point, {QStringLiteral("code"), QStringLiteral("name")},
                        {{"POINT (1000 4000)", {"130501100001", "甲"}},
                         {"POINT (15000 5000)", {"130502100001", "丁"}}}));
    p.layers << test::loadedLayer(
        QStringLiteral("facilities"), QStringLiteral("facility"),
        test::makeLayer(
            GeometryKind::Point,
            {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("scenario")},
            {{"POINT (1000 1000)", {"clinic", "existing", ""}},
             {"POINT (8000 7000)", {"clinic", "plan A", "2022 plan"}},
             {"POINT (15000 4000)", {"clinic", "plan B", "option B"}},
             {"POINT (9000 9000)", {"kindergarten", "plan A kg", " 2022 PLAN "}}}));
    for (const LoadedLayer& l : p.layers)
        p.extent.include(l.data->extent());
    return p;
}

const RenderLayer& layerOf(const std::vector<RenderLayer>& layers, const char* id)
{
    for (const RenderLayer& r : layers)
        if (r.id == QLatin1String(id))
            return r;
    throw std::runtime_error(id);
}

using Flags = std::vector<char>;

} // namespace

TEST(ScenarioView, TakesExactlyTheFeaturesOfTheView)
{
    const LoadedProject p = fixture();
    const QVector<Style> styles(3);

    // What exists: the existing clinic only, nothing proposed.
    auto layers = scenarioRenderLayers(p, styles, {});
    ASSERT_EQ(layers.size(), 3u);
    EXPECT_EQ(layerOf(layers, "facilities").shown, (Flags{1, 0, 0, 0}));
    EXPECT_EQ(layerOf(layers, "facilities").proposed, (Flags{0, 0, 0, 0}));
    EXPECT_FALSE(drawsProposals(layers));
    // Layers without a scenario column are drawn whole, with no flags.
    EXPECT_TRUE(layerOf(layers, "villages").shown.empty());
    EXPECT_TRUE(layerOf(layers, "counties").proposed.empty());

    // Existing and "2022 plan" (either spelling), the plan's two as proposals.
    layers = scenarioRenderLayers(p, styles, {scenario::View::Both, QStringLiteral("2022 plan")});
    EXPECT_EQ(layerOf(layers, "facilities").shown, (Flags{1, 1, 0, 1}));
    EXPECT_EQ(layerOf(layers, "facilities").proposed, (Flags{0, 1, 0, 1}));
    EXPECT_TRUE(drawsProposals(layers));

    // "option B" alone: its one clinic, a proposal; the other plan never shows.
    layers =
        scenarioRenderLayers(p, styles, {scenario::View::Proposed, QStringLiteral("option B")});
    EXPECT_EQ(layerOf(layers, "facilities").shown, (Flags{0, 0, 1, 0}));
    EXPECT_EQ(layerOf(layers, "facilities").proposed, (Flags{0, 0, 1, 0}));

    // The current view of a named scenario is what exists.
    layers = scenarioRenderLayers(p, styles, {scenario::View::Current, QStringLiteral("option B")});
    EXPECT_EQ(layerOf(layers, "facilities").shown, (Flags{1, 0, 0, 0}));
    EXPECT_FALSE(drawsProposals(layers));
}

TEST(ScenarioView, ChecksSeeWhatExistsPlusTheScenario)
{
    const LoadedProject p = fixture();
    EXPECT_EQ(projectForChecks(p, {}).layers[2].data->featureCount(), 1);
    const LoadedProject both =
        projectForChecks(p, {scenario::View::Both, QStringLiteral("2022 plan")});
    ASSERT_EQ(both.layers[2].data->featureCount(), 3);
    EXPECT_EQ(both.layers[2].data->fid(2), 3);
    // A proposals-only view is checked as the plan's result, not proposals alone.
    EXPECT_EQ(projectForChecks(p, {scenario::View::Proposed, QStringLiteral("option B")})
                  .layers[2]
                  .data->featureCount(),
              2);
}

TEST(ScenarioView, PageLegendNamesProposalsAndTheFallbackColour)
{
    const LoadedProject p = fixture();
    QVector<Style> styles(3);
    // Facilities categorized by kind with a class for clinics only: the kindergarten of
    // "2022 plan" falls to the fallback symbol.
    Style& byKind = styles[2];
    byKind.type = StyleType::Categorized;
    byKind.field = QStringLiteral("kind");
    byKind.categories = {{QStringLiteral("clinic"), QStringLiteral("卫生室"), Symbol()}};
    const PageTemplate page;

    const PageContent current =
        projectPageContent(p, styles, page, QStringLiteral("t"), {}, {}, {});
    ASSERT_EQ(current.legend.size(), 3u);          // facilities, villages, counties: top first
    EXPECT_EQ(current.legend[0].items.size(), 1u); // the clinic only: no fallback drawn
    EXPECT_FALSE(current.notes.contains(QStringLiteral("2022 plan")));

    const ScenarioView plan{scenario::View::Both, QStringLiteral("2022 plan")};
    const PageContent withPlan =
        projectPageContent(p, styles, page, QStringLiteral("t"), {}, {}, plan);
    ASSERT_EQ(withPlan.legend.size(), 4u);
    // The proposal entry first, a dashed ring in the proposal colour.
    EXPECT_TRUE(withPlan.legend[0].title.contains(QStringLiteral("2022 plan")));
    ASSERT_EQ(withPlan.legend[0].items.size(), 1u);
    EXPECT_EQ(withPlan.legend[0].items[0].symbol.dash, Qt::DashLine);
    EXPECT_EQ(withPlan.legend[0].items[0].symbol.stroke, proposalColor());
    // The facilities now show the kindergarten in the fallback colour: its legend line.
    ASSERT_EQ(withPlan.legend[1].items.size(), 2u);
    EXPECT_EQ(withPlan.legend[1].items[1].symbol, byKind.symbol);
    EXPECT_TRUE(withPlan.notes.contains(QStringLiteral("2022 plan")));
    EXPECT_EQ(layerOf(withPlan.layers, "facilities").proposed, (Flags{0, 1, 0, 1}));
}

TEST(ScenarioView, LegendListsTheFallbackOnlyWhenAShownFeatureGetsIt)
{
    // A coverage choropleth: two units with a value, one without (drawn grey).
    auto units = test::makeLayer(GeometryKind::Polygon,
                                 {QStringLiteral("name"), QStringLiteral("population")},
                                 {{"POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", {"a", "10"}},
                                  {"POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))", {"b", "30"}},
                                  {"POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))", {"c", ""}}});
    Style s;
    s.type = StyleType::Graduated;
    s.field = QStringLiteral("population");
    GraduatedClass low, high;
    low.lower = 0, low.upper = 20, low.label = QStringLiteral("0–20");
    high.lower = 20, high.upper = 40, high.label = QStringLiteral("20–40");
    s.classes = {low, high};
    EXPECT_EQ(legendItems(s, *units, {}).size(), 3u);
    EXPECT_EQ(legendItems(s, *units, {}).back().symbol, s.symbol);
    // With unit c not drawn, grey means nothing on the map: no line for it.
    EXPECT_EQ(legendItems(s, *units, Flags{1, 1, 0}).size(), 2u);
}
