#pragma once

#include "core/feature_edit_buffer.h"
#include "core/role_registry.h"
#include "io/project_loader.h"

#include <QStringList>

#include <vector>

namespace wm {

/// What adding proposals to a project did, for the report.
struct AddedProposals {
    QString layerId;
    QString package;   ///< the works GeoPackage written
    QString layerName; ///< its layer
    int added = 0;
    bool adopted = false;      ///< the layer was first copied in from a user's file
    QString adoptedFrom;       ///< that file (only read)
    QStringList addedFields;   ///< role fields the copy gained
    bool projectSaved = false; ///< the project file now reads the layer from the package
    bool reusedCopy = false;   ///< the copy an interrupted run left was taken, not made again
};

/// Appends `features` to works layer `layerId` of `project` (`worksmap-cli suggest
/// --add-to-project`): the same path as the editor's "Add to Scenario" then "Save Edits".
/// A layer read from a user's file is first copied into the project's works GeoPackage and
/// the project file is saved (atomically) with the layer's new source; the user's file is
/// never written. The features go into the package in one transaction. Values are given by
/// role field name and land in the layer's mapped columns; unknown names are errors (a
/// silently dropped "scenario" would turn a proposal into an existing facility). Throws
/// wm::Error naming the file; on failure the package and project file are as they were,
/// except that a layer already copied in stays there (unused until the project names it).
AddedProposals addProposalsToProject(const LoadedProject& project, const RoleRegistry& roles,
                                     const QString& layerId,
                                     const std::vector<ProposedFeature>& features);

} // namespace wm
