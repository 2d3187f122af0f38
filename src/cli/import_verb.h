#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli import TABLE --role ROLE --out OUT.gpkg [--encoding E] [--sheet S]
/// [--header-row N] [--coordinates KIND] [--x-column C --y-column C] [--gazetteer CSV]
/// [--rejects FILE.csv] [--area XMIN,YMIN,XMAX,YMAX]`: a planner's list (CSV, TSV, XLSX,
/// ODS; GBK or UTF-8) as a layer. Rows with coordinates go on the map (WGS84, CGCS2000,
/// GCJ-02, BD-09, Gauss-Krüger, any EPSG), rows without are matched to division codes by
/// their county/township/village names; every row is on the map, in the matched list or
/// in the rejects with its row number and reason, and the counts add up to the rows read.
/// A .dxf pipe drawing is imported with --role pipe: lines by CAD layer, kinds from the
/// layer names (给水, 雨水, 燃气 …), other entities counted.
class ImportVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QStringLiteral("Import a planner's list (CSV/XLSX, GBK, village names, web-map "
                              "coordinates) as a layer, with a rejects list.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
