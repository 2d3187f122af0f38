#include "analysis/rule_kinds.h"
#include "core/loaded_project.h"

#include <QHash>

namespace wm {

namespace {
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
        const int childLength = int(number(c, "childCodeLength", 9));
        const double min = number(c, "min", 1);
        const double share = number(c, "minShare", 0.6);
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
        std::vector<int> total(std::size_t(c.units.size()), 0),
            good(std::size_t(c.units.size()), 0);
        for (auto it = childPasses.cbegin(); it != childPasses.cend(); ++it) {
            const int u = c.units.indexOfCode(it.key().left(c.units.codeLength()));
            if (u < 0)
                continue;
            ++total[std::size_t(u)];
            good[std::size_t(u)] += it.value() ? 1 : 0;
        }
        const QString noun =
            json.value(QStringLiteral("childNoun")).toString(QStringLiteral("townships"));
        for (UnitVerdict& v : r.verdicts) {
            const int n = total[std::size_t(v.unit)];
            v.applicable = n > 0;
            v.value = n > 0 ? double(good[std::size_t(v.unit)]) / n : 0;
            v.required = share;
            v.pass = !v.applicable || v.value + 1e-12 >= share;
            v.gap = v.pass ? QString()
                           : QStringLiteral("%1% of %2 (%3 of %4), need %5%")
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

std::unique_ptr<Rule> makeShareOfUnitsRule()
{
    return std::make_unique<ShareOfUnitsRule>();
}

} // namespace wm
