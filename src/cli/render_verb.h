#pragma once

#include "cli/verb.h"

namespace wm::cli {

/// `worksmap-cli render PROJECT --out FILE.{pdf,svg,png,jpg} [--layout FILE|NAME]
/// [--extent xmin,ymin,xmax,ymax | --unit CODE] [--scale N] [--title T] [--subtitle S]`:
/// one thematic map page of the project's visible layers.
class RenderVerb : public Verb {
public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override
    {
        return QStringLiteral("Export a map page (title, legend, scale bar, north arrow, inset) "
                              "as PDF, SVG, PNG or JPEG.");
    }
    QList<Positional> positionals() const override;
    QList<Option> options() const override;
    int run(const Arguments& args, QTextStream& out, QTextStream& err) override;
};

} // namespace wm::cli
