#include "analysis/live_radius_coverage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <stdexcept>
#include <vector>

using namespace wm;

namespace {

/// Six villages in two units, radius 1,000 m. Positions chosen so that the distances are
/// whole numbers or 3-4-5 triangles:
///   unit 0: 0 A (0, 0), 1 B (600, 800), 2 C (1500, 0)
///   unit 1: 3 D (3000, 0), 4 E (3600, 800), 5 F (5000, 0)
std::vector<LiveDemandPoint> sixVillages()
{
    return {{0, 0, 0}, {600, 800, 0}, {1500, 0, 0}, {3000, 0, 1}, {3600, 800, 1}, {5000, 0, 1}};
}

/// Independent of the grid: every live facility against every village, O(n * m).
struct Brute {
    std::vector<int> count; ///< facilities within the radius of each village
    std::vector<LiveUnitStats> units;
};

Brute bruteForce(const std::vector<LiveDemandPoint>& demand, int unitCount,
                 const std::vector<LiveFacilityPoint>& facilities, const std::vector<bool>& live,
                 double radius)
{
    Brute b;
    b.count.assign(demand.size(), 0);
    b.units.assign(std::size_t(unitCount), {});
    for (std::size_t i = 0; i < demand.size(); ++i) {
        for (std::size_t f = 0; f < facilities.size(); ++f) {
            const double dx = demand[i].x - facilities[f].x, dy = demand[i].y - facilities[f].y;
            if (live[f] && dx * dx + dy * dy <= radius * radius)
                ++b.count[i];
        }
        if (demand[i].unit >= 0) {
            ++b.units[std::size_t(demand[i].unit)].villages;
            if (b.count[i] > 0)
                ++b.units[std::size_t(demand[i].unit)].covered;
        }
    }
    return b;
}

} // namespace

TEST(LiveRadiusCoverage, HandFixtureMoveUpdatesSharesAndFlips)
{
    LiveRadiusCoverage live(sixVillages(), 2, {{0, 0}}, 1000);
    // Facility at (0, 0): A 0 m, B 1,000 m (exactly R: covered), C 1,500 m; D 3,000 m,
    // E 3,688 m, F 5,000 m. Unit 0: 2 of 3 (0.667); unit 1: 0 of 3.
    EXPECT_EQ(live.facilityCount(), 1);
    EXPECT_EQ(live.unitStats(0).villages, 3);
    EXPECT_EQ(live.unitStats(0).covered, 2);
    EXPECT_NEAR(live.unitStats(0).share(), 2.0 / 3.0, 1e-12);
    EXPECT_EQ(live.unitStats(1).covered, 0);
    EXPECT_EQ(live.unitStats(1).share(), 0.0);
    EXPECT_EQ(live.uncoveredIn(0), (std::vector<int>{2}));
    EXPECT_EQ(live.uncoveredIn(1), (std::vector<int>{3, 4, 5}));

    // To (3000, 0): A 3,000 m, B 2,530 m, C 1,500 m; D 0 m, E 1,000 m (exactly R), F 2,000 m.
    // Unit 0: 0 of 3; unit 1: 2 of 3 (0.667). A, B lost; D, E gained.
    LiveCoverageChange c = live.moveFacility(0, 3000, 0);
    EXPECT_EQ(c.flipped, (std::vector<int>{0, 1, 3, 4}));
    EXPECT_EQ(c.units, (std::vector<int>{0, 1}));
    EXPECT_EQ(live.unitStats(0).covered, 0);
    EXPECT_EQ(live.unitStats(0).share(), 0.0);
    EXPECT_EQ(live.unitStats(1).covered, 2);
    EXPECT_NEAR(live.unitStats(1).share(), 2.0 / 3.0, 1e-12);
    EXPECT_EQ(live.uncoveredIn(0), (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(live.uncoveredIn(1), (std::vector<int>{5}));
    EXPECT_EQ(live.facilityPosition(0).x, 3000);
    EXPECT_EQ(live.facilityPosition(0).y, 0);

    // To (2250, 0): A 2,250 m, B 1,834 m, C 750 m; D 750 m, E 1,569 m, F 2,750 m.
    // Unit 0: 1 of 3 (0.333); unit 1: 1 of 3 (0.333). C gained, E lost; D stays covered.
    c = live.moveFacility(0, 2250, 0);
    EXPECT_EQ(c.flipped, (std::vector<int>{2, 4}));
    EXPECT_EQ(c.units, (std::vector<int>{0, 1}));
    EXPECT_NEAR(live.unitStats(0).share(), 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(live.unitStats(1).share(), 1.0 / 3.0, 1e-12);
    EXPECT_TRUE(live.covered(2));
    EXPECT_TRUE(live.covered(3));
    EXPECT_FALSE(live.covered(4));

    // A 50 m nudge to (2300, 0): C 800 m, D 700 m, the rest still beyond: nothing changes.
    c = live.moveFacility(0, 2300, 0);
    EXPECT_TRUE(c.flipped.empty());
    EXPECT_TRUE(c.units.empty());

    // Removing it leaves every village uncovered: C and D flip.
    c = live.removeFacility(0);
    EXPECT_EQ(c.flipped, (std::vector<int>{2, 3}));
    EXPECT_EQ(c.units, (std::vector<int>{0, 1}));
    EXPECT_EQ(live.facilityCount(), 0);
    EXPECT_EQ(live.uncoveredIn(0), (std::vector<int>{0, 1, 2}));
    EXPECT_FALSE(live.hasFacility(0));
}

TEST(LiveRadiusCoverage, AddFacilityReportsChangeAndNewId)
{
    LiveRadiusCoverage live(sixVillages(), 2, {{0, 0}}, 1000);
    LiveCoverageChange c;
    // At (5000, 500): F at 500 m; E at 1,661 m. Only F (unit 1) flips.
    const int id = live.addFacility(5000, 500, &c);
    EXPECT_EQ(id, 1);
    EXPECT_EQ(c.flipped, (std::vector<int>{5}));
    EXPECT_EQ(c.units, (std::vector<int>{1}));
    EXPECT_EQ(live.unitStats(1).covered, 1);
    EXPECT_EQ(live.facilityCount(), 2);
    // Without a change argument it still updates.
    EXPECT_EQ(live.addFacility(3000, 0), 2);
    EXPECT_EQ(live.unitStats(1).covered, 3); // D 0 m, E 1,000 m, F
}

TEST(LiveRadiusCoverage, VillageExactlyAtRadiusIsCovered)
{
    // 3-4-5 triangles: 1,800^2 + 2,400^2 = 3,000^2 exactly in floating point.
    LiveRadiusCoverage live({{3000, 0, 0}, {1800, 2400, 0}, {3000.001, 0, 0}}, 1, {{0, 0}}, 3000);
    EXPECT_TRUE(live.covered(0));
    EXPECT_TRUE(live.covered(1));
    EXPECT_FALSE(live.covered(2));
    EXPECT_EQ(live.unitStats(0).covered, 2);
}

TEST(LiveRadiusCoverage, TwoFacilitiesRemoveOneStillCovered)
{
    // Village at (0, 0); facilities at (500, 0) and (-500, 0), both 500 m away.
    LiveRadiusCoverage live({{0, 0, 0}}, 1, {{500, 0}, {-500, 0}}, 1000);
    EXPECT_EQ(live.coveringCount(0), 2);
    LiveCoverageChange c = live.removeFacility(0);
    EXPECT_TRUE(live.covered(0));
    EXPECT_EQ(live.coveringCount(0), 1);
    EXPECT_TRUE(c.flipped.empty());
    EXPECT_TRUE(c.units.empty());
    // Moving the other away now uncovers it.
    c = live.moveFacility(1, -5000, 0);
    EXPECT_FALSE(live.covered(0));
    EXPECT_EQ(c.flipped, (std::vector<int>{0}));
    EXPECT_EQ(c.units, (std::vector<int>{0}));
}

TEST(LiveRadiusCoverage, BalancedFlipsInOneUnitLeaveItsCountAlone)
{
    // Both villages in unit 0: moving from one to the other loses one, gains the other.
    LiveRadiusCoverage live({{0, 0, 0}, {3000, 0, 0}}, 1, {{0, 0}}, 1000);
    const LiveCoverageChange c = live.moveFacility(0, 3000, 0);
    EXPECT_EQ(c.flipped, (std::vector<int>{0, 1}));
    EXPECT_TRUE(c.units.empty());
    EXPECT_EQ(live.unitStats(0).covered, 1);
    EXPECT_EQ(live.uncoveredIn(0), (std::vector<int>{0}));
}

TEST(LiveRadiusCoverage, VillageWithoutUnitFlipsButCountsNowhere)
{
    LiveRadiusCoverage live({{0, 0, -1}, {0, 5000, 0}}, 1, {}, 1000);
    LiveCoverageChange c;
    live.addFacility(0, 100, &c);
    EXPECT_EQ(c.flipped, (std::vector<int>{0}));
    EXPECT_TRUE(c.units.empty());
    EXPECT_TRUE(live.covered(0));
    EXPECT_EQ(live.unitStats(0).villages, 1);
    EXPECT_EQ(live.unitStats(0).covered, 0);
}

TEST(LiveRadiusCoverage, PositionsOutsideTheGridExtent)
{
    // The demand's extent is 0 .. 1,000 m; facilities off it still cover the edge villages.
    LiveRadiusCoverage live({{0, 0, 0}, {1000, 1000, 0}}, 1, {{-900, 0}}, 1000);
    EXPECT_TRUE(live.covered(0));
    EXPECT_FALSE(live.covered(1));
    live.moveFacility(0, 1000, 1950); // 950 m north of the extent
    EXPECT_FALSE(live.covered(0));
    EXPECT_TRUE(live.covered(1));
    // Far away (and absurdly far) it covers nothing.
    live.moveFacility(0, 1e9, -1e9);
    EXPECT_EQ(live.unitStats(0).covered, 0);
    live.moveFacility(0, -1.7e308, 1.7e308);
    EXPECT_EQ(live.unitStats(0).covered, 0);
    live.moveFacility(0, 0, 0);
    EXPECT_TRUE(live.covered(0));
    // No demand at all: every operation works and changes nothing.
    LiveRadiusCoverage empty({}, 0, {{0, 0}}, 1000);
    LiveCoverageChange c;
    EXPECT_EQ(empty.addFacility(1, 1, &c), 1);
    EXPECT_TRUE(empty.moveFacility(0, 5, 5).flipped.empty());
    EXPECT_TRUE(c.flipped.empty());
}

TEST(LiveRadiusCoverage, ErrorCasesThrow)
{
    const std::vector<LiveDemandPoint> d = sixVillages();
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_THROW(LiveRadiusCoverage(d, 2, {}, 0), std::invalid_argument);
    EXPECT_THROW(LiveRadiusCoverage(d, 2, {}, -5), std::invalid_argument);
    EXPECT_THROW(LiveRadiusCoverage(d, 2, {}, nan), std::invalid_argument);
    EXPECT_THROW(LiveRadiusCoverage(d, 2, {}, inf), std::invalid_argument);
    EXPECT_THROW(LiveRadiusCoverage(d, 1, {}, 1000), std::invalid_argument); // unit 1 of 1
    EXPECT_THROW(LiveRadiusCoverage({{0, 0, -2}}, 1, {}, 1000), std::invalid_argument);
    EXPECT_THROW(LiveRadiusCoverage({{0, 0, 0}}, -1, {}, 1000), std::invalid_argument);
    EXPECT_THROW(LiveRadiusCoverage({{nan, 0, 0}}, 1, {}, 1000), std::invalid_argument);
    EXPECT_THROW(LiveRadiusCoverage({{0, 0, 0}}, 1, {{inf, 0}}, 1000), std::invalid_argument);

    LiveRadiusCoverage live(d, 2, {{0, 0}}, 1000);
    EXPECT_THROW(live.addFacility(nan, 0), std::invalid_argument);
    EXPECT_THROW(live.moveFacility(0, 0, inf), std::invalid_argument);
    EXPECT_THROW(live.moveFacility(1, 0, 0), std::out_of_range);
    EXPECT_THROW(live.moveFacility(-1, 0, 0), std::out_of_range);
    EXPECT_THROW(live.removeFacility(7), std::out_of_range);
    EXPECT_THROW(live.facilityPosition(3), std::out_of_range);
    EXPECT_THROW(live.unitStats(2), std::out_of_range);
    EXPECT_THROW(live.uncoveredIn(-1), std::out_of_range);
    EXPECT_THROW(live.covered(6), std::out_of_range);
    // A failed call leaves the state alone; a removed id is gone for good.
    EXPECT_EQ(live.facilityCount(), 1);
    EXPECT_EQ(live.unitStats(0).covered, 2);
    live.removeFacility(0);
    EXPECT_THROW(live.removeFacility(0), std::out_of_range);
    EXPECT_THROW(live.moveFacility(0, 1, 1), std::out_of_range);
}

namespace {

/// Applies `ops` random add/move/remove operations and after each compares every village
/// and every unit with bruteForce(), and the reported change with the difference between
/// two brute-force states.
void randomizedCrossCheck(std::mt19937_64& rng, std::vector<LiveDemandPoint> demand, int unitCount,
                          std::vector<LiveFacilityPoint> facilities, double radius, double lo,
                          double hi, int ops)
{
    std::uniform_real_distribution<double> pos(lo, hi);
    std::uniform_real_distribution<double> step(-2 * radius, 2 * radius);
    std::uniform_int_distribution<int> op(0, 9);

    std::vector<bool> alive(facilities.size(), true);
    LiveRadiusCoverage live(demand, unitCount, facilities, radius);
    Brute before = bruteForce(demand, unitCount, facilities, alive, radius);

    for (int k = 0; k < ops; ++k) {
        std::vector<int> aliveIds;
        for (std::size_t f = 0; f < alive.size(); ++f) {
            if (alive[f])
                aliveIds.push_back(int(f));
        }
        const int kind = op(rng);
        LiveCoverageChange change;
        if (kind < 2 || aliveIds.empty()) { // add
            facilities.push_back({pos(rng), pos(rng)});
            alive.push_back(true);
            const int id = live.addFacility(facilities.back().x, facilities.back().y, &change);
            ASSERT_EQ(id, int(facilities.size()) - 1);
        } else {
            const int id = aliveIds[std::size_t(rng() % aliveIds.size())];
            if (kind < 4) { // remove
                alive[std::size_t(id)] = false;
                change = live.removeFacility(id);
            } else { // move: a short drag or a jump anywhere
                LiveFacilityPoint& p = facilities[std::size_t(id)];
                if (kind < 8)
                    p = {p.x + step(rng), p.y + step(rng)};
                else
                    p = {pos(rng), pos(rng)};
                change = live.moveFacility(id, p.x, p.y);
            }
        }

        const Brute after = bruteForce(demand, unitCount, facilities, alive, radius);
        std::vector<int> flipped, changedUnits;
        for (std::size_t i = 0; i < demand.size(); ++i) {
            ASSERT_EQ(live.coveringCount(int(i)), after.count[i]) << "op " << k << " village " << i;
            ASSERT_EQ(live.covered(int(i)), after.count[i] > 0);
            if ((before.count[i] > 0) != (after.count[i] > 0))
                flipped.push_back(int(i));
        }
        for (int u = 0; u < unitCount; ++u) {
            ASSERT_EQ(live.unitStats(u).villages, after.units[std::size_t(u)].villages);
            ASSERT_EQ(live.unitStats(u).covered, after.units[std::size_t(u)].covered)
                << "op " << k << " unit " << u;
            if (before.units[std::size_t(u)].covered != after.units[std::size_t(u)].covered)
                changedUnits.push_back(u);
        }
        ASSERT_EQ(change.flipped, flipped) << "op " << k;
        ASSERT_EQ(change.units, changedUnits) << "op " << k;
        ASSERT_EQ(live.facilityCount(), int(std::count(alive.begin(), alive.end(), true)));
        before = after;
    }

    for (int u = 0; u < unitCount; ++u) {
        std::vector<int> expected;
        for (std::size_t i = 0; i < demand.size(); ++i) {
            if (demand[i].unit == u && before.count[i] == 0)
                expected.push_back(int(i));
        }
        EXPECT_EQ(live.uncoveredIn(u), expected);
    }
}

} // namespace

TEST(LiveRadiusCoverage, RandomizedCrossCheckAgainstBruteForce)
{
    std::mt19937_64 rng(20240611);
    // 2,000 villages on 20 km x 20 km in 7 units (about 1 in 10 outside every unit), 50
    // facilities placed up to 2 km beyond the villages' extent, radius 1 km.
    std::uniform_real_distribution<double> inside(0, 20000);
    std::uniform_real_distribution<double> around(-2000, 22000);
    std::uniform_int_distribution<int> unit(-1, 6);
    std::vector<LiveDemandPoint> demand(2000);
    for (LiveDemandPoint& d : demand) {
        d.x = inside(rng);
        d.y = inside(rng);
        const int u = unit(rng);
        d.unit = u < 0 && rng() % 2 ? 0 : u; // fewer than 1 in 8 without unit
    }
    std::vector<LiveFacilityPoint> facilities(50);
    for (LiveFacilityPoint& f : facilities)
        f = {around(rng), around(rng)};
    randomizedCrossCheck(rng, demand, 7, facilities, 1000, -2000, 22000, 500);
}

TEST(LiveRadiusCoverage, RandomizedTinyRadiusOnWideExtent)
{
    // A 5 m radius over 1,000 km would need 4 * 10^10 cells one radius wide; the grid
    // widens its cells instead and must stay exact. Facilities start next to villages.
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> inside(0, 1e6);
    std::uniform_real_distribution<double> near(-6, 6);
    std::vector<LiveDemandPoint> demand(300);
    for (std::size_t i = 0; i < demand.size(); ++i) {
        demand[i] = {inside(rng), inside(rng), int(i % 3)};
        // Pairs of close villages so that one facility can reach two.
        if (i % 2 == 1)
            demand[i] = {demand[i - 1].x + near(rng), demand[i - 1].y + near(rng), int(i % 3)};
    }
    std::vector<LiveFacilityPoint> facilities;
    for (std::size_t i = 0; i < demand.size(); i += 4)
        facilities.push_back({demand[i].x + near(rng), demand[i].y + near(rng)});
    randomizedCrossCheck(rng, demand, 3, facilities, 5, 0, 1e6, 200);
}
