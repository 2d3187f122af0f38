#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli info PROJECT|DATASET`: per layer its role, features, geometry, CRS,
/// extent, repairs and unmapped fields.
class InfoVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return QStringLiteral("Describe a project or a dataset: layers, roles, counts, CRS, "
                              "extent, repaired geometries, unmapped fields.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
