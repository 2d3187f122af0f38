#include "core/role_registry.h"
#include "io/project_loader.h"
#include "io/vector_reader.h"
#include "render/project_styles.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {

/// A road extract as an OSM download and a Chinese survey export meet in one file: the
/// Geofabrik columns (code, fclass, name, ref, oneway, maxspeed), Chinese names in GBK,
/// no .cpg, and a DBF language id byte saying Windows-1252 (0x57), which is a lie.
/// SYNTHETIC roads near Xingtai.
QString writeRoads(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("gis_osm_roads_free_1.shp"));
    const QVector<test::FieldSpec> fields = {{QStringLiteral("code"), OFTInteger},
                                             {QStringLiteral("fclass")},
                                             {QStringLiteral("name")},
                                             {QStringLiteral("ref")},
                                             {QStringLiteral("oneway")},
                                             {QStringLiteral("maxspeed"), OFTInteger}};
    const QVector<test::Row> rows = {
        {QStringLiteral("LINESTRING (114.40 37.05, 114.55 37.07)"),
         {QStringLiteral("5112"), QStringLiteral("trunk"), QString::fromUtf8("中兴大街"),
          QStringLiteral("G107"), QStringLiteral("B"), QStringLiteral("80")}},
        {QStringLiteral("LINESTRING (114.50 37.00, 114.50 37.10)"),
         {QStringLiteral("5115"), QStringLiteral("tertiary"), QString::fromUtf8("钢铁路"),
          QString(), QStringLiteral("F"), QStringLiteral("40")}},
        {QStringLiteral("LINESTRING (114.45 37.02, 114.47 37.03)"),
         {QStringLiteral("5122"), QStringLiteral("residential"), QString(), QString(),
          QStringLiteral("B"), QStringLiteral("0")}}};
    test::writeVector(path, "ESRI Shapefile", QStringLiteral("gis_osm_roads_free_1"), 4326,
                      wkbLineString, fields, rows, {QStringLiteral("ENCODING=CP936")});
    QFile::remove(dir.filePath(QStringLiteral("gis_osm_roads_free_1.cpg")));
    QFile dbf(dir.filePath(QStringLiteral("gis_osm_roads_free_1.dbf")));
    EXPECT_TRUE(dbf.open(QIODevice::ReadWrite));
    dbf.seek(29); // the language driver id byte of the DBF header
    dbf.write("\x57", 1);
    return path;
}

} // namespace

TEST(ReferenceLayer, ARoadShapefileOpensAsAReferenceLayerWithEveryColumn)
{
    QTemporaryDir dir;
    const QString path = writeRoads(dir);
    const ProjectLoader loader(test::shippedRoles());
    const Project project = loader.projectForDataset(path);
    ASSERT_EQ(project.layers.size(), 1);
    EXPECT_EQ(project.layers[0].role, QStringLiteral("reference"));

    const LoadedProject loaded = loader.load(project);
    ASSERT_TRUE(loaded.layers[0].isAvailable()) << loaded.layers[0].problem.toStdString();
    const Layer& roads = *loaded.layers[0].data;
    EXPECT_EQ(roads.featureCount(), 3);
    EXPECT_EQ(roads.kind, GeometryKind::Line);
    // Every column kept, the GBK names decoded whatever the language id byte says.
    for (const char* column : {"code", "fclass", "name", "ref", "oneway", "maxspeed"})
        EXPECT_GE(roads.attributes.indexOf(QString::fromUtf8(column)), 0) << column;
    const int name = roads.attributes.indexOf(QStringLiteral("name"));
    EXPECT_EQ(roads.attributes.value(0, name).toString(), QString::fromUtf8("中兴大街"));
    EXPECT_EQ(roads.attributes.value(1, name).toString(), QString::fromUtf8("钢铁路"));

    // Drawn as roads: categorized on fclass, a trunk wider than a residential street.
    const QVector<Style> styles = loadProjectStyles(loaded, test::shippedRoles());
    ASSERT_EQ(styles.size(), 1);
    EXPECT_EQ(styles[0].type, StyleType::Categorized);
    EXPECT_EQ(styles[0].field, QStringLiteral("fclass"));
    double trunk = 0, residential = 0;
    for (const auto& c : styles[0].categories) {
        if (c.value == QStringLiteral("trunk"))
            trunk = c.symbol.strokeWidth;
        if (c.value == QStringLiteral("residential"))
            residential = c.symbol.strokeWidth;
    }
    EXPECT_GT(trunk, residential);
    EXPECT_GT(residential, 0);
}

TEST(ReferenceLayer, WorkRolesStillWinOverTheFallback)
{
    // A point layer with kind/name columns is a facility layer, the reference role second.
    const auto guesses = test::shippedRoles().guess(
        GeometryKind::Point, {QStringLiteral("kind"), QStringLiteral("name")});
    ASSERT_GE(guesses.size(), 2);
    EXPECT_EQ(guesses.first().role->id, QStringLiteral("facility"));
    EXPECT_EQ(guesses.last().role->id, QStringLiteral("reference"));
    // A table without geometry still fits no map role but the lists.
    for (const auto& g : test::shippedRoles().guess(GeometryKind::None, {QStringLiteral("foo")}))
        EXPECT_NE(g.role->id, QStringLiteral("reference"));
}
