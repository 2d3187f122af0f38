#pragma once

#include <QStringList>
#include <QTextStream>

namespace wm::cli {

/// Runs `worksmap-cli` with `args` (without the program name) in-process. Every
/// wm::Error becomes one line on `err` and exit code 2; nothing escapes as an exception.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace wm::cli
