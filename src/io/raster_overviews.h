#pragma once

#include "core/progress.h"

#include <QString>

namespace wm {

/// Overviews of a user's raster are built in WorksMap's cache, never beside the file: a
/// VRT pointing at the file (by absolute path) with its overviews in `<vrt>.ovr` next to
/// it, in rasterCacheDir(path). GDAL reads a VRT's external overviews like a GeoTIFF's,
/// so the source opens the VRT instead of the file once it exists; a file changed since
/// (size or time) gets a new folder. The user's file and folder are never written.

/// The cache's VRT with overviews for `path`, or empty when none was built.
QString cachedOverviews(const QString& path);

/// Builds overviews of `path` (factors 2, 4, 8, … down to 256 pixels; averaged, nearest
/// for a palette) in the cache and returns the VRT's path. Written into a temporary
/// folder renamed into place, so a stop leaves nothing half-built. `progress` gets
/// (per mille done, 1000) and may cancel (wm::Cancelled); other failures throw wm::Error.
QString buildOverviews(const QString& path, const ProgressCallback& progress = {});

} // namespace wm
