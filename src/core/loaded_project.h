#pragma once

#include "core/crs.h"
#include "core/extent.h"
#include "core/field_mapping.h"
#include "core/layer.h"
#include "core/project.h"
#include "core/raster_source.h"
#include "core/view_source.h"

#include <QVector>

#include <memory>

namespace wm {

/// PostGIS tables of more features than this are left in the database by the window and
/// by `check` (its --in-database-above): a million villages are drawn by the view and
/// measured by SQL rather than read.
constexpr qint64 DefaultInDatabaseAbove = 200000;

/// A database table left where it is because it is too large to read whole
/// (ProjectLoader::setLeaveInDatabaseAbove): a check measures it with SQL next to the data
/// and reads only what it must show.
struct RemoteTable {
    QString source;         ///< the connection as the project names it ("PG:service=…")
    QString table;          ///< "schema.table"
    QString fidColumn;      ///< the column feature ids come from ("fid")
    QString geometryColumn; ///< "geom"
    qint64 rows = 0;        ///< features in the table when it was looked at
    Extent extent;          ///< in the project CRS, which is the table's
    /// Reads the features a map view shows (null: not drawn).
    std::shared_ptr<const ViewSource> view;
};

/// A project layer after loading: its data, or why there is none.
struct LoadedLayer {
    LayerEntry entry;
    std::shared_ptr<const Layer> data; ///< null for a raster or when the layer is unavailable
    QString problem;                   ///< why unavailable ("file not found: …")
    FieldMapping mapping;              ///< source columns → the role's fields
    QStringList warnings;              ///< e.g. geometry kind the role does not take
    /// A raster layer's pixels (role "raster"); null for features or when unavailable.
    std::shared_ptr<const RasterSource> raster;
    /// A table left in its database: `data` then holds its fields and no feature (read
    /// features through the check's NearData, never count `data`).
    std::shared_ptr<const RemoteTable> remote;

    /// Features were read (vector layers and tables); false for rasters, which have none.
    bool isAvailable() const { return data != nullptr; }
    bool isRaster() const { return raster != nullptr; }
    bool isRemote() const { return remote != nullptr; }
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
