// Service areas on hand-drawn roads at 60 km/h (a kilometre a minute): which stretches a
// facility reaches within the time, where the time runs out along a road, one-way roads,
// and the area drawn around them.
#include "analysis/service_area.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace wm;
using namespace wm::test;

namespace {

RoadNetwork network(const std::vector<std::pair<const char*, QStringList>>& rows)
{
    RoadNetworkOptions o;
    o.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));
    return RoadNetwork::build(
        *makeLayer(GeometryKind::Line, {QStringLiteral("speed"), QStringLiteral("oneway")}, rows),
        o);
}

double reachedKm(const RoadNetwork& net, const std::vector<ReachedStretch>& s)
{
    double km = 0;
    for (const ReachedStretch& r : s)
        km += (r.to - r.from) * net.edges()[std::size_t(r.edge)].metres / 1000.0;
    return km;
}

} // namespace

TEST(ServiceArea, TheTimeRunsOutPartWayAlongARoad)
{
    // A 10 km road east, a 10 km road north from its middle; the clinic on the first road
    // 2 km from its west end, right beside it (no access leg).
    const RoadNetwork net = network({{"LINESTRING (0 0, 10000 0)", {"60", ""}},
                                     {"LINESTRING (5000 0, 5000 10000)", {"60", ""}}});
    const RoadNetwork::Attachment clinic = net.attach(2000, 0);
    ASSERT_GE(clinic.edge, 0);
    EXPECT_EQ(clinic.metres, 0);
    const std::vector<RoadNetwork::Attachment> sources{clinic};
    const std::vector<ReachedStretch> s =
        reachedStretches(net, net.nodeMinutes(sources, 5.0), sources, 5.0);
    // West 2 km (the whole first stretch to x = 0), east 5 km to x = 7000: 3 km to the
    // junction, 2 km beyond it east and 2 km north.
    EXPECT_NEAR(reachedKm(net, s), 2 + 3 + 2 + 2, 1e-9);
    for (const ReachedStretch& r : s) {
        EXPECT_LE(r.minutesAtFrom, 5.0 + 1e-9);
        EXPECT_LE(r.minutesAtTo, 5.0 + 1e-9);
    }
    // The lines: four stretches, ends where the minutes run out.
    const GeomPtr lines = stretchLines(net, s);
    double length = 0;
    GEOSLength_r(geosContext(), lines.get(), &length);
    EXPECT_NEAR(length, 9000, 1e-6);
    // The area: the lines grown by 100 m, about 9 km × 200 m plus the round ends.
    const GeomPtr area = serviceAreaPolygon(net, s, 100);
    double m2 = 0;
    GEOSArea_r(geosContext(), area.get(), &m2);
    EXPECT_GT(m2, 9000 * 200 * 0.95);
    EXPECT_LT(m2, 9000 * 200 * 1.05);
}

TEST(ServiceArea, AOneWayRoadIsReachedOnlyTheWayItGoes)
{
    // A clinic at the west end of a one-way road east (F), which continues west both ways.
    const RoadNetwork net = network(
        {{"LINESTRING (0 0, 10000 0)", {"60", "F"}}, {"LINESTRING (-10000 0, 0 0)", {"60", ""}}});
    const RoadNetwork::Attachment east = net.attach(5000, 0);
    const std::vector<RoadNetwork::Attachment> fromEast{east};
    // From the middle of the one-way road: only onward to x = 10000 (5 km), never back.
    std::vector<ReachedStretch> s =
        reachedStretches(net, net.nodeMinutes(fromEast, 8.0), fromEast, 8.0);
    EXPECT_NEAR(reachedKm(net, s), 5.0, 1e-9);
    // From x = -3000 on the two-way road: 3 km east to x = 0, then 5 km along the one-way;
    // west 8 km to x = -10000 (7 km there: the road ends).
    const std::vector<RoadNetwork::Attachment> fromWest{net.attach(-3000, 0)};
    s = reachedStretches(net, net.nodeMinutes(fromWest, 8.0), fromWest, 8.0);
    EXPECT_NEAR(reachedKm(net, s), 3 + 5 + 7, 1e-9);
}

TEST(ServiceArea, NothingIsReachedWhenTheAccessLegTakesTheTime)
{
    const RoadNetwork net = network({{"LINESTRING (0 0, 10000 0)", {"60", ""}}});
    // 1 km from the road at 20 km/h (the driving access leg): 3 minutes of 2.
    const std::vector<RoadNetwork::Attachment> far{net.attach(5000, 1000)};
    EXPECT_NEAR(far.front().accessMinutes, 3.0, 1e-9);
    EXPECT_TRUE(reachedStretches(net, net.nodeMinutes(far, 2.0), far, 2.0).empty());
    EXPECT_EQ(serviceAreaPolygon(net, {}, 100), nullptr);
}
