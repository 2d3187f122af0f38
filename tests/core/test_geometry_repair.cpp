#include "core/geometry_repair.h"

#include <gtest/gtest.h>

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
