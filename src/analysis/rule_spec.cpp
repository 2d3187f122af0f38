#include "analysis/rule_spec.h"

#include "analysis/feature_filter.h"

#include <QCoreApplication>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleSpec)
};
} // namespace

namespace wm {

QString paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::Number:
        return QStringLiteral("number");
    case ParamType::Integer:
        return QStringLiteral("integer");
    case ParamType::Length:
        return QStringLiteral("length");
    case ParamType::Share:
        return QStringLiteral("share");
    case ParamType::Text:
        return QStringLiteral("text");
    case ParamType::Layer:
        return QStringLiteral("layer");
    case ParamType::Field:
        return QStringLiteral("field");
    case ParamType::Filter:
        return QStringLiteral("filter");
    case ParamType::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

QString ParamSpec::unitTitle(bool chinese) const
{
    if (type == ParamType::Share)
        return QStringLiteral("0–1");
    if (!chinese)
        return unit;
    if (unit == QLatin1String("km"))
        return QStringLiteral("公里");
    if (unit == QLatin1String("m"))
        return QStringLiteral("米");
    if (unit == QLatin1String("people"))
        return QStringLiteral("人");
    return unit;
}

QString ParamSpec::defaultText() const
{
    if (defaultValue.isDouble()) // "1000", "0.6": no exponent, no trailing zeros
        return QString::number(defaultValue.toDouble(), 'g', 12);
    return defaultValue.toString();
}

namespace {
/// The bounds a parameter of `p`'s type keeps even when its spec sets none.
std::optional<double> effectiveMinimum(const ParamSpec& p)
{
    if (p.minimum)
        return p.minimum;
    if (p.type == ParamType::Length || p.type == ParamType::Share)
        return 0.0;
    return std::nullopt;
}

std::optional<double> effectiveMaximum(const ParamSpec& p)
{
    if (p.maximum)
        return p.maximum;
    if (p.type == ParamType::Share)
        return 1.0;
    return std::nullopt;
}
} // namespace

QString ParamSpec::rangeText() const
{
    const std::optional<double> lo = effectiveMinimum(*this), hi = effectiveMaximum(*this);
    const auto n = [](double v) { return QString::number(v, 'g', 12); };
    if (lo && hi)
        return aboveMinimum ? QStringLiteral("> %1, ≤ %2").arg(n(*lo), n(*hi))
                            : QStringLiteral("%1–%2").arg(n(*lo), n(*hi));
    if (lo)
        return (aboveMinimum ? QStringLiteral("> %1") : QStringLiteral("≥ %1")).arg(n(*lo));
    if (hi)
        return QStringLiteral("≤ %1").arg(n(*hi));
    return {};
}

bool ParamSpec::inRange(double value) const
{
    if (!std::isfinite(value))
        return false;
    const std::optional<double> lo = effectiveMinimum(*this), hi = effectiveMaximum(*this);
    if (lo && (aboveMinimum ? value <= *lo : value < *lo))
        return false;
    return !(hi && value > *hi);
}

QString ParamProblem::message(const QString& ruleId, const RuleSpec& spec) const
{
    const QString& kind = spec.kind;
    switch (what) {
    case Unknown: {
        QStringList keys;
        for (const ParamSpec& p : spec.parameters)
            keys << p.key;
        return Tr::tr("rule \"%1\": unknown key \"%2\" (%3 takes %4)")
            .arg(ruleId, key, kind, keys.join(QStringLiteral(", ")));
    }
    case Missing:
        return Tr::tr("rule \"%1\" (%2) needs \"%3\"").arg(ruleId, kind, key);
    case NotText:
        return Tr::tr("rule \"%1\": \"%2\" must be text").arg(ruleId, key);
    case NotANumber:
        return Tr::tr("rule \"%1\": \"%2\" must be a number").arg(ruleId, key);
    case NotWhole:
        return Tr::tr("rule \"%1\": \"%2\" must be a whole number").arg(ruleId, key);
    case OutOfRange: {
        const ParamSpec* p = spec.parameter(key);
        if (p && p->type == ParamType::Share)
            return Tr::tr("rule \"%1\": \"%2\" must be a share from 0 to 1").arg(ruleId, key);
        return Tr::tr("rule \"%1\": \"%2\" must be %3")
            .arg(ruleId, key, p ? p->rangeText() : QString());
    }
    case BadFilter:
        return Tr::tr("rule \"%1\": cannot read the filter in \"%2\"").arg(ruleId, key);
    case NotAChoice:
        return Tr::tr("rule \"%1\": \"%2\" is not one of the choices").arg(ruleId, key);
    }
    return {};
}

const ParamSpec* RuleSpec::parameter(const QString& key) const
{
    for (const ParamSpec& p : parameters)
        if (p.key == key)
            return &p;
    return nullptr;
}

const QStringList& RuleSpec::commonKeys()
{
    static const QStringList keys{QStringLiteral("id"),    QStringLiteral("kind"),
                                  QStringLiteral("title"), QStringLiteral("source"),
                                  QStringLiteral("note"),  QStringLiteral("level")};
    return keys;
}

namespace {
/// The problem of one present value of `p`, if any.
bool valueProblem(const ParamSpec& p, const QJsonValue& v, ParamProblem::What* what)
{
    switch (p.type) {
    case ParamType::Number:
    case ParamType::Integer:
    case ParamType::Length:
    case ParamType::Share: {
        if (!v.isDouble())
            *what = ParamProblem::NotANumber;
        else if (p.type == ParamType::Integer && v.toDouble() != std::trunc(v.toDouble()))
            *what = ParamProblem::NotWhole;
        else if (!p.inRange(v.toDouble()))
            *what = ParamProblem::OutOfRange;
        else
            return false;
        return true;
    }
    case ParamType::Text:
    case ParamType::Layer:
    case ParamType::Field:
        *what = ParamProblem::NotText;
        return !v.isString();
    case ParamType::Filter: {
        bool ok = v.isString();
        if (ok)
            FeatureFilter::parse(v.toString(), &ok);
        *what = v.isString() ? ParamProblem::BadFilter : ParamProblem::NotText;
        return !ok;
    }
    case ParamType::Choice:
        *what = ParamProblem::NotAChoice;
        return !p.choices.contains(v.toString());
    }
    return false;
}
} // namespace

bool RuleSpec::isChineseVariant(const QString& key) const
{
    if (!key.endsWith(QLatin1String("Zh")))
        return false;
    const ParamSpec* base = parameter(key.chopped(2));
    return base && base->type == ParamType::Text;
}

std::vector<ParamProblem> RuleSpec::problems(const QJsonObject& json) const
{
    std::vector<ParamProblem> out;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!commonKeys().contains(it.key()) && !parameter(it.key()) && !isChineseVariant(it.key()))
            out.push_back({ParamProblem::Unknown, it.key()});
    for (const ParamSpec& p : parameters) {
        const QJsonValue v = json.value(p.key);
        ParamProblem::What what = ParamProblem::Unknown;
        if (v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (p.required)
                out.push_back({ParamProblem::Missing, p.key});
        } else if (valueProblem(p, v, &what)) {
            out.push_back({what, p.key});
        }
    }
    return out;
}

namespace commonParams {

ParamSpec plain(const QString& key, ParamType type, const QJsonValue& defaultValue,
                const QString& labelEn, const QString& labelZh, const QString& hintEn,
                const QString& hintZh)
{
    return {.key = key,
            .type = type,
            .defaultValue = defaultValue,
            .labelEn = labelEn,
            .labelZh = labelZh,
            .hintEn = hintEn,
            .hintZh = hintZh};
}

ParamSpec features(const QStringList& roles)
{
    return {.key = QStringLiteral("layer"),
            .type = ParamType::Layer,
            .required = true,
            .labelEn = QStringLiteral("Features"),
            .labelZh = QStringLiteral("要素"),
            .hintEn = QStringLiteral("The layer whose features the rule counts or measures."),
            .hintZh = QStringLiteral("规则计数或度量其要素的图层。"),
            .roles = roles};
}

ParamSpec filter(const QString& key)
{
    const bool near = key != QLatin1String("filter");
    return {.key = key,
            .type = ParamType::Filter,
            .labelEn = near ? QStringLiteral("Only where (next to)") : QStringLiteral("Only where"),
            .labelZh = near ? QStringLiteral("仅限（邻近）") : QStringLiteral("仅限"),
            .hintEn = QStringLiteral("Which features count: field = value, field != value or "
                                     "field in (a, b), joined by and; empty: all."),
            .hintZh = QStringLiteral("参与计算的要素：字段 = 值、字段 != 值 或 字段 in (a, b)，"
                                     "可用 and 连接；留空：全部。"),
            .layerKey = near ? QStringLiteral("near") : QStringLiteral("layer")};
}

ParamSpec codeField(const QString& layerKey)
{
    return {.key = QStringLiteral("codeField"),
            .type = ParamType::Field,
            .labelEn = QStringLiteral("Unit code field"),
            .labelZh = QStringLiteral("单元代码字段"),
            .hintEn = QStringLiteral("Places features by their division code; without it, by "
                                     "position in the unit polygons."),
            .hintZh = QStringLiteral("按区划代码归入单元；留空则按所在单元面归入。"),
            .layerKey = layerKey};
}

std::vector<ParamSpec> villagesServedByFacilities()
{
    ParamSpec villageCode = codeField(QStringLiteral("villages"));
    villageCode.labelEn = QStringLiteral("Village code field");
    villageCode.labelZh = QStringLiteral("村庄代码字段");
    ParamSpec facilityFilter = filter();
    facilityFilter.layerKey = QStringLiteral("facilities");
    facilityFilter.hintEn = QStringLiteral("Which facilities serve, e.g. kind = health_centre; "
                                           "empty: all.");
    facilityFilter.hintZh = QStringLiteral("提供服务的设施，如 kind = health_centre；留空：全部。");
    return {{.key = QStringLiteral("villages"),
             .type = ParamType::Layer,
             .required = true,
             .labelEn = QStringLiteral("Villages"),
             .labelZh = QStringLiteral("村庄"),
             .hintEn = QStringLiteral("The places that must be served."),
             .hintZh = QStringLiteral("需要被服务的村庄。"),
             .roles = {QStringLiteral("village")}},
            villageCode,
            {.key = QStringLiteral("facilities"),
             .type = ParamType::Layer,
             .required = true,
             .labelEn = QStringLiteral("Facilities"),
             .labelZh = QStringLiteral("设施"),
             .hintEn = QStringLiteral("The layer of the serving facilities."),
             .hintZh = QStringLiteral("提供服务的设施图层。"),
             .roles = {QStringLiteral("facility")}},
            facilityFilter};
}

std::vector<ParamSpec> population()
{
    const QString layer = QStringLiteral("populationLayer");
    return {{.key = layer,
             .type = ParamType::Layer,
             .required = true,
             .labelEn = QStringLiteral("Population from"),
             .labelZh = QStringLiteral("人口来源"),
             .hintEn = QStringLiteral("The layer whose population field is summed per unit."),
             .hintZh = QStringLiteral("按单元汇总其人口字段的图层。"),
             .roles = {QStringLiteral("village")}},
            {.key = QStringLiteral("populationCodeField"),
             .type = ParamType::Field,
             .labelEn = QStringLiteral("Its unit code field"),
             .labelZh = QStringLiteral("其单元代码字段"),
             .hintEn = QStringLiteral("Places the population by division code; without it, by "
                                      "position."),
             .hintZh = QStringLiteral("按区划代码归入人口；留空则按位置归入。"),
             .layerKey = layer},
            {.key = QStringLiteral("populationField"),
             .type = ParamType::Field,
             .required = true,
             .labelEn = QStringLiteral("Population field"),
             .labelZh = QStringLiteral("人口字段"),
             .hintEn = QStringLiteral("The column holding the number of people."),
             .hintZh = QStringLiteral("存放人口数的列。"),
             .layerKey = layer}};
}

std::vector<ParamSpec> measure()
{
    return {{.key = QStringLiteral("measure"),
             .type = ParamType::Choice,
             .labelEn = QStringLiteral("Measure"),
             .labelZh = QStringLiteral("度量"),
             .hintEn = QStringLiteral("count features, sum a field, or length in km of lines "
                                      "clipped at unit borders; empty: sum with a sum field, "
                                      "else count."),
             .hintZh = QStringLiteral("要素计数、字段求和，或按单元边界裁切的线长（公里）；"
                                      "留空：有求和字段则求和，否则计数。"),
             .choices = {QStringLiteral("count"), QStringLiteral("sum"), QStringLiteral("length")}},
            {.key = QStringLiteral("sumField"),
             .type = ParamType::Field,
             .labelEn = QStringLiteral("Sum of field"),
             .labelZh = QStringLiteral("字段求和"),
             .hintEn = QStringLiteral("The column summed per unit (spaces, beds)."),
             .hintZh = QStringLiteral("按单元求和的列（车位、床位）。"),
             .layerKey = QStringLiteral("layer")}};
}

ParamSpec noun(const QString& key, const QString& defaultEn, const QString& labelEn,
               const QString& labelZh)
{
    return {.key = key,
            .type = ParamType::Text,
            .defaultValue = defaultEn,
            .labelEn = labelEn,
            .labelZh = labelZh,
            .hintEn = QStringLiteral("What the gap text calls them."),
            .hintZh = QStringLiteral("缺口说明中的名称。")};
}

} // namespace commonParams

} // namespace wm
