#include "analysis/rule_indicator.h"
#include "core/loaded_project.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleIndicator)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    std::vector<ParamSpec> parameters{
        commonParams::features({QStringLiteral("village"), QStringLiteral("pipe"),
                                QStringLiteral("parking"), QStringLiteral("facility")}),
        commonParams::filter(), commonParams::codeField()};
    for (ParamSpec& p : commonParams::measure())
        parameters.push_back(std::move(p));
    const QJsonValue none(QJsonValue::Undefined);
    parameters.push_back(commonParams::plain(
        QStringLiteral("min"), ParamType::Number, none, QStringLiteral("At least"),
        QStringLiteral("至少"), QStringLiteral("A unit below it fails; empty: no bound."),
        QStringLiteral("低于此值的单元不合格；留空：不设下限。")));
    parameters.push_back(commonParams::plain(
        QStringLiteral("max"), ParamType::Number, none, QStringLiteral("At most"),
        QStringLiteral("至多"), QStringLiteral("A unit above it fails; empty: no bound."),
        QStringLiteral("高于此值的单元不合格；留空：不设上限。")));
    parameters.push_back({.key = QStringLiteral("unitText"),
                          .type = ParamType::Text,
                          .labelEn = QStringLiteral("Unit text"),
                          .labelZh = QStringLiteral("单位文字"),
                          .hintEn = QStringLiteral("The unit the gap text writes after amounts "
                                                   "(\"km\", \"villages\")."),
                          .hintZh = QStringLiteral("缺口说明中数量后的单位（如“公里”“个村”）。")});
    return {.kind = QStringLiteral("indicator"),
            .titleEn = QStringLiteral("Figure per unit"),
            .titleZh = QStringLiteral("单元指标"),
            .descriptionEn = QStringLiteral("A figure per unit (count, sum of a field, km of lines "
                                            "clipped at borders), optionally with bounds."),
            .descriptionZh = QStringLiteral("每个单元的一个指标（计数、字段求和、按边界裁切的线长"
                                            "公里数），可设上下限。"),
            .parameters = std::move(parameters)};
}

/// A figure per unit for the table and the choropleth — villages counted, parking spaces
/// summed, pipe km clipped by the unit — with an optional bound: at least "min" and/or
/// at most "max". Without a bound every unit passes; the rule only reports.
class IndicatorRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const std::vector<double> values = measured(c, text(c, "layer"));
        const double min = number(c, "min");
        const double max = number(c, "max");
        const QString unitText = text(c, "unitText", false);
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
                v.gap = Tr::tr("%1 short of %2").arg(amount(min - v.value), amount(min));
            } else if (!std::isnan(max) && v.value > max) {
                v.pass = false;
                v.gap = Tr::tr("%1 over %2").arg(amount(v.value - max), amount(max));
            }
        }
        return r;
    }
};
} // namespace

RuleKind indicatorRuleKind()
{
    return {spec(), [] { return std::make_unique<IndicatorRule>(); }};
}

} // namespace wm
