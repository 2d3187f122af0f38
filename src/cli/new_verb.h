#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli new --city 承德市 --out DIR`: a project for any city or county of Hebei
/// from the bundled division data (io/project_creator).
class NewVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override
    {
        return QStringLiteral("Make a project for a city or county of Hebei: its boundaries, "
                              "division tables, empty works layers and starter rules.");
    }
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
