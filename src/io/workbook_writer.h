#pragma once

#include "core/sheet_table.h"

#include <QString>

#include <vector>

namespace wm {

/// An XLSX workbook through GDAL's XLSX driver, one sheet per entry in order, numbers as
/// numeric cells and codes as text; written beside `path` and renamed into place when
/// complete, so a failure leaves a previous file as it was. Throws wm::Error naming the file.
void writeXlsx(const QString& path, const std::vector<NamedSheet>& sheets);

} // namespace wm
