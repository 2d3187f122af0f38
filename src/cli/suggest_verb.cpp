#include "cli/suggest_verb.h"

#include "analysis/suggest_sites.h"
#include "cli/option_numbers.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/option_error.h"
#include "core/resource_paths.h"
#include "core/ui_language.h"
#include "io/output_guard.h"
#include "io/planner_numbers.h"
#include "io/project_opener.h"
#include "io/project_proposals.h"
#include "io/table_writer.h"
#include "io/vector_reader.h"
#include "io/vector_writer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <QCoreApplication>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::SuggestVerb)
};
} // namespace

namespace wm::cli {

namespace {

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 2) + QStringLiteral(" %");
}

QString amount(double v)
{
    return v == std::floor(v) && std::abs(v) < 1e15 ? QString::number(qint64(v))
                                                    : QString::number(v, 'f', 2);
}

} // namespace

QList<Positional> SuggestVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> SuggestVerb::options() const
{
    return {
        {QStringLiteral("kind"), QStringLiteral("KIND"),
         QStringLiteral("facility kind (clinic, health_centre, kindergarten, …)")},
        {QStringLiteral("radius"), QStringLiteral("LENGTH"),
         QStringLiteral("service radius: 3km, 500m, 3000 (metres)")},
        {QStringLiteral("minutes"), QStringLiteral("M"),
         QStringLiteral("travel time instead of a radius, with --speed (radius = speed × time)")},
        {QStringLiteral("speed"), QStringLiteral("KMH"), QStringLiteral("speed in km/h")},
        {QStringLiteral("time-limit"), QStringLiteral("SECONDS"),
         QStringLiteral("with --k: solve exactly (GLPK) for at most this long (default 10; 0: "
                        "greedy and exchange only)")},
        {QStringLiteral("network"), QStringLiteral("LAYER"),
         QStringLiteral("with --minutes alone: travel time along this road layer")},
        {QStringLiteral("mode"), QStringLiteral("walk|bike|drive"),
         QStringLiteral("with --network: how the roads are travelled (default drive)")},
        {QStringLiteral("k"), QStringLiteral("N"), QStringLiteral("number of sites (default 5)")},
        {QStringLiteral("share"), QStringLiteral("S"),
         QStringLiteral("instead of --k: fewest sites covering this share (0.95 or 95%)")},
        {QStringLiteral("unit"), QStringLiteral("CODE[,CODE]"),
         QStringLiteral("restrict demand and candidates to these units")},
        {QStringLiteral("level"), QStringLiteral("county|township"),
         QStringLiteral("units of --unit (default county)")},
        {QStringLiteral("candidates"), QStringLiteral("LAYER"),
         QStringLiteral("point layer of candidate sites")},
        {QStringLiteral("grid"), QStringLiteral("SPACING"),
         QStringLiteral("candidates on a grid inside the units (default radius/2)")},
        {QStringLiteral("exclude"), QStringLiteral("LAYER|FILE"),
         QStringLiteral("polygons where no site may go (a layer id or any GDAL file)")},
        {QStringLiteral("weight"), QStringLiteral("FIELD"),
         QStringLiteral("village weight, e.g. population (default: each village 1)")},
        {QStringLiteral("villages"), QStringLiteral("LAYER"),
         QStringLiteral("village layer (default: every village point layer)")},
        {QStringLiteral("scenario"), QStringLiteral("NAME"),
         QStringLiteral("scenario of the results (default suggested)")},
        {QStringLiteral("existing-scenario"), QStringLiteral("NAME[,NAME]"),
         QStringLiteral("proposed features of these scenarios count as existing")},
        {QStringLiteral("year"), QStringLiteral("YEAR"), QStringLiteral("year of the results")},
        {QStringLiteral("out"), QStringLiteral("FILE"),
         QStringLiteral("the sites: FILE.gpkg (facility layer) or FILE.csv")},
        {QStringLiteral("add-to-project"), QString(),
         QStringLiteral("also add the sites as proposals to the project's facility layer (in "
                        "its works GeoPackage; a layer from your own file is copied there "
                        "first and the project file updated; your file is not changed)")},
        {QStringLiteral("layer"), QStringLiteral("LAYER"),
         QStringLiteral("with --add-to-project: the facility layer (default: the first)")}};
}

int SuggestVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    auto usage = [&](const QString& why) {
        err << "worksmap-cli suggest: " << why << "\n";
        return int(Usage);
    };
    const QString projectPath = args.positionals.first();
    if (!args.isSet(QStringLiteral("kind")) || args.value(QStringLiteral("kind")).isEmpty())
        return usage(Tr::tr("--kind is required (e.g. --kind clinic)"));
    const QString outPath = args.value(QStringLiteral("out"));
    const bool addToProject = args.isSet(QStringLiteral("add-to-project"));
    if (outPath.isEmpty() && !addToProject)
        return usage(Tr::tr("--out FILE.gpkg or FILE.csv (or --add-to-project) is "
                            "required"));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (!outPath.isEmpty() && suffix != QLatin1String("gpkg") && suffix != QLatin1String("csv"))
        return usage(Tr::tr("--out must end in .gpkg or .csv: %1").arg(outPath));
    if (args.isSet(QStringLiteral("layer")) && !addToProject)
        return usage(Tr::tr("--layer goes with --add-to-project"));
    const bool byRoad = args.isSet(QStringLiteral("network"));
    if (byRoad && (args.isSet(QStringLiteral("speed")) || args.isSet(QStringLiteral("radius")) ||
                   !args.isSet(QStringLiteral("minutes"))))
        return usage(Tr::tr("--network goes with --minutes alone (the roads give the speeds)"));
    const bool byTime =
        !byRoad && (args.isSet(QStringLiteral("minutes")) || args.isSet(QStringLiteral("speed")));
    if (byTime && args.isSet(QStringLiteral("radius")))
        return usage(Tr::tr("give --radius or --minutes with --speed, not both"));
    if (byTime && !(args.isSet(QStringLiteral("minutes")) && args.isSet(QStringLiteral("speed"))))
        return usage(Tr::tr("--minutes and --speed go together"));
    if (!byTime && !byRoad && !args.isSet(QStringLiteral("radius")))
        return usage(Tr::tr("--radius (or --minutes with --speed) is required"));
    if (args.isSet(QStringLiteral("k")) && args.isSet(QStringLiteral("share")))
        return usage(Tr::tr("give --k or --share, not both"));
    if (args.isSet(QStringLiteral("candidates")) && args.isSet(QStringLiteral("grid")))
        return usage(Tr::tr("give --candidates or --grid, not both"));

    SuggestOptions o;
    o.kind = args.value(QStringLiteral("kind")).trimmed();
    if (byRoad) {
        o.minutes = positiveNumber(args, QStringLiteral("minutes"));
        o.networkLayer = args.value(QStringLiteral("network")).trimmed();
        if (!travelModeFromName(args.value(QStringLiteral("mode"), QStringLiteral("drive")),
                                o.mode))
            return usage(Tr::tr("--mode must be walk, bike or drive"));
    } else if (byTime) {
        o.minutes = positiveNumber(args, QStringLiteral("minutes"));
        o.speedKmh = positiveNumber(args, QStringLiteral("speed"));
    } else {
        o.radiusMetres = lengthMetres(args, QStringLiteral("radius"));
    }
    if (args.isSet(QStringLiteral("time-limit"))) {
        bool ok = false;
        o.timeLimitSeconds = args.value(QStringLiteral("time-limit")).trimmed().toDouble(&ok);
        if (!ok || !(o.timeLimitSeconds >= 0) || !std::isfinite(o.timeLimitSeconds))
            return usage(Tr::tr("--time-limit must be a number of seconds, 0 or more"));
    }
    if (args.isSet(QStringLiteral("k"))) {
        bool ok = false;
        o.k = args.value(QStringLiteral("k")).trimmed().toInt(&ok);
        if (!ok || o.k < 1)
            return usage(Tr::tr("--k must be a whole number of at least 1, not \"%1\"")
                             .arg(args.value(QStringLiteral("k"))));
    }
    if (args.isSet(QStringLiteral("share"))) {
        const ParsedNumber n =
            parsePlannerNumber(args.value(QStringLiteral("share")), QStringLiteral("share"));
        if (!n.ok() || !n.value || !(*n.value > 0) || !(*n.value <= 1))
            return usage(Tr::tr("--share must be above 0 and at most 1 (or 100%), not "
                                "\"%1\"")
                             .arg(args.value(QStringLiteral("share"))));
        o.targetShare = *n.value;
    }
    o.level = args.value(QStringLiteral("level"), QStringLiteral("county"));
    if (o.level != QLatin1String("county") && o.level != QLatin1String("township"))
        return usage(Tr::tr("--level must be county or township"));
    for (const QString& c : args.value(QStringLiteral("unit")).split(QLatin1Char(',')))
        if (!c.trimmed().isEmpty())
            o.unitCodes << c.trimmed();
    if (args.isSet(QStringLiteral("unit")) && o.unitCodes.isEmpty())
        return usage(Tr::tr("--unit needs at least one code"));
    o.candidatesLayer = args.value(QStringLiteral("candidates")).trimmed();
    if (args.isSet(QStringLiteral("grid")))
        o.gridSpacing = lengthMetres(args, QStringLiteral("grid"));
    o.excludeZones = args.value(QStringLiteral("exclude")).trimmed();
    o.weightField = args.value(QStringLiteral("weight")).trimmed();
    o.villagesLayer = args.value(QStringLiteral("villages")).trimmed();
    o.scenario = args.value(QStringLiteral("scenario"), QStringLiteral("suggested")).trimmed();
    if (o.scenario.isEmpty())
        return usage(Tr::tr("--scenario must not be empty"));
    for (const QString& s : args.value(QStringLiteral("existing-scenario")).split(QLatin1Char(',')))
        if (!s.trimmed().isEmpty())
            o.existingScenarios << s.trimmed();
    if (args.isSet(QStringLiteral("year"))) {
        bool ok = false;
        o.year = args.value(QStringLiteral("year")).trimmed().toInt(&ok);
        if (!ok || o.year < 1900 || o.year > 2200)
            return usage(Tr::tr("--year must be a year such as 2025, not \"%1\"")
                             .arg(args.value(QStringLiteral("year"))));
    }

    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    if (const LayerRole* facility = roles.role(QStringLiteral("facility")))
        if (const RoleField* kind = facility->field(QStringLiteral("kind"))) {
            o.knownKinds = kind->values;
            if (kind->values.contains(o.kind))
                o.kindTitle = kind->valueTitle(o.kind, true);
        }
    QElapsedTimer timer;
    timer.start();
    const LoadedProject project =
        openProjectToCompute(projectPath, roles, terminalProgress(err, "loading layers"));
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The layer the proposals go to, checked before the (longer) suggestion runs.
    QString intoLayer = args.value(QStringLiteral("layer")).trimmed();
    if (addToProject) {
        if (intoLayer.isEmpty()) {
            for (const LoadedLayer& l : project.layers)
                if (l.entry.role == QLatin1String("facility") && l.isAvailable() &&
                    l.data->kind == GeometryKind::Point) {
                    intoLayer = l.entry.id;
                    break;
                }
            if (intoLayer.isEmpty())
                throw Error(projectPath, Tr::tr("the project has no facility point "
                                                "layer to add the sites to"));
        }
        const LoadedLayer* l = project.layer(intoLayer);
        if (!l || l->entry.role != QLatin1String("facility"))
            throw Error(QStringLiteral("--layer"),
                        Tr::tr("\"%1\" is not a facility layer of the project").arg(intoLayer));
    }

    // Never write over what the project reads (a planner's own data) or the project itself.
    // (--add-to-project is the way to add the sites to the works GeoPackage.)
    OutputGuard guard = OutputGuard::forRun(project.project);
    if (!project.layer(o.excludeZones))
        guard.addInput(o.excludeZones, Tr::tr("the excluded zones file"));
    guard.check(outPath);

    // A zone file outside the project is read here: analysis computes on layers only.
    if (!o.excludeZones.isEmpty() && !project.layer(o.excludeZones) &&
        QFileInfo::exists(o.excludeZones))
        o.excludeZonesLayer = VectorReader::readShared(o.excludeZones, project.crs);
    const SuggestResult r = suggestSites(project, o);

    // The kind as the reader's language names it (幼儿园 in Chinese, the code otherwise).
    const QString kindShown = chineseUi() && !o.kindTitle.isEmpty() ? o.kindTitle : r.kind;
    out << Tr::tr("Suggested sites for %1 (scenario \"%2\") in %3\n")
               .arg(kindShown, r.scenario,
                    project.project.name.isEmpty() ? projectPath : project.project.name);
    out << Tr::tr("  radius          %1").arg(r.radiusText) << "\n";
    out << Tr::tr("  units           %1 (%2 level)")
               .arg(r.unitsChosen.isEmpty() ? Tr::tr("all")
                                            : r.unitsChosen.join(QStringLiteral(", ")),
                    r.level)
        << "\n";
    out << Tr::tr("  demand          %1 villages, weight %2")
               .arg(r.villages)
               .arg(r.weightField.isEmpty() ? Tr::tr("1 each")
                                            : QStringLiteral("\"%1\"").arg(r.weightField));
    if (r.villagesOutside > 0)
        out << Tr::tr("; %1 outside the units left out").arg(r.villagesOutside);
    if (r.villagesNoGeometry > 0)
        out << Tr::tr("; %1 without position left out").arg(r.villagesNoGeometry);
    if (r.villagesNoWeight > 0)
        out << Tr::tr("; %1 with empty or non-positive weight (weight 0)").arg(r.villagesNoWeight);
    out << "\n";
    out << Tr::tr("  existing        %1 %2 (anywhere, also across the unit borders)\n")
               .arg(r.existing)
               .arg(kindShown);
    out << Tr::tr("  candidates      %1 (%2)").arg(r.candidates).arg(r.candidatesText);
    if (r.candidatesOutside > 0)
        out << Tr::tr("; %1 outside the units left out").arg(r.candidatesOutside);
    out << Tr::tr("; %1 in excluded zones\n").arg(r.excludedCandidates);
    out << Tr::tr("  total demand    %1\n").arg(amount(r.totalWeight));
    out << Tr::tr("  covered before  %1 (%2); %3 of %4 villages\n")
               .arg(amount(r.coveredBefore), percent(r.shareBefore))
               .arg(r.villagesCoveredBefore)
               .arg(r.villages);
    out << Tr::tr("  covered after   %1 (%2); %3 of %4 villages\n")
               .arg(amount(r.coveredAfter), percent(r.shareAfter))
               .arg(r.villagesCoveredAfter)
               .arg(r.villages);
    if (r.setCover) {
        out << Tr::tr("  target share    %1: %2\n")
                   .arg(percent(r.targetShare),
                        r.reached ? Tr::tr("reached with %1 site(s)").arg(r.sites.size())
                                  : Tr::tr("NOT reachable; the best share any sites "
                                           "give is %1")
                                        .arg(percent(r.bestShare)));
        if (r.exactRan)
            out << (r.exactOptimal
                        ? Tr::tr("  optimum         the fewest sites (proven by GLPK in %1 s)%2\n")
                              .arg(r.secondsExact, 0, 'f', 2)
                              .arg(r.exactImproved ? Tr::tr("; fewer than the greedy") : QString())
                        : Tr::tr("  optimum         no fewer than %1 sites can do it (GLPK "
                                 "stopped after %2 s)\n")
                              .arg(r.fewestSitesBound)
                              .arg(r.secondsExact, 0, 'f', 1));
    } else {
        out << (r.exactRan ? Tr::tr("  bound           any %1 sites add at most %2 (the "
                                    "mixed-integer bound); these add %3: bound ratio %4\n")
                           : Tr::tr("  bound           any %1 sites add at most %2 (greedy >= "
                                    "(1 - 1/e) of the optimum); these add %3: bound ratio %4\n"))
                   .arg(r.k)
                   .arg(amount(r.upperBound))
                   .arg(amount(r.coveredAfter - r.coveredBefore))
                   .arg(r.boundRatio, 0, 'f', 3);
        out << Tr::tr("  exchange        %1 swap(s) in %2 round(s)\n")
                   .arg(r.exchangeSwaps)
                   .arg(r.exchangeRounds);
        if (r.exactRan)
            out << (r.exactOptimal
                        ? Tr::tr("  optimum         optimal (proven by GLPK in %1 s)%2\n")
                              .arg(r.secondsExact, 0, 'f', 2)
                              .arg(r.exactImproved ? Tr::tr("; better than the greedy") : QString())
                        : Tr::tr("  optimum         within %1 of the best possible (GLPK "
                                 "stopped at the %2 s time limit)\n")
                              .arg(percent(r.exactGap))
                              .arg(r.secondsExact, 0, 'f', 1));
    }
    out << Tr::tr("  time            load %1 s, prepare %2 s, coverage sets %3 s, greedy "
                  "%4 s, exchange %5 s, total %6 s\n")
               .arg(loadSeconds, 0, 'f', 3)
               .arg(r.secondsPrepare, 0, 'f', 3)
               .arg(r.secondsSets, 0, 'f', 3)
               .arg(r.secondsGreedy, 0, 'f', 3)
               .arg(r.secondsExchange, 0, 'f', 3)
               .arg(r.secondsTotal, 0, 'f', 3);
    for (const QString& note : r.notes)
        out << "  " << Tr::tr("note: %1").arg(note) << "\n";
    out << Tr::tr("Sites:") << "\n";
    int rank = 0;
    for (const SuggestedSite& s : r.sites) {
        // A county without a division code (邢台县, abolished in 2020) is named all the same.
        QString unit = s.countyName.isEmpty() ? Tr::tr("outside the counties")
                       : s.countyCode.isEmpty()
                           ? Tr::tr("%1 (no code)").arg(s.countyName)
                           : QStringLiteral("%1 %2").arg(s.countyCode, s.countyName);
        if (!s.townshipName.isEmpty())
            unit += QStringLiteral(" / %1").arg(s.townshipName);
        out << Tr::tr("  %1. %2  %3  lon %4 lat %5  adds %6 village(s), weight %7\n")
                   .arg(++rank)
                   .arg(s.name, unit)
                   .arg(s.lon, 0, 'f', 6)
                   .arg(s.lat, 0, 'f', 6)
                   .arg(s.addedVillages)
                   .arg(amount(s.addedWeight));
    }
    if (suffix == QLatin1String("gpkg"))
        for (const QString& note : writeGeoPackage(outPath, r.crs, {suggestionLayer(r)}))
            out << Tr::tr("note: %1").arg(note) << "\n";
    else if (suffix == QLatin1String("csv"))
        writeCsv(outPath, suggestionTable(r));
    if (!outPath.isEmpty())
        out << Tr::tr("wrote %1").arg(outPath) << "\n";
    if (addToProject) {
        const AddedProposals a = addProposalsToProject(project, roles, intoLayer, proposalsOf(r));
        if (a.reusedCopy)
            out << Tr::tr("took the copy of layer \"%1\" that an interrupted run left in the "
                          "works GeoPackage (from %2)\n")
                       .arg(a.layerId, a.adoptedFrom);
        else if (a.adopted)
            out << Tr::tr("copied layer \"%1\" from %2 into the works GeoPackage (your "
                          "file is not changed); fields added: %3\n")
                       .arg(a.layerId, a.adoptedFrom,
                            a.addedFields.isEmpty() ? QStringLiteral("none")
                                                    : a.addedFields.join(QStringLiteral(", ")));
        out << Tr::tr("added %1 proposal(s) of scenario \"%2\" to layer \"%3\" in %4\n")
                   .arg(a.added)
                   .arg(r.scenario, a.layerId, a.package);
        if (a.projectSaved)
            out << Tr::tr("updated %1: layer \"%2\" now reads from the works "
                          "GeoPackage\n")
                       .arg(project.project.filePath, a.layerId);
    }
    if (r.setCover && !r.reached) {
        err << Tr::tr("worksmap-cli suggest: the target share %1 cannot be reached; the "
                      "best share is %2 (written)\n")
                   .arg(percent(r.targetShare), percent(r.bestShare));
        return RulesFail;
    }
    return Ok;
}

} // namespace wm::cli
