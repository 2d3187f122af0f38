// Raster layers drawn by the renderer: a GeoTIFF and an MBTiles file the tests write,
// reprojected from CGCS2000 lon/lat into the Gauss-Krüger project CRS, under a vector
// layer; a DEM shaded from the north-west.

#include "core/coordinate_transform.h"
#include "core/geos_context.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "core/resource_paths.h"
#include "io/gdal_raster_source.h"
#include "render/hillshade.h"
#include "render/map_renderer.h"
#include "render/page_content.h"
#include "render/raster_drawer.h"
#include "support/raster_fixture.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;

namespace {

const Crs kProject = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
const QColor kRed(220, 30, 30), kBlue(30, 30, 220), kGreen(20, 160, 40);

/// 200 × 100 pixels of 0.001° over 114.0–114.2°E, 37.0–37.1°N (CGCS2000): red west of
/// 114.1°E, blue east of it.
QString writeHalves(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("halves.tif"));
    test::writeRaster(path, 4490, 114.0, 37.1, 0.001, 200, 100, 3, GDT_Byte,
                      [](int band, int column, int) {
                          const QColor c = column < 100 ? kRed : kBlue;
                          return band == 1 ? c.red() : band == 2 ? c.green() : c.blue();
                      });
    return path;
}

QPointF projected(double lon, double lat)
{
    CoordinateTransform t(Crs::cgcs2000(), kProject);
    t.transform(lon, lat);
    return {lon, lat};
}

/// A green square of `half` metres around (lon, lat), as a layer in the project CRS.
std::shared_ptr<Layer> squareAround(double lon, double lat, double half)
{
    const QPointF c = projected(lon, lat);
    auto layer = std::make_shared<Layer>();
    layer->kind = GeometryKind::Polygon;
    layer->crs = kProject;
    layer->attributes.setFields({});
    layer->attributes.appendRow();
    const QString wkt = QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
                            .arg(c.x() - half, 0, 'f', 3)
                            .arg(c.y() - half, 0, 'f', 3)
                            .arg(c.x() + half, 0, 'f', 3)
                            .arg(c.y() + half, 0, 'f', 3);
    layer->addFeature(0, GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkt.toUtf8().constData())));
    layer->buildIndex();
    return layer;
}

RenderLayer greenLayer(std::shared_ptr<Layer> data)
{
    RenderLayer rl;
    rl.id = QStringLiteral("square");
    rl.data = std::move(data);
    rl.style.symbol.fill = kGreen;
    rl.style.symbol.stroke = kGreen;
    rl.style.symbol.strokeWidth = 0;
    return rl;
}

RenderLayer rasterLayer(std::shared_ptr<const RasterSource> source)
{
    RenderLayer rl;
    rl.id = QStringLiteral("raster");
    rl.raster = std::move(source);
    return rl;
}

/// The colour drawn at (lon, lat).
QColor colourAt(const QImage& image, const MapSettings& s, double lon, double lat)
{
    const QPointF p = s.worldToPixel().map(projected(lon, lat));
    return image.pixelColor(int(p.x()), int(p.y()));
}

::testing::AssertionResult near(const QColor& got, const QColor& want, int tolerance = 12)
{
    if (std::abs(got.red() - want.red()) <= tolerance &&
        std::abs(got.green() - want.green()) <= tolerance &&
        std::abs(got.blue() - want.blue()) <= tolerance)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "got rgb(" << got.red() << "," << got.green() << "," << got.blue() << "), want rgb("
           << want.red() << "," << want.green() << "," << want.blue() << ")";
}

MapSettings viewOf(const Extent& e)
{
    MapSettings s;
    s.extent = e;
    s.size = QSize(400, 300);
    return s;
}

} // namespace

TEST(RasterDrawing, GeoTiffIsReprojectedAndDrawnUnderTheVectors)
{
    QTemporaryDir dir;
    auto source = std::make_shared<GdalRasterSource>(writeHalves(dir), QString(), kProject);
    ASSERT_EQ(source->info().render, RasterRender::Colour);
    const MapSettings s = viewOf(source->info().extent.buffered(0.1));
    // The square at 114.05°E is on the red half; 1 km each way is 0.011° of longitude.
    const MapRenderer renderer(
        s, {rasterLayer(source), greenLayer(squareAround(114.05, 37.05, 1000))});
    const QImage image = renderer.renderImage(Qt::white);

    EXPECT_TRUE(near(colourAt(image, s, 114.05, 37.05), kGreen)) << "the vector is on top";
    EXPECT_TRUE(near(colourAt(image, s, 114.03, 37.085), kRed)) << "raster where no vector";
    EXPECT_TRUE(near(colourAt(image, s, 114.15, 37.05), kBlue));
    EXPECT_TRUE(near(colourAt(image, s, 114.19, 37.01), kBlue));
    EXPECT_TRUE(near(colourAt(image, s, 113.99, 37.05), Qt::white)) << "west of the raster";
    EXPECT_TRUE(near(colourAt(image, s, 114.10, 37.11), Qt::white)) << "north of the raster";
    // The border between the halves is at 114.1°E after reprojection (±1 pixel of 20 m).
    EXPECT_TRUE(near(colourAt(image, s, 114.0985, 37.05), kRed));
    EXPECT_TRUE(near(colourAt(image, s, 114.1015, 37.05), kBlue));
}

TEST(RasterDrawing, MbtilesWrittenByGdalIsDrawn)
{
    QTemporaryDir dir;
    const QString mbtiles = dir.filePath(QStringLiteral("halves.mbtiles"));
    test::translateRaster(writeHalves(dir), mbtiles,
                          {QStringLiteral("-of"), QStringLiteral("MBTILES")});
    auto source = std::make_shared<GdalRasterSource>(mbtiles, QString(), kProject);
    EXPECT_EQ(source->info().driver, QStringLiteral("MBTiles"));
    EXPECT_EQ(source->info().sourceCrs.id(), QStringLiteral("EPSG:3857"));
    const MapSettings s = viewOf(source->info().extent.buffered(0.1));
    const QImage image =
        MapRenderer(s, {rasterLayer(source), greenLayer(squareAround(114.15, 37.05, 1000))})
            .renderImage(Qt::white);
    EXPECT_TRUE(near(colourAt(image, s, 114.03, 37.05), kRed));
    EXPECT_TRUE(near(colourAt(image, s, 114.18, 37.02), kBlue));
    EXPECT_TRUE(near(colourAt(image, s, 114.15, 37.05), kGreen));
    // MBTiles pads its tiles with transparent pixels, never drawn over the map.
    EXPECT_TRUE(near(colourAt(image, s, 113.98, 37.05), Qt::white));
}

TEST(RasterDrawing, FlatGroundIsShadedAsTheSineOfTheLightsAltitude)
{
    const QSize size(5, 5);
    const std::vector<float> flat(25, 100.0f);
    const QImage image = hillshade(flat, {}, size, 30.0);
    // 255 × sin 45° = 180.3
    EXPECT_EQ(qGray(image.pixel(2, 2)), 180);
    EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << "the outer ring has no full neighbourhood";
}

TEST(RasterDrawing, ASlopeFacingTheLightIsBrighterThanOneFacingAway)
{
    // A ridge running north–south: the west flank faces west (towards the light from the
    // north-west), the east flank faces east. 30 m cells, 0.5 m per metre of slope.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ridge.tif"));
    test::writeRaster(path, 4547, 500000, 4100000, 30, 100, 100, 1, GDT_Float32,
                      [](int, int column, int) {
                          const double x = column * 30.0;
                          return 1000.0 - 0.5 * std::abs(x - 1500.0);
                      });
    auto source = std::make_shared<GdalRasterSource>(path, QString(), kProject);
    ASSERT_EQ(source->info().render, RasterRender::Hillshade) << "a Float32 band is a DEM";
    MapSettings s;
    s.extent = source->info().extent;
    s.size = QSize(100, 100);
    const QImage image = MapRenderer(s, {rasterLayer(source)}).renderImage(Qt::white);
    const int west = qGray(image.pixel(25, 50)), east = qGray(image.pixel(75, 50));
    EXPECT_GT(west, east + 60) << "west flank " << west << ", east flank " << east;
    // By hand: normal (±0.5, 0, 1)/1.118, light (−0.5, 0.5, 0.7071):
    // west (−0.5·−0.5 + 0.7071)/1.118 = 0.856 → 218; east (−0.25 + 0.7071)/1.118 = 0.409 → 104.
    EXPECT_NEAR(west, 218, 3);
    EXPECT_NEAR(east, 104, 3);
}

TEST(RasterDrawing, ASingleByteBandIsStretchedGrey)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grey.tif"));
    // Values 50 (west half) and 150 (east half): stretched to black and white.
    test::writeRaster(path, 4547, 500000, 4100000, 10, 40, 20, 1, GDT_Byte,
                      [](int, int column, int) { return column < 20 ? 50 : 150; });
    auto source = std::make_shared<GdalRasterSource>(path, QString(), kProject);
    ASSERT_EQ(source->info().render, RasterRender::Grey);
    EXPECT_EQ(source->info().minimum, 50);
    EXPECT_EQ(source->info().maximum, 150);
    MapSettings s;
    s.extent = source->info().extent;
    s.size = QSize(40, 20);
    const QImage image = MapRenderer(s, {rasterLayer(source)}).renderImage(Qt::red);
    EXPECT_EQ(qGray(image.pixel(5, 10)), 0);
    EXPECT_EQ(qGray(image.pixel(35, 10)), 255);
}

TEST(RasterDrawing, TheBasemapsAttributionIsPrintedInThePageNotes)
{
    QTemporaryDir dir;
    LoadedProject project;
    project.crs = kProject;
    LoadedLayer imagery;
    imagery.entry.id = QStringLiteral("imagery");
    imagery.entry.role = QLatin1String(LayerEntry::RasterRole);
    imagery.entry.source = QStringLiteral("halves.tif");
    imagery.raster = std::make_shared<GdalRasterSource>(writeHalves(dir), QString(), kProject,
                                                        RasterRender::Auto,
                                                        QStringLiteral("© 测试影像 Test imagery"));
    LoadedLayer hidden = imagery;
    hidden.entry.id = QStringLiteral("hidden");
    hidden.entry.visible = false;
    hidden.raster = std::make_shared<GdalRasterSource>(
        writeHalves(dir), QString(), kProject, RasterRender::Auto, QStringLiteral("© not shown"));
    project.layers = {imagery, hidden};
    project.extent = imagery.raster->info().extent;
    const PageTemplate page =
        PageTemplate::load(QDir(stylesDir()).filePath(QStringLiteral("layouts/a4-landscape.json")));
    const PageContent c = projectPageContent(project, {Style(), Style()}, page, QStringLiteral("t"),
                                             QString(), project.extent);
    EXPECT_TRUE(c.notes.contains(QStringLiteral("底图 Basemap: © 测试影像 Test imagery")))
        << c.notes.toStdString();
    EXPECT_TRUE(c.notes.contains(QStringLiteral("halves.tif")));
    EXPECT_FALSE(c.notes.contains(QStringLiteral("not shown")))
        << "a hidden layer is not on the map";
    ASSERT_EQ(c.layers.size(), 1u);
    EXPECT_TRUE(c.layers[0].raster != nullptr);
}
