#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli service-area PROJECT --facilities LAYER --network LAYER --minutes M
/// [--filter F] [--mode walk|bike|drive] [--buffer 100m] --out FILE.gpkg`: what each
/// facility reaches along the roads within M minutes (the roads, with their minutes, and
/// an area polygon), and the area all of them serve together.
class ServiceAreaVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("service-area"); }
    QString summary() const override
    {
        return QStringLiteral("Travel-time service areas on a road network: per facility the "
                              "roads reached within M minutes and an area polygon, and their "
                              "union (GeoPackage).");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
