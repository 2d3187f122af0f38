#pragma once

// Where the straight line and the roads disagree: a service-radius rule and a service-time
// rule on the same villages and facilities give each village one of four answers. The
// report draws them as a map, so a planner sees the villages a 10 km circle counts as
// served that are more than 15 minutes away by road (across a river, up a winding village
// road), and those the roads serve though the circle misses them.

#include "analysis/coverage_check.h"
#include "analysis/rules_file.h"

#include <QString>

#include <array>
#include <vector>

namespace wm {

enum class CoverageAgreement {
    WithinBoth = 0,
    BeyondByRoadOnly = 1, ///< within the radius, beyond the time: the circle overstates
    BeyondLineOnly = 2,   ///< beyond the radius, within the time: the roads reach farther
    BeyondBoth = 3,
};

struct CoverageComparison {
    QString radiusRule, timeRule;          ///< rule ids
    QString villages, facilities, network; ///< layer ids
    QString filter;                        ///< the facilities both rules take
    double radiusKm = 0, minutes = 0;
    std::vector<CoverageAgreement> perVillage; ///< by village feature
    std::array<int, 4> counts{};               ///< villages per CoverageAgreement

    /// The code of an answer, as the comparison layer stores it ("within_both" …).
    static QString code(CoverageAgreement a);
};

/// One comparison per service-time rule of `rules` that has a service-radius rule on the
/// same villages, facilities and facility filter (the first such), from their results in
/// `check` (the same run) on `project`. Villages left in their database are skipped.
std::vector<CoverageComparison> compareRadiusAndTime(const RulesFile& rules,
                                                     const CoverageCheck& check,
                                                     const LoadedProject& project);

} // namespace wm
