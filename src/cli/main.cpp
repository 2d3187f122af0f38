#include "cli/cli_runner.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("worksmap-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("WorksMap"));
    QTextStream out(stdout), err(stderr);
    const int code = wm::cli::runCli(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
