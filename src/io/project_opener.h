#pragma once

#include "io/project_loader.h"

namespace wm {

/// True for a WorksMap project file (a .json that is not GeoJSON); false for datasets.
bool isProjectFile(const QString& path);

/// Loads a project file, or a dataset as a project of its layers with guessed roles.
/// Throws wm::Error naming the file for anything the user must fix.
/// `leaveInDatabaseAbove`: see ProjectLoader::setLeaveInDatabaseAbove.
LoadedProject openProjectOrDataset(const QString& path, const RoleRegistry& roles,
                                   const ProgressCallback& progress = {},
                                   qint64 leaveInDatabaseAbove = -1);

/// As openProjectOrDataset(), for the verbs that compute or draw: throws wm::Error naming the
/// project, the layer and its problem when any layer is unavailable (`info` describes such a
/// project instead).
LoadedProject openProjectToCompute(const QString& path, const RoleRegistry& roles,
                                   const ProgressCallback& progress = {},
                                   qint64 leaveInDatabaseAbove = -1);

} // namespace wm
