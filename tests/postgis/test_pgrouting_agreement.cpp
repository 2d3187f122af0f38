// The road graph's travel times against pgRouting's pgr_drivingDistance, the reference the
// issue names: on a generated street grid of about 10,000 edges (SYNTHETIC: jittered
// vertices, random classes, one street in five one-way), the nodes reached within the limit
// and their minutes must be the same to 1e-6 minutes.
#include "analysis/road_network.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "postgis/pg_fixture.h"
#include "support/test_support.h"

#include <QRandomGenerator>

#include <cmath>

using namespace wm;
using namespace wm::test;

TEST_F(PostgisTest, TravelTimesEqualPgRoutingDrivingDistance)
{
    // 71 × 71 crossings, each street a separate road between neighbours: 9,940 edges.
    QRandomGenerator rng(20261207);
    const int n = 71;
    std::vector<std::pair<double, double>> at(std::size_t(n * n));
    for (int i = 0; i < n * n; ++i)
        at[std::size_t(i)] = {500000 + (i % n) * 150.0 + rng.bounded(40.0),
                              4100000 + (i / n) * 150.0 + rng.bounded(40.0)};
    const char* classes[] = {"primary", "县道", "乡道", "村道", "residential"};
    std::vector<std::pair<QByteArray, QStringList>> rows;
    const auto street = [&](int a, int b) {
        const auto [x0, y0] = at[std::size_t(a)];
        const auto [x1, y1] = at[std::size_t(b)];
        rows.push_back(
            {QStringLiteral("LINESTRING (%1 %2, %3 %4)")
                 .arg(x0, 0, 'f', 3)
                 .arg(y0, 0, 'f', 3)
                 .arg(x1, 0, 'f', 3)
                 .arg(y1, 0, 'f', 3)
                 .toUtf8(),
             {QString::fromUtf8(classes[rng.bounded(5)]),
              rng.bounded(5) == 0 ? (rng.bounded(2) ? QStringLiteral("F") : QStringLiteral("T"))
                                  : QString()}});
    };
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            if (c + 1 < n)
                street(r * n + c, r * n + c + 1);
            if (r + 1 < n)
                street(r * n + c, (r + 1) * n + c);
        }
    std::vector<std::pair<const char*, QStringList>> layerRows;
    for (const auto& [wkt, values] : rows)
        layerRows.push_back({wkt.constData(), values});
    const auto layer = makeLayer(GeometryKind::Line,
                                 {QStringLiteral("fclass"), QStringLiteral("oneway")}, layerRows);
    RoadNetworkOptions o;
    o.speeds = RoadSpeeds::load(layerRolesDir() + QStringLiteral("/road_speeds.json"));
    const RoadNetwork net = RoadNetwork::build(*layer, o);
    ASSERT_EQ(net.edges().size(), 9940u);
    ASSERT_EQ(net.nodeCount(), n * n);

    // The same graph in the database: pgRouting's edge table (a negative cost: no way).
    admin().exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgrouting"));
    admin().exec(QStringLiteral("CREATE SCHEMA %1").arg(schema()));
    admin().exec(QStringLiteral("CREATE TABLE %1.edges (id integer, source integer, target "
                                "integer, cost float8, reverse_cost float8)")
                     .arg(schema()));
    QStringList values;
    for (std::size_t e = 0; e < net.edges().size(); ++e) {
        const RoadNetwork::Edge& edge = net.edges()[e];
        const auto cost = [](double m) {
            return std::isfinite(m) ? QString::number(m, 'g', 17) : QStringLiteral("-1");
        };
        values << QStringLiteral("(%1,%2,%3,%4,%5)")
                      .arg(e)
                      .arg(edge.from)
                      .arg(edge.to)
                      .arg(cost(edge.forwardMinutes), cost(edge.backwardMinutes));
    }
    admin().exec(QStringLiteral("INSERT INTO %1.edges VALUES %2")
                     .arg(schema(), values.join(QLatin1Char(','))));

    int compared = 0;
    for (const int start : {0, n * n / 2 + n / 2, n * n - 1}) {
        const double limit = 6.0;
        const std::vector<double> ours = net.nodeMinutesFrom(start, limit);
        const PgResult theirs = admin().exec(
            QStringLiteral("SELECT node, agg_cost FROM pgr_drivingDistance('SELECT id, source, "
                           "target, cost, reverse_cost FROM %1.edges', %2, %3, true)")
                .arg(schema())
                .arg(start)
                .arg(limit));
        std::vector<double> reference(ours.size(), RoadNetwork::Unreachable);
        for (int r = 0; r < theirs.rows(); ++r)
            reference[std::size_t(theirs.integer(r, 0))] = theirs.text(r, 1).toDouble();
        int reached = 0;
        for (std::size_t v = 0; v < ours.size(); ++v) {
            ASSERT_EQ(std::isfinite(ours[v]), std::isfinite(reference[v]))
                << "start " << start << " node " << v << ": " << ours[v] << " vs " << reference[v];
            if (std::isfinite(ours[v])) {
                EXPECT_NEAR(ours[v], reference[v], 1e-6) << "start " << start << " node " << v;
                ++reached;
            }
        }
        EXPECT_GT(reached, 100) << "start " << start;
        EXPECT_LT(reached, n * n) << "start " << start; // the limit left some out
        compared += reached;
    }
    EXPECT_GT(compared, 500);
}
