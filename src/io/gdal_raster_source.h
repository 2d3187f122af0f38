#pragma once

#include "core/raster_source.h"

#include <QString>

#include <mutex>
#include <vector>

namespace wm {

/// A raster file GDAL reads (GeoTIFF, MBTiles, GeoPackage tiles) drawn in a project CRS.
/// Each read resamples only the window under the view, from the overview closest to the
/// view's resolution: the file's own, or those WorksMap built in its cache
/// (raster_overviews.h), which are used as soon as they exist.
class GdalRasterSource : public RasterSource {
public:
    /// Opens `path` (with `table` a GeoPackage's tile table; empty: the file's raster) to
    /// be drawn in `projectCrs` as `render` says (Auto: decided from the bands). Throws
    /// wm::Error naming the file when GDAL cannot read it as a georeferenced raster.
    GdalRasterSource(const QString& path, const QString& table, const Crs& projectCrs,
                     RasterRender render = RasterRender::Auto, const QString& attribution = {});
    ~GdalRasterSource() override;
    GdalRasterSource(const GdalRasterSource&) = delete;
    GdalRasterSource& operator=(const GdalRasterSource&) = delete;

    /// What the file is, without a project: driver, size, bands, CRS, extent in its own
    /// CRS, overviews (render resolved as Auto would). Throws wm::Error as the constructor.
    static RasterInfo probe(const QString& path, const QString& table = {});

    const RasterInfo& info() const override { return mInfo; }
    RasterPixels read(const RasterRequest& request) const override;

    const QString& path() const { return mPath; }
    const QString& table() const { return mTable; }
    /// Large (over 4096 × 4096 pixels) and without overviews: every view of the whole file
    /// reads every pixel. raster_overviews.h builds them in the cache.
    bool needsOverviews() const;

private:
    /// A dataset handle for this thread's read; handed back with release().
    void* acquire() const;
    void release(void* dataset) const;

    QString mPath;
    QString mTable;
    QString mOpenName; ///< what GDAL opens: the file, its table, or the cache's VRT
    bool mExpandPalette = false;
    Crs mProjectCrs;
    RasterInfo mInfo;
    mutable std::mutex mPoolMutex;
    mutable std::vector<void*> mPool; ///< idle GDAL handles (one is used by one read at a time)
};

} // namespace wm
