#include "analysis/rule_registry.h"
#include "analysis/rules_file.h"
#include "core/error.h"
#include "core/role_registry.h"
#include "support/test_support.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {

/// A value of `p`'s type that the reader accepts; `other` gives one that differs from
/// the spec's default.
QJsonValue sample(const ParamSpec& p, bool other)
{
    switch (p.type) {
    case ParamType::Number:
    case ParamType::Length:
        return other ? p.defaultValue.toDouble(0) + 7.5 : 2.0;
    case ParamType::Integer: {
        const double v = other ? p.defaultValue.toDouble(0) + 4 : 5;
        return p.maximum && v > *p.maximum ? *p.maximum - 1 : v; // in range, not the default
    }
    case ParamType::Share:
        return p.defaultValue.toDouble(1) == 0.25 ? 0.75 : 0.25;
    case ParamType::Filter:
        return QStringLiteral("kind in (a, b)");
    case ParamType::Choice:
        // `other`: the first choice that is not the default.
        for (const QString& c : p.choices)
            if (!other || QJsonValue(c) != p.defaultValue)
                return c;
        return {};
    case ParamType::Text:
    case ParamType::Layer:
    case ParamType::Field:
        return QStringLiteral("x_%1").arg(p.key);
    }
    return {};
}

/// A rule of `spec`'s kind with only its required parameters.
QJsonObject requiredOnly(const RuleSpec& spec, const QString& id)
{
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("kind"), spec.kind}};
    for (const ParamSpec& p : spec.parameters)
        if (p.required)
            json.insert(p.key, sample(p, false));
    return json;
}

RulesFile emptyFile(const QString& path)
{
    return RulesFile::fromJson({}, path, {}, false);
}

} // namespace

TEST(RuleRegistry, EveryKindHasACompleteSpecInAlphabeticalOrder)
{
    const RuleRegistry& registry = RuleRegistry::instance();
    ASSERT_EQ(registry.kinds().size(), 9u);
    QStringList sorted = registry.kindIds();
    sorted.sort();
    EXPECT_EQ(registry.kindIds(), sorted);
    EXPECT_EQ(RulesFile::kinds(), registry.kindIds()); // the reader knows exactly these
    const QStringList roles = test::shippedRoles().roleIds();
    for (const RuleKind& k : registry.kinds()) {
        SCOPED_TRACE(k.spec.kind.toStdString());
        EXPECT_FALSE(k.spec.titleEn.isEmpty());
        EXPECT_FALSE(k.spec.titleZh.isEmpty());
        EXPECT_FALSE(k.spec.descriptionEn.isEmpty());
        EXPECT_FALSE(k.spec.descriptionZh.isEmpty());
        EXPECT_FALSE(k.spec.parameters.empty());
        EXPECT_EQ(registry.spec(k.spec.kind), &k.spec);
        const std::unique_ptr<Rule> rule = registry.make(k.spec.kind);
        ASSERT_TRUE(rule);
        EXPECT_EQ(rule->kind, k.spec.kind);
        EXPECT_EQ(rule->spec, &k.spec);
        QStringList keys;
        for (const ParamSpec& p : k.spec.parameters) {
            SCOPED_TRACE(p.key.toStdString());
            EXPECT_FALSE(keys.contains(p.key));
            keys << p.key;
            EXPECT_FALSE(RuleSpec::commonKeys().contains(p.key));
            EXPECT_FALSE(p.labelEn.isEmpty());
            EXPECT_FALSE(p.labelZh.isEmpty());
            EXPECT_FALSE(p.hintEn.isEmpty());
            EXPECT_FALSE(p.hintZh.isEmpty());
            EXPECT_FALSE(p.required && p.hasDefault()) << "a default makes a key optional";
            if (p.type == ParamType::Layer) {
                EXPECT_FALSE(p.roles.isEmpty());
                for (const QString& role : p.roles)
                    EXPECT_TRUE(roles.contains(role)) << role.toStdString();
            }
            if (p.type == ParamType::Field) {
                const ParamSpec* layer = k.spec.parameter(p.layerKey);
                ASSERT_TRUE(layer) << p.layerKey.toStdString();
                EXPECT_EQ(layer->type, ParamType::Layer);
            }
            if (p.type == ParamType::Choice) {
                EXPECT_GE(p.choices.size(), 2);
            }
        }
        // Every default passes the spec's own checks.
        QJsonObject defaults = requiredOnly(k.spec, QStringLiteral("d"));
        for (const ParamSpec& p : k.spec.parameters)
            if (p.hasDefault())
                defaults.insert(p.key, p.defaultValue);
        EXPECT_TRUE(k.spec.problems(defaults).empty());
    }
    EXPECT_FALSE(registry.make(QStringLiteral("nearest")));
}

TEST(RuleRegistry, ARuleWithOnlyRequiredParametersGetsTheSpecDefaults)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    for (const RuleKind& k : RuleRegistry::instance().kinds()) {
        SCOPED_TRACE(k.spec.kind.toStdString());
        RulesFile file = emptyFile(path);
        file.addRule(requiredOnly(k.spec, QStringLiteral("r")));
        const Rule& rule = *file.rules.front();
        for (const ParamSpec& p : k.spec.parameters) {
            SCOPED_TRACE(p.key.toStdString());
            const QJsonValue expected = p.required ? sample(p, false) : p.defaultValue;
            EXPECT_EQ(rule.value(p.key), expected); // Undefined when there is no default
        }
        // Spot checks against the numbers the rule classes used before their specs.
        if (k.spec.kind == QLatin1String("service-radius")) {
            EXPECT_EQ(rule.value(QStringLiteral("radiusKm")).toDouble(), 3.0);
            EXPECT_EQ(rule.value(QStringLiteral("minShare")).toDouble(), 1.0);
        }
        if (k.spec.kind == QLatin1String("share-of-units")) {
            EXPECT_EQ(rule.value(QStringLiteral("minShare")).toDouble(), 0.6);
        }
        if (k.spec.kind == QLatin1String("population-threshold")) {
            EXPECT_EQ(rule.value(QStringLiteral("threshold")).toDouble(), 30000.0);
        }
    }
}

TEST(RuleRegistry, EveryParameterRoundTripsThroughTheRulesFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    RulesFile file = emptyFile(path);
    for (const RuleKind& k : RuleRegistry::instance().kinds()) {
        QJsonObject json = requiredOnly(k.spec, k.spec.kind);
        for (const ParamSpec& p : k.spec.parameters)
            json.insert(p.key, sample(p, true));
        file.addRule(json);
    }
    file.save(path);
    const RulesFile back = RulesFile::load(path);
    ASSERT_EQ(back.rules.size(), RuleRegistry::instance().kinds().size());
    for (const auto& rule : back.rules) {
        SCOPED_TRACE(rule->kind.toStdString());
        for (const ParamSpec& p : rule->spec->parameters) {
            SCOPED_TRACE(p.key.toStdString());
            EXPECT_EQ(rule->value(p.key), sample(p, true));
            if (p.hasDefault()) {
                EXPECT_NE(rule->value(p.key), p.defaultValue); // read, not defaulted
            }
        }
    }
}

TEST(RuleRegistry, AMissingRequiredParameterOrAWrongValueIsAnError)
{
    const QString path = QStringLiteral("rules.json");
    for (const RuleKind& k : RuleRegistry::instance().kinds()) {
        for (const ParamSpec& p : k.spec.parameters) {
            if (!p.required)
                continue;
            QJsonObject json = requiredOnly(k.spec, QStringLiteral("r"));
            json.remove(p.key);
            RulesFile file = emptyFile(path);
            try {
                file.addRule(json);
                ADD_FAILURE() << k.spec.kind.toStdString() << " without " << p.key.toStdString();
            } catch (const Error& e) {
                EXPECT_EQ(e.file(), path);
                EXPECT_EQ(e.detail(),
                          QStringLiteral("rule \"r\" (%1) needs \"%2\"").arg(k.spec.kind, p.key));
            }
        }
    }
    const RuleSpec& share = *RuleRegistry::instance().spec(QStringLiteral("share-of-units"));
    const auto problem = [&](const char* key, const QJsonValue& v) {
        QJsonObject json = requiredOnly(share, QStringLiteral("s"));
        json.insert(QLatin1String(key), v);
        const std::vector<ParamProblem> p = share.problems(json);
        return p.size() == 1 && p[0].key == QLatin1String(key) ? p[0].what : ParamProblem::What(-1);
    };
    EXPECT_EQ(problem("min", QStringLiteral("1")), ParamProblem::NotANumber);
    EXPECT_EQ(problem("childCodeLength", 9.5), ParamProblem::NotWhole);
    EXPECT_EQ(problem("minShare", 1.5), ParamProblem::OutOfRange);
    // Division codes have 2 (province) to 12 (village) digits.
    EXPECT_EQ(problem("childCodeLength", 0), ParamProblem::OutOfRange);
    EXPECT_EQ(problem("childCodeLength", -1), ParamProblem::OutOfRange);
    EXPECT_EQ(problem("childCodeLength", 100), ParamProblem::OutOfRange);
    EXPECT_EQ(problem("childCodeLength", 12), ParamProblem::What(-1));
    EXPECT_EQ(problem("min", -1), ParamProblem::OutOfRange);
    EXPECT_EQ(problem("min", 0), ParamProblem::What(-1));
    EXPECT_EQ(problem("filter", QStringLiteral("kind clinic")), ParamProblem::BadFilter);
    EXPECT_EQ(problem("layer", 3), ParamProblem::NotText);
    EXPECT_EQ(problem("radiusKm", 3), ParamProblem::Unknown);
    const RuleSpec& radius = *RuleRegistry::instance().spec(QStringLiteral("service-radius"));
    QJsonObject json = requiredOnly(radius, QStringLiteral("r"));
    json.insert(QStringLiteral("radiusKm"), -1);
    ASSERT_EQ(radius.problems(json).size(), 1u);
    EXPECT_EQ(radius.problems(json)[0].what, ParamProblem::OutOfRange);
    // A radius of 0 covers nothing: the range is "> 0", and the message says so.
    json.insert(QStringLiteral("radiusKm"), 0);
    ASSERT_EQ(radius.problems(json).size(), 1u);
    EXPECT_EQ(radius.problems(json)[0].message(QStringLiteral("r"), radius),
              QStringLiteral("rule \"r\": \"radiusKm\" must be > 0"));
    const RuleSpec& ratio = *RuleRegistry::instance().spec(QStringLiteral("ratio"));
    QJsonObject perZero = requiredOnly(ratio, QStringLiteral("q"));
    perZero.insert(QStringLiteral("per"), 0);
    ASSERT_EQ(ratio.problems(perZero).size(), 1u);
    EXPECT_EQ(ratio.problems(perZero)[0].key, QStringLiteral("per"));
    const RuleSpec& progress = *RuleRegistry::instance().spec(QStringLiteral("target-progress"));
    QJsonObject topN = requiredOnly(progress, QStringLiteral("t"));
    topN.insert(QStringLiteral("topN"), -2);
    ASSERT_EQ(progress.problems(topN).size(), 1u);
    EXPECT_EQ(progress.problems(topN)[0].what, ParamProblem::OutOfRange);
    // The keys every rule takes are no problem.
    for (const QString& key : RuleSpec::commonKeys())
        json.insert(key, QStringLiteral("x"));
    json.insert(QStringLiteral("radiusKm"), 3);
    EXPECT_TRUE(radius.problems(json).empty());
}
