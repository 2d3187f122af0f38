#include "cli/terminal_progress.h"

#include <QMutex>

#include <memory>
#include <unistd.h>

namespace wm::cli {

ProgressCallback terminalProgress(QTextStream& err, const char* what)
{
    if (!isatty(STDERR_FILENO))
        return {};
    // Layers load on several threads; one line at a time.
    auto mutex = std::make_shared<QMutex>();
    return [&err, what, mutex](qint64 done, qint64 total) {
        const QMutexLocker lock(mutex.get());
        err << '\r' << what << ' ' << done;
        if (total > 0)
            err << '/' << total;
        if (done == total)
            err << "\r\033[K";
        err.flush();
        return true;
    };
}

} // namespace wm::cli
