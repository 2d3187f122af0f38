#include "analysis/measures.h"
#include "analysis/rule_kinds.h"
#include "core/loaded_project.h"

namespace wm {

namespace {
/// Each A has a B within d metres ("village clinic next to the mutual-aid home").
class CoLocationRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const QString layerId = text(c, "layer");
        const Layer& a = *c.layer(layerId, id).data;
        const Layer& b = *c.layer(text(c, "near"), id).data;
        const double within = number(c, "withinM", 500);
        const FeatureFilter aFilter = filter(c, "filter");
        const std::vector<double> distance = nearestDistances(a, b, filter(c, "nearFilter"));
        const std::vector<int> unitOf = c.units.unitOf(a, text(c, "codeField", false), aFilter);
        std::vector<int> total(std::size_t(c.units.size()), 0),
            alone(std::size_t(c.units.size()), 0);
        r.featuresLayer = layerId;
        for (std::size_t i = 0; i < unitOf.size(); ++i) {
            if (unitOf[i] < 0)
                continue;
            const bool far = !(distance[i] <= within);
            if (far) {
                r.failingFeatures.push_back(qsizetype(i));
                r.failingFeatureUnits.push_back(unitOf[i]);
            }
            ++total[std::size_t(unitOf[i])];
            alone[std::size_t(unitOf[i])] += far ? 1 : 0;
        }
        const QString noun =
            json.value(QStringLiteral("noun")).toString(QStringLiteral("features"));
        const QString nearNoun =
            json.value(QStringLiteral("nearNoun")).toString(QStringLiteral("neighbour"));
        for (UnitVerdict& v : r.verdicts) {
            const int n = total[std::size_t(v.unit)], k = alone[std::size_t(v.unit)];
            v.applicable = n > 0;
            v.value = n - k;
            v.required = n;
            v.pass = k == 0;
            v.gap = v.pass ? QString()
                           : QStringLiteral("%1 of %2 %3 without a %4 within %5 m")
                                 .arg(k)
                                 .arg(n)
                                 .arg(noun, nearNoun, formatAmount(within));
        }
        return r;
    }
};
} // namespace

std::unique_ptr<Rule> makeCoLocationRule()
{
    return std::make_unique<CoLocationRule>();
}

} // namespace wm
