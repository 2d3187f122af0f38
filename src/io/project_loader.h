#pragma once

#include "core/loaded_project.h"
#include "core/progress.h"
#include "core/role_registry.h"
#include "io/vector_reader.h"

#include <QPointF>
#include <QVector>
#include <optional>

#include <memory>

namespace wm {

/// Reads a project's layers (in parallel, one GDAL dataset per thread) into the
/// project CRS. A missing or unreadable source does not fail the load: the layer is
/// kept, marked unavailable, with the reason.
class ProjectLoader {
public:
    explicit ProjectLoader(const RoleRegistry& roles) : mRoles(roles) {}

    /// PostGIS tables of more than `rows` features, in the project CRS, are not read but
    /// left in the database (LoadedLayer::remote); -1 (the default) reads every table.
    void setLeaveInDatabaseAbove(qint64 rows) { mLeaveAbove = rows; }

    /// Throws wm::Error (naming the project file) for a layer with an unknown role.
    /// `progress` is called with (layers done, layers) and may cancel between layers.
    LoadedProject load(const Project& project, const ProgressCallback& progress = {}) const;

    /// A project made of every layer of one dataset, roles guessed from fields; throws
    /// wm::Error when the dataset cannot be read or a layer fits no role.
    Project projectForDataset(const QString& path) const;

    /// What one layer tells about where the project is, in the layer's CRS.
    struct CrsVote {
        Crs crs;
        Extent boundaryExtent;         ///< a boundary layer's extent; null for other roles
        std::optional<QPointF> centre; ///< median of the features' centres (medianCentre)
    };
    /// The CGCS2000 3° Gauss-Krüger zone nearest a robust centre: that of the boundary
    /// layers' extents, else the median of the layers' median centres, else EPSG:4547.
    /// Whole-layer extents never vote: three villages at (0,0) or one at 1e308 would
    /// move the zone (issue 17).
    static Crs chooseCrs(const QVector<CrsVote>& votes, QString* reason = nullptr);

    /// Reads one layer of `project` into `crs` (e.g. a layer the editor just copied into
    /// the works GeoPackage); a problem is reported in the result, as load() does.
    /// `where`: only the features matching this attribute filter (ReadOptions::where).
    LoadedLayer loadLayer(const Project& project, const LayerEntry& entry, const Crs& crs,
                          const QString& where = {}) const;

    /// Reads whole every layer of `project` left in its database (a tool that needs every
    /// feature in memory, such as site suggestion). Throws wm::Error naming the source.
    void readLayersLeftInDatabase(LoadedProject& project) const;

private:
    /// The table of `entry` as a RemoteTable and its fields, when it is to be left in the
    /// database; false to read it.
    bool leftInDatabase(const QString& path, const ReadOptions& options, const Crs& crs,
                        LoadedLayer& out) const;

    const RoleRegistry& mRoles;
    qint64 mLeaveAbove = -1;
};

} // namespace wm
