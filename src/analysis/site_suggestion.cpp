#include "analysis/site_suggestion.h"

#include "core/point_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <queue>
#include <stdexcept>
#include <string>

namespace wm {

namespace {

void requireFinite(double x, double y, const char* what, std::size_t i)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        throw std::invalid_argument(std::string("site suggestion: non-finite coordinates of ") +
                                    what + " " + std::to_string(i));
}

} // namespace

SiteSuggestion::SiteSuggestion(const SiteSuggestionInput& in)
{
    const bool given = in.coverageGiven;
    const double r = in.radius;
    if (!given && (!(r > 0) || !std::isfinite(r)))
        throw std::invalid_argument("site suggestion: the radius must be positive and finite");
    if (given && (in.candidateCovers.size() != in.candidates.size() ||
                  in.servedByExisting.size() != in.demand.size()))
        throw std::invalid_argument(
            "site suggestion: one coverage set per candidate and one flag per demand point");
    if (!in.excluded.empty() && in.excluded.size() != in.candidates.size())
        throw std::invalid_argument("site suggestion: one excluded flag per candidate expected");

    const std::size_t n = in.demand.size();
    m_weight.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const DemandPoint& d = in.demand[i];
        requireFinite(d.x, d.y, "demand point", i);
        if (!(d.weight >= 0) || !std::isfinite(d.weight))
            throw std::invalid_argument("site suggestion: demand weight " + std::to_string(i) +
                                        " must be finite and >= 0");
        m_weight[i] = d.weight;
        m_total += d.weight;
    }

    std::vector<GridPoint> points(given ? 0 : n);
    for (std::size_t i = 0; i < points.size(); ++i)
        points[i] = {in.demand[i].x, in.demand[i].y};
    const PointGrid grid(points, given ? 1.0 : r);

    // Demand an existing facility already serves is neither a gap nor a gain for a new site.
    m_coveredByExisting.assign(n, 0);
    if (given) {
        for (std::size_t i = 0; i < n; ++i)
            m_coveredByExisting[i] = in.servedByExisting[i] ? 1 : 0;
    }
    for (std::size_t f = 0; f < in.existing.size() && !given; ++f) {
        const SitePoint& s = in.existing[f];
        requireFinite(s.x, s.y, "existing facility", f);
        grid.forEachWithin(s.x, s.y, r, [&](int i) { m_coveredByExisting[i] = 1; });
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (m_coveredByExisting[i])
            m_coveredBefore += m_weight[i];
    }

    const std::size_t c = in.candidates.size();
    m_excluded.assign(c, 0);
    for (std::size_t j = 0; j < in.excluded.size(); ++j)
        m_excluded[j] = in.excluded[j] ? 1 : 0;

    // Zero-weight points are left out of the sets: they can never change a gain.
    m_offsets.assign(c + 1, 0);
    m_setWeight.assign(c, 0);
    std::vector<char> reachable(n, 0);
    for (std::size_t j = 0; j < c; ++j) {
        const SitePoint& s = in.candidates[j];
        requireFinite(s.x, s.y, "candidate", j);
        const std::size_t begin = m_members.size();
        const auto take = [&](int i) {
            if (!m_coveredByExisting[std::size_t(i)] && m_weight[std::size_t(i)] > 0)
                m_members.push_back(i);
        };
        if (given) {
            for (const int i : in.candidateCovers[j])
                if (i >= 0 && std::size_t(i) < n)
                    take(i);
            std::sort(m_members.begin() + static_cast<std::ptrdiff_t>(begin), m_members.end());
            m_members.erase(std::unique(m_members.begin() + static_cast<std::ptrdiff_t>(begin),
                                        m_members.end()),
                            m_members.end());
        } else {
            grid.forEachWithin(s.x, s.y, r, take);
        }
        // Ascending members (the grid visits them cell by cell) make every weight sum below
        // independent of the grid's layout.
        std::sort(m_members.begin() + static_cast<std::ptrdiff_t>(begin), m_members.end());
        for (std::size_t m = begin; m < m_members.size(); ++m) {
            m_setWeight[j] += m_weight[m_members[m]];
            if (!m_excluded[j])
                reachable[m_members[m]] = 1;
        }
        m_offsets[j + 1] = m_members.size();
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (reachable[i])
            m_coverable += m_weight[i];
    }
}

std::vector<int> SiteSuggestion::coverage(int candidate) const
{
    if (candidate < 0 || candidate >= candidateCount())
        throw std::out_of_range("site suggestion: candidate index out of range");
    return {m_members.begin() + static_cast<std::ptrdiff_t>(m_offsets[candidate]),
            m_members.begin() + static_cast<std::ptrdiff_t>(m_offsets[candidate + 1])};
}

double SiteSuggestion::addedWeight(const std::vector<int>& candidates) const
{
    std::vector<char> covered(m_weight.size(), 0);
    double sum = 0;
    for (int c : candidates) {
        for (int i : coverage(c)) {
            if (!covered[i]) {
                covered[i] = 1;
                sum += m_weight[i];
            }
        }
    }
    return sum;
}

double SiteSuggestion::gainOf(int c, const std::vector<char>& covered) const
{
    double g = 0;
    for (std::size_t m = m_offsets[c]; m < m_offsets[c + 1]; ++m) {
        if (!covered[m_members[m]])
            g += m_weight[m_members[m]];
    }
    return g;
}

SiteSuggestion::Greedy SiteSuggestion::lazyGreedy(int maxSites, double stopAt) const
{
    struct Entry {
        double gain;
        int candidate;
        int stamp; ///< number of sites chosen when `gain` was computed
    };
    // Largest gain first, ties to the lowest index. A stale gain is never below the true one
    // (submodularity; with non-negative weights summed in the same order this holds in
    // floating point too), so a fresh entry on top beats every other candidate, ties
    // included: an equal stale gain with a lower index would sit above it.
    auto below = [](const Entry& a, const Entry& b) {
        return a.gain < b.gain || (a.gain == b.gain && a.candidate > b.candidate);
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(below)> heap(below);
    for (int c = 0; c < candidateCount(); ++c) {
        if (!m_excluded[c] && m_setWeight[c] > 0)
            heap.push({m_setWeight[c], c, 0});
    }

    Greedy result;
    std::vector<char> covered(m_weight.size(), 0);
    double added = 0;
    while (static_cast<int>(result.chosen.size()) < maxSites && added < stopAt) {
        const int step = static_cast<int>(result.chosen.size());
        bool picked = false;
        while (!heap.empty()) {
            Entry top = heap.top();
            heap.pop();
            if (top.stamp == step) {
                result.chosen.push_back(top.candidate);
                result.gains.push_back(top.gain);
                added += top.gain;
                for (std::size_t m = m_offsets[top.candidate]; m < m_offsets[top.candidate + 1];
                     ++m)
                    covered[m_members[m]] = 1;
                picked = true;
                break;
            }
            top.gain = gainOf(top.candidate, covered);
            top.stamp = step;
            // Gains only shrink, so a candidate with nothing left to add is gone for good.
            if (top.gain > 0)
                heap.push(top);
        }
        if (!picked)
            break;
    }
    return result;
}

MaximalCoveringResult SiteSuggestion::maximalCovering(int k, int maxExchangeRounds) const
{
    MaximalCoveringResult r;
    r.totalWeight = m_total;
    r.coveredBefore = m_coveredBefore;
    if (k <= 0)
        return r;

    Greedy g = lazyGreedy(k, std::numeric_limits<double>::infinity());
    r.greedyChosen = g.chosen;
    for (double gain : g.gains)
        r.greedyAdded += gain;
    // The bound is on any k sites, so it is stated before the exchange step; capping it by
    // the coverable weight makes it exact when the greedy ran out of uncovered demand.
    r.upperBound = std::min(r.greedyAdded / (1.0 - 1.0 / std::numbers::e), m_coverable);

    // Exchange (swap) improvement. count[i]: chosen sites covering demand point i. Removing
    // site s loses the points only s covers; adding t then gains its points that are
    // uncovered or were covered only by s.
    std::vector<int> chosen = g.chosen;
    std::vector<int> count(m_weight.size(), 0);
    std::vector<char> isChosen(candidateCount(), 0);
    for (int c : chosen) {
        isChosen[c] = 1;
        for (std::size_t m = m_offsets[c]; m < m_offsets[c + 1]; ++m)
            ++count[m_members[m]];
    }
    // Relative tolerance: accepting swaps worth only rounding noise could cycle forever.
    const double eps = 1e-9 * std::max(m_total, 1.0);
    std::vector<char> inOut(m_weight.size(), 0);
    bool improved = !chosen.empty();
    while (improved && r.exchangeRounds < maxExchangeRounds) {
        improved = false;
        ++r.exchangeRounds;
        for (std::size_t p = 0; p < chosen.size(); ++p) {
            const int out = chosen[p];
            double loss = 0;
            for (std::size_t m = m_offsets[out]; m < m_offsets[out + 1]; ++m) {
                inOut[m_members[m]] = 1;
                if (count[m_members[m]] == 1)
                    loss += m_weight[m_members[m]];
            }
            double bestDelta = eps;
            int best = -1;
            for (int t = 0; t < candidateCount(); ++t) {
                // A candidate whose whole set weighs no more than the loss cannot improve.
                if (isChosen[t] || m_excluded[t] || m_setWeight[t] <= loss + eps)
                    continue;
                double gain = 0;
                for (std::size_t m = m_offsets[t]; m < m_offsets[t + 1]; ++m) {
                    const int i = m_members[m];
                    if (count[i] == 0 || (count[i] == 1 && inOut[i]))
                        gain += m_weight[i];
                }
                if (gain - loss > bestDelta) {
                    bestDelta = gain - loss;
                    best = t;
                }
            }
            for (std::size_t m = m_offsets[out]; m < m_offsets[out + 1]; ++m)
                inOut[m_members[m]] = 0;
            if (best < 0)
                continue;
            for (std::size_t m = m_offsets[out]; m < m_offsets[out + 1]; ++m)
                --count[m_members[m]];
            for (std::size_t m = m_offsets[best]; m < m_offsets[best + 1]; ++m)
                ++count[m_members[m]];
            isChosen[out] = 0;
            isChosen[best] = 1;
            chosen[p] = best;
            ++r.swaps;
            improved = true;
        }
    }

    // Marginal gains recomputed in the final order, so they add up to the reported total.
    std::vector<char> covered(m_weight.size(), 0);
    for (int c : chosen) {
        const double gain = gainOf(c, covered);
        for (std::size_t m = m_offsets[c]; m < m_offsets[c + 1]; ++m)
            covered[m_members[m]] = 1;
        r.marginalGain.push_back(gain);
        r.added += gain;
    }
    // A tighter bound from the result itself (coverage is monotone submodular): the
    // optimum's k sites add at most f(S) + the k largest gains any site still has over S.
    // On real data this says far more than the a-priori 1 / (1 - 1/e) factor.
    std::vector<double> gains;
    for (int c = 0; c < candidateCount(); ++c)
        if (!m_excluded[c] && !isChosen[c])
            if (const double g = gainOf(c, covered); g > 0)
                gains.push_back(g);
    const std::size_t top = std::min(gains.size(), std::size_t(k));
    std::partial_sort(gains.begin(), gains.begin() + std::ptrdiff_t(top), gains.end(),
                      std::greater<>());
    double remaining = 0;
    for (std::size_t i = 0; i < top; ++i)
        remaining += gains[i];
    r.upperBound = std::min(r.upperBound, r.added + remaining);
    r.chosen = std::move(chosen);
    return r;
}

SetCoverResult SiteSuggestion::setCover(double targetShare) const
{
    if (!std::isfinite(targetShare))
        throw std::invalid_argument("site suggestion: the target share must be finite");
    SetCoverResult r;
    r.totalWeight = m_total;
    r.coveredBefore = m_coveredBefore;
    // With no demand weight there is nothing to cover: every target is met by no site.
    if (m_total <= 0) {
        r.share = r.bestShare = 1;
        r.reached = true;
        return r;
    }
    const double tolerance = 1e-9 * m_total;
    const double needed = targetShare * m_total - m_coveredBefore - tolerance;

    Greedy g = lazyGreedy(candidateCount(), needed);
    r.chosen = g.chosen;
    r.marginalGain = g.gains;
    r.covered = m_coveredBefore;
    for (double gain : g.gains)
        r.covered += gain;
    r.share = r.covered / m_total;
    r.reached = r.covered - m_coveredBefore >= needed;
    // An unreachable target means the greedy ran until no candidate added anything, so the
    // coverable weight is what the best set of sites reaches.
    r.bestShare = r.reached ? r.share : (m_coveredBefore + m_coverable) / m_total;
    return r;
}

} // namespace wm
