#pragma once

#include "core/raster_source.h"
#include "render/map_settings.h"

#include <QImage>

#include <atomic>

class QPainter;

namespace wm {

/// What drawing one raster layer left undone.
struct RasterDrawn {
    int tilesMissing = 0; ///< tiles not fetched yet (drawn coarser or left out)
    bool cancelled = false;
};

/// The pixels of a read coloured as `render` says: colour sources as they are, a grey
/// band stretched over [info.minimum, info.maximum], a DEM hillshaded with cells of
/// `cellSize` metres (then the outer ring of `pixels` is only read for the gradient and
/// the image is one pixel smaller on every side).
QImage rasterImage(const RasterPixels& pixels, const RasterInfo& info, double cellSize);

/// Reads the view of `settings` from `source` and draws it over the whole output, at the
/// painter's current opacity. PDF and SVG pages take the pixels at 150 dpi at most (an
/// image in a vector file; finer only weighs more).
RasterDrawn drawRaster(QPainter& painter, const RasterSource& source, const MapSettings& settings,
                       const std::atomic<bool>* cancel = nullptr);

} // namespace wm
