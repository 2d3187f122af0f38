#pragma once

#include <QString>

namespace wm {

/// Folder holding layers/ and styles/: $WORKSMAP_DATA_DIR if set, else the installed
/// share/worksmap next to the executable, else the source tree the build came from.
QString resourceRoot();
QString layerRolesDir();
QString stylesDir();

} // namespace wm
