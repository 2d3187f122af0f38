#pragma once

#include "core/loaded_project.h"
#include "core/progress.h"
#include "core/role_registry.h"
#include "io/vector_reader.h"

#include <QVector>

#include <memory>

namespace wm {

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
