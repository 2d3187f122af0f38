#include "cli/cli_runner.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    // Map pages and charts are drawn with QPainter and fonts, and charts are QCustomPlot
    // widgets (never shown), which need a QApplication; the CLI never shows a window, so it
    // needs no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("worksmap-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("WorksMap"));
    QTextStream out(stdout), err(stderr);
    const int code = wm::cli::runCli(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
