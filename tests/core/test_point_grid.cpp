// PointGrid: the one grid behind site suggestion, the nearest-village lookup of `suggest`
// and the live service radius. Expected answers by hand, and by brute force on seeded
// random points.

#include "core/point_grid.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

using namespace wm;

namespace {

std::vector<int> bruteWithin(const std::vector<GridPoint>& points, double x, double y, double r)
{
    std::vector<int> out;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double dx = points[i].x - x, dy = points[i].y - y;
        if (dx * dx + dy * dy <= r * r)
            out.push_back(int(i));
    }
    return out;
}

int bruteNearest(const std::vector<GridPoint>& points, double x, double y)
{
    int best = -1;
    double bestD2 = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double dx = points[i].x - x, dy = points[i].y - y;
        if (dx * dx + dy * dy < bestD2) {
            bestD2 = dx * dx + dy * dy;
            best = int(i);
        }
    }
    return best;
}

} // namespace

TEST(PointGrid, PointsExactlyOnTheRadiusAreWithin)
{
    // 3-4-5 triangles: (3000, 4000) and (-4000, -3000) are exactly 5 km from the origin;
    // (3000, 4000.001) is a millimetre beyond.
    const std::vector<GridPoint> points{{3000, 4000}, {-4000, -3000}, {3000, 4000.001},
                                        {0, 0},       {5000, 0},      {5000.0001, 0}};
    const PointGrid grid(points, 5000);
    EXPECT_EQ(grid.within(0, 0, 5000), (std::vector<int>{0, 1, 3, 4}));
    EXPECT_EQ(grid.within(0, 0, 4999.999), (std::vector<int>{3}));
    // The same with cells much smaller than the radius: a disc then spans many cells.
    const PointGrid fine(points, 700);
    EXPECT_EQ(fine.within(0, 0, 5000), (std::vector<int>{0, 1, 3, 4}));
}

TEST(PointGrid, CellsAtTheEdgesOfTheExtent)
{
    // The extent is [0, 10000] x [0, 10000]; with 1 km cells the points on x = 10000 and
    // y = 10000 sit on the far edge of the last cells.
    const std::vector<GridPoint> points{
        {0, 0}, {10000, 0}, {0, 10000}, {10000, 10000}, {5000, 5000}};
    const PointGrid grid(points, 1000);
    EXPECT_EQ(grid.within(10000, 10000, 1), (std::vector<int>{3}));
    EXPECT_EQ(grid.within(10000, 0, 0), (std::vector<int>{1}));
    // Queries off the extent reach the points on its edge, and nothing farther.
    EXPECT_EQ(grid.within(10500, 10000, 500), (std::vector<int>{3}));
    EXPECT_EQ(grid.within(-700, -700, 1000), (std::vector<int>{0}));
    EXPECT_EQ(grid.within(-700, -700, 989), (std::vector<int>{})); // 989.95 m away
    EXPECT_EQ(grid.within(1e9, 1e9, 1000), (std::vector<int>{}));
    EXPECT_EQ(grid.within(std::nan(""), 0, 1e12), (std::vector<int>{}));
    // Nearest from off the extent, including far away.
    EXPECT_EQ(grid.nearest(20000, 20000), 3);
    EXPECT_EQ(grid.nearest(-1e12, 0), 0);
    EXPECT_EQ(grid.nearest(5000, -1e7), 0); // (0, 0) and (10000, 0) tie: the lower index
    EXPECT_EQ(grid.nearest(5100, 5100), 4);
    EXPECT_EQ(grid.nearest(std::nan(""), 0), -1);
}

TEST(PointGrid, EmptyAndSinglePointGrids)
{
    const PointGrid empty({}, 1000);
    EXPECT_EQ(empty.size(), 0);
    EXPECT_EQ(empty.within(0, 0, 1e9), (std::vector<int>{}));
    EXPECT_EQ(empty.nearest(0, 0), -1);
    const PointGrid one({{7, 7}}, 1000);
    EXPECT_EQ(one.within(7, 7, 0), (std::vector<int>{0}));
    EXPECT_EQ(one.nearest(-1e6, 1e6), 0);
}

TEST(PointGrid, RandomQueriesMatchBruteForce)
{
    std::mt19937_64 engine(20261206);
    std::uniform_real_distribution<double> coordinate(-50000, 50000);
    std::vector<GridPoint> points(3000);
    for (GridPoint& p : points)
        p = {coordinate(engine), coordinate(engine)};
    // Some duplicates: equal points must all be found, and ties go to the lower index.
    points[10] = points[20];
    points[2999] = points[0];
    for (const double cell : {300.0, 3000.0, 25000.0}) {
        const PointGrid grid(points, cell);
        std::uniform_real_distribution<double> query(-70000, 70000);
        for (int k = 0; k < 300; ++k) {
            const double x = query(engine), y = query(engine);
            const double r = std::uniform_real_distribution<double>(0, 8000)(engine);
            ASSERT_EQ(grid.within(x, y, r), bruteWithin(points, x, y, r)) << cell << " " << k;
            ASSERT_EQ(grid.nearest(x, y), bruteNearest(points, x, y)) << cell << " " << k;
        }
        EXPECT_EQ(grid.nearest(points[20].x, points[20].y), 10);
        EXPECT_EQ(grid.nearest(points[0].x, points[0].y), 0);
    }
}

TEST(PointGrid, ATinyCellOverAWideExtentIsWidened)
{
    // 1 m cells over 1000 km would be 10^12 cells for 3 points.
    const std::vector<GridPoint> points{{0, 0}, {1e6, 1e6}, {500000, 500000.5}};
    const PointGrid grid(points, 1);
    EXPECT_GT(grid.cellSize(), 1);
    EXPECT_EQ(grid.within(500000, 500000, 1), (std::vector<int>{2}));
    EXPECT_EQ(grid.within(500000, 500000, 0.4), (std::vector<int>{}));
    EXPECT_EQ(grid.nearest(900000, 900000), 1);
}

TEST(PointGrid, BadInputThrows)
{
    EXPECT_THROW(PointGrid({}, 0), std::invalid_argument);
    EXPECT_THROW(PointGrid({}, -1), std::invalid_argument);
    EXPECT_THROW(PointGrid({}, std::nan("")), std::invalid_argument);
    EXPECT_THROW(PointGrid({}, std::numeric_limits<double>::infinity()), std::invalid_argument);
    EXPECT_THROW(PointGrid({{std::nan(""), 0}}, 1), std::invalid_argument);
    EXPECT_THROW(PointGrid({{0, std::numeric_limits<double>::infinity()}}, 1),
                 std::invalid_argument);
    EXPECT_THROW(PointGrid({{-1.7e308, 0}, {1.7e308, 0}}, 1), std::invalid_argument);
}
