#pragma once

#include "core/raster_source.h"
#include "io/tile_fetcher.h"
#include "io/tile_template.h"

#include <QCache>
#include <QImage>

#include <memory>
#include <mutex>

namespace wm {

/// A web-mercator tile service (XYZ, or WMTS in the "w" matrix set as 天地图 serves it)
/// drawn in a project CRS. A read picks the zoom level of the view's resolution (96-dpi
/// tiles, whatever the output's dpi), takes the tiles from memory or the disk cache,
/// queues the others on the fetcher and, when the request allows, waits for them; a tile
/// still missing is drawn from a coarser cached tile (or left out). The mosaic is then
/// reprojected onto the view with GDALWarp.
class TileRasterSource : public RasterSource {
public:
    /// Throws wm::Error for a template TileTemplate::parse refuses. `cacheDir` empty:
    /// tileCacheDir(template). `maxZoom` 0: 19 (天地图 serves 18).
    TileRasterSource(const QString& urlTemplate, const Crs& projectCrs, int maxZoom = 0,
                     const QString& attribution = {}, const QString& cacheDir = {});

    const RasterInfo& info() const override { return mInfo; }
    RasterPixels read(const RasterRequest& request) const override;
    RasterUpdates* updates() const override { return mFetcher->updates(); }
    QStringList problems() const override { return mFetcher->problems(); }

    /// The tiles a read of `request` draws, and their zoom level.
    QVector<TileId> tilesFor(const RasterRequest& request, int* zoom = nullptr) const;
    const TileFetcher& fetcher() const { return *mFetcher; }

private:
    /// A tile's image from memory or the disk cache; null when neither has it.
    QImage cachedTile(const TileId& tile) const;

    TileTemplate mTemplate;
    Crs mProjectCrs;
    RasterInfo mInfo;
    std::unique_ptr<TileFetcher> mFetcher;
    mutable std::mutex mMemoryMutex;
    mutable QCache<quint64, QImage> mMemory; ///< decoded tiles, cost in bytes
};

} // namespace wm
