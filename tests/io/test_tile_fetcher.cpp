// Tile services: URL templates, the tiles a view needs, and fetching from a local HTTP
// server the test starts on 127.0.0.1 (no network): off the calling thread, into a disk
// cache that a second render reads without a request, failures named per tile.

#include "core/coordinate_transform.h"
#include "core/error.h"
#include "io/tile_raster_source.h"
#include "io/tile_template.h"
#include "support/raster_fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;

namespace {

const Crs kProject = Crs::fromDefinition(QStringLiteral("EPSG:4547"));

/// Neighbouring tiles differ: red or green by column parity, and blue by row parity.
QColor tileColour(int, int x, int y)
{
    return QColor(x % 2 ? 200 : 40, x % 2 ? 40 : 200, y % 2 ? 200 : 60);
}

/// 6 km × 6 km around 114.5°E 37.05°N on 256 pixels: about zoom 12 (a 9.8 km tile).
RasterRequest countyView(int waitMs)
{
    double x = 114.5, y = 37.05;
    CoordinateTransform(Crs::cgcs2000(), kProject).transform(x, y);
    RasterRequest r;
    r.extent = Extent::of(x - 3000, y - 3000, x + 3000, y + 3000);
    r.size = QSize(256, 256);
    r.waitMs = waitMs;
    return r;
}

/// The tile under the request's centre at zoom z.
TileId centreTile(const RasterRequest& r, int z)
{
    double x = r.extent.centerX(), y = r.extent.centerY();
    CoordinateTransform(kProject, Crs::fromDefinition(QStringLiteral("EPSG:3857"))).transform(x, y);
    const double side = 2 * WebMercatorHalf / double(1 << z);
    return {z, int(std::floor((x + WebMercatorHalf) / side)),
            int(std::floor((WebMercatorHalf - y) / side))};
}

} // namespace

TEST(TileTemplate, ExpandsItsPlaceholders)
{
    const TileTemplate osm =
        TileTemplate::parse(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    EXPECT_EQ(osm.url({12, 3371, 1552}).toString(),
              QStringLiteral("https://tile.openstreetmap.org/12/3371/1552.png"));
    EXPECT_FALSE(osm.needsKey());
    const TileTemplate tms = TileTemplate::parse(QStringLiteral("http://h/{z}/{x}/{-y}.png"));
    EXPECT_EQ(tms.url({3, 1, 2}).toString(), QStringLiteral("http://h/3/1/5.png"));
    const TileTemplate tdt =
        TileTemplate::parse(QStringLiteral("https://t{0-7}.tianditu.gov.cn/vec_w/"
                                           "wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}"));
    EXPECT_TRUE(tdt.needsKey());
    EXPECT_EQ(tdt.keyName(), QStringLiteral("tianditu"));
    // Host t((x + y) mod 8): the load spread over 天地图's eight hosts.
    EXPECT_EQ(tdt.url({10, 843, 388}, QStringLiteral("abc")).toString(),
              QStringLiteral("https://t7.tianditu.gov.cn/vec_w/wmts?TILEMATRIX=10&TILEROW=388&"
                             "TILECOL=843&tk=abc"));
    EXPECT_EQ(TileTemplate::parse(QStringLiteral("https://{s}.tile.example.com/{z}/{x}/{y}.png"))
                  .keyName(),
              QStringLiteral("example"));
    EXPECT_THROW(TileTemplate::parse(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}.png")),
                 Error);
    EXPECT_THROW(TileTemplate::parse(QStringLiteral("file:///tmp/{z}/{x}/{y}.png")), Error);
}

TEST(TileTemplate, TileExtentsFollowTheWebMercatorGrid)
{
    const Extent world = tileExtent({0, 0, 0});
    EXPECT_DOUBLE_EQ(world.xMin, -WebMercatorHalf);
    EXPECT_DOUBLE_EQ(world.yMax, WebMercatorHalf);
    const Extent ne = tileExtent({1, 1, 0});
    EXPECT_DOUBLE_EQ(ne.xMin, 0);
    EXPECT_DOUBLE_EQ(ne.yMin, 0);
}

TEST(TileFetcher, AReadReturnsAtOnceAndTheTilesArriveOnTheFetchersThread)
{
    test::TileServer server(tileColour);
    QTemporaryDir cache;
    TileRasterSource source(server.urlTemplate(), kProject, 0, {}, cache.path());
    std::atomic<QThread*> fetchThread = nullptr;
    QObject::connect(
        source.updates(), &RasterUpdates::progress, source.updates(),
        [&fetchThread](int, int, int) { fetchThread = QThread::currentThread(); },
        Qt::DirectConnection);

    int z = 0;
    const QVector<TileId> tiles = source.tilesFor(countyView(0), &z);
    EXPECT_EQ(z, 12) << "6 km on 256 pixels: 23 m a pixel; zoom 12 tiles have 25 m pixels";
    ASSERT_GE(tiles.size(), 1);
    ASSERT_LE(tiles.size(), 4);

    // The canvas way: nothing cached, the read draws nothing and returns without waiting.
    const RasterPixels first = source.read(countyView(0));
    EXPECT_EQ(first.tilesMissing, tiles.size());
    EXPECT_TRUE(first.colour.isNull());

    // The page way: waits for the tiles (fetched meanwhile on the fetcher's thread).
    const RasterPixels second = source.read(countyView(10000));
    EXPECT_EQ(second.tilesMissing, 0);
    ASSERT_FALSE(second.colour.isNull());
    // The progress signal follows the arrival that ended the wait: give it a moment.
    for (int i = 0; i < 200 && !fetchThread; ++i)
        QThread::msleep(10);
    ASSERT_NE(fetchThread, nullptr);
    EXPECT_NE(fetchThread, QThread::currentThread()) << "never fetched on the caller's thread";
    const QColor want =
        tileColour(12, centreTile(countyView(0), 12).x, centreTile(countyView(0), 12).y);
    EXPECT_EQ(second.colour.pixelColor(128, 128), want);
    EXPECT_EQ(server.requests(), tiles.size()) << "each tile asked for once";
    for (const TileId& t : tiles)
        EXPECT_TRUE(QFileInfo::exists(QDir(cache.path()).filePath(t.text())))
            << t.text().toStdString();
}

TEST(TileFetcher, ASecondRenderIsServedFromTheDiskCache)
{
    test::TileServer server(tileColour);
    QTemporaryDir cache;
    QImage firstImage;
    {
        TileRasterSource source(server.urlTemplate(), kProject, 0, {}, cache.path());
        firstImage = source.read(countyView(10000)).colour;
    }
    const int asked = server.requests();
    ASSERT_GT(asked, 0);
    // Another session (a new source, as the next start of the program): the same cache.
    TileRasterSource again(server.urlTemplate(), kProject, 0, {}, cache.path());
    const RasterPixels cached = again.read(countyView(0)); // not even waiting
    EXPECT_EQ(cached.tilesMissing, 0);
    EXPECT_EQ(server.requests(), asked) << "no request for a cached tile";
    EXPECT_EQ(again.fetcher().requestsSent(), 0);
    EXPECT_EQ(cached.colour, firstImage);
}

TEST(TileFetcher, AFailedTileIsNamedAndTheOthersDrawn)
{
    QTemporaryDir cache;
    const RasterRequest view = countyView(10000);
    const TileId lost = centreTile(view, 12);
    test::TileServer server(tileColour, [lost](int z, int x, int y) {
        return TileId{z, x, y} == lost;
    });
    TileRasterSource source(server.urlTemplate(), kProject, 0, {}, cache.path());
    const int tiles = int(source.tilesFor(view).size());
    const RasterPixels pixels = source.read(view);
    EXPECT_EQ(pixels.tilesMissing, 1);
    ASSERT_EQ(source.problems().size(), 1);
    EXPECT_EQ(source.problems().first(), lost.text() + QStringLiteral(": HTTP 404 Not Found"));
    if (tiles > 1)
        EXPECT_FALSE(pixels.colour.isNull()) << "the tiles that came are drawn";
    // Not asked again at once (a broken tile would otherwise be fetched on every redraw).
    source.read(view);
    EXPECT_EQ(server.requests(), tiles);
}

TEST(TileFetcher, AMissingTileIsDrawnFromACoarserCachedOne)
{
    test::TileServer server(tileColour);
    QTemporaryDir cache;
    TileRasterSource source(server.urlTemplate(), kProject, 0, {}, cache.path());
    // A view four times as wide, at zoom 10, is cached first.
    RasterRequest wide = countyView(10000);
    wide.extent = wide.extent.buffered(1.5);
    int zoom = 0;
    source.tilesFor(wide, &zoom);
    ASSERT_EQ(zoom, 10);
    source.read(wide);
    const int asked = server.requests();
    // Zoomed in without waiting: the zoom-12 tiles are missing, their zoom-10 parent stands in.
    const RasterPixels pixels = source.read(countyView(0));
    EXPECT_GT(pixels.tilesMissing, 0);
    ASSERT_FALSE(pixels.colour.isNull());
    const TileId parent = centreTile(countyView(0), 10);
    EXPECT_EQ(pixels.colour.pixelColor(128, 128), tileColour(10, parent.x, parent.y));
    source.read(countyView(10000));
    EXPECT_GT(server.requests(), asked) << "the zoom-12 tiles are fetched all the same";
}

TEST(TileFetcher, AKeyComesFromTheEnvironmentOrSettingsNeverTheTemplate)
{
    test::TileServer server(tileColour);
    QTemporaryDir cache;
    const QString withKey = server.urlTemplate() + QStringLiteral("?tk={key}");
    const QByteArray variable =
        "WORKSMAP_TILE_KEY_" + TileTemplate::parse(withKey).keyName().toUpper().toLatin1();
    qunsetenv(variable.constData());
    {
        TileRasterSource source(withKey, kProject, 0, {}, cache.path());
        source.read(countyView(5000));
        ASSERT_FALSE(source.problems().isEmpty());
        EXPECT_TRUE(source.problems().first().contains(QStringLiteral("no key")))
            << source.problems().first().toStdString();
        EXPECT_EQ(server.requests(), 0) << "no request without the key";
    }
    qputenv(variable.constData(), "secret42");
    TileRasterSource source(withKey, kProject, 0, {}, cache.path());
    EXPECT_EQ(source.read(countyView(5000)).tilesMissing, 0);
    qunsetenv(variable.constData());
    ASSERT_GT(server.requests(), 0);
    EXPECT_TRUE(server.targets().first().endsWith(QStringLiteral("?tk=secret42")))
        << server.targets().first().toStdString();
    EXPECT_EQ(source.info().urlTemplate, withKey) << "the template keeps {key}, not the key";
}
