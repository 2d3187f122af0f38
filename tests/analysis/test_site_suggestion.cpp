#include "analysis/exact_covering.h"
#include "analysis/site_suggestion.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <stdexcept>

using namespace wm;

namespace {

const double kGreedyFactor = 1.0 - 1.0 / std::numbers::e;

/// Coverage computed the slow way, with no grid, so the tests do not trust the code under test:
/// sets[c][i] is 1 when candidate c reaches demand point i and no existing facility does.
std::vector<std::vector<char>> bruteSets(const SiteSuggestionInput& in)
{
    auto near = [&](const SitePoint& s, const DemandPoint& d) {
        return std::hypot(d.x - s.x, d.y - s.y) <= in.radius;
    };
    std::vector<char> served(in.demand.size(), 0);
    for (const SitePoint& f : in.existing) {
        for (std::size_t i = 0; i < in.demand.size(); ++i)
            served[i] = served[i] || near(f, in.demand[i]);
    }
    std::vector<std::vector<char>> sets(in.candidates.size(),
                                        std::vector<char>(in.demand.size(), 0));
    for (std::size_t c = 0; c < in.candidates.size(); ++c) {
        for (std::size_t i = 0; i < in.demand.size(); ++i)
            sets[c][i] = !served[i] && near(in.candidates[c], in.demand[i]);
    }
    return sets;
}

double unionWeight(const SiteSuggestionInput& in, const std::vector<std::vector<char>>& sets,
                   const std::vector<int>& chosen)
{
    double sum = 0;
    for (std::size_t i = 0; i < in.demand.size(); ++i) {
        for (int c : chosen) {
            if (sets[c][i]) {
                sum += in.demand[i].weight;
                break;
            }
        }
    }
    return sum;
}

bool allowed(const SiteSuggestionInput& in, int c)
{
    return in.excluded.empty() || !in.excluded[c];
}

/// The optimum over every k-subset of the allowed candidates (exhaustive search).
double exhaustiveOptimum(const SiteSuggestionInput& in, int k)
{
    const auto sets = bruteSets(in);
    const int n = static_cast<int>(in.candidates.size());
    double best = 0;
    std::vector<int> pick;
    auto recurse = [&](auto&& self, int from) -> void {
        if (static_cast<int>(pick.size()) == k) {
            best = std::max(best, unionWeight(in, sets, pick));
            return;
        }
        for (int c = from; c < n; ++c) {
            if (!allowed(in, c))
                continue;
            pick.push_back(c);
            self(self, c + 1);
            pick.pop_back();
        }
    };
    recurse(recurse, 0);
    return best;
}

/// Plain (non-lazy) greedy with ties to the lowest index, to check the lazy one is exact.
std::vector<int> naiveGreedy(const SiteSuggestionInput& in, int k)
{
    const auto sets = bruteSets(in);
    std::vector<int> chosen;
    for (int step = 0; step < k; ++step) {
        const double base = unionWeight(in, sets, chosen);
        double bestGain = 0;
        int best = -1;
        for (int c = 0; c < static_cast<int>(in.candidates.size()); ++c) {
            if (!allowed(in, c) || std::find(chosen.begin(), chosen.end(), c) != chosen.end())
                continue;
            auto with = chosen;
            with.push_back(c);
            const double gain = unionWeight(in, sets, with) - base;
            if (gain > bestGain) {
                bestGain = gain;
                best = c;
            }
        }
        if (best < 0)
            break;
        chosen.push_back(best);
    }
    return chosen;
}

/// Eight villages on the x axis, radius 1 km, one clinic already built at (20000, 500).
///
///   d0 (0, 0) w3     d1 (500, 0) w2      d2 (3000, 0) w4     d3 (3500, 0) w1
///   d4 (6000, 0) w2  d5 (6500, 0) w2     d6 (10000, 0) w1    d7 (20000, 0) w5
///
/// Total 20; the clinic covers d7 (500 m away): 5 covered before.
/// Candidates and what they add on their own:
///   c0 (250, 0):   d0, d1 (250 m each)            = 3 + 2 = 5
///   c1 (3250, 0):  d2, d3                         = 4 + 1 = 5
///   c2 (6250, 0):  d4, d5                         = 2 + 2 = 4
///   c3 (2000, 0):  d2 at exactly 1000 m (counts)  = 4      (d1 is 1500 m away)
///   c4 (20000, 0): d7 only, already served        = 0
/// d6 is beyond every candidate: at most 5 + 14 = 19 of 20 can ever be covered.
SiteSuggestionInput lineFixture()
{
    SiteSuggestionInput in;
    in.demand = {{0, 0, 3},    {500, 0, 2},  {3000, 0, 4},  {3500, 0, 1},
                 {6000, 0, 2}, {6500, 0, 2}, {10000, 0, 1}, {20000, 0, 5}};
    in.existing = {{20000, 500}};
    in.candidates = {{250, 0}, {3250, 0}, {6250, 0}, {2000, 0}, {20000, 0}};
    in.radius = 1000;
    return in;
}

/// Six unit-weight villages where the greedy's first pick is a big overlapping set:
///   v0 (0, 0)  v1 (400, 0)  v2 (800, 0)  v3 (2000, 0)  v4 (2400, 0)  v5 (2800, 0)
///   A (1400, 0) covers v1..v4 = 4;  B (400, 0) covers v0..v2 = 3;  C (2400, 0) covers v3..v5 = 3.
/// k = 2: greedy takes A (4), then B and C both add 1 (tie -> B): 5. The optimum is B + C = 6;
/// swapping A for C loses v3, v4 (only A covers them) and gains v3, v4, v5: +1.
SiteSuggestionInput overlapFixture()
{
    SiteSuggestionInput in;
    in.demand = {{0, 0, 1}, {400, 0, 1}, {800, 0, 1}, {2000, 0, 1}, {2400, 0, 1}, {2800, 0, 1}};
    in.candidates = {{1400, 0}, {400, 0}, {2400, 0}};
    in.radius = 1000;
    return in;
}

SiteSuggestionInput randomFixture(unsigned seed, int demand, int candidates)
{
    std::mt19937 rng(seed);
    // Raw engine output only: std::uniform_*_distribution differs between standard libraries.
    auto coord = [&] { return static_cast<double>(rng() % 20000); };
    SiteSuggestionInput in;
    for (int i = 0; i < demand; ++i) {
        const double x = coord(), y = coord();
        in.demand.push_back({x, y, static_cast<double>(1 + rng() % 100)});
    }
    for (int i = 0; i < 3; ++i) {
        const double x = coord(), y = coord();
        in.existing.push_back({x, y});
    }
    for (int i = 0; i < candidates; ++i) {
        const double x = coord(), y = coord();
        in.candidates.push_back({x, y});
    }
    in.radius = 2500;
    return in;
}

} // namespace

TEST(SiteSuggestion, CoverageSetsAndExistingFacilities)
{
    const SiteSuggestion s(lineFixture());
    EXPECT_DOUBLE_EQ(s.totalWeight(), 20);
    EXPECT_DOUBLE_EQ(s.coveredBefore(), 5);
    EXPECT_TRUE(s.coveredByExisting(7));
    EXPECT_EQ(s.coverage(0), (std::vector<int>{0, 1}));
    EXPECT_EQ(s.coverage(1), (std::vector<int>{2, 3}));
    EXPECT_EQ(s.coverage(3), (std::vector<int>{2})); // exactly at the radius counts
    EXPECT_TRUE(s.coverage(4).empty());              // its only village is already served
}

TEST(SiteSuggestion, GreedyEqualsExhaustiveOptimumOnHandFixture)
{
    const SiteSuggestionInput in = lineFixture();
    const SiteSuggestion s(in);

    // k = 2: c0 and c1 tie at 5, the lower index goes first; c1 then still adds 5: 10.
    const MaximalCoveringResult two = s.maximalCovering(2);
    EXPECT_EQ(two.chosen, (std::vector<int>{0, 1}));
    EXPECT_EQ(two.marginalGain, (std::vector<double>{5, 5}));
    EXPECT_DOUBLE_EQ(two.coveredBefore, 5);
    EXPECT_DOUBLE_EQ(two.greedyAdded, 10);
    EXPECT_DOUBLE_EQ(two.added, 10);
    EXPECT_EQ(two.swaps, 0);
    EXPECT_DOUBLE_EQ(exhaustiveOptimum(in, 2), 10);
    // Bound: min(10 / 0.632, coverable 14) = 14.
    EXPECT_DOUBLE_EQ(two.upperBound, 14);

    // k = 3: c2 adds 4; c3 adds nothing once c1 is in (d2 is covered): 14, all coverable.
    const MaximalCoveringResult three = s.maximalCovering(3);
    EXPECT_EQ(three.chosen, (std::vector<int>{0, 1, 2}));
    EXPECT_DOUBLE_EQ(three.added, 14);
    EXPECT_DOUBLE_EQ(exhaustiveOptimum(in, 3), 14);
    EXPECT_DOUBLE_EQ(three.upperBound, 14);
    EXPECT_DOUBLE_EQ(three.boundRatio(), 1);

    // k = 5: c3 and c4 would add nothing, so they are not proposed.
    const MaximalCoveringResult five = s.maximalCovering(5);
    EXPECT_EQ(five.chosen, (std::vector<int>{0, 1, 2}));
    EXPECT_DOUBLE_EQ(five.coveredBefore + five.added, 19);
    EXPECT_DOUBLE_EQ(s.addedWeight(five.chosen), 14);
}

TEST(SiteSuggestion, ExchangeStepFixesSuboptimalGreedy)
{
    const SiteSuggestionInput in = overlapFixture();
    const MaximalCoveringResult r = SiteSuggestion(in).maximalCovering(2);
    EXPECT_EQ(r.greedyChosen, (std::vector<int>{0, 1})); // A, then B (tie with C)
    EXPECT_DOUBLE_EQ(r.greedyAdded, 5);
    EXPECT_EQ(r.chosen, (std::vector<int>{2, 1})); // C took A's place
    EXPECT_DOUBLE_EQ(r.added, 6);
    EXPECT_EQ(r.marginalGain, (std::vector<double>{3, 3}));
    EXPECT_EQ(r.swaps, 1);
    EXPECT_DOUBLE_EQ(exhaustiveOptimum(in, 2), 6);
    // min(5 / 0.632 = 7.9, coverable 6): the optimum 6 is within it.
    EXPECT_DOUBLE_EQ(r.upperBound, 6);
    EXPECT_GE(r.greedyAdded, kGreedyFactor * 6);
}

TEST(SiteSuggestion, ExcludedCandidatesAreNeverChosen)
{
    SiteSuggestionInput in = overlapFixture();
    in.excluded = {false, false, true}; // C lies in an excluded zone
    const MaximalCoveringResult r = SiteSuggestion(in).maximalCovering(2);
    EXPECT_EQ(r.chosen, (std::vector<int>{0, 1})); // no swap can bring C in
    EXPECT_DOUBLE_EQ(r.added, 5);
    EXPECT_DOUBLE_EQ(exhaustiveOptimum(in, 2), 5);

    SiteSuggestionInput line = lineFixture();
    line.excluded = {true, false, false, false, false}; // c0 excluded: d0, d1 unreachable
    const SiteSuggestion s(line);
    const MaximalCoveringResult two = s.maximalCovering(2);
    EXPECT_EQ(two.chosen, (std::vector<int>{1, 2}));
    EXPECT_DOUBLE_EQ(two.added, 9);
    // Everything else coverable is covered, so the target 0.9 (18) is out of reach: 14 / 20.
    const SetCoverResult cover = s.setCover(0.9);
    EXPECT_FALSE(cover.reached);
    EXPECT_DOUBLE_EQ(cover.bestShare, 0.7);
}

TEST(SiteSuggestion, ExistingFacilitiesReduceGains)
{
    SiteSuggestionInput in = lineFixture();
    in.existing.push_back({-800, 0}); // serves d0 (800 m), not d1 (1300 m)
    const SiteSuggestion s(in);
    EXPECT_DOUBLE_EQ(s.coveredBefore(), 8);
    EXPECT_EQ(s.coverage(0), (std::vector<int>{1}));
    // c1 adds 5, then c2 (4) beats c0 (2 left).
    const MaximalCoveringResult r = s.maximalCovering(2);
    EXPECT_EQ(r.chosen, (std::vector<int>{1, 2}));
    EXPECT_DOUBLE_EQ(r.added, 9);
    EXPECT_DOUBLE_EQ(exhaustiveOptimum(in, 2), 9);
}

TEST(SiteSuggestion, SetCoverReachesTargetWithFewestSites)
{
    const SiteSuggestionInput in = lineFixture();
    const SiteSuggestion s(in);

    // 25 % is served already: no site needed.
    const SetCoverResult none = s.setCover(0.2);
    EXPECT_TRUE(none.reached);
    EXPECT_TRUE(none.chosen.empty());
    EXPECT_DOUBLE_EQ(none.share, 0.25);

    // 50 % = 10: c0 adds exactly the 5 missing.
    const SetCoverResult half = s.setCover(0.5);
    EXPECT_TRUE(half.reached);
    EXPECT_EQ(half.chosen, (std::vector<int>{0}));
    EXPECT_DOUBLE_EQ(half.share, 0.5);

    // 90 % = 18: c0, c1 reach 15, so c2 is needed too: 19 / 20. No two sites suffice.
    const SetCoverResult ninety = s.setCover(0.9);
    EXPECT_TRUE(ninety.reached);
    EXPECT_EQ(ninety.chosen, (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(ninety.marginalGain, (std::vector<double>{5, 5, 4}));
    EXPECT_DOUBLE_EQ(ninety.covered, 19);
    EXPECT_DOUBLE_EQ(ninety.share, 0.95);
    EXPECT_LT(5 + exhaustiveOptimum(in, 2), 18);

    // 96 % = 19.2: d6 is beyond every candidate, so 19 / 20 is the best there is.
    const SetCoverResult unreachable = s.setCover(0.96);
    EXPECT_FALSE(unreachable.reached);
    EXPECT_DOUBLE_EQ(unreachable.bestShare, 0.95);
    EXPECT_EQ(unreachable.chosen.size(), 3u);
}

TEST(SiteSuggestion, RandomFixtureWithinGreedyGuaranteeAndBound)
{
    for (unsigned seed : {1u, 7u, 2026u}) {
        SCOPED_TRACE(seed);
        SiteSuggestionInput in = randomFixture(seed, 300, 40);
        const SiteSuggestion s(in);
        const MaximalCoveringResult r = s.maximalCovering(3);
        const double optimum = exhaustiveOptimum(in, 3);

        ASSERT_EQ(r.chosen.size(), 3u);
        EXPECT_EQ(r.greedyChosen, naiveGreedy(in, 3)); // lazy evaluation is exact
        EXPECT_GE(r.greedyAdded, kGreedyFactor * optimum);
        EXPECT_GE(r.added, r.greedyAdded);
        EXPECT_LE(r.added, optimum);
        EXPECT_GE(r.upperBound, optimum);
        EXPECT_DOUBLE_EQ(r.added, unionWeight(in, bruteSets(in), r.chosen));

        // Every third candidate excluded: never chosen, and the guarantee still holds over the
        // allowed ones.
        in.excluded.assign(in.candidates.size(), false);
        for (std::size_t c = 0; c < in.candidates.size(); c += 3)
            in.excluded[c] = true;
        const SiteSuggestion restricted(in);
        const MaximalCoveringResult rr = restricted.maximalCovering(3);
        for (int c : rr.chosen)
            EXPECT_FALSE(in.excluded[c]) << c;
        const double restrictedOptimum = exhaustiveOptimum(in, 3);
        EXPECT_GE(rr.greedyAdded, kGreedyFactor * restrictedOptimum);
        EXPECT_GE(rr.upperBound, restrictedOptimum);
        for (int c : restricted.setCover(0.99).chosen)
            EXPECT_FALSE(in.excluded[c]) << c;
    }
}

TEST(SiteSuggestion, RejectsInvalidInput)
{
    SiteSuggestionInput in = lineFixture();
    in.radius = 0;
    EXPECT_THROW(SiteSuggestion{in}, std::invalid_argument);
    in = lineFixture();
    in.demand[0].weight = -1;
    EXPECT_THROW(SiteSuggestion{in}, std::invalid_argument);
    in = lineFixture();
    in.excluded = {true};
    EXPECT_THROW(SiteSuggestion{in}, std::invalid_argument);
}

TEST(SiteSuggestion, TheMixedIntegerSolverProvesTheOptimum)
{
    // Seeded with the greedy's A + B (5), GLPK finds C + B (6) and proves it.
    const SiteSuggestionInput in = overlapFixture();
    const SiteSuggestion s(in);
    ExactCoveringResult r = solveMaximalCovering(s, 2, {0, 1}, 10);
    ASSERT_TRUE(r.solved);
    EXPECT_TRUE(r.optimal);
    EXPECT_DOUBLE_EQ(r.added, 6);
    EXPECT_DOUBLE_EQ(r.bound, 6);
    EXPECT_DOUBLE_EQ(r.gap(), 0);
    std::vector<int> chosen = r.chosen;
    std::sort(chosen.begin(), chosen.end());
    EXPECT_EQ(chosen, (std::vector<int>{1, 2}));

    // Random fixtures: every answer equals the exhaustive optimum over all k-subsets.
    for (unsigned seed = 1; seed <= 6; ++seed) {
        const SiteSuggestionInput random = randomFixture(seed, 60, 14);
        const SiteSuggestion sets(random);
        for (const int k : {1, 3, 5}) {
            const MaximalCoveringResult greedy = sets.maximalCovering(k, 0);
            r = solveMaximalCovering(sets, k, greedy.chosen, 10);
            ASSERT_TRUE(r.solved) << seed << " " << k;
            EXPECT_TRUE(r.optimal) << seed << " " << k;
            EXPECT_NEAR(r.added, exhaustiveOptimum(random, k), 1e-9) << seed << " " << k;
            EXPECT_GE(r.added, greedy.added - 1e-9);
            EXPECT_LE(int(r.chosen.size()), k);
        }
    }
}

TEST(SiteSuggestion, AStoppedSolveProvesNothing)
{
    const SiteSuggestion sets(randomFixture(3, 60, 14));
    const std::atomic<bool> stop = true;
    const ExactCoveringResult r = solveMaximalCovering(sets, 3, {0, 1, 2}, 10, &stop);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.optimal);
    if (r.solved) // the seed, kept as the incumbent
        EXPECT_GE(r.added, sets.addedWeight({0, 1, 2}) - 1e-9);
}

TEST(SiteSuggestion, TheSolverFindsTheFewestSitesForAShare)
{
    int solved = 0;
    for (unsigned seed = 1; seed <= 5; ++seed) {
        const SiteSuggestionInput in = randomFixture(seed, 60, 12);
        const SiteSuggestion sets(in);
        for (const double share : {0.3, 0.5, 0.7}) {
            const double needed = share * sets.totalWeight() - sets.coveredBefore();
            // The fewest sites by exhaustion: the least k whose best k sites add enough.
            int fewest = -1;
            for (int k = 0; k <= 12 && fewest < 0; ++k)
                if (exhaustiveOptimum(in, k) >= needed - 1e-9)
                    fewest = k;
            const SetCoverResult greedy = sets.setCover(share);
            const ExactSetCoverResult r = solveSetCover(sets, needed, greedy.chosen, 10);
            if (fewest < 0) {
                EXPECT_FALSE(r.solved) << seed << " " << share;
                continue;
            }
            ASSERT_TRUE(r.solved) << seed << " " << share;
            EXPECT_TRUE(r.optimal) << seed << " " << share;
            EXPECT_EQ(int(r.chosen.size()), fewest) << seed << " " << share;
            EXPECT_GE(sets.addedWeight(r.chosen), needed - 1e-9);
            EXPECT_LE(r.chosen.size(), greedy.chosen.size());
            ++solved;
        }
    }
    EXPECT_GE(solved, 8); // most targets are reachable
}
