#pragma once

// Location-allocation core for "suggested sites" (issue 7, item 4): maximal covering (k sites
// covering the most uncovered demand) and greedy set cover (fewest sites reaching a target
// share). Plain data in projected metres, no layers and no GEOS, so the algorithm is testable
// on hand fixtures; the caller reads the layers, restricts to units and flags candidates that
// fall inside excluded zones (GEOS), then turns the chosen indices into a proposed scenario.
//
// Performance (the figure: `suggest` with k = 20 on 50,000 villages and 10,000
// candidates). Demand points are bucketed in a uniform grid whose cells are one radius wide,
// so a disc of that radius touches at most the 3 x 3 cells around its centre: building every
// coverage set costs O(candidates x local demand) instead of O(candidates x demand), i.e.
// about 10,000 x (a few hundred) distance tests rather than 5 x 10^8. The greedy is "lazy":
// a max-heap keeps each candidate's last computed gain, and since coverage is submodular a
// gain can only shrink as sites are added, so a stale gain is an upper bound; only the heap
// top is re-evaluated, and once a freshly evaluated top stays on top it is the exact greedy
// choice. In practice each of the k steps re-evaluates a handful of candidates instead of
// all 10,000. The exchange step is the costly part (k x candidates swaps per round); it skips
// a swap-in whose whole coverage cannot beat the loss of the site it would replace, and it
// is capped in rounds.

#include <cstddef>
#include <vector>

namespace wm {

struct DemandPoint {
    double x = 0; ///< metres, projected CRS
    double y = 0;
    double weight = 1; ///< e.g. population; 1 when unweighted; must be >= 0
};

struct SitePoint {
    double x = 0;
    double y = 0;
};

struct SiteSuggestionInput {
    std::vector<DemandPoint> demand;
    std::vector<SitePoint> existing;   ///< facilities already built
    std::vector<SitePoint> candidates; ///< where a new facility may go
    double radius = 0;                 ///< metres, planar; a point at exactly `radius` is covered
    /// One flag per candidate (or empty for none): the candidate lies in an excluded zone and
    /// must never be chosen. Computed by the caller with GEOS.
    std::vector<bool> excluded;
    /// Coverage given instead of the radius (travel times on a road network): one flag per
    /// demand point already served by an existing facility, and per candidate the demand
    /// points it would serve. Used when `coverageGiven`; `existing` and `radius` are then
    /// ignored.
    bool coverageGiven = false;
    std::vector<char> servedByExisting;
    std::vector<std::vector<int>> candidateCovers;
};

struct MaximalCoveringResult {
    /// Chosen candidate indices in greedy order; a site swapped in by the exchange step takes
    /// the place of the one it replaced. Fewer than k when no further candidate adds any
    /// uncovered weight (a site covering nothing new is not worth proposing).
    std::vector<int> chosen;
    /// Weight each chosen site adds given the sites before it in `chosen` (sums to `added`).
    std::vector<double> marginalGain;
    std::vector<int> greedyChosen; ///< the greedy's picks before the exchange step
    double totalWeight = 0;        ///< all demand
    double coveredBefore = 0;      ///< covered by existing facilities
    double greedyAdded = 0;        ///< weight the greedy picks add
    double added = 0;              ///< weight the final sites add (>= greedyAdded)
    /// Upper bound on the weight any k sites can add, the least of: greedyAdded / (1 - 1/e)
    /// (the greedy guarantee), the weight coverable at all, and `added` plus the k largest
    /// gains a site still has over the result (submodularity; usually the tightest).
    double upperBound = 0;
    int exchangeRounds = 0; ///< full passes of the exchange step
    int swaps = 0;          ///< improving swaps accepted
    /// The share of the bound reached, added / upperBound (1 when the bound is 0): what the
    /// report calls "how far the result is from the bound".
    double boundRatio() const { return upperBound > 0 ? added / upperBound : 1.0; }
};

struct SetCoverResult {
    std::vector<int> chosen; ///< greedy order
    std::vector<double> marginalGain;
    double totalWeight = 0;
    double coveredBefore = 0; ///< by existing facilities
    double covered = 0;       ///< existing plus chosen
    double share = 0;         ///< covered / totalWeight (1 when there is no demand weight)
    bool reached = false;
    /// When the target is unreachable: the best share any set of allowed candidates gives
    /// (the greedy runs until nothing more can be covered, so this is the true maximum).
    double bestShare = 0;
};

/// Builds the coverage sets once; maximalCovering and setCover can then be run on them with
/// different k or targets. Throws std::invalid_argument on a non-positive or non-finite
/// radius, a negative or non-finite weight, or an `excluded` of the wrong size: silently
/// clamping those would return a plausible but wrong plan.
class SiteSuggestion {
public:
    explicit SiteSuggestion(const SiteSuggestionInput& input);

    MaximalCoveringResult maximalCovering(int k, int maxExchangeRounds = 50) const;
    /// Fewest sites by the greedy (a ln(n)-approximation, not a proven minimum) until the
    /// covered weight, existing facilities included, is at least targetShare of the total.
    SetCoverResult setCover(double targetShare) const;

    /// Uncovered demand points (weight > 0) within the radius of candidate `c`, ascending.
    std::vector<int> coverage(int candidate) const;
    /// Weight the given candidates add to the existing coverage (for reports and tests).
    double addedWeight(const std::vector<int>& candidates) const;

    double totalWeight() const { return m_total; }
    double coveredBefore() const { return m_coveredBefore; }
    bool coveredByExisting(int demand) const { return m_coveredByExisting[demand]; }
    int candidateCount() const { return static_cast<int>(m_excluded.size()); }
    int demandCount() const { return static_cast<int>(m_weight.size()); }
    double weight(int demand) const { return m_weight[std::size_t(demand)]; }
    bool excluded(int candidate) const { return m_excluded[std::size_t(candidate)] != 0; }

private:
    struct Greedy {
        std::vector<int> chosen;
        std::vector<double> gains;
    };
    /// Lazy greedy; stops after maxSites, when no candidate adds weight, or once the added
    /// weight reaches stopAt.
    Greedy lazyGreedy(int maxSites, double stopAt) const;
    double gainOf(int candidate, const std::vector<char>& covered) const;

    std::vector<double> m_weight;
    std::vector<char> m_coveredByExisting;
    std::vector<char> m_excluded;
    // Coverage sets in compressed rows: candidate c covers m_members[m_offsets[c] ..
    // m_offsets[c + 1]). One flat array instead of 10,000 small vectors.
    std::vector<std::size_t> m_offsets;
    std::vector<int> m_members;
    std::vector<double> m_setWeight; ///< total weight of each coverage set
    double m_total = 0;
    double m_coveredBefore = 0;
    double m_coverable = 0; ///< uncovered weight some allowed candidate reaches
};

} // namespace wm
