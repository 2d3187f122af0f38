#pragma once

#include <QString>

namespace wm {

/// Where WorksMap keeps what it derives from sources and services, never beside them:
/// `$WORKSMAP_CACHE_DIR` if set (tests, shared machines), else the user's cache folder
/// (`~/.cache/worksmap` on Linux; one for the window and the CLI, whatever their names).
QString cacheRoot();

/// The tile folder of a tile service: `<cacheRoot>/tiles/<hash of the URL template>`,
/// tiles under it as `z/x/y`. The template is hashed with its key placeholder, never the
/// key, so a key can change without losing the tiles.
QString tileCacheDir(const QString& urlTemplate);

/// The folder of a raster file's overviews: `<cacheRoot>/rasters/<hash>`, the hash of its
/// absolute path, size and modification time, so a changed file gets new overviews.
QString rasterCacheDir(const QString& rasterPath);

} // namespace wm
