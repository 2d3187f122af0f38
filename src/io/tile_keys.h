#pragma once

#include <QString>

namespace wm {

/// The user's key for tile service `name` ("tianditu", TileTemplate::keyName()):
/// `$WORKSMAP_TILE_KEY_<NAME>` when set (a CLI on a server), else the user's settings
/// (`tileKeys/<name>` of organisation and application "WorksMap", the window's, which the
/// CLI reads too). Keys live there and never in a project file, which is shared.
QString tileServiceKey(const QString& name);

/// Stores `key` for `name` in the user's settings (an empty key removes it).
void setTileServiceKey(const QString& name, const QString& key);

} // namespace wm
