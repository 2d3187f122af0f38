#pragma once

#include "core/field_mapping.h"
#include "core/layer.h"
#include "core/project.h"
#include "core/role_registry.h"
#include "io/vector_reader.h"

#include <QVector>

#include <memory>

namespace wm {

/// A project layer after loading: its data, or why there is none.
struct LoadedLayer {
    LayerEntry entry;
    std::shared_ptr<const Layer> data; ///< null when the layer is unavailable
    QString problem;                   ///< why unavailable ("file not found: …")
    FieldMapping mapping;              ///< source columns → the role's fields
    QStringList warnings;              ///< e.g. geometry kind the role does not take

    bool isAvailable() const { return data != nullptr; }
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

/// Reads a project's layers (in parallel, one GDAL dataset per thread) into the
/// project CRS. A missing or unreadable source does not fail the load: the layer is
/// kept, marked unavailable, with the reason.
class ProjectLoader {
public:
    explicit ProjectLoader(const RoleRegistry& roles) : mRoles(roles) {}

    /// Throws wm::Error (naming the project file) for a layer with an unknown role.
    /// `progress` is called with (layers done, layers) and may cancel between layers.
    LoadedProject load(const Project& project, const ProgressCallback& progress = {}) const;

    /// A project made of every layer of one dataset, roles guessed from fields; throws
    /// wm::Error when the dataset cannot be read or a layer fits no role.
    Project projectForDataset(const QString& path) const;

    /// The CGCS2000 3° Gauss-Krüger zone nearest the centre of `extents` (each given in
    /// its CRS), or EPSG:4547 if no extent is known.
    static Crs chooseCrs(const QVector<QPair<Extent, Crs>>& extents, QString* reason = nullptr);

    /// Reads one layer of `project` into `crs` (e.g. a layer the editor just copied into
    /// the works GeoPackage); a problem is reported in the result, as load() does.
    LoadedLayer loadLayer(const Project& project, const LayerEntry& entry, const Crs& crs) const;

private:
    const RoleRegistry& mRoles;
};

} // namespace wm
