#pragma once

#include "analysis/target_table.h"

#include <vector>

namespace wm {

/// A unit's place in a ranking. `rank` is 1-based; equal rates share it and set `tied` (the
/// bulletins' "in no particular order"). Rank 0: not ranked, because the unit has a task but
/// no actual to rate (a unit without polygon when actuals are measured on the map).
struct RankEntry {
    int rank = 0;
    bool tied = false;
    ProgressRow row;
};

struct Ranking {
    /// Every unit with a task: rated units by rate descending (ties in table order), then the
    /// unrated ones (rank 0) in table order.
    std::vector<RankEntry> ordered;
    std::vector<RankEntry> completed; ///< rate >= 1, in ranking order
    /// Units ranked topN or better; a tie on the boundary takes all who share it (1, 2, 2 for
    /// the top 2), as a bulletin cannot name one of two equal units.
    std::vector<RankEntry> top;
    /// The bottomN from the end, ties on the boundary likewise, in ranking order (worst
    /// last). A unit already in `top`, or one that completed its task, is never listed here:
    /// a bulletin does not criticise a unit it praises or one that is done.
    std::vector<RankEntry> bottom;
};

/// Provincial-bulletin ranking by completion rate: descending, equal rates share a rank
/// (1, 2, 2, 4), top N and bottom N. "No task" units are not ranked; they stay in
/// `report.noTask`.
Ranking rank(const ProgressReport& report, int topN = 3, int bottomN = 3);

} // namespace wm
