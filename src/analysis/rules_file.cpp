#include "analysis/rules_file.h"

#include "analysis/rule_registry.h"
#include "core/error.h"
#include "core/json_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RulesFile)
};
} // namespace

namespace wm {

namespace {

/// Line of the first occurrence of `needle` in the file, so a semantic error can point
/// where a syntax error would (Qt's JSON keeps no positions).
int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}

} // namespace

QStringList RulesFile::kinds()
{
    return RuleRegistry::instance().kindIds();
}

/// A rule object for `kind`; null when no such kind exists. Throws wm::Error for a key
/// its kind's spec does not know, a required parameter missing or a value of the wrong type.
std::shared_ptr<Rule> makeRule(const QJsonObject& r, const QString& path)
{
    std::shared_ptr<Rule> rule =
        RuleRegistry::instance().make(r.value(QStringLiteral("kind")).toString());
    if (!rule)
        return nullptr;
    rule->id = r.value(QStringLiteral("id")).toString();
    rule->title = r.value(QStringLiteral("title")).toString(rule->id);
    rule->source = r.value(QStringLiteral("source")).toString();
    rule->json = r;
    const std::vector<ParamProblem> problems = rule->spec->problems(r);
    if (!problems.empty())
        throw Error(path, problems.front().message(rule->id, *rule->spec));
    return rule;
}

RulesFile RulesFile::load(const QString& path)
{
    const QJsonObject json = readJsonObject(path);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return fromJson(json, path, f.readAll());
}

RulesFile RulesFile::fromJson(const QJsonObject& json, const QString& path, const QByteArray& text,
                              bool requireRules)
{
    RulesFile file;
    file.path = path;
    const QJsonObject units = json.value(QStringLiteral("units")).toObject();
    file.unitsLayer = units.value(QStringLiteral("county")).toString(file.unitsLayer);
    file.townshipTable = units.value(QStringLiteral("townshipTable")).toString();
    file.townshipCodeField =
        units.value(QStringLiteral("townshipCodeField")).toString(file.townshipCodeField);
    file.townshipNameField =
        units.value(QStringLiteral("townshipNameField")).toString(file.townshipNameField);
    for (const QJsonValue& v : json.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString id = r.value(QStringLiteral("id")).toString();
        const QString kind = r.value(QStringLiteral("kind")).toString();
        try {
            file.addRule(r);
        } catch (const Error& e) {
            const int line = id.isEmpty() ? lineOf(text, "\"kind\": \"" + kind.toUtf8() + "\"")
                                          : lineOf(text, "\"" + id.toUtf8() + "\"");
            throw Error(path, e.detail(), line);
        }
    }
    if (requireRules && file.rules.empty())
        throw Error(path, Tr::tr("no rules in the file"));
    return file;
}

void RulesFile::addRule(const QJsonObject& r)
{
    const QString id = r.value(QStringLiteral("id")).toString();
    const QString kind = r.value(QStringLiteral("kind")).toString();
    if (id.isEmpty())
        throw Error(path, Tr::tr("a rule has no \"id\""));
    for (const auto& rule : rules)
        if (rule->id == id)
            throw Error(path, Tr::tr("two rules have the id \"%1\"").arg(id));
    std::shared_ptr<Rule> rule = makeRule(r, path);
    if (!rule)
        throw Error(path, Tr::tr("rule \"%1\": unknown kind \"%2\" (known: %3)")
                              .arg(id, kind, kinds().join(QStringLiteral(", "))));
    rules.push_back(std::move(rule));
}

void RulesFile::keepOnly(const QStringList& ids)
{
    std::vector<std::shared_ptr<Rule>> kept;
    QStringList known;
    for (const auto& rule : rules)
        known << rule->id;
    for (const QString& id : ids) {
        const qsizetype i = known.indexOf(id);
        if (i < 0)
            throw Error(path, Tr::tr("no rule \"%1\" in the rules file (rules: %2)")
                                  .arg(id, known.join(QStringLiteral(", "))));
        kept.push_back(rules[std::size_t(i)]);
    }
    rules = std::move(kept);
}

QJsonObject RulesFile::toJson() const
{
    QJsonObject units{{QStringLiteral("county"), unitsLayer},
                      {QStringLiteral("townshipCodeField"), townshipCodeField},
                      {QStringLiteral("townshipNameField"), townshipNameField}};
    if (!townshipTable.isEmpty())
        units.insert(QStringLiteral("townshipTable"), townshipTable);
    QJsonArray all;
    for (const auto& rule : rules)
        all.append(rule->json);
    return {{QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("units"), units},
            {QStringLiteral("rules"), all}};
}

void RulesFile::save(const QString& target)
{
    writeJsonObjectAtomically(target, toJson());
    path = target;
}

} // namespace wm
