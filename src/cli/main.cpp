#include "cli/cli_runner.h"
#include "core/process_memory.h"
#include "core/ui_language.h"

#include <QApplication>
#include <QDir>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

int main(int argc, char** argv)
{
    wm::configureProcessMemory();
    // Map pages and charts are drawn with QPainter and fonts, and charts are QCustomPlot
    // widgets (never shown), which need a QApplication; the CLI never shows a window, so it
    // needs no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (cron, CI, ssh) Qt warns on every run that XDG_RUNTIME_DIR is not
    // set; a private folder of our own keeps stderr for the messages that matter.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/worksmap-runtime-" +
                               QByteArray::number(qulonglong(getuid()));
        if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("worksmap-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("WorksMap"));
    QStringList args = app.arguments().mid(1);
    wm::installUiLanguage(app, wm::cli::takeLanguage(args));
    QTextStream out(stdout), err(stderr);
    const int code = wm::cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return code;
}
