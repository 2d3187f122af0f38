#include "analysis/rule_ratio.h"
#include "core/loaded_project.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleRatio)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    std::vector<ParamSpec> parameters{
        commonParams::features({QStringLiteral("facility"), QStringLiteral("parking")}),
        commonParams::filter(), commonParams::codeField(), commonParams::measure().back()};
    parameters.back().hintEn = QStringLiteral("The column summed per unit (beds, m²); empty: "
                                              "features are counted.");
    parameters.back().hintZh = QStringLiteral("按单元求和的列（床位、面积）；留空：计数。");
    for (ParamSpec& p : commonParams::population())
        parameters.push_back(std::move(p));
    parameters.push_back({.key = QStringLiteral("per"),
                          .type = ParamType::Number,
                          .unit = QStringLiteral("people"),
                          .defaultValue = 1000,
                          .minimum = 0,
                          .aboveMinimum = true,
                          .labelEn = QStringLiteral("Per"),
                          .labelZh = QStringLiteral("每"),
                          .hintEn = QStringLiteral("The amount is counted per this many people."),
                          .hintZh = QStringLiteral("按每多少人计算。")});
    parameters.push_back({.key = QStringLiteral("min"),
                          .type = ParamType::Number,
                          .defaultValue = 1,
                          .minimum = 0,
                          .labelEn = QStringLiteral("At least"),
                          .labelZh = QStringLiteral("至少"),
                          .hintEn = QStringLiteral("The smallest amount per that many people."),
                          .hintZh = QStringLiteral("每该人数的最低数量。")});
    parameters.push_back({.key = QStringLiteral("unitText"),
                          .type = ParamType::Text,
                          .defaultValue = QStringLiteral("per %1 people"),
                          .labelEn = QStringLiteral("Unit text"),
                          .labelZh = QStringLiteral("单位文字"),
                          .hintEn = QStringLiteral("How the gap names the ratio; %1 stands for "
                                                   "\"per\"."),
                          .hintZh = QStringLiteral("缺口说明中的比率单位；%1 代表“每”的人数。")});
    return {.kind = QStringLiteral("ratio"),
            .titleEn = QStringLiteral("Amount per population"),
            .titleZh = QStringLiteral("千人指标"),
            .descriptionEn = QStringLiteral("Sum of a field (or a count) per N people, e.g. "
                                            "elderly-care beds per 1,000."),
            .descriptionZh = QStringLiteral("每 N 人的字段合计（或计数），如每千人养老床位。"),
            .parameters = std::move(parameters)};
}

/// Sum of an attribute (or a count) per population ≥ r ("≥ 30 m² per 100 households",
/// "≥ 3 elderly-care beds per 1,000 people"); the population summed from another layer.
class RatioRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const QString layerId = text(c, "layer");
        const double per = number(c, "per");
        const double min = number(c, "min");
        const QString sumField = text(c, "sumField", false);
        const QString codeField = text(c, "codeField", false);
        const std::vector<double> amount =
            sumField.isEmpty() ? c.count(layerId, id, codeField, filter(c, "filter"))
                               : c.sum(layerId, id, sumField, codeField, filter(c, "filter"));
        const std::vector<double> population =
            c.sum(text(c, "populationLayer"), id, text(c, "populationField"),
                  text(c, "populationCodeField", false), {});
        const QString unitText = text(c, "unitText", false);
        for (UnitVerdict& v : r.verdicts) {
            const double pop = population[std::size_t(v.unit)];
            v.applicable = pop > 0;
            v.value = pop > 0 ? amount[std::size_t(v.unit)] / (pop / per) : 0;
            v.required = min;
            v.pass = !v.applicable || v.value + 1e-12 >= min;
            v.gap = v.pass ? QString()
                           : Tr::tr("%1 %2, need %3")
                                 .arg(formatAmount(v.value, 2), unitText.arg(formatAmount(per)),
                                      formatAmount(min, 2));
        }
        return r;
    }
};
} // namespace

RuleKind ratioRuleKind()
{
    return {spec(), [] { return std::make_unique<RatioRule>(); }};
}

} // namespace wm
