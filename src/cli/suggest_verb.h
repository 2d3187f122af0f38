#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli suggest PROJECT --kind KIND (--radius 3km | --minutes M --speed KMH)
/// [--k N | --share S] [--unit CODE[,CODE]] [--level county|township] [--candidates LAYER |
/// --grid SPACING] [--exclude LAYER|FILE] [--weight FIELD] [--villages LAYER]
/// [--scenario NAME] [--existing-scenario NAME[,NAME]] [--year Y] --out FILE.gpkg|FILE.csv`:
/// where to put k new facilities of a kind so that they cover the most villages not yet
/// within the radius of one (maximal covering: greedy plus exchange, with the (1 − 1/e)
/// bound), or the fewest sites reaching a share (set cover). Writes the sites as a facility
/// layer of the scenario (GeoPackage) or a table (CSV). Exit 0; 1 when a --share target
/// cannot be reached (the best result is written all the same); 2 on bad input.
class SuggestVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("suggest"); }
    QString summary() const override
    {
        return QStringLiteral("Suggest sites for new facilities of a kind that cover the most "
                              "villages (location-allocation).");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
