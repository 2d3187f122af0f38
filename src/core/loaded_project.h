#pragma once

#include "core/crs.h"
#include "core/extent.h"
#include "core/field_mapping.h"
#include "core/layer.h"
#include "core/project.h"
#include "core/raster_source.h"

#include <QVector>

#include <memory>

namespace wm {

/// A project layer after loading: its data, or why there is none.
struct LoadedLayer {
    LayerEntry entry;
    std::shared_ptr<const Layer> data; ///< null for a raster or when the layer is unavailable
    QString problem;                   ///< why unavailable ("file not found: …")
    FieldMapping mapping;              ///< source columns → the role's fields
    QStringList warnings;              ///< e.g. geometry kind the role does not take
    /// A raster layer's pixels (role "raster"); null for features or when unavailable.
    std::shared_ptr<const RasterSource> raster;

    /// Features were read (vector layers and tables); false for rasters, which have none.
    bool isAvailable() const { return data != nullptr; }
    bool isRaster() const { return raster != nullptr; }
    /// Something to show: features or raster pixels.
    bool isReadable() const { return data != nullptr || raster != nullptr; }
    /// The column holding role field `field`: the mapped source column, else a column of
    /// that very name (one the works package added); empty when there is neither.
    QString columnOf(const QString& field) const;
};

/// A project with its layers read into memory in one CRS.
struct LoadedProject {
    Project project;
    Crs crs;           ///< the CRS all layers were transformed into
    QString crsReason; ///< how it was chosen ("set in the project", "auto: …")
    Extent extent;     ///< the project's extent, or that of all layers
    QVector<LoadedLayer> layers;

    const LoadedLayer* layer(const QString& id) const;
    int unavailableCount() const;
    /// The project as it should be saved: `project` with the layers' current entries
    /// (the entries of `layers` are the ones the app edits), except layers without a
    /// source (made in memory, such as unsaved coverage results).
    Project toProject() const;
};

} // namespace wm
