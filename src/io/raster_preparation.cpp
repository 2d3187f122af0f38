#include "io/raster_preparation.h"

#include "io/gdal_raster_source.h"
#include "io/raster_layer.h"
#include "io/raster_overviews.h"

namespace wm {

QVector<int> layersNeedingOverviews(const LoadedProject& project)
{
    QVector<int> out;
    for (int i = 0; i < project.layers.size(); ++i) {
        const auto* file = dynamic_cast<const GdalRasterSource*>(project.layers[i].raster.get());
        if (file && file->needsOverviews())
            out << i;
    }
    return out;
}

LoadedLayer withOverviews(const LoadedProject& project, int index, const ProgressCallback& progress)
{
    LoadedLayer layer = project.layers[index];
    const auto* file = dynamic_cast<const GdalRasterSource*>(layer.raster.get());
    if (!file)
        return layer;
    buildOverviews(file->path(), progress);
    layer.raster = openRasterLayer(file->path(), layer.entry, project.crs);
    return layer;
}

QStringList buildMissingOverviews(LoadedProject& project, const ProgressCallback& progress)
{
    QStringList done;
    for (const int i : layersNeedingOverviews(project)) {
        project.layers[i] = withOverviews(project, i, progress);
        done << project.layers[i].entry.displayName();
    }
    return done;
}

} // namespace wm
