// GDAL rasters as layers: what they are (info), how a project or a dataset opens them,
// and overviews built in the cache (never beside the user's file) and used for views of
// a large raster.

#include "core/error.h"
#include "io/gdal_raster_source.h"
#include "io/project_loader.h"
#include "io/project_opener.h"
#include "io/raster_cache.h"
#include "io/raster_layer.h"
#include "io/raster_overviews.h"
#include "io/raster_preparation.h"
#include "support/raster_fixture.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {

const Crs kProject = Crs::fromDefinition(QStringLiteral("EPSG:4547"));

/// Points the cache at a folder of the test's own for its lifetime.
class CacheDir {
public:
    CacheDir() { qputenv("WORKSMAP_CACHE_DIR", mDir.path().toUtf8()); }
    ~CacheDir() { qunsetenv("WORKSMAP_CACHE_DIR"); }
    QString path() const { return mDir.path(); }

private:
    QTemporaryDir mDir;
};

/// A large synthetic raster (5,000 × 5,000 Byte pixels of 2 m: 25 million, over the
/// 4096² threshold), compressed so the file stays small: a west half of 40 and an east
/// half of 200.
QString writeLarge(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("large.tif"));
    test::writeRaster(path, 4547, 500000, 4110000, 2, 5000, 5000, 1, GDT_Byte,
                      [](int, int column, int) { return column < 2500 ? 40 : 200; },
                      {QStringLiteral("COMPRESS=DEFLATE"), QStringLiteral("TILED=YES")});
    return path;
}

RasterRequest wholeView(const RasterSource& source, QSize size)
{
    RasterRequest r;
    r.extent = source.info().extent;
    r.size = size;
    return r;
}

} // namespace

TEST(RasterSource, DescribesAGeoTiff)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rgb.tif"));
    test::writeRaster(path, 4490, 114.0, 37.1, 0.001, 200, 100, 3, GDT_Byte,
                      [](int, int, int) { return 100; });
    const RasterInfo info = GdalRasterSource::probe(path);
    EXPECT_EQ(info.driver, QStringLiteral("GTiff"));
    EXPECT_EQ(info.size, QSize(200, 100));
    EXPECT_EQ(info.bandTypes, QStringList({"Byte", "Byte", "Byte"}));
    EXPECT_EQ(info.sourceCrs.id(), QStringLiteral("EPSG:4490"));
    EXPECT_NEAR(info.sourceExtent.xMin, 114.0, 1e-9);
    EXPECT_NEAR(info.sourceExtent.yMax, 37.1, 1e-9);
    EXPECT_NEAR(info.sourceExtent.xMax, 114.2, 1e-9);
    EXPECT_NEAR(info.pixelSize, 0.001, 1e-12);
    EXPECT_TRUE(info.overviews.isEmpty());

    const GdalRasterSource source(path, QString(), kProject);
    // 114°E is the zone's central meridian: x = 500,000 m there; 0.2° ≈ 17.8 km east.
    EXPECT_NEAR(source.info().extent.xMin, 500000, 1);
    EXPECT_NEAR(source.info().extent.xMax - 500000, 17802, 5);
    EXPECT_FALSE(source.needsOverviews()) << "20,000 pixels read in no time";
}

TEST(RasterSource, AnUngeoreferencedImageIsRefusedWithTheReason)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.tif"));
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 10, 10, 1,
                                 GDT_Byte, nullptr);
    GDALClose(ds);
    try {
        GdalRasterSource(path, QString(), kProject);
        FAIL() << "an image without a geotransform has no place on a map";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("not georeferenced")))
            << e.message().toStdString();
    }
}

TEST(RasterSource, AProjectLayerOfRoleRasterLoadsWithItsRenderAndAttribution)
{
    QTemporaryDir dir;
    test::writeRaster(dir.filePath(QStringLiteral("dem.tif")), 4547, 500000, 4100000, 30, 50, 50, 1,
                      GDT_Int16, [](int, int c, int r) { return c + r; });
    QFile file(dir.filePath(QStringLiteral("p.worksmap.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"worksmap-project","schemaVersion":1,"name":"r","layers":[
        {"id":"dem","role":"raster","source":"dem.tif","render":"grey","attribution":"DEM © us"},
        {"id":"shade","role":"raster","source":"dem.tif"}]})");
    file.close();
    const LoadedProject p = openProjectOrDataset(file.fileName(), test::shippedRoles());
    ASSERT_EQ(p.layers.size(), 2);
    ASSERT_TRUE(p.layers[0].isRaster()) << p.layers[0].problem.toStdString();
    EXPECT_FALSE(p.layers[0].isAvailable()) << "a raster has no features";
    EXPECT_EQ(p.unavailableCount(), 0);
    EXPECT_EQ(p.layers[0].raster->info().render, RasterRender::Grey);
    EXPECT_EQ(p.layers[0].raster->info().attribution, QStringLiteral("DEM © us"));
    EXPECT_EQ(p.layers[1].raster->info().render, RasterRender::Hillshade) << "Int16: a DEM";
    // The project CRS is chosen from the raster's place; its extent is the project's.
    EXPECT_EQ(p.crs.id(), QStringLiteral("EPSG:4547"));
    EXPECT_NEAR(p.extent.xMin, 500000, 1e-6);
    EXPECT_NEAR(p.extent.yMax, 4100000, 1e-6);
    EXPECT_NEAR(p.extent.width(), 1500, 1e-6);
    // Saved, the entry keeps its raster keys.
    const QJsonObject saved = p.toProject().toJson();
    const QJsonObject layer = saved.value("layers").toArray().at(0).toObject();
    EXPECT_EQ(layer.value("render").toString(), QStringLiteral("grey"));
    EXPECT_EQ(layer.value("attribution").toString(), QStringLiteral("DEM © us"));
}

TEST(RasterSource, AnUnknownRenderIsABadProject)
{
    QJsonObject layer{{"id", "d"}, {"role", "raster"}, {"source", "d.tif"}, {"render", "relief"}};
    QJsonObject json{
        {"format", "worksmap-project"}, {"schemaVersion", 1}, {"layers", QJsonArray{layer}}};
    EXPECT_THROW(Project::fromJson(json, QStringLiteral("/tmp/x.worksmap.json")), Error);
}

TEST(RasterSource, AGeoPackageListsItsTileTablesBesideItsVectorLayers)
{
    QTemporaryDir dir;
    const QString tif = dir.filePath(QStringLiteral("rgb.tif"));
    test::writeRaster(tif, 4490, 114.0, 37.1, 0.001, 200, 100, 3, GDT_Byte,
                      [](int b, int, int) { return b * 60; });
    const QString gpkg = dir.filePath(QStringLiteral("mixed.gpkg"));
    test::writeVector(gpkg, "GPKG", QStringLiteral("roads"), 4490, wkbLineString,
                      {{QStringLiteral("name")}},
                      {{QStringLiteral("LINESTRING(114.05 37.05,114.15 37.05)"), {"G107"}}});
    test::translateRaster(tif, gpkg,
                          {"-of", "GPKG", "-co", "TILING_SCHEME=GoogleMapsCompatible", "-co",
                           "RASTER_TABLE=imagery", "-co", "APPEND_SUBDATASET=YES"});
    EXPECT_EQ(rasterTablesIn(gpkg), QStringList{QStringLiteral("imagery")});
    EXPECT_EQ(rasterTablesIn(tif), QStringList{QString()});
    EXPECT_TRUE(rasterTablesIn(dir.filePath(QStringLiteral("none.gpkg"))).isEmpty());

    const LoadedProject p = openProjectOrDataset(gpkg, test::shippedRoles());
    ASSERT_EQ(p.layers.size(), 2);
    EXPECT_EQ(p.layers[0].entry.role, QStringLiteral("raster")) << "the tiles at the bottom";
    EXPECT_EQ(p.layers[0].entry.layerName, QStringLiteral("imagery"));
    ASSERT_TRUE(p.layers[0].isRaster()) << p.layers[0].problem.toStdString();
    EXPECT_EQ(p.layers[0].raster->info().driver, QStringLiteral("GPKG"));
    EXPECT_EQ(p.layers[1].entry.id, QStringLiteral("roads"));
    EXPECT_TRUE(p.layers[1].isAvailable());
}

TEST(RasterSource, OverviewsAreBuiltInTheCacheAndUsedForAViewOfAllOfALargeRaster)
{
    CacheDir cache;
    QTemporaryDir dir;
    const QString path = writeLarge(dir);
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const QByteArray hash = test::md5(path);

    GdalRasterSource plain(path, QString(), kProject);
    ASSERT_TRUE(plain.needsOverviews());
    const RasterPixels full = plain.read(wholeView(plain, QSize(500, 500)));
    EXPECT_EQ(full.overviewLevel, -1);
    EXPECT_EQ(full.sourcePixelsRead, qint64(5000) * 5000) << "every pixel of the file";

    int calls = 0;
    const QString vrt = buildOverviews(path, [&calls](qint64, qint64) {
        ++calls;
        return true;
    });
    EXPECT_GT(calls, 0);
    EXPECT_TRUE(vrt.startsWith(cache.path())) << vrt.toStdString();
    EXPECT_TRUE(QFile::exists(vrt + QStringLiteral(".ovr")));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), before) << "nothing written beside it";
    EXPECT_EQ(test::md5(path), hash) << "the file itself unchanged";

    GdalRasterSource fast(path, QString(), kProject);
    EXPECT_FALSE(fast.needsOverviews());
    // Factors 2, 4, 8 and 16, down to 312 pixels (32 would give 156, under 256): 4 levels.
    ASSERT_EQ(fast.info().overviews.size(), 4);
    EXPECT_EQ(fast.info().overviews[0], QSize(2500, 2500));
    EXPECT_EQ(fast.info().overviewsFrom, vrt);
    const RasterPixels reduced = fast.read(wholeView(fast, QSize(500, 500)));
    // 10,000 m on 500 pixels: 20 m a pixel, 10 source pixels: the 8× level (625²).
    EXPECT_EQ(reduced.overviewLevel, 2);
    EXPECT_EQ(reduced.sourcePixelsRead, qint64(625) * 625);
    EXPECT_LT(reduced.sourcePixelsRead * 60, full.sourcePixelsRead);
    // Same picture: the halves' values at their middles.
    ASSERT_EQ(reduced.values.size(), full.values.size());
    for (const int column : {100, 400}) {
        const std::size_t i = 250 * 500 + std::size_t(column);
        EXPECT_FLOAT_EQ(reduced.values[i], full.values[i]);
        EXPECT_TRUE(reduced.valid[i]);
    }
    // A view of a small part reads full resolution from the same source.
    RasterRequest detail;
    detail.extent = Extent::of(500000, 4109000, 500500, 4109500);
    detail.size = QSize(250, 250);
    EXPECT_EQ(fast.read(detail).overviewLevel, -1);
}

TEST(RasterSource, TheCliWayBuildsMissingOverviewsOfAProjectsLayers)
{
    CacheDir cache;
    QTemporaryDir dir;
    writeLarge(dir);
    LoadedProject p =
        openProjectOrDataset(dir.filePath(QStringLiteral("large.tif")), test::shippedRoles());
    EXPECT_EQ(layersNeedingOverviews(p), QVector<int>{0});
    EXPECT_EQ(buildMissingOverviews(p), QStringList{QStringLiteral("large")});
    EXPECT_TRUE(layersNeedingOverviews(p).isEmpty());
    EXPECT_EQ(p.layers[0].raster->info().overviews.size(), 4);
}

TEST(RasterSource, CacheFoldersDependOnTheFileAndTheTemplateNotTheKey)
{
    CacheDir cache;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.tif"));
    test::writeRaster(a, 4547, 0, 10, 1, 10, 10, 1, GDT_Byte, [](int, int, int) { return 1; });
    const QString first = rasterCacheDir(a);
    EXPECT_TRUE(first.startsWith(cache.path()));
    EXPECT_EQ(rasterCacheDir(a), first);
    test::writeRaster(a, 4547, 0, 10, 1, 20, 10, 1, GDT_Byte, [](int, int, int) { return 1; });
    EXPECT_NE(rasterCacheDir(a), first) << "a changed file gets new overviews";
    EXPECT_NE(tileCacheDir(QStringLiteral("https://a/{z}/{x}/{y}.png?k={key}")),
              tileCacheDir(QStringLiteral("https://b/{z}/{x}/{y}.png?k={key}")));
}
