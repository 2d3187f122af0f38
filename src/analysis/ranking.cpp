#include "analysis/ranking.h"

#include <algorithm>
#include <cmath>

namespace wm {

namespace {

// Rates are ratios of counts and kilometres; 0.1 + 0.2 against 0.3 must still tie.
bool sameRate(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

Ranking rank(const ProgressReport& report, int topN, int bottomN)
{
    Ranking ranking;
    std::vector<RankEntry> rated, unrated;
    for (const ProgressRow& row : report.rows)
        (std::isfinite(row.rate) ? rated : unrated).push_back({0, false, row});
    std::stable_sort(rated.begin(), rated.end(), [](const RankEntry& a, const RankEntry& b) {
        return a.row.rate > b.row.rate && !sameRate(a.row.rate, b.row.rate);
    });

    // Competition ranking: a tie takes the first place of its group, the next group skips.
    for (size_t i = 0; i < rated.size(); ++i)
        rated[i].rank = i > 0 && sameRate(rated[i].row.rate, rated[i - 1].row.rate)
                            ? rated[i - 1].rank
                            : int(i) + 1;
    for (size_t i = 0; i < rated.size(); ++i) {
        const bool withPrevious = i > 0 && rated[i - 1].rank == rated[i].rank;
        const bool withNext = i + 1 < rated.size() && rated[i + 1].rank == rated[i].rank;
        rated[i].tied = withPrevious || withNext;
    }

    // Place from the bottom, the same way: units with a lower rate, plus one.
    std::vector<int> fromBottom(rated.size());
    for (size_t i = rated.size(); i-- > 0;)
        fromBottom[i] = i + 1 < rated.size() && rated[i + 1].rank == rated[i].rank
                            ? fromBottom[i + 1]
                            : int(rated.size() - i);

    for (size_t i = 0; i < rated.size(); ++i) {
        const RankEntry& e = rated[i];
        const bool complete = e.row.rate >= 1.0 || sameRate(e.row.rate, 1.0);
        const bool inTop = e.rank <= topN;
        if (complete)
            ranking.completed.push_back(e);
        if (inTop)
            ranking.top.push_back(e);
        if (fromBottom[i] <= bottomN && !inTop && !complete)
            ranking.bottom.push_back(e);
    }
    ranking.ordered = std::move(rated);
    ranking.ordered.insert(ranking.ordered.end(), unrated.begin(), unrated.end());
    return ranking;
}

} // namespace wm
