#pragma once

// What the live-coverage tests share: a live state's verdicts against a fresh check's.

#include "analysis/live_facility_coverage.h"
#include "analysis/rule.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace wm::test {

/// Every unit's live verdict equals the check's: applicability, value, pass, required and
/// (where the rule applies; elsewhere the check keeps its own note, "no division code",
/// which the live table leaves alone) the gap text.
inline void expectSameVerdicts(const LiveFacilityCoverage& live, const RuleResult& checked,
                               const std::string& where)
{
    for (const UnitVerdict& c : checked.verdicts) {
        const UnitVerdict v = live.verdict(c.unit);
        SCOPED_TRACE(where + ", unit " + std::to_string(c.unit));
        EXPECT_EQ(v.applicable, c.applicable);
        if (std::isnan(c.value)) {
            EXPECT_TRUE(std::isnan(v.value));
        } else {
            EXPECT_NEAR(v.value, c.value, 1e-12);
        }
        EXPECT_EQ(v.pass, c.pass);
        EXPECT_EQ(v.required, c.required);
        if (c.applicable) {
            EXPECT_EQ(v.gap.toStdString(), c.gap.toStdString());
        }
    }
}

} // namespace wm::test
