#include "cli/service_area_verb.h"

#include "analysis/feature_filter.h"
#include "analysis/measure_support.h"
#include "analysis/road_network.h"
#include "analysis/service_area.h"
#include "cli/option_numbers.h"
#include "cli/terminal_progress.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/output_guard.h"
#include "io/project_opener.h"
#include "io/vector_writer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::ServiceAreaVerb)
};
} // namespace

namespace wm::cli {

QList<Positional> ServiceAreaVerb::positionals() const
{
    return {{QStringLiteral("PROJECT"), QStringLiteral("a project file (*.worksmap.json)")}};
}

QList<Option> ServiceAreaVerb::options() const
{
    return {
        {QStringLiteral("facilities"), QStringLiteral("LAYER"),
         QStringLiteral("the layer of the facilities (required)")},
        {QStringLiteral("filter"), QStringLiteral("F"),
         QStringLiteral("which facilities, e.g. \"kind = health_centre\"")},
        {QStringLiteral("network"), QStringLiteral("LAYER"),
         QStringLiteral("the road layer (required)")},
        {QStringLiteral("minutes"), QStringLiteral("M"), QStringLiteral("travel time (required)")},
        {QStringLiteral("mode"), QStringLiteral("walk|bike|drive"),
         QStringLiteral("how the roads are travelled (default drive)")},
        {QStringLiteral("buffer"), QStringLiteral("LENGTH"),
         QStringLiteral("width of the area around the roads reached (default 100m)")},
        {QStringLiteral("snap"), QStringLiteral("LENGTH"),
         QStringLiteral("join road ends closer than this (default 1m)")},
        {QStringLiteral("out"), QStringLiteral("FILE.gpkg"),
         QStringLiteral("layers service_area_roads, service_areas, service_area_union "
                        "(required)")}};
}

int ServiceAreaVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    const auto usage = [&](const QString& why) {
        err << "worksmap-cli service-area: " << why << "\n";
        return int(Usage);
    };
    for (const char* required : {"facilities", "network", "minutes", "out"})
        if (args.value(QLatin1String(required)).trimmed().isEmpty())
            return usage(Tr::tr("--%1 is required").arg(QLatin1String(required)));
    const QString outPath = args.value(QStringLiteral("out"));
    if (QFileInfo(outPath).suffix().toLower() != QLatin1String("gpkg"))
        return usage(Tr::tr("--out must end in .gpkg: %1").arg(outPath));
    RoadNetworkOptions options;
    if (!travelModeFromName(args.value(QStringLiteral("mode"), QStringLiteral("drive")),
                            options.mode))
        return usage(Tr::tr("--mode must be walk, bike or drive"));
    const double minutes = positiveNumber(args, QStringLiteral("minutes"));
    const double buffer =
        args.isSet(QStringLiteral("buffer")) ? lengthMetres(args, QStringLiteral("buffer")) : 100.0;
    options.snapMetres =
        args.isSet(QStringLiteral("snap")) ? lengthMetres(args, QStringLiteral("snap")) : 1.0;
    options.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));
    bool filterOk = true;
    const FeatureFilter filter =
        FeatureFilter::parse(args.value(QStringLiteral("filter")), &filterOk);
    if (!filterOk)
        return usage(
            Tr::tr("cannot read the filter \"%1\"").arg(args.value(QStringLiteral("filter"))));

    const QString projectPath = args.positionals.first();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LoadedProject project =
        openProjectToCompute(projectPath, roles, terminalProgress(err, "loading layers"));
    const OutputGuard guard = OutputGuard::forRun(project.project, QString());
    guard.check(outPath);
    const auto layerOf = [&](const char* option) -> const Layer& {
        const QString id = args.value(QLatin1String(option)).trimmed();
        const LoadedLayer* l = project.layer(id);
        if (!l || !l->data)
            throw Error(projectPath, Tr::tr("--%1: the project has no vector layer \"%2\"")
                                         .arg(QLatin1String(option), id));
        return *l->data;
    };
    const Layer& facilities = layerOf("facilities");
    const Layer& roads = layerOf("network");

    QElapsedTimer timer;
    timer.start();
    const RoadNetwork net = RoadNetwork::build(roads, options);
    const double buildSeconds = timer.nsecsElapsed() / 1e9;
    const RoadNetworkReport& report = net.report();
    out << Tr::tr("road network: %1 roads, %2 nodes, %3 edges, %4 connected parts (largest "
                  "%5 km); %6 road ends snapped, %7 dead ends, %8 crossings of different levels "
                  "not joined (%9 s)")
               .arg(report.lines)
               .arg(report.nodes)
               .arg(report.edges)
               .arg(report.components.size())
               .arg(report.components.empty() ? 0.0 : report.components.front().km, 0, 'f', 1)
               .arg(report.snapped)
               .arg(report.deadEnds)
               .arg(report.crossingsKept)
               .arg(buildSeconds, 0, 'f', 2)
        << "\n";

    const std::vector<std::uint8_t> pass = filter.matchAll(facilities);
    OutputLayer roadsOut{QStringLiteral("service_area_roads"),
                         {QStringLiteral("facility_fid"), QStringLiteral("edge"),
                          QStringLiteral("road_fid"), QStringLiteral("minutes_from"),
                          QStringLiteral("minutes_to")},
                         {},
                         {}};
    OutputLayer areas{QStringLiteral("service_areas"),
                      {QStringLiteral("facility_fid"), QStringLiteral("minutes"),
                       QStringLiteral("road_km"), QStringLiteral("access_m")},
                      {},
                      {}};
    std::vector<RoadNetwork::Attachment> all;
    std::vector<qint64> allFids;
    int unattached = 0;
    for (qsizetype f = 0; f < facilities.featureCount(); ++f) {
        double x = 0, y = 0;
        if (!pass[std::size_t(f)] || !detail::positionOf(facilities.geometry(f), x, y))
            continue;
        const RoadNetwork::Attachment a = net.attach(x, y);
        if (a.edge < 0) {
            ++unattached;
            continue;
        }
        all.push_back(a);
        allFids.push_back(facilities.fid(f));
    }
    std::vector<FacilityServiceArea> each = facilityServiceAreas(net, all, minutes, buffer);
    for (std::size_t i = 0; i < each.size(); ++i) {
        FacilityServiceArea& a = each[i];
        for (std::size_t k = 0; k < a.reached.size(); ++k) {
            const ReachedStretch& r = a.reached[k];
            roadsOut.rows << QVector<QVariant>{
                allFids[i], r.edge, qint64(roads.fid(net.edges()[std::size_t(r.edge)].line)),
                std::round(r.minutesAtFrom * 100) / 100, std::round(r.minutesAtTo * 100) / 100};
            roadsOut.owned.push_back(
                std::shared_ptr<const GEOSGeometry>(a.lines[k].release(), GeosGeometryDeleter()));
            roadsOut.geometries.push_back(roadsOut.owned.back().get());
        }
        areas.rows << QVector<QVariant>{allFids[i], minutes, std::round(a.km * 1000) / 1000,
                                        std::round(all[i].metres)};
        areas.owned.push_back(
            std::shared_ptr<const GEOSGeometry>(a.area.release(), GeosGeometryDeleter()));
        areas.geometries.push_back(areas.owned.back().get());
    }
    // All facilities at once: one multi-source search.
    timer.restart();
    const std::vector<ReachedStretch> together =
        reachedStretches(net, net.nodeMinutes(all, minutes), all, minutes);
    const double unionSeconds = timer.nsecsElapsed() / 1e9;
    OutputLayer whole{
        QStringLiteral("service_area_union"),
        {QStringLiteral("facilities"), QStringLiteral("minutes"), QStringLiteral("road_km")},
        {},
        {}};
    double km = 0;
    for (const ReachedStretch& r : together)
        km += (r.to - r.from) * net.edges()[std::size_t(r.edge)].metres / 1000.0;
    whole.rows << QVector<QVariant>{qint64(all.size()), minutes, std::round(km * 1000) / 1000};
    // The union of the facilities' areas: the same set as buffering every road reached,
    // without buffering ten thousand km of road again.
    std::vector<GEOSGeometry*> parts;
    for (const auto& a : areas.owned)
        if (a)
            parts.push_back(GEOSGeom_clone_r(geosContext(), a.get()));
    const GeomPtr collection(GEOSGeom_createCollection_r(geosContext(), GEOS_GEOMETRYCOLLECTION,
                                                         parts.data(), unsigned(parts.size())));
    whole.owned.push_back(std::shared_ptr<const GEOSGeometry>(
        GEOSUnaryUnion_r(geosContext(), collection.get()), GeosGeometryDeleter()));
    whole.geometries.push_back(whole.owned.back().get());

    writeGeoPackage(outPath, project.crs, {roadsOut, areas, whole});
    out << Tr::tr("%1 facilities reach %2 km of road within %3 min (%4 s for all of them "
                  "together)")
               .arg(all.size())
               .arg(km, 0, 'f', 1)
               .arg(minutes)
               .arg(unionSeconds, 0, 'f', 3)
        << "\n";
    if (unattached > 0)
        out << Tr::tr("note: %1 facilities are more than 5 km from any road they may use: left "
                      "out")
                   .arg(unattached)
            << "\n";
    out << Tr::tr("wrote %1").arg(outPath) << "\n";
    return Ok;
}

} // namespace wm::cli
