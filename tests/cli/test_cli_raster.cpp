// worksmap-cli with raster layers: `info` describes a raster; `render` draws a GeoTIFF and
// a tile service (a local server the test starts), builds missing overviews in the cache
// without asking and names the tiles it could not fetch.

#include "cli/verb_run.h"
#include "support/raster_fixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using test::runVerb;

namespace {

/// Points the cache at a folder of the test's own for its lifetime.
class CacheDir {
public:
    CacheDir() { qputenv("WORKSMAP_CACHE_DIR", mDir.path().toUtf8()); }
    ~CacheDir() { qunsetenv("WORKSMAP_CACHE_DIR"); }
    QString path() const { return mDir.path(); }

private:
    QTemporaryDir mDir;
};

QString writeImagery(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("imagery.tif"));
    test::writeRaster(path, 4490, 114.0, 37.1, 0.001, 200, 100, 3, GDT_Byte,
                      [](int band, int, int) { return band * 70; });
    return path;
}

void writeProject(const QString& path, const QJsonArray& layers)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{"format", "worksmap-project"},
                                      {"schemaVersion", 1},
                                      {"name", "raster test"},
                                      {"crs", "EPSG:4547"},
                                      {"layers", layers}})
                .toJson());
}

} // namespace

TEST(CliRaster, InfoDescribesAGeoTiff)
{
    QTemporaryDir dir;
    const QString tif = writeImagery(dir);
    auto r = runVerb(QStringLiteral("info"), {tif});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("(role: raster)"))) << r.out.toStdString();
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("GTiff, 200 × 100 pixels, 3 band(s) (Byte, Byte, Byte)")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("EPSG:4490")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("overviews:       none")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("drawn as:        rgb")));

    r = runVerb(QStringLiteral("info"), {tif, QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0);
    const QJsonObject layer =
        QJsonDocument::fromJson(r.out.toUtf8()).object()["layers"].toArray()[0].toObject();
    EXPECT_TRUE(layer["available"].toBool());
    const QJsonObject raster = layer["raster"].toObject();
    EXPECT_EQ(raster["width"].toInt(), 200);
    EXPECT_EQ(raster["height"].toInt(), 100);
    EXPECT_EQ(raster["bands"].toArray().size(), 3);
    EXPECT_EQ(raster["sourceCrs"].toString(), QStringLiteral("EPSG:4490"));
    EXPECT_TRUE(raster["overviews"].toArray().isEmpty());
}

TEST(CliRaster, RenderDrawsATileServiceAndNamesTheTilesThatFailed)
{
    CacheDir cache;
    QTemporaryDir dir;
    writeImagery(dir);
    // Every tile of an even column answers 404.
    test::TileServer server([](int, int, int) { return QColor(90, 160, 220); },
                            [](int, int x, int) { return x % 2 == 0; });
    const QString project = dir.filePath(QStringLiteral("p.worksmap.json"));
    writeProject(project,
                 {QJsonObject{{"id", "basemap"},
                              {"role", "raster"},
                              {"source", QStringLiteral("xyz:") + server.urlTemplate()},
                              {"attribution", "© Test Tiles"}},
                  QJsonObject{{"id", "imagery"}, {"role", "raster"}, {"source", "imagery.tif"}}});
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const auto r = runVerb(QStringLiteral("render"), {project, QStringLiteral("--out"), png});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(png));
    EXPECT_GT(server.requests(), 0);
    // 1:80,000 on the A4 page: zoom 13, 7 columns × 4 rows of tiles; each asked once.
    static const QRegularExpression failed(
        QStringLiteral("layer \"basemap\": (\\d+) tile\\(s\\) could not be fetched"));
    const auto m = failed.match(r.err);
    ASSERT_TRUE(m.hasMatch()) << r.err.toStdString();
    int even = 0;
    for (const QString& target : server.targets())
        even += target.section(QLatin1Char('/'), 2, 2).toInt() % 2 == 0 ? 1 : 0;
    EXPECT_EQ(server.requests(), 28);
    EXPECT_EQ(m.captured(1).toInt(), even);
    EXPECT_EQ(even, 12) << "columns 6690, 6692, 6694";
    EXPECT_TRUE(r.err.contains(QStringLiteral("HTTP 404"))) << r.err.toStdString();
    EXPECT_TRUE(QDir(cache.path()).exists(QStringLiteral("tiles"))) << "tiles kept in the cache";
}

TEST(CliRaster, RenderBuildsMissingOverviewsInTheCacheWithoutAsking)
{
    CacheDir cache;
    QTemporaryDir dir;
    test::writeRaster(dir.filePath(QStringLiteral("big.tif")), 4547, 500000, 4110000, 2, 5000, 5000,
                      1, GDT_Float32,
                      [](int, int column, int row) { return (column + row) * 0.05; },
                      {QStringLiteral("COMPRESS=DEFLATE"), QStringLiteral("TILED=YES")});
    const QString project = dir.filePath(QStringLiteral("p.worksmap.json"));
    writeProject(project, {QJsonObject{{"id", "dem"}, {"role", "raster"}, {"source", "big.tif"}}});
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    const auto r = runVerb(QStringLiteral("render"), {project, QStringLiteral("--out"),
                                                      dir.filePath(QStringLiteral("m.pdf"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("has no overviews; building them in the cache")))
        << r.err.toStdString();
    EXPECT_TRUE(QDir(cache.path()).exists(QStringLiteral("rasters")));
    QStringList expected = before + QStringList{"m.pdf"};
    expected.sort();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), expected)
        << "only the map is written beside the data";
    // Next time they are there: nothing to build.
    const auto again = runVerb(QStringLiteral("render"), {project, QStringLiteral("--out"),
                                                          dir.filePath(QStringLiteral("n.png"))});
    ASSERT_EQ(again.code, 0);
    EXPECT_FALSE(again.err.contains(QStringLiteral("building"))) << again.err.toStdString();
    const auto info = runVerb(QStringLiteral("info"), {project});
    EXPECT_TRUE(info.out.contains(QStringLiteral("overviews:       4 (2500×2500")))
        << info.out.toStdString();
}
