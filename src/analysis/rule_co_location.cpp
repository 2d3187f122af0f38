#include "analysis/rule_co_location.h"
#include "analysis/measures.h"
#include "core/loaded_project.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleCoLocation)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    return {
        .kind = QStringLiteral("co-location"),
        .titleEn = QStringLiteral("Next to another kind"),
        .titleZh = QStringLiteral("邻近配建"),
        .descriptionEn = QStringLiteral("Each feature needs one of another kind within a "
                                        "distance."),
        .descriptionZh = QStringLiteral("每个要素在一定距离内须有另一类设施。"),
        .parameters = {
            commonParams::features({QStringLiteral("facility")}),
            commonParams::filter(),
            commonParams::codeField(),
            {.key = QStringLiteral("near"),
             .type = ParamType::Layer,
             .required = true,
             .labelEn = QStringLiteral("Next to"),
             .labelZh = QStringLiteral("邻近"),
             .hintEn = QStringLiteral("The layer of the neighbours."),
             .hintZh = QStringLiteral("邻近设施所在的图层。"),
             .roles = {QStringLiteral("facility")}},
            commonParams::filter(QStringLiteral("nearFilter")),
            {.key = QStringLiteral("withinM"),
             .type = ParamType::Length,
             .unit = QStringLiteral("m"),
             .defaultValue = 500,
             .minimum = 0,
             .aboveMinimum = true,
             .labelEn = QStringLiteral("Within"),
             .labelZh = QStringLiteral("距离内"),
             .hintEn = QStringLiteral("The largest distance to a neighbour."),
             .hintZh = QStringLiteral("到邻近设施的最大距离。")},
            commonParams::noun(QStringLiteral("noun"),
                               QString::fromLatin1(QT_TRANSLATE_NOOP("wm::RuleNoun", "features")),
                               QStringLiteral("Called"), QStringLiteral("名称")),
            commonParams::noun(QStringLiteral("nearNoun"),
                               QString::fromLatin1(QT_TRANSLATE_NOOP("wm::RuleNoun", "neighbour")),
                               QStringLiteral("Neighbours called"),
                               QStringLiteral("邻近设施名称"))}};
}

/// Each A has a B within d metres ("village clinic next to the mutual-aid home").
class CoLocationRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const QString layerId = text(c, "layer");
        const Layer& a = *c.layer(layerId, id).data;
        const Layer& b = *c.layer(text(c, "near"), id).data;
        const double within = number(c, "withinM");
        const FeatureFilter aFilter = filter(c, "filter");
        const std::vector<double> distance = nearestDistances(a, b, filter(c, "nearFilter"));
        const RadiusCoverage near =
            c.units.withinDistance(a, text(c, "codeField", false), aFilter, distance, within);
        r.featuresLayer = layerId;
        // Only the features the rule is about (in a unit, matching the filter) fail.
        for (const qsizetype f : near.villagesBeyond)
            if (const int u = near.unitOfVillage[std::size_t(f)]; u >= 0) {
                r.failingFeatures.push_back(f);
                r.failingFeatureUnits.push_back(u);
            }
        const QString noun = text(c, "noun", false);
        const QString nearNoun = text(c, "nearNoun", false);
        for (UnitVerdict& v : r.verdicts) {
            const int n = near.total[std::size_t(v.unit)], k = near.beyond[std::size_t(v.unit)];
            v.applicable = n > 0;
            v.value = n - k;
            v.required = n;
            v.pass = k == 0;
            v.gap = v.pass ? QString()
                           : Tr::tr("%1 of %2 %3 without a %4 within %5 m")
                                 .arg(k)
                                 .arg(n)
                                 .arg(noun, nearNoun, formatAmount(within));
        }
        return r;
    }
};
} // namespace

RuleKind coLocationRuleKind()
{
    return {spec(), [] { return std::make_unique<CoLocationRule>(); }};
}

} // namespace wm
