#include "analysis/rule.h"

#include "analysis/near_data.h"

#include "core/error.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "core/ui_language.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::Rule)
};
} // namespace

namespace wm {

int RuleResult::failingUnits() const
{
    int n = 0;
    for (const UnitVerdict& v : verdicts)
        n += v.applicable && !v.pass ? 1 : 0;
    for (const UnplacedVerdict& u : unplaced)
        n += u.verdict.applicable && !u.verdict.pass ? 1 : 0;
    return n;
}

std::vector<ResultRow> RuleResult::rows(const CheckUnits& units) const
{
    std::vector<ResultRow> out;
    out.reserve(verdicts.size() + unplaced.size());
    for (const UnitVerdict& v : verdicts) {
        const Unit& u = units.unit(v.unit);
        out.push_back({u.code, u.displayName(), v});
    }
    for (const UnplacedVerdict& u : unplaced)
        out.push_back({u.code, u.name, u.verdict});
    return out;
}

std::vector<qsizetype> RuleResult::failingFeaturesIn(int unit) const
{
    std::vector<qsizetype> out;
    for (std::size_t i = 0; i < failingFeatures.size() && i < failingFeatureUnits.size(); ++i)
        if (failingFeatureUnits[i] == unit)
            out.push_back(failingFeatures[i]);
    return out;
}

const LoadedLayer& RuleContext::layer(const QString& id, const QString& ruleId) const
{
    const LoadedLayer& l = loaded(id, ruleId);
    if (l.isRemote()) {
        if (!nearData)
            throw std::logic_error("a layer left in its database without NearData");
        return nearData->readWhole(l);
    }
    return l;
}

std::vector<double> RuleContext::count(const QString& layerId, const QString& ruleId,
                                       const QString& codeField, const FeatureFilter& filter) const
{
    if (const LoadedLayer& l = loaded(layerId, ruleId); l.isRemote() && nearData)
        if (auto v = nearData->count(units, l, codeField, filter))
            return *v;
    return units.count(*layer(layerId, ruleId).data, codeField, filter);
}

std::vector<double> RuleContext::sum(const QString& layerId, const QString& ruleId,
                                     const QString& sumField, const QString& codeField,
                                     const FeatureFilter& filter) const
{
    if (const LoadedLayer& l = loaded(layerId, ruleId); l.isRemote() && nearData)
        if (auto v = nearData->sum(units, l, sumField, codeField, filter))
            return *v;
    return units.sum(*layer(layerId, ruleId).data, sumField, codeField, filter);
}

std::vector<double> RuleContext::lengthKm(const QString& layerId, const QString& ruleId,
                                          const QString& codeField,
                                          const FeatureFilter& filter) const
{
    if (const LoadedLayer& l = loaded(layerId, ruleId); l.isRemote() && nearData)
        if (auto v = nearData->lengthKm(units, l, codeField, filter))
            return *v;
    return units.lengthKm(*layer(layerId, ruleId).data, codeField, filter);
}

const LoadedLayer& RuleContext::loaded(const QString& id, const QString& ruleId) const
{
    const LoadedLayer* l = project.layer(id);
    if (!l)
        throw Error(rulesFile,
                    Tr::tr("rule \"%1\": the project has no layer \"%2\"").arg(ruleId, id));
    if (!l->isAvailable())
        throw Error(
            rulesFile,
            Tr::tr("rule \"%1\": layer \"%2\" is unavailable (%3)").arg(ruleId, id, l->problem));
    return *l;
}

RuleResult Rule::start(const RuleContext& context) const
{
    RuleResult r;
    r.id = id;
    r.kind = kind;
    r.title = title;
    r.source = source;
    r.verdicts.resize(std::size_t(context.units.size()));
    for (int i = 0; i < context.units.size(); ++i)
        r.verdicts[std::size_t(i)].unit = i;
    return r;
}

QJsonValue Rule::value(const QString& key) const
{
    const QJsonValue v = json.value(key);
    const ParamSpec* p = spec ? spec->parameter(key) : nullptr;
    return v.isUndefined() && p ? p->defaultValue : v;
}

namespace {
/// A rule reading a key its spec does not declare is a programming error that the rule
/// tests catch: the form and the README would not know the key.
void requireDeclared(const Rule& rule, const RuleContext& c, const char* key)
{
    if (rule.spec && !rule.spec->parameter(QLatin1String(key)))
        throw Error(c.rulesFile,
                    Tr::tr("rule \"%1\" (%2) reads \"%3\", which its spec does not declare")
                        .arg(rule.id, rule.kind, QLatin1String(key)));
}
} // namespace

QString Rule::text(const RuleContext& c, const char* key, bool required) const
{
    requireDeclared(*this, c, key);
    const QString v = value(QLatin1String(key)).toString();
    if (required && v.isEmpty())
        throw Error(c.rulesFile,
                    Tr::tr("rule \"%1\" (%2) needs \"%3\"").arg(id, kind, QLatin1String(key)));
    if (!chineseUi())
        return v;
    // A planner's own Chinese wording first ("nounZh"), else the spec default's translation
    // (marked with QT_TRANSLATE_NOOP in the rule files, context wm::RuleNoun).
    const QString zh = json.value(QLatin1String(key) + QStringLiteral("Zh")).toString();
    if (!zh.isEmpty())
        return zh;
    if (json.value(QLatin1String(key)).isUndefined() && !v.isEmpty())
        return QCoreApplication::translate("wm::RuleNoun", v.toUtf8().constData());
    return v;
}

double Rule::number(const RuleContext& c, const char* key) const
{
    requireDeclared(*this, c, key);
    const QJsonValue v = value(QLatin1String(key));
    if (v.isUndefined())
        return std::numeric_limits<double>::quiet_NaN();
    if (!v.isDouble())
        throw Error(c.rulesFile,
                    Tr::tr("rule \"%1\": \"%2\" must be a number").arg(id, QLatin1String(key)));
    return v.toDouble();
}

FeatureFilter Rule::filter(const RuleContext& c, const char* key) const
{
    requireDeclared(*this, c, key);
    bool ok = true;
    const FeatureFilter f = FeatureFilter::parse(json.value(QLatin1String(key)).toString(), &ok);
    if (!ok)
        throw Error(c.rulesFile, Tr::tr("rule \"%1\": cannot read the filter \"%2\"")
                                     .arg(id, json.value(QLatin1String(key)).toString()));
    return f;
}

std::vector<double> Rule::measured(const RuleContext& c, const QString& layerId) const
{
    const Layer& layer = *c.loaded(layerId, id).data;
    const QString measure =
        json.value(QStringLiteral("measure"))
            .toString(json.contains(QStringLiteral("sumField")) ? QStringLiteral("sum")
                                                                : QStringLiteral("count"));
    const QString codeField = text(c, "codeField", false);
    const FeatureFilter f = filter(c, "filter");
    if (measure == QLatin1String("length")) {
        if (layer.kind != GeometryKind::Line)
            throw Error(c.rulesFile,
                        Tr::tr("rule \"%1\": \"measure\": \"length\" needs a line layer").arg(id));
        return c.lengthKm(layerId, id, codeField, f);
    }
    if (measure == QLatin1String("sum"))
        return c.sum(layerId, id, text(c, "sumField"), codeField, f);
    if (measure == QLatin1String("count"))
        return c.count(layerId, id, codeField, f);
    throw Error(
        c.rulesFile,
        Tr::tr("rule \"%1\": unknown measure \"%2\" (count, sum or length)").arg(id, measure));
}

QString formatAmount(double v, int decimals)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    return QLocale(QLocale::English).toString(v, 'f', whole ? 0 : decimals);
}

} // namespace wm
