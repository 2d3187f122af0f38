#include "analysis/rule_parameters.h"

#include "analysis/rule_registry.h"
#include "core/error.h"

#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RuleParameters)
};
} // namespace

namespace wm {

RuleParameters::RuleParameters(const QString& kind, const QJsonObject& rule)
    : mRule(RuleRegistry::instance().make(kind)), mId(rule.value(QStringLiteral("id")).toString())
{
    mRule->json = rule;
}

RuleParameters::~RuleParameters() = default;

QString RuleParameters::text(const char* key) const
{
    return mRule->value(QString::fromLatin1(key)).toString();
}

double RuleParameters::number(const char* key) const
{
    const QJsonValue v = mRule->value(QString::fromLatin1(key));
    if (!v.isDouble())
        throw Error(
            QString(),
            Tr::tr("rule \"%1\": \"%2\" must be a number").arg(mId, QString::fromLatin1(key)));
    return v.toDouble();
}

FeatureFilter RuleParameters::filter(const char* key) const
{
    bool ok = true;
    FeatureFilter f = FeatureFilter::parse(text(key), &ok);
    if (!ok)
        throw Error(QString(),
                    Tr::tr("rule \"%1\": cannot read the filter \"%2\"").arg(mId, text(key)));
    return f;
}

} // namespace wm
