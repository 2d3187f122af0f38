#pragma once

#include <QString>
#include <QStringList>

namespace wm {

/// Where an output is written before it is renamed into place: hidden beside `path` (same
/// file system), tagged with this process's id so two runs never share one, and keeping
/// the suffix drivers go by: "out/.sites.gpkg.partial-4711.gpkg".
QString partialPathFor(const QString& path);

/// Removes the partial files beside `path` that runs no longer alive left (killed midway);
/// returns one note per file removed.
QStringList removeStalePartials(const QString& path);

/// Renames `from` over `to` in one step (rename(2)): QFile::rename refuses an existing
/// target, and removing it first would leave a moment with neither file.
bool replaceFile(const QString& from, const QString& to);

/// Whether the process `pid` no longer exists (a partial file or staging folder tagged
/// with it is left over, not in use).
bool processIsGone(qint64 pid);

} // namespace wm
