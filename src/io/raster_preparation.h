#pragma once

#include "core/loaded_project.h"
#include "core/progress.h"

#include <QVector>

namespace wm {

/// Indices of the raster layers of `project` read from a large file without overviews
/// (GdalRasterSource::needsOverviews): each view of all of such a file reads every pixel.
QVector<int> layersNeedingOverviews(const LoadedProject& project);

/// Layer `index` of `project` with its overviews built in the cache
/// (raster_overviews.h) and its source opened again over them; the user's file is not
/// touched. Throws wm::Error, or wm::Cancelled when `progress` stops it.
LoadedLayer withOverviews(const LoadedProject& project, int index,
                          const ProgressCallback& progress = {});

/// Every layer of layersNeedingOverviews() given its overviews (what the CLI does before
/// drawing, without asking). Returns the names of the layers done.
QStringList buildMissingOverviews(LoadedProject& project, const ProgressCallback& progress = {});

} // namespace wm
