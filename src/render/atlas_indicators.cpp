#include "render/atlas_indicators.h"

#include "analysis/coverage_check.h"
#include "analysis/coverage_layer.h"

#include <cmath>

namespace wm {

IndicatorRows indicatorRows(const CoverageCheck& check)
{
    IndicatorRows rows;
    for (const RuleResult& r : check.results) {
        // Bilingual titles ("农村30分钟就医圈 Every village …") keep their Chinese part.
        QString label = r.title.section(QLatin1Char(' '), 0, 0);
        if (label.isEmpty() || label.at(0).unicode() < 0x2E80)
            label = r.id;
        for (const UnitVerdict& v : r.verdicts) {
            const Unit& u = check.units.unit(v.unit);
            if (u.code.isEmpty() || !v.applicable)
                continue;
            QString value = std::isnan(v.value) ? QStringLiteral("–")
                            : isShareRule(r)    ? QStringLiteral("%1%").arg(qRound(v.value * 100))
                                                : formatAmount(v.value);
            if (!v.gap.isEmpty() || !std::isnan(v.required))
                value += v.pass ? QStringLiteral(" ✓") : QStringLiteral(" ✗");
            rows[u.code].push_back({label, value});
        }
    }
    return rows;
}

} // namespace wm
