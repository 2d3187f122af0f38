#pragma once

#include <QStringList>
#include <QTextStream>

namespace wm::cli {

/// Runs `worksmap-cli` with `args` (without the program name) in-process. Every
/// wm::Error becomes one line on `err` and exit code 2; nothing escapes as an exception.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

/// Removes `--lang CODE` (or `--lang=CODE`) from anywhere in `args` and returns CODE, or
/// an empty string when it is not given (then the environment chooses: LC_ALL,
/// LC_MESSAGES, LANG). The language is set before a verb runs, so it is no verb's option.
QString takeLanguage(QStringList& args);

} // namespace wm::cli
