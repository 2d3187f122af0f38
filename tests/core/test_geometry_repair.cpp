#include "core/error.h"
#include "core/geometry_repair.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

using namespace wm;

namespace {
GeomPtr wkt(const char* text)
{
    return GeomPtr(GEOSGeomFromWKT_r(geosContext(), text));
}
double area(const GEOSGeometry* g)
{
    double a = 0;
    GEOSArea_r(geosContext(), g, &a);
    return a;
}
} // namespace

TEST(GeometryRepair, LeavesValidGeometryAlone)
{
    GeomPtr g = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    const GEOSGeometry* before = g.get();
    EXPECT_EQ(repairGeometry(g, GeometryKind::Polygon), RepairOutcome::Valid);
    EXPECT_EQ(g.get(), before);
}

TEST(GeometryRepair, RepairsABowTieIntoTwoTriangles)
{
    // A figure-eight ring: the shoelace area is 0 (the lobes cancel); the repaired
    // multipolygon holds both lobes, 25 + 25.
    GeomPtr g = wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
    ASSERT_EQ(GEOSisValid_r(geosContext(), g.get()), 0);
    EXPECT_EQ(repairGeometry(g, GeometryKind::Polygon), RepairOutcome::Repaired);
    EXPECT_EQ(GEOSisValid_r(geosContext(), g.get()), 1);
    EXPECT_EQ(GEOSGeomTypeId_r(geosContext(), g.get()), GEOS_MULTIPOLYGON);
    EXPECT_DOUBLE_EQ(area(g.get()), 50.0);
}

TEST(GeometryRepair, KeepsAreaOfARingWithASmallSpike)
{
    // The kind of flaw quantising leaves: a ring touching itself with a small loop.
    GeomPtr g = wkt("POLYGON ((0 0, 100 0, 100 100, 50 100, 50 110, 51 110, 50 100, 0 100, 0 0))");
    ASSERT_EQ(GEOSisValid_r(geosContext(), g.get()), 0);
    const double before = area(g.get());
    EXPECT_EQ(repairGeometry(g, GeometryKind::Polygon), RepairOutcome::Repaired);
    EXPECT_EQ(GEOSisValid_r(geosContext(), g.get()), 1);
    EXPECT_NEAR(area(g.get()), before, 0.01 * before);
}

TEST(GeometryRepair, CollapsedPolygonIsReportedNotDropped)
{
    GeomPtr g = wkt("POLYGON ((0 0, 10 0, 20 0, 0 0))"); // zero area
    const GEOSGeometry* before = g.get();
    EXPECT_EQ(repairGeometry(g, GeometryKind::Polygon), RepairOutcome::Unrepairable);
    EXPECT_EQ(g.get(), before); // kept as read
}

TEST(GeometryRepair, KindOfCollections)
{
    EXPECT_EQ(geometryKindOf(wkt("MULTIPOINT ((0 0), (1 1))").get()), GeometryKind::Point);
    EXPECT_EQ(geometryKindOf(wkt("GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1))").get()),
              GeometryKind::Line);
    EXPECT_EQ(geometryKindOf(wkt("GEOMETRYCOLLECTION (POINT (0 0), LINESTRING (0 0, 1 1))").get()),
              GeometryKind::Mixed);
}

namespace {
/// Star polygon {n/k} (k near n/3, alternating radii 1000 and 700 m): every edge crosses a
/// large share of the others. Unbounded, MakeValid needed over 30 s and 2.9 GB at 10,000
/// vertices (issue 17 item 4).
GeomPtr spikyStar(int n)
{
    GEOSContextHandle_t ctx = geosContext();
    int k = n / 3;
    while (std::gcd(n, k) != 1)
        ++k;
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, unsigned(n + 1), 2);
    for (int i = 0; i <= n; ++i) {
        const int j = i % n;
        const double a = 2 * M_PI * double(qint64(j) * k % n) / n;
        const double r = j % 2 ? 1000 : 700;
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), r * std::cos(a), r * std::sin(a));
    }
    return GeomPtr(
        GEOSGeom_createPolygon_r(ctx, GEOSGeom_createLinearRing_r(ctx, seq), nullptr, 0));
}
} // namespace

TEST(GeometryRepair, regressionSpikyPolygonStopsWithinTheBudgetAndIsKeptAsRead)
{
    GeomPtr g = spikyStar(2000);
    const GEOSGeometry* before = g.get();
    ASSERT_EQ(GEOSisValid_r(geosContext(), g.get()), 0);
    RepairBudget budget;
    budget.seconds = 0.5;
    QElapsedTimer t;
    t.start();
    EXPECT_EQ(repairGeometry(g, GeometryKind::Polygon, budget), RepairOutcome::OverBudget);
    // 0.5 s for MakeValid, 0.25 s for buffer(0), plus GEOS's distance between interrupt
    // checks (a few seconds on this shape, measured 3.6 s for 10,000 vertices at 2 s).
    EXPECT_LT(t.elapsed(), 20000);
    EXPECT_EQ(g.get(), before);
}

TEST(GeometryRepair, TooManyVerticesAreNotCheckedAtAll)
{
    GeomPtr g = spikyStar(2000);
    RepairBudget budget;
    budget.maxVertices = 2000; // the ring has 2,001 coordinates
    QElapsedTimer t;
    t.start();
    EXPECT_EQ(repairGeometry(g, GeometryKind::Polygon, budget), RepairOutcome::OverBudget);
    EXPECT_LT(t.elapsed(), 100);
    budget.maxVertices = 2001;
    GeomPtr small = wkt("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
    EXPECT_EQ(repairGeometry(small, GeometryKind::Polygon, budget), RepairOutcome::Repaired);
}

TEST(GeometryRepair, AStopDuringARepairThrowsCancelled)
{
    GeomPtr g = spikyStar(2000);
    RepairBudget budget;
    budget.seconds = 600;
    int asked = 0;
    budget.keepGoing = [&asked] { return ++asked < 3; };
    QElapsedTimer t;
    t.start();
    EXPECT_THROW(repairGeometry(g, GeometryKind::Polygon, budget), Cancelled);
    EXPECT_GE(asked, 3);
    EXPECT_LT(t.elapsed(), 20000);
}
