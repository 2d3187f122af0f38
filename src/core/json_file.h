#pragma once

#include <QJsonObject>
#include <QString>

namespace wm {

/// Reads a JSON object from `path`; throws wm::Error naming the file, and the line and
/// column of a syntax error, when the file is missing, unreadable or not a JSON object.
QJsonObject readJsonObject(const QString& path);

/// Writes `object` to `path` atomically (temporary file renamed into place, QSaveFile):
/// either the whole new content is there afterwards, or the old file is untouched.
/// Throws wm::Error on failure.
void writeJsonObjectAtomically(const QString& path, const QJsonObject& object);

} // namespace wm
