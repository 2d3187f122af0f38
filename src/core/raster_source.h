#pragma once

#include "core/crs.h"
#include "core/extent.h"

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace wm {

/// How a raster layer is drawn: a project layer's "render" value.
enum class RasterRender {
    Auto,     ///< decided from the bands: RGB(A) as colour, a single Int16/Int32/Float band
              ///< as a DEM (hillshade), any other single band as stretched grey
    Colour,   ///< "rgb": the bands as red, green, blue (and alpha); a palette expanded
    Grey,     ///< "grey": band 1 stretched between its minimum and maximum
    Hillshade ///< "hillshade": band 1 is elevation in metres, shaded from the north-west
};

/// "auto", "rgb", "grey", "hillshade"; an unknown name is Auto and sets `ok` false.
RasterRender rasterRenderFromName(const QString& name, bool* ok = nullptr);
QString rasterRenderName(RasterRender render);

/// What a raster source is, for `info`, the layer list and the page notes.
struct RasterInfo {
    QString driver;           ///< GDAL driver ("GTiff", "MBTiles", "GPKG") or "XYZ"
    QSize size;               ///< full-resolution pixels; empty for a tile service
    QStringList bandTypes;    ///< GDAL data type per band ("Byte", "Float32")
    Crs sourceCrs;            ///< as the source declares it (EPSG:3857 for tile services)
    Extent sourceExtent;      ///< in sourceCrs units; null for a tile service (the world)
    Extent extent;            ///< in the project CRS; null for a tile service
    double pixelSize = 0;     ///< sourceCrs units per pixel at full resolution
    QVector<QSize> overviews; ///< reduced-resolution levels, largest first
    QString overviewsFrom;    ///< "internal", "sidecar" (.ovr beside the file), the cache VRT, ""
    RasterRender render = RasterRender::Auto; ///< resolved: never Auto
    double minimum = 0, maximum = 0;          ///< band 1's range (the grey stretch)
    QString attribution;                      ///< printed in the page notes
    QString urlTemplate;                      ///< a tile service's template (keys left as {key})
    int minZoom = 0, maxZoom = 0;             ///< a tile service's zoom levels
};

/// One read of a raster: the visible extent of a view and its pixel grid.
struct RasterRequest {
    Extent extent;   ///< project CRS units (metres), the whole output
    QSize size;      ///< output pixels; extent / size is the view's resolution
    double dpi = 96; ///< output resolution: tiles are chosen for 96 dpi symbols (a page
                     ///< at 300 dpi takes the tiles of a 96-dpi screen, drawn finer)
    /// Wait this long for tiles still being fetched (a page, the CLI); 0: draw what is
    /// cached now and let the fetcher announce the rest (the canvas).
    int waitMs = 0;
    const std::atomic<bool>* cancel = nullptr;
};

/// Pixels of a raster resampled onto a request's grid (row-major, top row first).
struct RasterPixels {
    QSize size;
    /// Colour sources: the view as an image (Format_ARGB32, transparent where the raster
    /// has no data); null for a value source.
    QImage colour;
    /// Value sources: band 1 in its own units (elevation in metres for a DEM).
    std::vector<float> values;
    std::vector<unsigned char> valid; ///< 1 where `values` holds data
    /// Values read from a reduced-resolution level (an overview or a lower zoom), for
    /// tests and benchmarks: the number of source pixels the read touched, roughly.
    qint64 sourcePixelsRead = 0;
    int overviewLevel = -1; ///< -1: full resolution; else the overview index used
    int tilesMissing = 0;   ///< tiles not (yet) available, drawn from a coarser zoom or left out
    bool cancelled = false;
};

/// Tells whoever shows a raster that it has more to show (tiles arrived) or that its
/// fetcher is busy: the canvas redraws, the status bar shows progress.
class RasterUpdates : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// New pixels are available for views already drawn.
    void changed();
    /// `pending` requests in flight or queued; `done` and `failed` since the last idle.
    void progress(int pending, int done, int failed);
};

/// A raster a map can draw: a GDAL dataset (GeoTIFF, MBTiles, GeoPackage tiles) or a
/// tile service. Implemented in io/ (GDAL, network); the renderer only asks for the
/// pixels of a view, which it colours (render/raster_drawer). Reads may run on several
/// threads at once.
class RasterSource {
public:
    virtual ~RasterSource();
    virtual const RasterInfo& info() const = 0;
    /// The pixels of `request`, reprojected to the project CRS; only what the view needs
    /// is read, at the level of detail closest to the view's resolution.
    virtual RasterPixels read(const RasterRequest& request) const = 0;
    /// Announces new pixels and fetch progress; null for a source that is complete.
    virtual RasterUpdates* updates() const { return nullptr; }
    /// What went wrong in reads so far ("tile 12/3371/1552: HTTP 404"), most recent last.
    virtual QStringList problems() const { return {}; }
};

} // namespace wm
