#include "analysis/measures.h"
#include "analysis/rule_kinds.h"
#include "core/loaded_project.h"

namespace wm {

namespace {
/// Every village within d km of a facility of a kind ("sludge plants collect within
/// 10 km"); per unit the villages beyond, optionally a share that must be within.
class ServiceRadiusRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const QString villagesId = text(c, "villages");
        const Layer& villages = *c.layer(villagesId, id).data;
        const Layer& facilities = *c.layer(text(c, "facilities"), id).data;
        const double radiusKm = number(c, "radiusKm", 3);
        const double minShare = number(c, "minShare", 1.0);
        const FeatureFilter facilityFilter = filter(c, "filter");
        const std::vector<double> distance = nearestDistances(villages, facilities, facilityFilter);
        if (c.units.polygons())
            r.uncovered = std::make_shared<UncoveredArea>(
                uncoveredArea(*c.units.polygons(), facilities, radiusKm * 1000.0, facilityFilter));
        const std::vector<int> unitOf = c.units.unitOf(villages, text(c, "codeField", false), {});
        std::vector<int> total(std::size_t(c.units.size()), 0),
            beyond(std::size_t(c.units.size()), 0);
        r.featuresLayer = villagesId;
        for (std::size_t i = 0; i < unitOf.size(); ++i) {
            const bool far = !(distance[i] <= radiusKm * 1000.0);
            if (far) {
                r.failingFeatures.push_back(qsizetype(i));
                r.failingFeatureUnits.push_back(unitOf[i]);
            }
            if (unitOf[i] < 0)
                continue;
            ++total[std::size_t(unitOf[i])];
            beyond[std::size_t(unitOf[i])] += far ? 1 : 0;
        }
        for (UnitVerdict& v : r.verdicts) {
            const int n = total[std::size_t(v.unit)], b = beyond[std::size_t(v.unit)];
            v.applicable = n > 0;
            v.value = n > 0 ? double(n - b) / n : std::numeric_limits<double>::quiet_NaN();
            v.required = minShare;
            v.pass = !v.applicable || v.value + 1e-12 >= minShare;
            v.gap =
                v.pass
                    ? QString()
                    : QStringLiteral("%1 villages beyond %2 km").arg(b).arg(formatAmount(radiusKm));
            if (!v.pass && r.uncovered && r.uncovered->km2[std::size_t(v.unit)] > 0)
                v.gap += QStringLiteral(" (%1 km² uncovered)")
                             .arg(formatAmount(r.uncovered->km2[std::size_t(v.unit)]));
        }
        return r;
    }
};
} // namespace

std::unique_ptr<Rule> makeServiceRadiusRule()
{
    return std::make_unique<ServiceRadiusRule>();
}

} // namespace wm
