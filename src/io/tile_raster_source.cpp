#include "io/tile_raster_source.h"

#include "core/coordinate_transform.h"
#include "io/gdal_support.h"
#include "io/raster_cache.h"
#include "io/raster_warp.h"

#include <QFileInfo>
#include <QPainter>

#include <gdal.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace wm {

namespace {
constexpr int TileSize = 256;
constexpr int DefaultMaxZoom = 19;
/// A read never takes more tiles than this: a view asking for more drops a zoom level
/// (a 4K screen of 256-pixel tiles needs about 160).
constexpr int MaxTilesPerRead = 400;
/// Coarser levels searched for a stand-in while a tile is missing.
constexpr int FallbackLevels = 5;
constexpr qint64 MemoryCacheBytes = qint64(128) << 20;

Crs webMercator()
{
    return Crs::fromDefinition(QStringLiteral("EPSG:3857"));
}

struct DatasetCloser {
    void operator()(void* ds) const
    {
        if (ds)
            GDALClose(ds);
    }
};
} // namespace

TileRasterSource::TileRasterSource(const QString& urlTemplate, const Crs& projectCrs, int maxZoom,
                                   const QString& attribution, const QString& cacheDir)
    : mTemplate(TileTemplate::parse(urlTemplate)), mProjectCrs(projectCrs),
      mMemory(MemoryCacheBytes)
{
    mInfo.driver = QStringLiteral("XYZ");
    mInfo.bandTypes = {QStringLiteral("Byte"), QStringLiteral("Byte"), QStringLiteral("Byte"),
                       QStringLiteral("Byte")};
    mInfo.sourceCrs = webMercator();
    mInfo.render = RasterRender::Colour;
    mInfo.attribution = attribution;
    mInfo.urlTemplate = mTemplate.text();
    mInfo.minZoom = 0;
    mInfo.maxZoom = maxZoom > 0 ? maxZoom : DefaultMaxZoom;
    mFetcher = std::make_unique<TileFetcher>(
        mTemplate, cacheDir.isEmpty() ? tileCacheDir(mTemplate.text()) : cacheDir);
}

QVector<TileId> TileRasterSource::tilesFor(const RasterRequest& request, int* zoom) const
{
    if (request.size.isEmpty() || request.extent.isNull())
        return {};
    Extent m = CoordinateTransform(mProjectCrs, webMercator()).transformExtent(request.extent);
    m.xMin = std::max(m.xMin, -WebMercatorHalf);
    m.yMin = std::max(m.yMin, -WebMercatorHalf);
    m.xMax = std::min(m.xMax, WebMercatorHalf);
    m.yMax = std::min(m.yMax, WebMercatorHalf);
    if (m.isNull() || m.width() <= 0 || m.height() <= 0)
        return {};
    // Tiles are drawn for 96-dpi screens: one tile pixel per 1/96 inch of the output.
    const double perPixel = m.width() / request.size.width() * std::max(1.0, request.dpi) / 96.0;
    const double exact = std::log2(2 * WebMercatorHalf / TileSize / perPixel);
    int z = std::clamp(int(std::lround(exact)), mInfo.minZoom, mInfo.maxZoom);
    for (;; --z) {
        const double side = 2 * WebMercatorHalf / double(1 << z);
        const int last = (1 << z) - 1;
        const int x0 = std::clamp(int(std::floor((m.xMin + WebMercatorHalf) / side)), 0, last);
        const int x1 = std::clamp(int(std::floor((m.xMax + WebMercatorHalf) / side)), 0, last);
        const int y0 = std::clamp(int(std::floor((WebMercatorHalf - m.yMax) / side)), 0, last);
        const int y1 = std::clamp(int(std::floor((WebMercatorHalf - m.yMin) / side)), 0, last);
        if (z > mInfo.minZoom && (x1 - x0 + 1) * (y1 - y0 + 1) > MaxTilesPerRead)
            continue;
        QVector<TileId> tiles;
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                tiles.push_back({z, x, y});
        if (zoom)
            *zoom = z;
        return tiles;
    }
}

QImage TileRasterSource::cachedTile(const TileId& tile) const
{
    {
        std::lock_guard lock(mMemoryMutex);
        if (const QImage* image = mMemory.object(tile.key()))
            return *image;
    }
    const QString path = mFetcher->cachePath(tile);
    if (!QFileInfo::exists(path))
        return {};
    QImage image(path);
    if (image.isNull())
        return {};
    image = image.convertToFormat(QImage::Format_RGBA8888);
    std::lock_guard lock(mMemoryMutex);
    mMemory.insert(tile.key(), new QImage(image), qsizetype(image.sizeInBytes()));
    return image;
}

RasterPixels TileRasterSource::read(const RasterRequest& request) const
{
    RasterPixels out;
    out.size = request.size;
    int z = 0;
    const QVector<TileId> tiles = tilesFor(request, &z);
    if (tiles.isEmpty())
        return out;
    QVector<TileId> missing;
    for (const TileId& t : tiles)
        if (cachedTile(t).isNull())
            missing << t;
    if (!missing.isEmpty()) {
        mFetcher->request(missing);
        if (request.waitMs > 0)
            mFetcher->waitFor(missing, request.waitMs, request.cancel);
    }
    if (request.cancel && request.cancel->load()) {
        out.cancelled = true;
        return out;
    }

    const int x0 = tiles.front().x, y0 = tiles.front().y;
    const int columns = tiles.back().x - x0 + 1, rows = tiles.back().y - y0 + 1;
    QImage mosaic(columns * TileSize, rows * TileSize, QImage::Format_RGBA8888);
    mosaic.fill(Qt::transparent);
    int drawn = 0;
    {
        QPainter painter(&mosaic);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        for (const TileId& t : tiles) {
            const QRect slot((t.x - x0) * TileSize, (t.y - y0) * TileSize, TileSize, TileSize);
            const QImage image = cachedTile(t);
            if (!image.isNull()) {
                painter.drawImage(slot, image);
                ++drawn;
                continue;
            }
            ++out.tilesMissing;
            // Meanwhile the coarser tile that covers it, enlarged: blurred, not blank.
            for (int d = 1; d <= FallbackLevels && d <= t.z; ++d) {
                const QImage parent = cachedTile({t.z - d, t.x >> d, t.y >> d});
                if (parent.isNull())
                    continue;
                const double part = double(parent.width()) / (1 << d);
                const QRectF from((t.x & ((1 << d) - 1)) * part, (t.y & ((1 << d) - 1)) * part,
                                  part, part);
                painter.drawImage(QRectF(slot), parent, from);
                ++drawn;
                break;
            }
        }
    }
    if (drawn == 0)
        return out;

    // The mosaic as a GDAL dataset in EPSG:3857, reprojected onto the view.
    gdal::ensureRegistered();
    std::unique_ptr<void, DatasetCloser> ds(GDALCreate(
        GDALGetDriverByName("MEM"), "", mosaic.width(), mosaic.height(), 4, GDT_Byte, nullptr));
    if (!ds)
        return out;
    const double side = 2 * WebMercatorHalf / double(1 << z);
    double transform[6] = {-WebMercatorHalf + x0 * side,
                           side / TileSize,
                           0,
                           WebMercatorHalf - y0 * side,
                           0,
                           -side / TileSize};
    GDALSetGeoTransform(ds.get(), transform);
    OGRSpatialReference srs;
    srs.importFromEPSG(3857);
    GDALSetSpatialRef(ds.get(), OGRSpatialReference::ToHandle(&srs));
    int bands[] = {1, 2, 3, 4};
    if (GDALDatasetRasterIO(ds.get(), GF_Write, 0, 0, mosaic.width(), mosaic.height(),
                            mosaic.bits(), mosaic.width(), mosaic.height(), GDT_Byte, 4, bands, 4,
                            mosaic.bytesPerLine(), 1) != CE_None)
        return out;
    GDALSetRasterColorInterpretation(GDALGetRasterBand(ds.get(), 4), GCI_AlphaBand);
    const int missingCount = out.tilesMissing;
    out = raster::warpToGrid(ds.get(), mProjectCrs, request, raster::WarpOutput::Colour, -1);
    out.tilesMissing = missingCount;
    out.overviewLevel = mInfo.maxZoom - z;
    out.sourcePixelsRead = qint64(mosaic.width()) * mosaic.height();
    return out;
}

} // namespace wm
