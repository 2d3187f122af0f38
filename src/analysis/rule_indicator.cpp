#include "analysis/rule_kinds.h"
#include "core/loaded_project.h"

namespace wm {

namespace {
/// A figure per unit for the table and the choropleth — villages counted, parking spaces
/// summed, pipe km clipped by the unit — with an optional bound: at least "min" and/or
/// at most "max". Without a bound every unit passes; the rule only reports.
class IndicatorRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const std::vector<double> values = measured(c, *c.layer(text(c, "layer"), id).data);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double min = number(c, "min", nan);
        const double max = number(c, "max", nan);
        const QString unitText = json.value(QStringLiteral("unitText")).toString();
        const auto amount = [&](double v) {
            return unitText.isEmpty() ? formatAmount(v)
                                      : QStringLiteral("%1 %2").arg(formatAmount(v), unitText);
        };
        for (UnitVerdict& v : r.verdicts) {
            v.value = values[std::size_t(v.unit)];
            v.required = std::isnan(min) ? max : min;
            v.pass = true;
            if (!std::isnan(min) && v.value < min) {
                v.pass = false;
                v.gap = QStringLiteral("%1 short of %2").arg(amount(min - v.value), amount(min));
            } else if (!std::isnan(max) && v.value > max) {
                v.pass = false;
                v.gap = QStringLiteral("%1 over %2").arg(amount(v.value - max), amount(max));
            }
        }
        return r;
    }
};
} // namespace

std::unique_ptr<Rule> makeIndicatorRule()
{
    return std::make_unique<IndicatorRule>();
}

} // namespace wm
