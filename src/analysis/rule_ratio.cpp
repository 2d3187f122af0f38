#include "analysis/rule_kinds.h"
#include "core/loaded_project.h"

namespace wm {

namespace {
/// Sum of an attribute (or a count) per population ≥ r ("≥ 30 m² per 100 households",
/// "≥ 3 elderly-care beds per 1,000 people"); the population summed from another layer.
class RatioRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const Layer& layer = *c.layer(text(c, "layer"), id).data;
        const Layer& people = *c.layer(text(c, "populationLayer"), id).data;
        const double per = number(c, "per", 1000);
        const double min = number(c, "min", 1);
        const std::vector<double> amount = c.units.aggregate(
            layer, c.units.unitOf(layer, text(c, "codeField", false), filter(c, "filter")),
            text(c, "sumField", false));
        const std::vector<double> population = c.units.aggregate(
            people, c.units.unitOf(people, text(c, "populationCodeField", false), {}),
            text(c, "populationField"));
        const QString unitText =
            json.value(QStringLiteral("unitText")).toString(QStringLiteral("per %1 people"));
        for (UnitVerdict& v : r.verdicts) {
            const double pop = population[std::size_t(v.unit)];
            v.applicable = pop > 0;
            v.value = pop > 0 ? amount[std::size_t(v.unit)] / (pop / per) : 0;
            v.required = min;
            v.pass = !v.applicable || v.value + 1e-12 >= min;
            v.gap = v.pass ? QString()
                           : QStringLiteral("%1 %2, need %3")
                                 .arg(formatAmount(v.value, 2), unitText.arg(formatAmount(per)),
                                      formatAmount(min, 2));
        }
        return r;
    }
};
} // namespace

std::unique_ptr<Rule> makeRatioRule()
{
    return std::make_unique<RatioRule>();
}

} // namespace wm
