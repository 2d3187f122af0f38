#include "core/geos_context.h"
#include "core/layer.h"
#include "render/feature_drawer.h"
#include "render/geometry_path.h"
#include "render/map_renderer.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <string>

using namespace wm;

namespace {

QPolygonF polyline(std::initializer_list<QPointF> points)
{
    return QPolygonF(QList<QPointF>(points));
}

void expectPoints(const QPolygonF& actual, std::initializer_list<QPointF> expected)
{
    ASSERT_EQ(actual.size(), qsizetype(expected.size()));
    qsizetype k = 0;
    for (const QPointF& e : expected) {
        EXPECT_NEAR(actual[k].x(), e.x(), 1e-12) << "point " << k;
        EXPECT_NEAR(actual[k].y(), e.y(), 1e-12) << "point " << k;
        ++k;
    }
}

int channelDelta(QRgb p, QRgb q)
{
    return std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                     std::abs(qBlue(p) - qBlue(q))});
}

} // namespace

TEST(StrokeOutline, StraightSegmentIsARectangleOfTheLineWidth)
{
    QPolygonF out;
    strokeOutline(polyline({{0, 0}, {10, 0}}), 1.5, out);
    // Left of the direction of travel in y-down pixels is +y: (−dy, dx)/length.
    expectPoints(out, {{0, 1.5}, {10, 1.5}, {10, -1.5}, {0, -1.5}});
}

TEST(StrokeOutline, RightAngleIsBevelledOnTheOuterSide)
{
    QPolygonF out;
    strokeOutline(polyline({{0, 0}, {10, 0}, {10, 10}}), 1, out);
    // Segment 1 normal (0, 1), segment 2 normal (−1, 0). The outline goes
    // (0,1)→(10,1) then straight to (9,10): the inner corner (the two offsets cross at
    // (9,1)); backwards on the right: (11,10)→(11,0), the bevel edge to (10,−1), (0,−1).
    expectPoints(out, {{0, 1}, {10, 1}, {9, 0}, {9, 10}, {11, 10}, {11, 0}, {10, -1}, {0, -1}});
}

TEST(StrokeOutline, RepeatedVerticesAreSkippedAndAPointHasNoOutline)
{
    QPolygonF out;
    strokeOutline(polyline({{0, 0}, {0, 0}, {4, 0}, {4, 0}}), 0.5, out);
    expectPoints(out, {{0, 0.5}, {4, 0.5}, {4, -0.5}, {0, -0.5}});
    strokeOutline(polyline({{3, 3}, {3, 3}}), 0.5, out);
    EXPECT_TRUE(out.isEmpty());
    strokeOutline(QPolygonF(), 0.5, out);
    EXPECT_TRUE(out.isEmpty());
}

TEST(PixelLineSimplifier, DropsVerticesWithinTheToleranceAndKeepsTheRest)
{
    PixelLineSimplifier s;
    // (5, 0.2) is 0.2 px off the chord (0,0)–(10,0): dropped at 0.25, kept at 0.1.
    QPolygonF line = polyline({{0, 0}, {5, 0.2}, {10, 0}});
    s.simplify(line, 0.25);
    expectPoints(line, {{0, 0}, {10, 0}});
    line = polyline({{0, 0}, {5, 0.2}, {10, 0}});
    s.simplify(line, 0.1);
    expectPoints(line, {{0, 0}, {5, 0.2}, {10, 0}});

    // Douglas–Peucker keeps the farthest vertex first, then looks at each half:
    // (4, 3) is 3 px off; against (0,0)–(4,3), (2, 1.6) is 0.08 px off (dropped);
    // against (4,3)–(8,0), (6, 1.0) is |(2)(−3) − (−2)(4)|/5 = 0.4 px off (kept).
    line = polyline({{0, 0}, {2, 1.6}, {4, 3}, {6, 1.0}, {8, 0}});
    s.simplify(line, 0.25);
    expectPoints(line, {{0, 0}, {4, 3}, {6, 1.0}, {8, 0}});
}

TEST(PixelLineSimplifier, KeepsAVertexWhereTheLineTurnsBack)
{
    // (15, 0) lies on the infinite line through the ends but 5 px beyond the segment.
    PixelLineSimplifier s;
    QPolygonF line = polyline({{0, 0}, {15, 0}, {10, 0}});
    s.simplify(line, 0.25);
    expectPoints(line, {{0, 0}, {15, 0}, {10, 0}});
    // Two vertices or a zero tolerance: unchanged.
    QPolygonF two = polyline({{0, 0}, {1, 1}});
    s.simplify(two, 5);
    EXPECT_EQ(two.size(), 2);
    QPolygonF exact = polyline({{0, 0}, {5, 0.01}, {10, 0}});
    s.simplify(exact, 0);
    EXPECT_EQ(exact.size(), 3);
}

TEST(FeatureDrawer, SolidLinesFilledAsOutlinesLookLikeQPainterStrokes)
{
    // 3,000 random walks of 2–10 vertices, 2 px wide, in three colours, drawn by the map
    // renderer (simplified to a quarter pixel, filled as outlines) and by QPainter's own
    // stroker with the same pen, one polyline per feature, on one thread both.
    auto lines = std::make_shared<Layer>();
    lines->kind = GeometryKind::Line;
    lines->attributes.setFields({{QStringLiteral("kind"), FieldType::String, QString()}});
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<QPolygonF> pixels;
    const QString kinds[] = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < 3000; ++i) {
        const int n = 2 + int(u(rng) * 9);
        double x = 20 + u(rng) * 600, y = 20 + u(rng) * 440, heading = u(rng) * 6.28;
        const double step = (1 + u(rng) * 25) / (n - 1);
        std::string wkt = "LINESTRING (";
        QPolygonF p;
        for (int v = 0; v < n; ++v) {
            if (v > 0) {
                heading += u(rng) - 0.5;
                x += step * std::sin(heading);
                y += step * std::cos(heading);
            }
            wkt += (v ? ", " : "") + std::to_string(x) + " " + std::to_string(y);
            p << QPointF(x, 480 - y); // map y up, pixel y down
        }
        wkt += ")";
        lines->attributes.setString(lines->attributes.appendRow(), 0, kinds[i % 3]);
        lines->addFeature(i, GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkt.c_str())));
        pixels.push_back(p);
    }
    lines->buildIndex();
    const QColor colours[] = {QColor(0x1f, 0x78, 0xb4), QColor(0xe3, 0x1a, 0x1c),
                              QColor(0x8c, 0x5a, 0x2b)};
    Style byKind;
    byKind.type = StyleType::Categorized;
    byKind.field = QStringLiteral("kind");
    for (int k = 0; k < 3; ++k) {
        Symbol s;
        s.fill = Qt::transparent;
        s.stroke = colours[k];
        s.strokeWidth = 2;
        byKind.categories.push_back({kinds[k], kinds[k], s});
    }
    MapSettings settings;
    settings.extent = Extent::of(0, 0, 640, 480);
    settings.size = QSize(640, 480);
    MapRenderer renderer(settings, {{QStringLiteral("lines"), lines, byKind, 1.0, {}, {}, {}, {}}});
    renderer.setThreads(1);
    const QImage drawn = renderer.renderImage(Qt::white);

    QImage stroked(settings.size, QImage::Format_ARGB32_Premultiplied);
    stroked.fill(Qt::white);
    {
        QPainter p(&stroked);
        p.setRenderHint(QPainter::Antialiasing);
        for (std::size_t i = 0; i < pixels.size(); ++i) {
            p.setPen(strokePen(byKind.categories[int(i % 3)].symbol, settings.symbolScale()));
            p.drawPolyline(pixels[i]);
        }
    }
    ASSERT_EQ(drawn.size(), stroked.size());
    int inked = 0, visible = 0, maxDelta = 0;
    for (int y = 0; y < drawn.height(); ++y)
        for (int x = 0; x < drawn.width(); ++x) {
            const QRgb a = drawn.pixel(x, y), b = stroked.pixel(x, y);
            inked += b != qRgb(255, 255, 255);
            const int d = channelDelta(a, b);
            visible += d > 40;
            maxDelta = std::max(maxDelta, d);
        }
    // The same lines: over 10,000 inked pixels, and under 1 % of them differ by more than
    // 40 of 255 (antialiased edges at joins and where vertices within a quarter pixel were
    // dropped). A missing or misplaced line would differ by far more.
    EXPECT_GT(inked, 10000);
    EXPECT_LT(visible, inked / 100) << "max delta " << maxDelta;
    EXPECT_GT(maxDelta, 0) << "the outline path was not taken";
}
