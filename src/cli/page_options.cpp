#include "cli/page_options.h"

#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "io/project_loader.h"
#include "io/raster_preparation.h"

#include <QDir>
#include <cmath>
#include <QFileInfo>

#include <QCoreApplication>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::PageOptions)
};
} // namespace

namespace wm::cli {

PageTemplate pageTemplateFor(const QString& layout)
{
    const QString dir = QDir(stylesDir()).filePath(QStringLiteral("layouts"));
    if (layout.isEmpty())
        return PageTemplate::load(QDir(dir).filePath(QStringLiteral("a4-landscape.json")));
    if (QFileInfo::exists(layout))
        return PageTemplate::load(layout);
    const QString named = QDir(dir).filePath(layout + QStringLiteral(".json"));
    if (QFileInfo::exists(named))
        return PageTemplate::load(named);
    QStringList known;
    for (const QFileInfo& f : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        known << f.completeBaseName();
    throw Error(layout, Tr::tr("no such layout file, and no layout of that name (known: "
                               "%1)")
                            .arg(known.join(QStringLiteral(", "))));
}

Extent parseBox(const QString& text, const QString& option, const QString& unitsText)
{
    const QStringList parts = text.split(QLatin1Char(','));
    double v[4] = {};
    bool ok = parts.size() == 4;
    for (int i = 0; ok && i < 4; ++i) {
        v[i] = parts[i].trimmed().toDouble(&ok);
        ok = ok && std::isfinite(v[i]); // "nan" and "inf" read as numbers
    }
    if (!ok || !(v[2] > v[0]) || !(v[3] > v[1]))
        throw Error(option,
                    Tr::tr("\"%1\" is not xmin,ymin,xmax,ymax in %2").arg(text, unitsText));
    return Extent::of(v[0], v[1], v[2], v[3]);
}

Extent pageExtentFor(const LoadedProject& project, const QString& extentText,
                     const QString& unitCode)
{
    if (!extentText.isEmpty())
        return parseBox(extentText, QStringLiteral("--extent"),
                        Tr::tr("%1 (metres)").arg(project.crs.id()));
    if (unitCode.isEmpty())
        return {};
    for (const LoadedLayer& l : project.layers) {
        if (l.entry.role != QLatin1String("boundary") || !l.isAvailable())
            continue;
        const int col =
            l.data->attributes.indexOf(l.mapping.sourceOf.value(QStringLiteral("code")));
        for (qsizetype i = 0; col >= 0 && i < l.data->featureCount(); ++i)
            if (l.data->attributes.toString(i, col).trimmed() == unitCode.trimmed() &&
                l.data->geometry(i))
                return l.data->envelope(i).buffered(0.08);
    }
    throw Error(QStringLiteral("--unit"),
                Tr::tr("no unit with code %1 in the project's boundary layers").arg(unitCode));
}

QList<Option> scenarioViewOptions()
{
    return {{QStringLiteral("scenario"), QStringLiteral("NAME"),
             QStringLiteral("show this scenario's proposals (dashed ring); default: what exists")},
            {QStringLiteral("view"), QStringLiteral("current|scenario|both"),
             QStringLiteral("with --scenario: what exists, the proposals only, or both "
                            "(default both)")}};
}

ScenarioView scenarioViewFor(const LoadedProject& project, const Arguments& args)
{
    const QString name = args.value(QStringLiteral("scenario")).trimmed();
    const QString view = args.value(QStringLiteral("view")).trimmed().toLower();
    if (name.isEmpty()) {
        if (!view.isEmpty() && view != QLatin1String("current"))
            throw Error(QStringLiteral("--view"), Tr::tr("\"%1\" needs --scenario NAME").arg(view));
        return {};
    }
    ScenarioView out;
    out.name = name;
    if (view.isEmpty() || view == QLatin1String("both"))
        out.view = scenario::View::Both;
    else if (view == QLatin1String("scenario"))
        out.view = scenario::View::Proposed;
    else if (view == QLatin1String("current"))
        out.view = scenario::View::Current;
    else
        throw Error(QStringLiteral("--view"),
                    Tr::tr("\"%1\": use current, scenario or both").arg(view));
    const QStringList names = scenario::names(project);
    if (!names.contains(name, Qt::CaseInsensitive))
        throw Error(
            QStringLiteral("--scenario"),
            Tr::tr("no feature of any layer belongs to scenario \"%1\" (the "
                   "project has: %2)")
                .arg(name, names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
    return out;
}

void prepareRasters(LoadedProject& project, QTextStream& err, const char* verb)
{
    for (const int i : layersNeedingOverviews(project)) {
        const LoadedLayer& l = project.layers[i];
        if (!l.entry.visible)
            continue; // not drawn
        err << "worksmap-cli " << verb << ": layer \"" << l.entry.id << "\" ("
            << l.raster->info().size.width() << " × " << l.raster->info().size.height()
            << " pixels) has no overviews; building them in the cache (the file is not "
               "changed)\n";
        err.flush();
        project.layers[i] = withOverviews(project, i, terminalProgress(err, "overviews"));
    }
}

void reportRasterProblems(const LoadedProject& project, QTextStream& err, const char* verb)
{
    for (const LoadedLayer& l : project.layers) {
        if (!l.raster || !l.entry.visible)
            continue;
        const QStringList problems = l.raster->problems();
        if (problems.isEmpty())
            continue;
        err << "worksmap-cli " << verb << ": layer \"" << l.entry.id << "\": " << problems.size()
            << " tile(s) could not be fetched; the map shows the rest:\n";
        for (const QString& p : problems)
            err << "    " << p << "\n";
    }
}

} // namespace wm::cli
