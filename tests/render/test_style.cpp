#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_opener.h"
#include "render/legend.h"
#include "render/project_styles.h"
#include "render/reference_style.h"
#include "support/test_support.h"

#include <QDir>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

using namespace wm;

TEST(Style, EveryRoleHasAShippedDefaultStyle)
{
    for (const LayerRole& role : test::shippedRoles().roles()) {
        if (role.acceptsGeometry(GeometryKind::None) && role.geometries.size() == 1)
            continue; // tables are not drawn
        if (role.fallback) {
            // The reference role's style is chosen by geometry and name; each one loads.
            for (GeometryKind k : {GeometryKind::Point, GeometryKind::Line, GeometryKind::Polygon})
                for (const char* name : {"gis_osm_roads_free_1", "铁路", "水系", "用地"})
                    EXPECT_NO_THROW(Style::load(
                        QDir(stylesDir())
                            .filePath(referenceStyleFile(k, QString::fromUtf8(name), {}))))
                        << name;
            continue;
        }
        ASSERT_FALSE(role.defaultStyle.isEmpty()) << role.id.toStdString();
        const Style s = Style::load(QDir(stylesDir()).filePath(role.defaultStyle));
        if (s.type == StyleType::Categorized) {
            // Every category value is one the role allows for that field.
            const RoleField* field = role.field(s.field);
            ASSERT_NE(field, nullptr) << role.id.toStdString();
            for (const Category& c : s.categories)
                EXPECT_TRUE(field->values.contains(c.value)) << c.value.toStdString();
            EXPECT_EQ(s.categories.size(), field->values.size()) << role.id.toStdString();
        }
    }
}

TEST(Style, JsonRoundTrip)
{
    Style s;
    s.type = StyleType::Graduated;
    s.field = QStringLiteral("spaces");
    s.symbol.shape = MarkerShape::Diamond;
    s.symbol.dash = Qt::DashLine;
    s.classes = {{0, 100, QStringLiteral("0 – 100"), s.symbol},
                 {100, 400, QStringLiteral("100 – 400"), s.symbol}};
    s.method = ClassMethod::Quantile;
    s.classCount = 2;
    s.labels.text = QStringLiteral("{name} {spaces}个");
    s.labels.priority = 7;
    s.labels.minScale = 50000;
    s.minScale = 1e6;
    EXPECT_EQ(Style::fromJson(s.toJson()), s);
}

TEST(Style, ClassifyKeepsTheExistingClassesAndTitlesNewValues)
{
    // Two kinds already classed (a red cross for health centres, with a hand-written
    // legend text); the data also holds a clinic and a kindergarten.
    const auto layer = test::makeLayer(GeometryKind::Point, {"kind"},
                                       {{"POINT (500000 4100000)", {"health_centre"}},
                                        {"POINT (500100 4100000)", {"clinic"}},
                                        {"POINT (500200 4100000)", {"kindergarten"}},
                                        {"POINT (500300 4100000)", {"clinic"}}});
    Style s;
    s.type = StyleType::Categorized;
    s.field = QStringLiteral("kind");
    s.symbol.shape = MarkerShape::Triangle;
    s.symbol.size = 7;
    Symbol cross;
    cross.shape = MarkerShape::Cross;
    cross.size = 11;
    cross.fill = QColor(215, 25, 28);
    s.categories << Category{QStringLiteral("health_centre"), QStringLiteral("卫生院（中心）"),
                             cross}
                 << Category{QStringLiteral("sports"), QStringLiteral("体育设施"), cross};
    s.categorize(*layer, {{QStringLiteral("clinic"), QStringLiteral("村卫生室")}});

    ASSERT_EQ(s.categories.size(), 4);
    // The existing classes first, as they were (a value the data lacks is kept too).
    EXPECT_EQ(s.categories[0].label, QStringLiteral("卫生院（中心）"));
    EXPECT_EQ(s.categories[0].symbol, cross);
    EXPECT_EQ(s.categories[1].value, QStringLiteral("sports"));
    // New values in sorted order: the clinic titled from the titles given, the kindergarten
    // without one by its value; both with the base symbol's shape and size, own colours.
    EXPECT_EQ(s.categories[2].value, QStringLiteral("clinic"));
    EXPECT_EQ(s.categories[2].label, QStringLiteral("村卫生室"));
    EXPECT_EQ(s.categories[3].label, QStringLiteral("kindergarten"));
    for (int i : {2, 3}) {
        EXPECT_EQ(s.categories[i].symbol.shape, MarkerShape::Triangle);
        EXPECT_EQ(s.categories[i].symbol.size, 7);
    }
    EXPECT_NE(s.categories[2].symbol.fill, s.categories[3].symbol.fill);
    // Classifying again adds nothing.
    const Style again = [&] {
        Style t = s;
        t.categorize(*layer);
        return t;
    }();
    EXPECT_EQ(again, s);
}

TEST(Style, TheDemoGetsItsRoleStylesAndALegend)
{
    const LoadedProject p = openProjectOrDataset(
        test::demo(QStringLiteral("xingtai-2021.worksmap.json")), test::shippedRoles());
    QStringList notes;
    const QVector<Style> styles = loadProjectStyles(p, test::shippedRoles(), &notes);
    EXPECT_TRUE(notes.isEmpty()) << notes.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(styles.size(), p.layers.size());
    const int facilities = int(std::find_if(p.layers.begin(), p.layers.end(),
                                            [](const LoadedLayer& l) {
                                                return l.entry.id == QLatin1String("facilities");
                                            }) -
                               p.layers.begin());
    const std::vector<LegendItem> legend = legendItems(styles[facilities]);
    ASSERT_EQ(legend.size(), 7u);
    EXPECT_EQ(legend[0].label, QStringLiteral("乡镇卫生院"));
    // Only drawable, visible layers go to the renderer.
    const std::vector<RenderLayer> layers = renderLayers(p, styles);
    EXPECT_EQ(layers.size(), 7u); // counties, river, roads, pipes, villages, parking, facilities
}

TEST(Legend, DrawsEachKindAsTheMapDoes)
{
    Symbol s;
    s.fill = QColor(0, 128, 0);
    s.stroke = QColor(200, 0, 0);
    s.strokeWidth = 2;
    s.shape = MarkerShape::Square;
    s.size = 10;
    QImage image(60, 20, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    drawLegendSymbol(painter, QRectF(0, 0, 20, 20), s, GeometryKind::Polygon);
    drawLegendSymbol(painter, QRectF(20, 0, 20, 20), s, GeometryKind::Line);
    drawLegendSymbol(painter, QRectF(40, 0, 20, 20), s, GeometryKind::Point);
    painter.end();
    EXPECT_EQ(image.pixelColor(10, 10), QColor(0, 128, 0)); // polygon fill
    EXPECT_EQ(image.pixelColor(30, 10), QColor(200, 0, 0)); // line in stroke colour
    EXPECT_EQ(image.pixelColor(30, 3), QColor(Qt::white));  // … only a line
    EXPECT_EQ(image.pixelColor(50, 10), QColor(0, 128, 0)); // marker fill
}
