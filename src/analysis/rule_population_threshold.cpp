#include "analysis/rule_population_threshold.h"
#include "core/loaded_project.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RulePopulationThreshold)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    std::vector<ParamSpec> parameters{commonParams::features({QStringLiteral("facility")}),
                                      commonParams::filter(), commonParams::codeField()};
    for (ParamSpec& p : commonParams::population())
        parameters.push_back(std::move(p));
    parameters.push_back({.key = QStringLiteral("threshold"),
                          .type = ParamType::Number,
                          .unit = QStringLiteral("people"),
                          .defaultValue = 30000,
                          .minimum = 0,
                          .labelEn = QStringLiteral("Units above"),
                          .labelZh = QStringLiteral("人口超过"),
                          .hintEn = QStringLiteral("Units with more people are concerned; the "
                                                   "others are not."),
                          .hintZh = QStringLiteral("人口超过此值的单元适用本规则，其余不适用。")});
    parameters.push_back({.key = QStringLiteral("min"),
                          .type = ParamType::Number,
                          .defaultValue = 2,
                          .minimum = 0,
                          .labelEn = QStringLiteral("Need at least"),
                          .labelZh = QStringLiteral("至少需要"),
                          .hintEn = QStringLiteral("Features each concerned unit needs."),
                          .hintZh = QStringLiteral("每个适用单元需要的要素数。")});
    parameters.push_back(
        commonParams::noun(QStringLiteral("noun"),
                           QString::fromLatin1(QT_TRANSLATE_NOOP("wm::RuleNoun", "facilities")),
                           QStringLiteral("Called"), QStringLiteral("名称")));
    return {.kind = QStringLiteral("population-threshold"),
            .titleEn = QStringLiteral("Facilities above a population"),
            .titleZh = QStringLiteral("按人口规模配置"),
            .descriptionEn = QStringLiteral("Units above a population need at least N facilities."),
            .descriptionZh = QStringLiteral("人口超过阈值的单元至少需要 N 个设施。"),
            .parameters = std::move(parameters)};
}

/// Units above a population need at least k facilities of a kind ("communities over
/// 30,000 people add a day-care point"); smaller units are not concerned.
class PopulationThresholdRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const double threshold = number(c, "threshold");
        const double min = number(c, "min");
        const std::vector<double> count =
            c.count(text(c, "layer"), id, text(c, "codeField", false), filter(c, "filter"));
        const std::vector<double> population =
            c.sum(text(c, "populationLayer"), id, text(c, "populationField"),
                  text(c, "populationCodeField", false), {});
        const QString noun = text(c, "noun", false);
        for (UnitVerdict& v : r.verdicts) {
            const double pop = population[std::size_t(v.unit)];
            v.applicable = pop > threshold;
            v.value = count[std::size_t(v.unit)];
            v.required = v.applicable ? min : 0;
            v.pass = !v.applicable || v.value >= min;
            v.gap = v.pass ? QString()
                           : Tr::tr("population %1 > %2: %3 of %4 %5")
                                 .arg(formatAmount(pop), formatAmount(threshold),
                                      formatAmount(v.value), formatAmount(min), noun);
        }
        return r;
    }
};
} // namespace

RuleKind populationThresholdRuleKind()
{
    return {spec(), [] { return std::make_unique<PopulationThresholdRule>(); }};
}

} // namespace wm
