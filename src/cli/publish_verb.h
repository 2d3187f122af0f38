#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli publish PROJECT --to "PG:service=…" [--schema S] [--roles]`: the project's
/// layers into a PostGIS schema its counties edit together (io/postgis_publisher), and a
/// copy of the project that reads them.
class PublishVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("publish"); }
    QString summary() const override
    {
        return QStringLiteral("Copy a project's layers into a shared PostGIS database (one "
                              "schema, versioned rows, optional county roles) and write a "
                              "project that reads them.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
