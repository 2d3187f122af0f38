#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace wm {

/// Writes a CSV table as UTF-8 with a byte-order mark, so Excel on a Chinese Windows
/// opens the Chinese text right; fields are quoted where needed (RFC 4180). The file
/// is written atomically. Throws wm::Error naming the file on failure.
void writeCsv(const QString& path, const QStringList& header, const QVector<QStringList>& rows);

} // namespace wm
