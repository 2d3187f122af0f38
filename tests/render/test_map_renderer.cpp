#include "core/geos_context.h"
#include "core/layer.h"
#include "render/label_engine.h"
#include "render/map_renderer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <gtest/gtest.h>

#include <memory>
#include <random>

using namespace wm;

namespace {

/// A layer made by hand: WKT geometries in a metric CRS, one text field "kind", one
/// number field "n".
std::shared_ptr<Layer> layerOf(GeometryKind kind,
                               const std::vector<std::tuple<const char*, QString, double>>& rows)
{
    auto layer = std::make_shared<Layer>();
    layer->kind = kind;
    layer->attributes.setFields({{QStringLiteral("kind"), FieldType::String, QString()},
                                 {QStringLiteral("n"), FieldType::Real, QString()}});
    qint64 fid = 0;
    for (const auto& [wkt, kindValue, n] : rows) {
        const qsizetype r = layer->attributes.appendRow();
        layer->attributes.setString(r, 0, kindValue);
        layer->attributes.setReal(r, 1, n);
        layer->addFeature(fid++, GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkt)));
    }
    layer->buildIndex();
    return layer;
}

MapSettings settings100(const Extent& extent = Extent::of(0, 0, 100, 100))
{
    MapSettings s;
    s.extent = extent;
    s.size = QSize(100, 100);
    return s;
}

Symbol filled(const QColor& c, MarkerShape shape = MarkerShape::Square, double size = 6)
{
    Symbol s;
    s.fill = c;
    s.stroke = c;
    s.strokeWidth = 0;
    s.shape = shape;
    s.size = size;
    return s;
}

} // namespace

TEST(MapSettings, ScaleAndTransform)
{
    MapSettings s = settings100(Extent::of(0, 0, 1000, 1000));
    // 1000 m over 100 px = 10 m per pixel; at 96 dpi a pixel is 0.0254/96 m on screen.
    EXPECT_DOUBLE_EQ(s.mapUnitsPerPixel(), 10.0);
    EXPECT_NEAR(s.scaleDenominator(), 10.0 * 96 / 0.0254, 1e-6);
    EXPECT_EQ(s.worldToPixel().map(QPointF(0, 1000)), QPointF(0, 0));     // top-left
    EXPECT_EQ(s.worldToPixel().map(QPointF(1000, 0)), QPointF(100, 100)); // bottom-right
    // A wide extent in a square output: widened vertically, centred.
    s.extent = Extent::of(0, 0, 200, 100);
    EXPECT_EQ(s.visibleExtent(), Extent::of(0, -50, 200, 150));
    const Extent e = s.extentForScale(500, 500, 37795.275590551);
    EXPECT_NEAR(e.width(), 1000.0, 1e-6);
}

TEST(MapRenderer, FillsAPolygonWithItsColourAtTheCentroid)
{
    auto layer =
        layerOf(GeometryKind::Polygon, {{"POLYGON ((20 20, 80 20, 80 80, 20 80, 20 20))", "a", 1}});
    Style style;
    style.symbol = filled(QColor(200, 30, 40));
    const QImage image = MapRenderer(settings100(), {{QStringLiteral("p"), layer, style, 1.0, {}}})
                             .renderImage(Qt::white);
    EXPECT_EQ(image.pixelColor(50, 50), QColor(200, 30, 40));
    EXPECT_EQ(image.pixelColor(5, 5), QColor(Qt::white));
}

TEST(MapRenderer, DrawsAPointMarkerAtItsProjectedPixel)
{
    // World (30, 70) → pixel (30, 30) (y flips).
    auto layer = layerOf(GeometryKind::Point, {{"POINT (30 70)", "a", 1}});
    Style style;
    style.symbol = filled(QColor(0, 0, 255), MarkerShape::Square, 8);
    const QImage image = MapRenderer(settings100(), {{QStringLiteral("p"), layer, style, 1.0, {}}})
                             .renderImage(Qt::white);
    EXPECT_EQ(image.pixelColor(30, 30), QColor(0, 0, 255));
    EXPECT_EQ(image.pixelColor(30, 70), QColor(Qt::white));
    EXPECT_EQ(image.pixelColor(40, 30), QColor(Qt::white)); // 8 px wide: not 10 px away
}

TEST(MapRenderer, ColoursEachCategoryAndOtherValues)
{
    auto layer = layerOf(GeometryKind::Point, {{"POINT (20 50)", "clinic", 1},
                                               {"POINT (50 50)", "kindergarten", 1},
                                               {"POINT (80 50)", "unknown kind", 1}});
    Style style;
    style.type = StyleType::Categorized;
    style.field = QStringLiteral("kind");
    style.symbol = filled(QColor(128, 128, 128));
    style.categories = {
        {QStringLiteral("clinic"), QStringLiteral("村卫生室"), filled(QColor(255, 0, 0))},
        {QStringLiteral("kindergarten"), QStringLiteral("幼儿园"), filled(QColor(0, 160, 0))}};
    const QImage image = MapRenderer(settings100(), {{QStringLiteral("p"), layer, style, 1.0, {}}})
                             .renderImage(Qt::white);
    EXPECT_EQ(image.pixelColor(20, 50), QColor(255, 0, 0));
    EXPECT_EQ(image.pixelColor(50, 50), QColor(0, 160, 0));
    EXPECT_EQ(image.pixelColor(80, 50), QColor(128, 128, 128));
}

TEST(MapRenderer, GraduatedClassesPickTheRightSymbol)
{
    auto layer = layerOf(GeometryKind::Point, {{"POINT (10 10)", "", 1},
                                               {"POINT (20 20)", "", 2},
                                               {"POINT (30 30)", "", 10},
                                               {"POINT (40 40)", "", 11}});
    Style style;
    style.type = StyleType::Graduated;
    style.field = QStringLiteral("n");
    style.classCount = 2;
    style.method = ClassMethod::NaturalBreaks;
    style.classify(*layer);
    ASSERT_EQ(style.classes.size(), 2);
    EXPECT_DOUBLE_EQ(style.classes[0].lower, 1);
    EXPECT_DOUBLE_EQ(style.classes[0].upper, 2);
    EXPECT_DOUBLE_EQ(style.classes[1].upper, 11);
    const SymbolResolver r(style, *layer);
    EXPECT_EQ(r.symbolIndex(0), 1);
    EXPECT_EQ(r.symbolIndex(1), 1);
    EXPECT_EQ(r.symbolIndex(2), 2);
    EXPECT_EQ(r.symbolIndex(3), 2);
    // The ramp runs from its start colour to its end colour.
    EXPECT_EQ(style.classes[0].symbol.fill, style.rampStart);
    EXPECT_EQ(style.classes[1].symbol.fill.name(), style.rampEnd.name());
}

TEST(MapRenderer, HidesALayerOutsideItsScaleRange)
{
    auto layer =
        layerOf(GeometryKind::Polygon, {{"POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))", "a", 1}});
    Style style;
    style.symbol = filled(QColor(200, 30, 40));
    style.minScale = 1000; // only when zoomed in beyond 1:1000; this view is ~1:3780
    const QImage image = MapRenderer(settings100(), {{QStringLiteral("p"), layer, style, 1.0, {}}})
                             .renderImage(Qt::white);
    EXPECT_EQ(image.pixelColor(50, 50), QColor(Qt::white));
}

TEST(MapRenderer, MergesPointsOnOnePixelAndCanBeCancelled)
{
    auto layer =
        layerOf(GeometryKind::Point,
                {{"POINT (50 50)", "", 1}, {"POINT (50.2 49.8)", "", 1}, {"POINT (10 10)", "", 1}});
    Style style;
    RenderStats stats;
    MapRenderer(settings100(), {{QStringLiteral("p"), layer, style, 1.0, {}}})
        .renderImage(Qt::white, nullptr, &stats);
    EXPECT_EQ(stats.featuresDrawn, 2);
    EXPECT_EQ(stats.pointsMerged, 1);

    std::vector<std::tuple<const char*, QString, double>> many(5000, {"POINT (1 1)", "", 1});
    auto big = layerOf(GeometryKind::Point, many);
    std::atomic<bool> cancel = true;
    MapRenderer(settings100(), {{QStringLiteral("p"), big, style, 1.0, {}}})
        .renderImage(Qt::white, &cancel, &stats);
    EXPECT_TRUE(stats.cancelled);
}

TEST(LabelEngine, OverlappingCandidatesGiveOneLabel)
{
    QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    LabelSettings s;
    s.text = QStringLiteral("name");
    LabelEngine engine;
    engine.add(QStringLiteral("巨鹿县"), QPointF(100, 50), s, LabelEngine::Anchor::Centre);
    engine.add(QStringLiteral("平乡县"), QPointF(104, 52), s, LabelEngine::Anchor::Centre);
    EXPECT_EQ(engine.placeAndDraw(painter, QRectF(0, 0, 200, 100), 1.0), 1);

    // Far apart: both are placed, and their boxes do not overlap.
    engine.add(QStringLiteral("巨鹿县"), QPointF(40, 50), s, LabelEngine::Anchor::Centre);
    engine.add(QStringLiteral("平乡县"), QPointF(160, 50), s, LabelEngine::Anchor::Centre);
    EXPECT_EQ(engine.placeAndDraw(painter, QRectF(0, 0, 200, 100), 1.0), 2);
    EXPECT_FALSE(engine.placedBoxes()[0].intersects(engine.placedBoxes()[1]));
}

TEST(LabelEngine, HigherPriorityWinsAndPointLabelsMoveAside)
{
    QImage image(200, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    LabelSettings low, high;
    low.priority = 1;
    high.priority = 9;
    LabelEngine engine;
    engine.add(QStringLiteral("低"), QPointF(100, 50), low, LabelEngine::Anchor::Centre);
    engine.add(QStringLiteral("高"), QPointF(100, 50), high, LabelEngine::Anchor::Centre);
    EXPECT_EQ(engine.placeAndDraw(painter, QRectF(0, 0, 200, 100), 1.0), 1);
    ASSERT_EQ(engine.placedBoxes().size(), 1u);

    // A point label blocked on the right goes above instead of being dropped.
    engine.add(QStringLiteral("右边"), QPointF(62, 50), high, LabelEngine::Anchor::Centre);
    engine.add(QStringLiteral("点"), QPointF(40, 50), low, LabelEngine::Anchor::Point, 3);
    EXPECT_EQ(engine.placeAndDraw(painter, QRectF(0, 0, 200, 100), 1.0), 2);
    EXPECT_LT(engine.placedBoxes()[1].bottom(), 50.0); // above the point
}

TEST(MapRenderer, LabelTemplates)
{
    auto layer = layerOf(GeometryKind::Point, {{"POINT (1 1)", "clinic", 120}});
    EXPECT_EQ(labelText(QStringLiteral("kind"), *layer, 0), QStringLiteral("clinic"));
    EXPECT_EQ(labelText(QStringLiteral("{kind}: {n}个"), *layer, 0),
              QStringLiteral("clinic: 120个"));
    EXPECT_EQ(labelText(QStringLiteral("missing"), *layer, 0), QString());
    // Alternatives: the first field present and not empty.
    EXPECT_EQ(labelText(QStringLiteral("{current|kind}"), *layer, 0), QStringLiteral("clinic"));
    EXPECT_EQ(labelText(QStringLiteral("{n|kind}"), *layer, 0), QStringLiteral("120"));
    auto empty = layerOf(GeometryKind::Point, {{"POINT (1 1)", "", 7}});
    EXPECT_EQ(labelText(QStringLiteral("{kind|n}"), *empty, 0), QStringLiteral("7"));
}

TEST(MapRenderer, DrawsVectorsOntoAnSvgDevice)
{
    auto polygons =
        layerOf(GeometryKind::Polygon, {{"POLYGON ((20 20, 80 20, 80 80, 20 80, 20 20))", "a", 1}});
    auto points = layerOf(GeometryKind::Point, {{"POINT (50 50)", "a", 1}});
    Style polygonStyle;
    polygonStyle.symbol = filled(QColor(200, 30, 40));
    polygonStyle.labels.text = QStringLiteral("kind");
    Style pointStyle;
    pointStyle.symbol = filled(QColor(0, 0, 255), MarkerShape::Triangle, 8);
    MapSettings s = settings100();
    s.vectorOutput = true;
    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(s.size);
    QPainter painter(&svg);
    const RenderStats stats =
        MapRenderer(s, {{QStringLiteral("p"), polygons, polygonStyle, 1.0, {}},
                        {QStringLiteral("q"), points, pointStyle, 1.0, {}}})
            .render(painter);
    painter.end();
    const QByteArray text = buffer.data();
    EXPECT_EQ(stats.featuresDrawn, 2);
    EXPECT_TRUE(text.contains("#c81e28")) << "polygon fill as a vector colour";
    EXPECT_TRUE(text.contains("#0000ff")) << "marker drawn as a shape, not an image";
    EXPECT_FALSE(text.contains("<image")) << "no raster markers in vector output";
}

TEST(MapRenderer, DenseLayersDrawnInBandsOnAllCoresLookAsDrawnOnOneThread)
{
    // 30,000 points and 25,000 lines: above the threshold for banded drawing. Markers
    // and lines straddle band edges; points repeat pixels.
    auto points = std::make_shared<Layer>();
    points->kind = GeometryKind::Point;
    points->attributes.setFields({{QStringLiteral("kind"), FieldType::String, QString()}});
    auto lines = std::make_shared<Layer>();
    lines->kind = GeometryKind::Line;
    lines->attributes.setFields({{QStringLiteral("kind"), FieldType::String, QString()}});
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(0, 1000);
    const QString kinds[] = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < 30000; ++i) {
        points->attributes.setString(points->attributes.appendRow(), 0, kinds[i % 3]);
        points->addPoint(i, u(rng), u(rng));
    }
    for (int i = 0; i < 25000; ++i) {
        const double x = u(rng), y = u(rng);
        const std::string wkt = "LINESTRING (" + std::to_string(x) + " " + std::to_string(y) +
                                ", " + std::to_string(x + 9) + " " + std::to_string(y + 14) + ", " +
                                std::to_string(x + 3) + " " + std::to_string(y + 30) + ")";
        lines->attributes.setString(lines->attributes.appendRow(), 0, kinds[i % 3]);
        lines->addFeature(i, GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkt.c_str())));
    }
    points->buildIndex();
    lines->buildIndex();
    Style byKind;
    byKind.type = StyleType::Categorized;
    byKind.field = QStringLiteral("kind");
    byKind.symbol = filled(Qt::gray, MarkerShape::Circle, 5);
    for (int k = 0; k < 3; ++k) {
        Symbol s = filled(QColor::fromHsv(k * 110, 200, 200), MarkerShape::Circle, 4 + k);
        s.stroke = QColor::fromHsv(k * 110, 255, 120);
        s.strokeWidth = 0.8 + k * 0.5;
        byKind.categories.push_back({kinds[k], kinds[k], s});
    }
    MapSettings settings;
    settings.extent = Extent::of(0, 0, 1000, 1000);
    settings.size = QSize(640, 480);
    const std::vector<RenderLayer> layers = {
        {QStringLiteral("lines"), lines, byKind, 0.8, {}, {}, {}, {}},
        {QStringLiteral("points"), points, byKind, 1.0, {}, {}, {}, {}}};

    MapRenderer one(settings, layers);
    one.setThreads(1);
    RenderStats s1, s2, s3;
    const QImage single = one.renderImage(Qt::white, nullptr, &s1);
    const MapRenderer banded(settings, layers);
    const QImage a = banded.renderImage(Qt::white, nullptr, &s2);
    const QImage b = banded.renderImage(Qt::white, nullptr, &s3);

    EXPECT_EQ(a, b); // deterministic
    int differing = 0, maxDelta = 0;
    for (int y = 0; y < single.height(); ++y)
        for (int x = 0; x < single.width(); ++x) {
            const QRgb p = single.pixel(x, y), q = a.pixel(x, y);
            const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                    std::abs(qBlue(p) - qBlue(q))});
            differing += d > 0;
            maxDelta = std::max(maxDelta, d);
        }
    // Bands draw on the target's own rows, nothing is composited: only antialiased edges
    // cut at a band's edge may round a level or two apart (measured: 110 of 307,200
    // pixels, by at most 2 of 255).
    EXPECT_LE(maxDelta, 3);
    EXPECT_LT(differing, single.width() * single.height() / 1000);
    EXPECT_EQ(s1.featuresDrawn, s2.featuresDrawn);
    EXPECT_EQ(s1.pointsMerged, s2.pointsMerged);
    EXPECT_EQ(s1.featuresCulled, s2.featuresCulled);
    EXPECT_GT(s1.pointsMerged, 0);
}

TEST(MapRenderer, HandsOverTheImageAfterEachLayerWithTheLayersDrawnSoFar)
{
    // A red square on the left, then a blue square on the right, labelled: after the first
    // layer the image has red and no blue; after the second both; labels only at the end.
    auto left =
        layerOf(GeometryKind::Polygon, {{"POLYGON ((10 10, 40 10, 40 90, 10 90, 10 10))", "a", 1}});
    auto right =
        layerOf(GeometryKind::Polygon, {{"POLYGON ((60 10, 90 10, 90 90, 60 90, 60 10))", "b", 2}});
    Style red, blue;
    red.symbol = filled(QColor(200, 0, 0));
    blue.symbol = filled(QColor(0, 0, 200));
    blue.labels.text = QStringLiteral("kind");
    blue.labels.size = 20;
    const MapRenderer renderer(settings100(),
                               {{QStringLiteral("left"), left, red, 1.0, {}, {}, {}, {}},
                                {QStringLiteral("right"), right, blue, 1.0, {}, {}, {}, {}}});
    std::vector<QImage> soFar;
    const QImage done =
        renderer.renderImage(Qt::white, nullptr, nullptr,
                             [&](const QImage& drawing) { soFar.push_back(drawing.copy()); });
    ASSERT_EQ(soFar.size(), 2u);
    const QPoint inLeft(25, 50), inRight(75, 20);
    EXPECT_EQ(soFar[0].pixelColor(inLeft), QColor(200, 0, 0));
    EXPECT_EQ(soFar[0].pixelColor(inRight), QColor(Qt::white));
    EXPECT_EQ(soFar[1].pixelColor(inRight), QColor(0, 0, 200));
    // The label "b" is drawn over the right square after the last layer only.
    EXPECT_NE(done, soFar[1]);
    // Without a callback the image is the same.
    EXPECT_EQ(renderer.renderImage(Qt::white), done);
}
