#pragma once

#include "core/crs.h"
#include "core/raster_source.h"

#include <QSize>
#include <QVector>

typedef void* GDALDatasetH;

namespace wm::raster {

/// What a warp hands back.
enum class WarpOutput {
    Colour, ///< the source's first three bands as red, green, blue, with alpha
    Values  ///< band 1 in its own units, with validity
};

/// Resamples `source` (any CRS) onto the grid of `request` in `targetCrs` with GDALWarp
/// (bilinear). Only the source window under the view is read, from overview `overview`
/// (-1: full resolution). Colour output needs 3 colour bands (a 4th alpha band is
/// honoured); Values output reads band 1. Nodata and areas outside the source come back
/// transparent / invalid. Throws wm::Error when GDAL fails; a cancelled request comes
/// back with `cancelled` set.
RasterPixels warpToGrid(GDALDatasetH source, const Crs& targetCrs, const RasterRequest& request,
                        WarpOutput output, int overview);

/// The overview to read for a view that spans `sourcePixels` full-resolution pixels of
/// the source across `viewPixels` output pixels: the coarsest level still at least as
/// fine as the view (as GDAL's `-ovr AUTO`), or -1 for full resolution. `overviews` are
/// the levels' sizes, largest first, of a source `full` pixels wide.
int overviewFor(const QVector<QSize>& overviews, QSize full, double sourcePixels,
                double viewPixels);

} // namespace wm::raster
