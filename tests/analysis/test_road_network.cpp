// The road graph on hand-drawn roads (EPSG:4547 metres), every figure worked out by hand:
// a square with a one-way side, a bridge over a road, ends snapped or left, components,
// and places joining the network with their access legs.
#include "analysis/road_network.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "io/vector_reader.h"
#include "support/test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;
using namespace wm::test;

namespace {

/// Roads at 60 km/h (a kilometre a minute) unless a row says otherwise.
RoadNetworkOptions driving()
{
    RoadNetworkOptions o;
    o.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));
    return o;
}

std::shared_ptr<Layer> roads(const std::vector<std::pair<const char*, QStringList>>& rows)
{
    return makeLayer(GeometryKind::Line,
                     {QStringLiteral("speed"), QStringLiteral("oneway"), QStringLiteral("bridge")},
                     rows);
}

int nodeAt(const RoadNetwork& n, double x, double y)
{
    for (int i = 0; i < n.nodeCount(); ++i)
        if (std::abs(n.node(i).x - x) < 1e-6 && std::abs(n.node(i).y - y) < 1e-6)
            return i;
    ADD_FAILURE() << "no node at " << x << " " << y;
    return 0;
}

} // namespace

TEST(RoadNetwork, ASquareWithAOneWaySideIsDrivenAroundTheOtherWay)
{
    const auto layer = roads({{"LINESTRING (0 0, 1000 0)", {"60", "F", ""}},
                              {"LINESTRING (1000 0, 1000 1000)", {"60", "", ""}},
                              {"LINESTRING (1000 1000, 0 1000)", {"60", "", ""}},
                              {"LINESTRING (0 1000, 0 0)", {"60", "", ""}}});
    const RoadNetwork net = RoadNetwork::build(*layer, driving());
    EXPECT_EQ(net.nodeCount(), 4);
    EXPECT_EQ(net.edges().size(), 4u);
    EXPECT_EQ(net.report().deadEnds, 0);
    ASSERT_EQ(net.report().components.size(), 1u);
    EXPECT_NEAR(net.report().components[0].km, 4.0, 1e-9);
    const int a = nodeAt(net, 0, 0), b = nodeAt(net, 1000, 0);
    // With the one-way side: a minute. Against it: three sides round.
    EXPECT_NEAR(net.nodeMinutesFrom(a)[std::size_t(b)], 1.0, 1e-9);
    EXPECT_NEAR(net.nodeMinutesFrom(b)[std::size_t(a)], 3.0, 1e-9);
    // A limit of 2 minutes leaves the far corner out, and (0,0) from (1000,0).
    const std::vector<double> within = net.nodeMinutesFrom(b, 2.0);
    EXPECT_TRUE(std::isinf(within[std::size_t(a)]));
    EXPECT_NEAR(within[std::size_t(nodeAt(net, 0, 1000))], 2.0, 1e-9);
}

TEST(RoadNetwork, OneWayValuesAsOsmAndChineseExportsWriteThem)
{
    // T (Geofabrik) and -1 run against the drawing; yes and 是 with it; B and no both ways.
    for (const auto& [value, forward, backward] :
         std::vector<std::tuple<const char*, bool, bool>>{{"F", true, false},
                                                          {"yes", true, false},
                                                          {"是", true, false},
                                                          {"T", false, true},
                                                          {"-1", false, true},
                                                          {"B", true, true},
                                                          {"no", true, true},
                                                          {"", true, true}}) {
        const RoadNetwork net =
            RoadNetwork::build(*roads({{"LINESTRING (0 0, 500 0)", {"60", value, ""}}}), driving());
        ASSERT_EQ(net.edges().size(), 1u);
        const RoadNetwork::Edge& e = net.edges()[0];
        EXPECT_EQ(std::isfinite(e.forwardMinutes), forward) << value;
        EXPECT_EQ(std::isfinite(e.backwardMinutes), backward) << value;
    }
    // On foot a one-way street is walked both ways, at walking speed.
    RoadNetworkOptions walk = driving();
    walk.mode = TravelMode::Walk;
    const RoadNetwork net =
        RoadNetwork::build(*roads({{"LINESTRING (0 0, 500 0)", {"60", "F", ""}}}), walk);
    EXPECT_NEAR(net.edges()[0].backwardMinutes, 6.0, 1e-9); // 0.5 km at 5 km/h
}

TEST(RoadNetwork, ABridgeOverARoadIsNotJoinedToItButRoadsCrossingAre)
{
    const RoadNetwork bridged =
        RoadNetwork::build(*roads({{"LINESTRING (0 500, 1000 500)", {"60", "", ""}},
                                   {"LINESTRING (500 0, 500 1000)", {"60", "", "T"}}}),
                           driving());
    EXPECT_EQ(bridged.nodeCount(), 4);
    EXPECT_EQ(bridged.edges().size(), 2u);
    EXPECT_EQ(bridged.report().crossingsKept, 1);
    EXPECT_EQ(bridged.report().crossingsSplit, 0);
    EXPECT_EQ(bridged.report().components.size(), 2u);

    const RoadNetwork crossing =
        RoadNetwork::build(*roads({{"LINESTRING (0 500, 1000 500)", {"60", "", ""}},
                                   {"LINESTRING (500 0, 500 1000)", {"60", "", ""}}}),
                           driving());
    EXPECT_EQ(crossing.nodeCount(), 5);
    EXPECT_EQ(crossing.edges().size(), 4u);
    EXPECT_EQ(crossing.report().crossingsSplit, 1);
    EXPECT_EQ(crossing.report().components.size(), 1u);
    // From the west end to the south end: 0.5 + 0.5 km.
    EXPECT_NEAR(
        crossing.nodeMinutesFrom(nodeAt(crossing, 0, 500))[std::size_t(nodeAt(crossing, 500, 0))],
        1.0, 1e-9);

    // A bridge's ends meet the roads they touch, whatever the level.
    const RoadNetwork ramp =
        RoadNetwork::build(*roads({{"LINESTRING (0 0, 1000 0)", {"60", "", ""}},
                                   {"LINESTRING (500 0, 500 800)", {"60", "", "yes"}}}),
                           driving());
    EXPECT_EQ(ramp.nodeCount(), 4);
    EXPECT_EQ(ramp.report().components.size(), 1u);
}

TEST(RoadNetwork, AnEndWithinTheToleranceIsSnappedAndOneBeyondIsReported)
{
    RoadNetworkOptions o = driving();
    o.snapMetres = 1.0;
    const RoadNetwork net =
        RoadNetwork::build(*roads({{"LINESTRING (0 0, 1000 0)", {"60", "", ""}},
                                   // 0.5 m short of the road: joined to it at (500, 0).
                                   {"LINESTRING (500 0.5, 500 300)", {"60", "", ""}},
                                   // 5 m short: left, a network of its own.
                                   {"LINESTRING (800 5, 800 300)", {"60", "", ""}}}),
                           o);
    EXPECT_EQ(net.report().snapped, 1);
    EXPECT_EQ(net.nodeCount(), 6); // (0,0) (1000,0) (500,0) (500,300) and the lone road's ends
    EXPECT_EQ(net.edges().size(), 4u);
    ASSERT_EQ(net.report().components.size(), 2u);
    // 1 km + 300 m (the snapped road now starts at the junction), largest first.
    EXPECT_NEAR(net.report().components[0].km, 1.3, 1e-9);
    EXPECT_NEAR(net.report().components[1].km, 0.295, 1e-9);
    EXPECT_EQ(net.report().deadEnds, 5);
    // The lone road cannot be reached from the main one.
    const int start = nodeAt(net, 0, 0);
    EXPECT_NEAR(net.nodeMinutesFrom(start)[std::size_t(nodeAt(net, 500, 300))], 0.5 + 0.3, 1e-6);
    EXPECT_TRUE(std::isinf(net.nodeMinutesFrom(start)[std::size_t(nodeAt(net, 800, 300))]));
    EXPECT_NE(net.componentOf(start), net.componentOf(nodeAt(net, 800, 300)));
}

TEST(RoadNetwork, PlacesJoinTheNearestRoadWithTheirAccessLegInTheTime)
{
    RoadNetworkOptions walk = driving();
    walk.mode = TravelMode::Walk; // 5 km/h on the road and on the access leg
    const RoadNetwork net =
        RoadNetwork::build(*roads({{"LINESTRING (0 0, 1000 0)", {"", "", ""}},
                                   {"LINESTRING (1000 0, 1000 1000)", {"", "", ""}}}),
                           walk);
    const RoadNetwork::Attachment clinic = net.attach(0, -50);
    const RoadNetwork::Attachment village = net.attach(250, 100);
    ASSERT_GE(clinic.edge, 0);
    EXPECT_NEAR(clinic.metres, 50, 1e-9);
    EXPECT_NEAR(clinic.accessMinutes, 0.6, 1e-9);
    EXPECT_NEAR(village.metres, 100, 1e-9);
    EXPECT_NEAR(village.x, 250, 1e-9);
    EXPECT_NEAR(village.accessMinutes, 1.2, 1e-9);
    // 0.6 (leg) + 250 m at 5 km/h (3 min) + 1.2 (leg): the same edge, no node passed.
    const std::vector<RoadNetwork::Attachment> sources{clinic};
    const std::vector<double> nodes = net.nodeMinutes(sources);
    EXPECT_NEAR(net.minutesTo(village, nodes, sources), 4.8, 1e-9);
    // Round the corner: 0.6 + 1000 m (12) + 400 m (4.8) + 30 m leg (0.36).
    const RoadNetwork::Attachment far = net.attach(1030, 400);
    EXPECT_NEAR(net.minutesTo(far, nodes, sources), 0.6 + 12 + 4.8 + 0.36, 1e-9);
    // Nothing within reach: not attached, unreachable.
    EXPECT_EQ(net.attach(50000, 50000, 1000).edge, -1);
    EXPECT_TRUE(std::isinf(net.minutesTo(net.attach(50000, 50000, 1000), nodes, sources)));
}

TEST(RoadNetwork, SpeedsComeFromTheClassOrTheSpeedField)
{
    const auto layer =
        makeLayer(GeometryKind::Line, {QStringLiteral("fclass"), QStringLiteral("speed")},
                  {{"LINESTRING (0 0, 1000 0)", {"motorway", ""}},
                   {"LINESTRING (0 100, 1000 100)", {"县道", ""}},
                   {"LINESTRING (0 200, 1000 200)", {"no_such_class", ""}},
                   {"LINESTRING (0 300, 1000 300)", {"村道", "10"}},
                   // OSM's maxspeed tag as raw exports carry it: with a unit, or a word.
                   {"LINESTRING (0 400, 1000 400)", {"村道", "30 mph"}},
                   {"LINESTRING (0 500, 1000 500)", {"县道", "none"}},
                   {"LINESTRING (0 600, 1000 600)", {"村道", "60 km/h"}}});
    const RoadNetwork net = RoadNetwork::build(*layer, driving());
    ASSERT_EQ(net.edges().size(), 7u);
    EXPECT_NEAR(net.edges()[0].forwardMinutes, 0.6, 1e-9); // 100 km/h
    EXPECT_NEAR(net.edges()[1].forwardMinutes, 1.2, 1e-9); // 县道 50 km/h
    EXPECT_NEAR(net.edges()[2].forwardMinutes, 2.0, 1e-9); // the default, 30 km/h
    EXPECT_NEAR(net.edges()[3].forwardMinutes, 6.0, 1e-9); // its own 10 km/h
    EXPECT_NEAR(net.edges()[4].forwardMinutes, 60 / (30 * 1.609344), 1e-9);
    EXPECT_NEAR(net.edges()[5].forwardMinutes, 1.2, 1e-9); // "none": the 县道's 50 km/h
    EXPECT_NEAR(net.edges()[6].forwardMinutes, 1.0, 1e-9);
    RoadNetworkOptions walk = driving();
    walk.mode = TravelMode::Walk;
    const RoadNetwork onFoot = RoadNetwork::build(*layer, walk);
    EXPECT_EQ(onFoot.report().closedEdges, 1); // no walking on the motorway
    EXPECT_NE(onFoot.attach(500, -10).edge, 0);
}

// A road layer as planners download it: Geofabrik's OSM extract (gis_osm_roads_free_1.shp,
// WGS84 lon/lat, a UTF-8 .cpg, oneway F/T/B, maxspeed 0 for unknown, bridge T/F and layer),
// made here by ogr2ogr from GeoJSON and read as a project reads it, into EPSG:4547 metres.
// 中华大街 (primary) runs east along 37°N from 114.50° to 114.52°E; a residential bridge
// (layer 1) crosses it at 114.51° without meeting it; a secondary road runs north-south
// through its east end; a one-way tertiary road leads north from its west end.
TEST(RoadNetwork, AGeofabrikShapefileMadeByOgr2ogr)
{
    QTemporaryDir dir;
    const QString geojson = dir.filePath(QStringLiteral("roads.geojson"));
    writeText(geojson, QStringLiteral(R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"osm_id": "1", "code": 5113, "fclass": "primary",
  "name": "中华大街", "ref": null, "oneway": "B", "maxspeed": 0, "layer": 0, "bridge": "F",
  "tunnel": "F"}, "geometry": {"type": "LineString",
  "coordinates": [[114.50, 37.0], [114.51, 37.0], [114.52, 37.0]]}},
 {"type": "Feature", "properties": {"osm_id": "2", "code": 5122, "fclass": "residential",
  "name": "桥", "ref": null, "oneway": "B", "maxspeed": 0, "layer": 1, "bridge": "T",
  "tunnel": "F"}, "geometry": {"type": "LineString",
  "coordinates": [[114.51, 36.995], [114.51, 37.005]]}},
 {"type": "Feature", "properties": {"osm_id": "3", "code": 5114, "fclass": "secondary",
  "name": "东环路", "ref": "S201", "oneway": "B", "maxspeed": 0, "layer": 0, "bridge": "F",
  "tunnel": "F"}, "geometry": {"type": "LineString",
  "coordinates": [[114.52, 36.99], [114.52, 37.01]]}},
 {"type": "Feature", "properties": {"osm_id": "4", "code": 5115, "fclass": "tertiary",
  "name": "北街", "ref": null, "oneway": "F", "maxspeed": 0, "layer": 0, "bridge": "F",
  "tunnel": "F"}, "geometry": {"type": "LineString",
  "coordinates": [[114.50, 37.0], [114.50, 37.01]]}}]})"));
    const QString shp = dir.filePath(QStringLiteral("gis_osm_roads_free_1.shp"));
    QString error;
    ASSERT_TRUE(runTool(QStringLiteral("ogr2ogr"),
                        {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), shp, geojson,
                         QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8"),
                         QStringLiteral("-nln"), QStringLiteral("gis_osm_roads_free_1")},
                        &error))
        << error.toStdString();
    ReadOptions read;
    read.targetCrs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    const Layer layer = VectorReader::read(shp, read);
    ASSERT_EQ(layer.featureCount(), 4);
    EXPECT_EQ(layer.attributes.toString(0, layer.attributes.indexOf(QStringLiteral("name"))),
              QStringLiteral("中华大街"));

    const RoadNetworkOptions options = driving();
    const RoadNetwork net = RoadNetwork::build(layer, options);
    EXPECT_EQ(net.report().crossingsKept, 1);      // the bridge over 中华大街
    ASSERT_EQ(net.report().components.size(), 2u); // the bridge alone, the rest joined

    // Ends of the roads as read (metres), and their lengths, measured by GEOS.
    GEOSContextHandle_t ctx = geosContext();
    auto end = [&](qsizetype f, bool last) {
        const GeomPtr p(last ? GEOSGeomGetEndPoint_r(ctx, layer.geometry(f))
                             : GEOSGeomGetStartPoint_r(ctx, layer.geometry(f)));
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, p.get(), &x);
        GEOSGeomGetY_r(ctx, p.get(), &y);
        return std::pair{x, y};
    };
    auto km = [&](qsizetype f) {
        double metres = 0;
        GEOSLength_r(ctx, layer.geometry(f), &metres);
        return metres / 1000;
    };
    const auto [wx, wy] = end(0, false);
    const auto [ex, ey] = end(0, true);
    const auto [nx, ny] = end(3, true);
    // 中华大街's east end meets 东环路 between two of its vertices: a T-junction, joined
    // by snapping (after the reprojection the end lies micrometres off the road).
    EXPECT_EQ(net.report().snapped, 1);
    auto nearest = [&](double x, double y) {
        int best = 0;
        for (int i = 1; i < net.nodeCount(); ++i)
            if (std::hypot(net.node(i).x - x, net.node(i).y - y) <
                std::hypot(net.node(best).x - x, net.node(best).y - y))
                best = i;
        EXPECT_LT(std::hypot(net.node(best).x - x, net.node(best).y - y), 0.001);
        return best;
    };
    const int west = nodeAt(net, wx, wy), east = nearest(ex, ey), north = nodeAt(net, nx, ny);
    // maxspeed 0 is "unknown": the class's speed from layers/road_speeds.json counts.
    const double primary = options.speeds.speed(QStringLiteral("primary"), 0, TravelMode::Drive);
    const double tertiary = options.speeds.speed(QStringLiteral("tertiary"), 0, TravelMode::Drive);
    const std::vector<double> fromWest = net.nodeMinutesFrom(west);
    EXPECT_NEAR(fromWest[std::size_t(east)], km(0) / primary * 60, 1e-6);
    // The tertiary road is one-way north ("F": the way it is drawn): up, but not back.
    EXPECT_NEAR(fromWest[std::size_t(north)], km(3) / tertiary * 60, 1e-9);
    EXPECT_TRUE(std::isinf(net.nodeMinutesFrom(north)[std::size_t(west)]));
}
