#include "analysis/rule_kinds.h"
#include "core/loaded_project.h"

namespace wm {

namespace {
/// Units above a population need at least k facilities of a kind ("communities over
/// 30,000 people add a day-care point"); smaller units are not concerned.
class PopulationThresholdRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const Layer& layer = *c.layer(text(c, "layer"), id).data;
        const Layer& people = *c.layer(text(c, "populationLayer"), id).data;
        const double threshold = number(c, "threshold", 30000);
        const double min = number(c, "min", 2);
        const std::vector<double> count = c.units.aggregate(
            layer, c.units.unitOf(layer, text(c, "codeField", false), filter(c, "filter")));
        const std::vector<double> population = c.units.aggregate(
            people, c.units.unitOf(people, text(c, "populationCodeField", false), {}),
            text(c, "populationField"));
        const QString noun =
            json.value(QStringLiteral("noun")).toString(QStringLiteral("facilities"));
        for (UnitVerdict& v : r.verdicts) {
            const double pop = population[std::size_t(v.unit)];
            v.applicable = pop > threshold;
            v.value = count[std::size_t(v.unit)];
            v.required = v.applicable ? min : 0;
            v.pass = !v.applicable || v.value >= min;
            v.gap = v.pass ? QString()
                           : QStringLiteral("population %1 > %2: %3 of %4 %5")
                                 .arg(formatAmount(pop), formatAmount(threshold),
                                      formatAmount(v.value), formatAmount(min), noun);
        }
        return r;
    }
};
} // namespace

std::unique_ptr<Rule> makePopulationThresholdRule()
{
    return std::make_unique<PopulationThresholdRule>();
}

} // namespace wm
