#pragma once

#include "analysis/site_suggestion.h"

#include <atomic>
#include <vector>

namespace wm {

/// What the mixed-integer solver proved about k sites.
struct ExactCoveringResult {
    bool solved = false;  ///< a solution at least as good as the seed is in `chosen`
    bool optimal = false; ///< proven optimal (the solver closed the gap)
    bool cancelled = false;
    std::vector<int> chosen; ///< candidate indices
    double added = 0;        ///< weight they add to the existing coverage
    /// Upper bound on what any k sites add (the LP relaxation, tightened by the branch and
    /// bound); equals `added` when optimal.
    double bound = 0;
    double seconds = 0;
    /// (bound − added) / bound: 0 when proven optimal; "within 0.4 % of the best possible".
    double gap() const { return bound > 0 ? std::max(0.0, (bound - added) / bound) : 0.0; }
};

/// The maximal-covering model of `sets` solved exactly with GLPK (branch and bound): binary
/// x per allowed candidate, y per demand point in some coverage set, y_i ≤ Σ x over the sets
/// holding i, Σ x ≤ k, maximise Σ w·y. `seed` (the greedy + exchange sites) is handed to the
/// solver as its first incumbent, so the answer is never worse than it. Stops after
/// `timeLimitSeconds` (then `optimal` is false and `bound` says how far from the best the
/// answer may be) or when `cancel` turns true.
ExactCoveringResult solveMaximalCovering(const SiteSuggestion& sets, int k,
                                         const std::vector<int>& seed, double timeLimitSeconds,
                                         const std::atomic<bool>* cancel = nullptr);

/// The fewest sites whose coverage adds at least `neededWeight`, solved exactly.
struct ExactSetCoverResult {
    bool solved = false;  ///< `chosen` reaches the weight
    bool optimal = false; ///< proven the fewest
    bool cancelled = false;
    std::vector<int> chosen;
    double bound = 0; ///< no fewer sites can do (the LP bound rounded up); = chosen when optimal
    double seconds = 0;
};

/// The set-cover model (minimise Σ x subject to Σ w·y ≥ `neededWeight`, y_i ≤ Σ x over the
/// sets holding i) solved with GLPK from `seed` (the greedy's sites), like
/// solveMaximalCovering. Not solved when no choice of sites reaches the weight.
ExactSetCoverResult solveSetCover(const SiteSuggestion& sets, double neededWeight,
                                  const std::vector<int>& seed, double timeLimitSeconds,
                                  const std::atomic<bool>* cancel = nullptr);

} // namespace wm
