#pragma once

#include "core/output_layer.h"
#include "core/sheet_table.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace wm {

/// Writes a CSV table as UTF-8 with a byte-order mark, so Excel on a Chinese Windows
/// opens the Chinese text right; fields are quoted where needed (RFC 4180). The file
/// is written atomically. Throws wm::Error naming the file on failure.
void writeCsv(const QString& path, const QStringList& header, const QVector<QStringList>& rows);
/// `table` as CSV (its cells' text), as above.
void writeCsv(const QString& path, const SheetTable& table);
/// `table` as CSV, as above.
void writeCsv(const QString& path, const TextTable& table);

} // namespace wm
