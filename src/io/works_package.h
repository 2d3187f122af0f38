#pragma once

#include "core/layer_role.h"
#include "core/output_layer.h"
#include "core/project.h"
#include "io/project_loader.h"

#include <QString>

namespace wm {

/// What adopting a layer into the works GeoPackage did, for telling the user.
struct AdoptResult {
    LayerEntry entry;    ///< the layer's entry, now pointing into the package
    bool copied = false; ///< false: it was already there
    /// The copy an interrupted earlier run made (unreferenced, marked with this source)
    /// was taken instead of copying again.
    bool reused = false;
    QString from;            ///< the source it was copied from (left unchanged)
    QStringList addedFields; ///< role fields the copy gained (e.g. "scenario")
    qint64 features = 0;
};

/// The loaded layer's features as an output layer `name`, with an empty column added for
/// each field of `role` the layer has no column for (their names appended to
/// `addedFields`): what a copy for editing needs (a proposal's `scenario`, a form's
/// `status`).
OutputLayer outputLayerForRole(const LoadedLayer& layer, const LayerRole& role, const QString& name,
                               QStringList* addedFields = nullptr);

/// The GeoPackage a project owns for the works layers planners edit
/// (Project::worksPackagePath()). Editing only ever writes there: a layer read from a
/// user's own file is first copied in, so the file they were sent is never changed behind
/// their back, and it gains the role's fields it lacks (a proposed feature needs its
/// `scenario`, a form needs `status`).
class WorksPackage {
public:
    /// True when the layer's source already is the project's works GeoPackage.
    static bool holds(const Project& project, const LayerEntry& entry);

    /// Copies the loaded layer (every feature, attribute and geometry as the project shows
    /// them: decoded text, points made from coordinate columns, in the project CRS `crs`)
    /// into the works GeoPackage, creating the package if needed, under a layer name not
    /// yet taken, in one transaction (a new package is written beside and renamed into
    /// place). Throws wm::Error naming the file when the package cannot be written; the
    /// package is then as it was. The source is only read.
    static AdoptResult adopt(const Project& project, const LoadedLayer& layer,
                             const LayerRole& role, const Crs& crs);
};

} // namespace wm
