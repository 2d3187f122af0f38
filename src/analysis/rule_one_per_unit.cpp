#include "analysis/rule_one_per_unit.h"
#include "core/loaded_project.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleOnePerUnit)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    return {
        .kind = QStringLiteral("one-per-unit"),
        .titleEn = QStringLiteral("At least N per unit"),
        .titleZh = QStringLiteral("每单元至少 N 个"),
        .descriptionEn = QStringLiteral("At least N features in every unit, e.g. one health "
                                        "centre per township."),
        .descriptionZh = QStringLiteral("每个单元至少 N 个要素，如每个乡镇 1 所卫生院。"),
        .parameters = {
            commonParams::features({QStringLiteral("facility"), QStringLiteral("parking")}),
            commonParams::filter(),
            commonParams::codeField(),
            {.key = QStringLiteral("min"),
             .type = ParamType::Number,
             .defaultValue = 1,
             .minimum = 0,
             .labelEn = QStringLiteral("At least"),
             .labelZh = QStringLiteral("至少"),
             .hintEn = QStringLiteral("Features each unit needs."),
             .hintZh = QStringLiteral("每个单元需要的要素数。")},
            commonParams::noun(QStringLiteral("noun"),
                               QString::fromLatin1(QT_TRANSLATE_NOOP("wm::RuleNoun", "features")),
                               QStringLiteral("Called"), QStringLiteral("名称"))}};
}

/// At least `min` features of a kind in every unit ("one health centre per township").
class OnePerUnitRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const double min = number(c, "min");
        const QString noun = text(c, "noun", false);
        const std::vector<double> counts =
            c.count(text(c, "layer"), id, text(c, "codeField", false), filter(c, "filter"));
        for (UnitVerdict& v : r.verdicts) {
            v.value = counts[std::size_t(v.unit)];
            v.required = min;
            v.pass = v.value >= min;
            v.gap =
                v.pass ? QString() : Tr::tr("%1 %2 missing").arg(formatAmount(min - v.value), noun);
        }
        return r;
    }
};
} // namespace

RuleKind onePerUnitRuleKind()
{
    return {spec(), [] { return std::make_unique<OnePerUnitRule>(); }};
}

} // namespace wm
