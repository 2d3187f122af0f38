#pragma once

// Running a verb of worksmap-cli in-process, as the CLI tests of one verb do (header-only:
// each test file is its own translation unit of test_cli).

#include "cli/cli_runner.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace wm::test {

struct VerbOutput {
    int code = -1;
    QString out, err;
};

/// `worksmap-cli VERB ARGS…` through the runner (parsing, exit codes), output captured.
inline VerbOutput runVerb(const QString& verb, const QStringList& args)
{
    VerbOutput r;
    QTextStream o(&r.out), e(&r.err);
    r.code = cli::runCli(QStringList{verb} + args, o, e);
    o.flush();
    e.flush();
    return r;
}

} // namespace wm::test
