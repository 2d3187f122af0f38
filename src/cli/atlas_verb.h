#pragma once

#include "cli/verb.h"
#include "render/page_content.h"

namespace wm::cli {

/// `worksmap-cli atlas PROJECT --layer BOUNDARY --out DIR|FILE.pdf [--layout FILE|NAME]
/// [--rules FILE] [--format pdf|png|svg] [--title PATTERN]`: one page per unit, as one
/// multi-page PDF or one file per unit named by code and name, each with the unit's
/// indicators from the rules (default rules.json beside the project, when present).
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

/// Writes atlas pages to `out`: a .pdf (one page per unit), or a folder with one file per
/// unit in `format` (pdf, png, svg) named "<code>_<name>". Returns the files written.
/// Shared with the report verb.
QStringList writeAtlas(const LoadedProject& project, const QVector<Style>& styles,
                       const PageTemplate& page, const AtlasOptions& options, const QString& out,
                       const QString& format, QTextStream& err);

} // namespace wm::cli
