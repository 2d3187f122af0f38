#include "analysis/rule_registry.h"

#include "analysis/rule_co_location.h"
#include "analysis/rule_indicator.h"
#include "analysis/rule_one_per_unit.h"
#include "analysis/rule_population_threshold.h"
#include "analysis/rule_ratio.h"
#include "analysis/rule_service_radius.h"
#include "analysis/rule_service_time.h"
#include "analysis/rule_share_of_units.h"
#include "analysis/rule_target_progress.h"

namespace wm {

RuleRegistry::RuleRegistry()
{
    // One line per rule class, alphabetical. A new kind: rule_<kind>.h/.cpp and a line here.
    add(coLocationRuleKind());
    add(indicatorRuleKind());
    add(onePerUnitRuleKind());
    add(populationThresholdRuleKind());
    add(ratioRuleKind());
    add(serviceRadiusRuleKind());
    add(serviceTimeRuleKind());
    add(shareOfUnitsRuleKind());
    add(targetProgressRuleKind());
}

const RuleRegistry& RuleRegistry::instance()
{
    static const RuleRegistry registry;
    return registry;
}

void RuleRegistry::add(RuleKind kind)
{
    mKinds.push_back(std::move(kind));
}

QStringList RuleRegistry::kindIds() const
{
    QStringList out;
    for (const RuleKind& k : mKinds)
        out << k.spec.kind;
    return out;
}

const RuleSpec* RuleRegistry::spec(const QString& kind) const
{
    for (const RuleKind& k : mKinds)
        if (k.spec.kind == kind)
            return &k.spec;
    return nullptr;
}

std::unique_ptr<Rule> RuleRegistry::make(const QString& kind) const
{
    for (const RuleKind& k : mKinds) {
        if (k.spec.kind != kind)
            continue;
        std::unique_ptr<Rule> rule = k.make();
        rule->kind = kind;
        rule->spec = &k.spec;
        return rule;
    }
    return nullptr;
}

} // namespace wm
