// Road-network coverage (issue 20): graph build, a 15-minute service area from many
// facilities with the villages' travel times, one facility's own search (what dragging it
// reruns), and pgRouting's pgr_drivingDistance on the same graph when a server is given.
//
// Data (SYNTHETIC, fixed seed): a street grid of --grid × --grid crossings 300 m apart with
// jittered vertices, each street a road of its own with a random class (primary … village
// road) and one in five one-way: 2 · g · (g − 1) segments (g = 317: 200,344). --facilities
// and --villages uniform random points over the grid.
//
// Timed (median of --runs):
//   build        RoadNetwork::build (splitting, snapping, components, adjacency, index)
//   attach       joining facilities and villages to their nearest edges
//   area         multi-source Dijkstra within --minutes from every facility
//   villages     each village's minutes to its nearest facility (and how many are within)
//   one_search   a single facility's bounded Dijkstra (what moving it reruns)
//   live         the window's live coverage of a 15-minute rule while a facility is dragged
//                (LiveServiceTime over 4 × 4 square SYNTHETIC counties, villages placed by
//                position): the drag's start with the graph cached (the staying facilities'
//                whole-graph search, villages joined), then --moves steps of a random walk
//                (50–200 m, fixed seed) of one facility, each timed as the panel runs it:
//                the move, the verdict of every county it names and of the one under it.
//   pgrouting    pgr_drivingDistance from the facilities' nearest nodes within --minutes,
//                the least cost per node taken over the rows (with --server); WorksMap's
//                node-based union is timed too and checked equal node by node. (pgRouting
//                3.4's equicost => true gives some nodes a cost above their least one: on
//                a 100 × 100 grid from 200 starts, 117 of 9,998 nodes; not used.)
//
//   qgis-export  with --qgis-export DIR: the graph as QGIS reads it (DIR/roads_SYNTHETIC.gpkg:
//                one 2-point line per edge with its speed in km/h and oneway F/T/B), the
//                first --qgis-starts facilities moved onto their nearest node
//                (DIR/starts_SYNTHETIC.gpkg), and WorksMap's answer per start: every node
//                within --minutes (times --qgis-beyond, to see those just beyond) and its
//                seconds (DIR/worksmap_reached.csv).
//                bench/qgis_service_area_compare.py runs QGIS's "Service area (from
//                layer)" on those files and compares.
//
//   bench_road_network [--grid G] [--facilities N] [--villages N] [--minutes M] [--runs N]
//                      [--moves N] [--server CONNINFO] [--qgis-export DIR [--qgis-starts N]
//                      [--qgis-beyond F]]

#include "analysis/check_units.h"
#include "analysis/live_service_time.h"
#include "analysis/road_network.h"
#include "analysis/unit_set.h"
#include "bench_process.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "core/resource_paths.h"
#include "io/pg_connection.h"
#include "io/vector_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

using namespace wm;
using namespace wmbench;

namespace {

template <typename F> double timed(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e9;
}

Layer streetGrid(int g, QRandomGenerator& rng)
{
    Layer layer;
    layer.name = QStringLiteral("roads_SYNTHETIC");
    layer.kind = GeometryKind::Line;
    layer.attributes.setFields({{QStringLiteral("fclass"), FieldType::String, {}},
                                {QStringLiteral("oneway"), FieldType::String, {}}});
    std::vector<std::pair<double, double>> at(std::size_t(g) * std::size_t(g));
    for (std::size_t i = 0; i < at.size(); ++i)
        at[i] = {500000 + double(i % std::size_t(g)) * 300 + rng.bounded(60.0),
                 4100000 + double(i / std::size_t(g)) * 300 + rng.bounded(60.0)};
    const char* classes[] = {"primary", "县道", "乡道", "村道", "residential"};
    GEOSContextHandle_t ctx = geosContext();
    qint64 fid = 0;
    const auto street = [&](std::size_t a, std::size_t b) {
        GEOSCoordSequence* s = GEOSCoordSeq_create_r(ctx, 2, 2);
        GEOSCoordSeq_setXY_r(ctx, s, 0, at[a].first, at[a].second);
        GEOSCoordSeq_setXY_r(ctx, s, 1, at[b].first, at[b].second);
        const qsizetype row = layer.attributes.appendRow();
        layer.attributes.setString(row, 0, QString::fromUtf8(classes[rng.bounded(5)]));
        if (rng.bounded(5) == 0)
            layer.attributes.setString(row, 1,
                                       rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("T"));
        layer.addFeature(fid++, GeomPtr(GEOSGeom_createLineString_r(ctx, s)));
    };
    for (std::size_t r = 0; r < std::size_t(g); ++r)
        for (std::size_t c = 0; c < std::size_t(g); ++c) {
            if (c + 1 < std::size_t(g))
                street(r * std::size_t(g) + c, r * std::size_t(g) + c + 1);
            if (r + 1 < std::size_t(g))
                street(r * std::size_t(g) + c, (r + 1) * std::size_t(g) + c);
        }
    layer.buildIndex();
    return layer;
}

std::shared_ptr<Layer> pointLayer(const QString& name,
                                  const std::vector<std::pair<double, double>>& points)
{
    auto layer = std::make_shared<Layer>();
    layer->name = name;
    layer->kind = GeometryKind::Point;
    layer->attributes.setFields({{QStringLiteral("kind"), FieldType::String, {}}});
    qint64 fid = 0;
    for (const auto& [x, y] : points) {
        layer->attributes.setString(layer->attributes.appendRow(), 0, QStringLiteral("clinic"));
        layer->addFeature(++fid, GeomPtr(GEOSGeom_createPointFromXY_r(geosContext(), x, y)));
    }
    layer->buildIndex();
    return layer;
}

/// 4 × 4 square counties over the grid, codes 130501 …
std::shared_ptr<Layer> squareCounties(double span)
{
    auto layer = std::make_shared<Layer>();
    layer->name = QStringLiteral("counties_SYNTHETIC");
    layer->kind = GeometryKind::Polygon;
    layer->attributes.setFields({{QStringLiteral("code"), FieldType::String, {}},
                                 {QStringLiteral("name"), FieldType::String, {}}});
    const double side = span / 4;
    for (int i = 0; i < 16; ++i) {
        const double x0 = 500000 + (i % 4) * side, y0 = 4100000 + (i / 4) * side;
        const QString wkt = QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
                                .arg(x0, 0, 'f', 3)
                                .arg(y0, 0, 'f', 3)
                                .arg(x0 + side, 0, 'f', 3)
                                .arg(y0 + side, 0, 'f', 3);
        const qsizetype row = layer->attributes.appendRow();
        layer->attributes.setString(row, 0, QString::number(130501 + i));
        layer->attributes.setString(row, 1, QStringLiteral("county %1").arg(i + 1));
        layer->addFeature(i + 1,
                          GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkt.toUtf8().constData())));
    }
    layer->buildIndex();
    return layer;
}

/// The graph, start nodes and WorksMap's reached nodes as bench/qgis_service_area_compare.py
/// reads them (see the header).
void exportForQgis(const RoadNetwork& net, const std::vector<RoadNetwork::Attachment>& sources,
                   int starts, double minutes, const QString& dir)
{
    QDir().mkpath(dir);
    GEOSContextHandle_t ctx = geosContext();
    OutputLayer roads{QStringLiteral("roads_SYNTHETIC"),
                      {QStringLiteral("speed"), QStringLiteral("oneway")},
                      {},
                      {}};
    for (std::size_t e = 0; e < net.edges().size(); ++e) {
        const RoadNetwork::Edge& edge = net.edges()[e];
        const double forward = edge.forwardMinutes, backward = edge.backwardMinutes;
        const double one = std::isfinite(forward) ? forward : backward;
        const QString oneway =
            std::isfinite(forward) && std::isfinite(backward)
                ? QStringLiteral("B")
                : (std::isfinite(forward) ? QStringLiteral("F") : QStringLiteral("T"));
        roads.rows << QVector<QVariant>{edge.metres / 1000.0 / (one / 60.0), oneway};
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, 2, 2);
        GEOSCoordSeq_setXY_r(ctx, seq, 0, net.node(edge.from).x, net.node(edge.from).y);
        GEOSCoordSeq_setXY_r(ctx, seq, 1, net.node(edge.to).x, net.node(edge.to).y);
        roads.owned.emplace_back(GEOSGeom_createLineString_r(ctx, seq), GeosGeometryDeleter());
        roads.geometries.push_back(roads.owned.back().get());
    }
    OutputLayer points{QStringLiteral("starts_SYNTHETIC"), {QStringLiteral("start")}, {}, {}};
    QFile csv(QDir(dir).filePath(QStringLiteral("worksmap_reached.csv")));
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw Error(csv.fileName(), QStringLiteral("cannot write"));
    csv.write("start,x,y,seconds\n");
    for (int i = 0; i < starts && i < int(sources.size()); ++i) {
        const RoadNetwork::Edge& e = net.edges()[std::size_t(sources[std::size_t(i)].edge)];
        const int node = sources[std::size_t(i)].fraction < 0.5 ? e.from : e.to;
        points.rows << QVector<QVariant>{i};
        points.owned.emplace_back(
            GEOSGeom_createPointFromXY_r(ctx, net.node(node).x, net.node(node).y),
            GeosGeometryDeleter());
        points.geometries.push_back(points.owned.back().get());
        const std::vector<double> reached = net.nodeMinutesFrom(node, minutes);
        for (int n = 0; n < net.nodeCount(); ++n)
            if (reached[std::size_t(n)] <= minutes)
                csv.write(QStringLiteral("%1,%2,%3,%4\n")
                              .arg(i)
                              .arg(net.node(n).x, 0, 'f', 6)
                              .arg(net.node(n).y, 0, 'f', 6)
                              .arg(reached[std::size_t(n)] * 60, 0, 'g', 12)
                              .toUtf8());
    }
    const Crs crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    writeGeoPackage(QDir(dir).filePath(QStringLiteral("roads_SYNTHETIC.gpkg")), crs, {roads});
    writeGeoPackage(QDir(dir).filePath(QStringLiteral("starts_SYNTHETIC.gpkg")), crs, {points});
    std::printf("qgis_export %s (%zu edges, %d starts)\n", qPrintable(dir), net.edges().size(),
                std::min(starts, int(sources.size())));
}

LoadedLayer projectLayer(const QString& id, std::shared_ptr<const Layer> data)
{
    LoadedLayer l;
    l.entry.id = id;
    l.data = std::move(data);
    return l;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int g = argValue(args, QStringLiteral("--grid"), QStringLiteral("317")).toInt();
    const int facilities =
        argValue(args, QStringLiteral("--facilities"), QStringLiteral("2000")).toInt();
    const int villages =
        argValue(args, QStringLiteral("--villages"), QStringLiteral("50000")).toInt();
    const double minutes =
        argValue(args, QStringLiteral("--minutes"), QStringLiteral("15")).toDouble();
    const int runs = argValue(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const int moves = argValue(args, QStringLiteral("--moves"), QStringLiteral("200")).toInt();
    QString server = argValue(args, QStringLiteral("--server"), QString());
    const QString qgisExport = argValue(args, QStringLiteral("--qgis-export"), QString());
    const int qgisStarts =
        argValue(args, QStringLiteral("--qgis-starts"), QStringLiteral("20")).toInt();
    const double qgisBeyond =
        argValue(args, QStringLiteral("--qgis-beyond"), QStringLiteral("1")).toDouble();
    try {
        QRandomGenerator rng(20201);
        const auto roadLayer = std::make_shared<const Layer>(streetGrid(g, rng));
        const Layer& roads = *roadLayer;
        const double span = (g - 1) * 300.0;
        std::vector<std::pair<double, double>> fac(static_cast<std::size_t>(facilities)),
            vil(static_cast<std::size_t>(villages));
        for (auto& p : fac)
            p = {500000 + rng.bounded(span), 4100000 + rng.bounded(span)};
        for (auto& p : vil)
            p = {500000 + rng.bounded(span), 4100000 + rng.bounded(span)};
        RoadNetworkOptions o;
        o.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));

        std::vector<double> build, attach, area, villageTimes, one;
        std::optional<RoadNetwork> net;
        int within = 0;
        std::vector<RoadNetwork::Attachment> sources, places;
        std::vector<double> nodes;
        for (int r = 0; r < runs; ++r) {
            build.push_back(timed([&] { net.emplace(RoadNetwork::build(roads, o)); }));
            attach.push_back(timed([&] {
                sources.clear();
                places.clear();
                for (const auto& [x, y] : fac)
                    sources.push_back(net->attach(x, y));
                for (const auto& [x, y] : vil)
                    places.push_back(net->attach(x, y));
            }));
            area.push_back(timed([&] { nodes = net->nodeMinutes(sources, minutes); }));
            villageTimes.push_back(timed([&] {
                within = 0;
                for (const RoadNetwork::Attachment& v : places)
                    within += net->minutesTo(v, nodes, sources) <= minutes ? 1 : 0;
            }));
            one.push_back(timed([&] { net->nodeMinutes({sources[0]}, minutes); }));
        }
        std::printf("segments_SYNTHETIC %lld nodes %d edges %zu components %zu\n",
                    qlonglong(roads.featureCount()), net->nodeCount(), net->edges().size(),
                    net->report().components.size());
        std::printf("build_s %.3f\nattach_s %.3f (%d places)\narea_s %.3f\nvillages_s %.3f "
                    "(%d of %d within %.0f min)\nservice_area_total_s %.3f\none_search_ms %.2f\n",
                    median(build), median(attach), facilities + villages, median(area),
                    median(villageTimes), within, villages, minutes,
                    median(area) + median(villageTimes), median(one) * 1000);

        {
            // The window's live coverage while one facility is dragged.
            LoadedProject project;
            project.layers << projectLayer(QStringLiteral("roads"), roadLayer)
                           << projectLayer(QStringLiteral("facilities"),
                                           pointLayer(QStringLiteral("facilities_SYNTHETIC"), fac))
                           << projectLayer(QStringLiteral("villages"),
                                           pointLayer(QStringLiteral("villages_SYNTHETIC"), vil));
            const CheckUnits units = CheckUnits::counties(
                UnitSet(squareCounties(span), QStringLiteral("code"), QStringLiteral("name")));
            const QJsonObject rule{{QStringLiteral("id"), QStringLiteral("t")},
                                   {QStringLiteral("kind"), QStringLiteral("service-time")},
                                   {QStringLiteral("villages"), QStringLiteral("villages")},
                                   {QStringLiteral("facilities"), QStringLiteral("facilities")},
                                   {QStringLiteral("network"), QStringLiteral("roads")},
                                   {QStringLiteral("minutes"), minutes}};
            LiveNetworkCache cache;
            const double firstStart =
                timed([&] { LiveServiceTime(project, units, rule, 0, &cache); });
            std::vector<double> starts;
            std::optional<LiveServiceTime> live;
            for (int r = 0; r < runs; ++r)
                starts.push_back(timed([&] { live.emplace(project, units, rule, 1, &cache); }));
            double x = fac[0].first, y = fac[0].second, heading = 0;
            const int id = live->addFacility(x, y);
            std::vector<double> steps;
            qsizetype named = 0;
            int failing = 0;
            for (int k = 0; k < moves; ++k) {
                heading += rng.bounded(1.2) - 0.6;
                const double len = 50 + rng.bounded(150.0);
                double nx = x + len * std::cos(heading), ny = y + len * std::sin(heading);
                if (nx < 500000 || ny < 4100000 || nx > 500000 + span || ny > 4100000 + span) {
                    heading += std::numbers::pi; // turn back into the grid
                    nx = x + len * std::cos(heading);
                    ny = y + len * std::sin(heading);
                }
                x = nx;
                y = ny;
                steps.push_back(timed([&] {
                    const std::vector<int> changed = live->moveFacility(id, x, y);
                    named += qsizetype(changed.size());
                    for (const int u : changed)
                        failing += live->verdict(u).pass ? 0 : 1;
                    if (const int under = live->unitAt(x, y); under >= 0)
                        failing += live->verdict(under).pass ? 0 : 1;
                }));
            }
            std::sort(steps.begin(), steps.end());
            std::printf("live_first_start_s %.3f (graph built)\nlive_start_s %.3f (graph "
                        "cached)\nlive_move_ms median %.2f p95 %.2f max %.2f (%d moves, %lld "
                        "counties named, %d failing verdicts read)\n",
                        firstStart, median(starts), steps[steps.size() / 2] * 1000,
                        steps[steps.size() * 95 / 100] * 1000, steps.back() * 1000, moves,
                        qlonglong(named), failing);
        }

        if (!qgisExport.isEmpty())
            exportForQgis(*net, sources, qgisStarts, minutes * qgisBeyond, qgisExport);

        if (!server.isEmpty()) {
            if (!server.startsWith(QLatin1String("PG:")))
                server.prepend(QStringLiteral("PG:"));
            PgConnection pg(server);
            pg.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgrouting"));
            pg.exec(QStringLiteral("DROP TABLE IF EXISTS bench_road_edges_synthetic"));
            pg.exec(QStringLiteral("CREATE TABLE bench_road_edges_synthetic (id integer, source "
                                   "integer, target integer, cost float8, reverse_cost float8)"));
            QStringList values;
            for (std::size_t e = 0; e < net->edges().size(); ++e) {
                const RoadNetwork::Edge& edge = net->edges()[e];
                const auto cost = [](double m) {
                    return std::isfinite(m) ? QString::number(m, 'g', 17) : QStringLiteral("-1");
                };
                values << QStringLiteral("(%1,%2,%3,%4,%5)")
                              .arg(e)
                              .arg(edge.from)
                              .arg(edge.to)
                              .arg(cost(edge.forwardMinutes), cost(edge.backwardMinutes));
            }
            pg.exec(QStringLiteral("INSERT INTO bench_road_edges_synthetic VALUES %1")
                        .arg(values.join(QLatin1Char(','))));
            // From the facilities' nearest nodes, both sides: pgRouting knows nodes only.
            QStringList starts;
            for (const RoadNetwork::Attachment& s : sources) {
                const RoadNetwork::Edge& e = net->edges()[std::size_t(s.edge)];
                const int node = s.fraction < 0.5 ? e.from : e.to;
                starts << QString::number(node);
            }
            std::vector<double> pgr;
            PgResult result;
            for (int r = 0; r < runs; ++r)
                pgr.push_back(timed([&] {
                    result = pg.exec(QStringLiteral("SELECT node, agg_cost FROM "
                                                    "pgr_drivingDistance('SELECT id, source, "
                                                    "target, cost, reverse_cost FROM "
                                                    "bench_road_edges_synthetic', ARRAY[%1]::"
                                                    "bigint[], %2, true, false)")
                                         .arg(starts.join(QLatin1Char(',')))
                                         .arg(minutes));
                }));
            std::vector<int> nodeSources;
            for (const QString& s : starts)
                nodeSources.push_back(s.toInt());
            std::vector<double> ours, union_;
            for (int r = 0; r < runs; ++r)
                ours.push_back(timed([&] { union_ = net->nodeMinutesFrom(nodeSources, minutes); }));
            // Both unions node by node.
            std::vector<double> reference(union_.size(), RoadNetwork::Unreachable);
            for (int r = 0; r < result.rows(); ++r) {
                const qint64 node = result.integer(r, 0);
                reference[std::size_t(node)] =
                    std::min(reference[std::size_t(node)], result.text(r, 1).toDouble());
            }
            int reached = 0, differing = 0;
            for (std::size_t v = 0; v < union_.size(); ++v) {
                reached += std::isfinite(union_[v]) ? 1 : 0;
                const bool same =
                    std::isfinite(union_[v]) == std::isfinite(reference[v]) &&
                    (!std::isfinite(union_[v]) || std::abs(union_[v] - reference[v]) <= 1e-6);
                if (!same && differing < 5)
                    std::fprintf(stderr, "node %zu: %.9f (WorksMap) vs %.9f (pgRouting)\n", v,
                                 union_[v], reference[v]);
                differing += same ? 0 : 1;
            }
            std::printf("pgrouting_area_s %.3f (%d rows)\nworksmap_same_area_s %.3f (%d nodes, "
                        "%d differing from pgRouting)\n",
                        median(pgr), result.rows(), median(ours), reached, differing);
            pg.exec(QStringLiteral("DROP TABLE bench_road_edges_synthetic"));
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_road_network: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
