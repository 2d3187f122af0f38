#pragma once

#include "io/vector_reader.h"

#include <QTextStream>

namespace wm::cli {

/// A progress callback that redraws one line ("loading layers 3/14") on `err` when
/// stderr is a terminal, and does nothing otherwise (logs and pipes stay clean).
ProgressCallback terminalProgress(QTextStream& err, const char* what);

} // namespace wm::cli
