#pragma once

#include "core/project.h"
#include "core/raster_source.h"

#include <QStringList>

#include <memory>

namespace wm {

/// Opens the raster of a project layer (role "raster") to be drawn in `projectCrs`:
/// `source` is a file GDAL reads as a raster (GeoTIFF, MBTiles, a GeoPackage whose tile
/// table is `entry.layerName`) or "xyz:<URL template>" for a tile service. `entry.render`,
/// `entry.attribution` and `entry.maxZoom` apply. Throws wm::Error naming the source.
std::shared_ptr<const RasterSource> openRasterLayer(const QString& source, const LayerEntry& entry,
                                                    const Crs& projectCrs);

/// The rasters in a file: {""} for a file that is one raster (GeoTIFF, MBTiles), a
/// GeoPackage's tile tables by name; empty when GDAL reads no raster in it.
QStringList rasterTablesIn(const QString& path);

/// The extent and CRS of a raster layer's source for choosing a project CRS; a null
/// extent for a tile service (it covers the world) or a source that cannot be read.
QPair<Extent, Crs> rasterFootprint(const QString& source, const LayerEntry& entry);

/// True for a file name WorksMap opens as a raster without asking GDAL (.tif, .tiff,
/// .mbtiles, …): the Add Layer dialog's filter and the role guess of a dataset.
bool looksLikeRasterFile(const QString& path);

} // namespace wm
