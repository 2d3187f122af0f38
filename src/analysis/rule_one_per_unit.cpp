#include "analysis/rule_kinds.h"
#include "core/loaded_project.h"

namespace wm {

namespace {
/// At least `min` features of a kind in every unit ("one health centre per township").
class OnePerUnitRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const Layer& layer = *c.layer(text(c, "layer"), id).data;
        const double min = number(c, "min", 1);
        const QString noun =
            json.value(QStringLiteral("noun")).toString(QStringLiteral("features"));
        const std::vector<double> counts = c.units.aggregate(
            layer, c.units.unitOf(layer, text(c, "codeField", false), filter(c, "filter")));
        for (UnitVerdict& v : r.verdicts) {
            v.value = counts[std::size_t(v.unit)];
            v.required = min;
            v.pass = v.value >= min;
            v.gap = v.pass ? QString()
                           : QStringLiteral("%1 %2 missing").arg(formatAmount(min - v.value), noun);
        }
        return r;
    }
};
} // namespace

std::unique_ptr<Rule> makeOnePerUnitRule()
{
    return std::make_unique<OnePerUnitRule>();
}

} // namespace wm
