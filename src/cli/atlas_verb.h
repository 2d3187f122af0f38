#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli atlas PROJECT --layer BOUNDARY --out DIR|FILE.pdf [--layout FILE|NAME]
/// [--rules FILE] [--format pdf|png|svg] [--title PATTERN] [--scenario NAME [--view V]]`:
/// one page per unit, as one multi-page PDF or one file per unit named by code and name,
/// each with the unit's indicators from the rules (default rules.json beside the project,
/// when present). Written by render/atlas_writer.h.
class AtlasVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("atlas"); }
    QString summary() const override
    {
        return QStringLiteral("One map page per county (or any boundary unit), with its "
                              "indicators.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
