#include "analysis/rule_share_of_units.h"
#include "core/error.h"
#include "core/loaded_project.h"

#include <QCoreApplication>
#include <QHash>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleShareOfUnits)
};
} // namespace

namespace wm {

namespace {
RuleSpec spec()
{
    ParamSpec townshipCode = commonParams::codeField();
    townshipCode.required = true;
    townshipCode.labelEn = QStringLiteral("Township code field");
    townshipCode.labelZh = QStringLiteral("乡镇代码字段");
    townshipCode.hintEn = QStringLiteral("The township (or village) code of each feature.");
    townshipCode.hintZh = QStringLiteral("每个要素的乡镇（或村）代码。");
    return {.kind = QStringLiteral("share-of-units"),
            .titleEn = QStringLiteral("Share of townships with"),
            .titleZh = QStringLiteral("乡镇覆盖比例"),
            .descriptionEn = QStringLiteral("A share of the townships of each county must have "
                                            "the facility."),
            .descriptionZh = QStringLiteral("每个县须有一定比例的乡镇建有该设施。"),
            .parameters = {
                commonParams::features({QStringLiteral("facility")}),
                commonParams::filter(),
                townshipCode,
                {.key = QStringLiteral("childUnits"),
                 .type = ParamType::Layer,
                 .required = true,
                 .labelEn = QStringLiteral("Township list"),
                 .labelZh = QStringLiteral("乡镇列表"),
                 .hintEn = QStringLiteral("A layer naming every township by code (the division "
                                          "table)."),
                 .hintZh = QStringLiteral("按代码列出全部乡镇的图层（区划表）。"),
                 .roles = {QStringLiteral("village"), QStringLiteral("boundary")}},
                {.key = QStringLiteral("childCodeField"),
                 .type = ParamType::Field,
                 .required = true,
                 .labelEn = QStringLiteral("Its code field"),
                 .labelZh = QStringLiteral("其代码字段"),
                 .hintEn = QStringLiteral("The township code column of the list."),
                 .hintZh = QStringLiteral("列表中的乡镇代码列。"),
                 .layerKey = QStringLiteral("childUnits")},
                {.key = QStringLiteral("childCodeLength"),
                 .type = ParamType::Integer,
                 .defaultValue = 9,
                 .minimum = 2,
                 .maximum = 12,
                 .labelEn = QStringLiteral("Code digits"),
                 .labelZh = QStringLiteral("代码位数"),
                 .hintEn = QStringLiteral("Digits of a township code (9); longer codes are cut."),
                 .hintZh = QStringLiteral("乡镇代码的位数（9）；更长的代码截取前几位。")},
                {.key = QStringLiteral("min"),
                 .type = ParamType::Number,
                 .defaultValue = 1,
                 .minimum = 0,
                 .labelEn = QStringLiteral("Each needs at least"),
                 .labelZh = QStringLiteral("每个至少"),
                 .hintEn = QStringLiteral("Features a township needs to count as served."),
                 .hintZh = QStringLiteral("乡镇计为已配置所需的要素数。")},
                {.key = QStringLiteral("minShare"),
                 .type = ParamType::Share,
                 .defaultValue = 0.6,
                 .labelEn = QStringLiteral("Share of townships"),
                 .labelZh = QStringLiteral("乡镇比例"),
                 .hintEn = QStringLiteral("The share of a unit's townships that must be served."),
                 .hintZh = QStringLiteral("单元内须配置的乡镇比例。")},
                commonParams::noun(
                    QStringLiteral("childNoun"),
                    QString::fromLatin1(QT_TRANSLATE_NOOP("wm::RuleNoun", "townships")),
                    QStringLiteral("Townships called"), QStringLiteral("下级单元名称"))}};
}

/// In each unit, at least a share p of its child units (townships, by code) have
/// `min` features of a kind ("elderly-care centres in ≥60 % of townships").
class ShareOfUnitsRule : public Rule {
public:
    RuleResult evaluate(const RuleContext& c) const override
    {
        RuleResult r = start(c);
        const Layer& layer = *c.layer(text(c, "layer"), id).data;
        const Layer& children = *c.layer(text(c, "childUnits"), id).data;
        const QString childCodeField = text(c, "childCodeField");
        const int childLength = int(number(c, "childCodeLength"));
        // A township code shorter than the units' own codes names no township: every
        // unit would be "n/a" and the check would pass on nothing.
        if (childLength < c.units.codeLength())
            throw Error(c.rulesFile,
                        Tr::tr("rule \"%1\": \"childCodeLength\" %2 is shorter than the "
                               "codes of the units (%3 digits)")
                            .arg(id)
                            .arg(childLength)
                            .arg(c.units.codeLength()));
        const double min = number(c, "min");
        const double share = number(c, "minShare");
        const QString codeField = text(c, "codeField");
        const FeatureFilter f = filter(c, "filter");

        // Count features per child code, then child units per parent.
        QHash<QString, double> perChild;
        const int codeCol = layer.attributes.indexOf(codeField);
        const std::vector<std::uint8_t> pass =
            f.isEmpty() ? std::vector<std::uint8_t>() : f.matchAll(layer);
        for (qsizetype i = 0; codeCol >= 0 && i < layer.featureCount(); ++i)
            if (pass.empty() || pass[std::size_t(i)])
                perChild[layer.attributes.toString(i, codeCol).trimmed().left(childLength)] += 1;
        QHash<QString, bool> childPasses;
        const int childCol = children.attributes.indexOf(childCodeField);
        for (qsizetype i = 0; childCol >= 0 && i < children.featureCount(); ++i) {
            const QString code =
                children.attributes.toString(i, childCol).trimmed().left(childLength);
            if (code.size() == childLength)
                childPasses.insert(code, perChild.value(code) >= min);
        }
        if (childPasses.isEmpty() && children.featureCount() > 0)
            throw Error(c.rulesFile,
                        Tr::tr("rule \"%1\": no code in \"%2\" of layer \"%3\" has %4 digits "
                               "(\"childCodeLength\")")
                            .arg(id, childCodeField, text(c, "childUnits"))
                            .arg(childLength));
        std::vector<int> total(std::size_t(c.units.size()), 0),
            good(std::size_t(c.units.size()), 0);
        for (auto it = childPasses.cbegin(); it != childPasses.cend(); ++it) {
            const int u = c.units.indexOfCode(it.key().left(c.units.codeLength()));
            if (u < 0)
                continue;
            ++total[std::size_t(u)];
            good[std::size_t(u)] += it.value() ? 1 : 0;
        }
        const QString noun = text(c, "childNoun", false);
        for (UnitVerdict& v : r.verdicts) {
            const int n = total[std::size_t(v.unit)];
            v.applicable = n > 0;
            v.value = n > 0 ? double(good[std::size_t(v.unit)]) / n : 0;
            v.required = share;
            v.pass = !v.applicable || v.value + 1e-12 >= share;
            v.gap = v.pass ? QString()
                           : Tr::tr("%1% of %2 (%3 of %4), need %5%")
                                 .arg(qRound(v.value * 100))
                                 .arg(noun)
                                 .arg(good[std::size_t(v.unit)])
                                 .arg(n)
                                 .arg(qRound(share * 100));
        }
        return r;
    }
};
} // namespace

RuleKind shareOfUnitsRuleKind()
{
    return {spec(), [] { return std::make_unique<ShareOfUnitsRule>(); }};
}

} // namespace wm
