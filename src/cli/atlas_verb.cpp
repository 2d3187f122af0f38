#include "cli/atlas_verb.h"

#include "analysis/coverage_check.h"
#include "analysis/scenario.h"
#include "cli/page_options.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"
#include "render/page_export.h"
#include "render/project_styles.h"

#include <QDir>
#include <QFileInfo>

namespace wm::cli {

QList<Positional> AtlasVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> AtlasVerb::options() const
{
    return {{QStringLiteral("layer"), QStringLiteral("ID"),
             QStringLiteral("boundary layer with one page per unit (default: the first)")},
            {QStringLiteral("out"), QStringLiteral("DIR|FILE.pdf"),
             QStringLiteral("one multi-page PDF, or a folder with one file per unit")},
            {QStringLiteral("format"), QStringLiteral("pdf|png|svg"),
             QStringLiteral("file type per unit when --out is a folder (default pdf)")},
            {QStringLiteral("layout"), QStringLiteral("FILE|NAME"),
             QStringLiteral("page layout template (default a4-atlas)")},
            {QStringLiteral("rules"), QStringLiteral("FILE"),
             QStringLiteral("rules whose results fill each page's table (default rules.json "
                            "beside the project, when present)")},
            {QStringLiteral("title"), QStringLiteral("PATTERN"),
             QStringLiteral("page title, %1 = unit name, %2 = code (default \"%1\")")}};
}

QStringList writeAtlas(const LoadedProject& project, const QVector<Style>& styles,
                       const PageTemplate& page, const AtlasOptions& options, const QString& out,
                       const QString& format, QTextStream& err)
{
    std::vector<AtlasPage> pages = atlasPages(project, styles, page, options);
    const auto progress = terminalProgress(err, "atlas pages");
    QStringList written;
    if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        std::vector<PageLayout> layouts;
        for (AtlasPage& p : pages)
            layouts.push_back(std::move(p.layout));
        exportPdf(layouts, out,
                  [&](int done, int total) { return !progress || progress(done, total); });
        written << QFileInfo(out).absoluteFilePath();
        return written;
    }
    if (format != QLatin1String("pdf") && format != QLatin1String("png") &&
        format != QLatin1String("svg"))
        throw Error(QStringLiteral("--format"),
                    QStringLiteral("\"%1\": use pdf, png or svg").arg(format));
    if (!QDir().mkpath(out))
        throw Error(out, QStringLiteral("cannot create the folder"));
    int done = 0;
    for (const AtlasPage& p : pages) {
        const QString file =
            QDir(out).filePath(atlasFileStem(p.code, p.name) + QLatin1Char('.') + format);
        exportPage(p.layout, file);
        written << QFileInfo(file).absoluteFilePath();
        if (progress)
            progress(++done, int(pages.size()));
    }
    return written;
}

int AtlasVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    if (!args.isSet(QStringLiteral("out"))) {
        err << "worksmap-cli atlas: --out DIR|FILE.pdf is needed\n";
        return Usage;
    }
    const QString projectPath = args.positionals.first();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LoadedProject project = scenario::currentState(
        openProjectOrDataset(projectPath, roles, terminalProgress(err, "loading layers")));
    const QVector<Style> styles = loadProjectStyles(project, roles);
    AtlasOptions options;
    options.boundaryLayer = args.value(QStringLiteral("layer"));
    if (options.boundaryLayer.isEmpty())
        for (const LoadedLayer& l : project.layers)
            if (l.entry.role == QLatin1String("boundary") && l.isAvailable()) {
                options.boundaryLayer = l.entry.id;
                break;
            }
    options.titlePattern = args.value(QStringLiteral("title"), options.titlePattern);
    options.subtitle = project.project.name;
    const QString rules =
        args.value(QStringLiteral("rules"),
                   QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("rules.json")));
    if (args.isSet(QStringLiteral("rules")) || QFileInfo::exists(rules))
        options.indicators = indicatorRows(
            CoverageCheck::run(project, RulesFile::load(rules), QStringLiteral("county")));
    const PageTemplate page =
        pageTemplateFor(args.value(QStringLiteral("layout"), QStringLiteral("a4-atlas")));
    const QStringList files =
        writeAtlas(project, styles, page, options, args.value(QStringLiteral("out")),
                   args.value(QStringLiteral("format"), QStringLiteral("pdf")), err);
    for (const QString& f : files)
        out << "wrote " << f << "\n";
    return Ok;
}

} // namespace wm::cli
