#include "analysis/rules_file.h"

#include "analysis/rule_kinds.h"
#include "core/error.h"
#include "core/json_file.h"

#include <QFile>
#include <QJsonArray>

#include <map>

namespace wm {

namespace {

const std::map<QString, RuleFactory>& factories()
{
    static const std::map<QString, RuleFactory> all = {
        {QStringLiteral("co-location"), makeCoLocationRule},
        {QStringLiteral("indicator"), makeIndicatorRule},
        {QStringLiteral("one-per-unit"), makeOnePerUnitRule},
        {QStringLiteral("population-threshold"), makePopulationThresholdRule},
        {QStringLiteral("ratio"), makeRatioRule},
        {QStringLiteral("service-radius"), makeServiceRadiusRule},
        {QStringLiteral("share-of-units"), makeShareOfUnitsRule},
        {QStringLiteral("target-progress"), makeTargetProgressRule},
    };
    return all;
}

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
    QStringList out;
    for (const auto& [kind, factory] : factories())
        out << kind;
    return out;
}

RulesFile RulesFile::load(const QString& path)
{
    const QJsonObject json = readJsonObject(path);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray text = f.readAll();
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
        const int line = lineOf(text, "\"" + id.toUtf8() + "\"");
        if (id.isEmpty())
            throw Error(path, QStringLiteral("a rule has no \"id\""),
                        lineOf(text, "\"kind\": \"" + kind.toUtf8() + "\""));
        const auto it = factories().find(kind);
        if (it == factories().end())
            throw Error(path,
                        QStringLiteral("rule \"%1\": unknown kind \"%2\" (known: %3)")
                            .arg(id, kind, kinds().join(QStringLiteral(", "))),
                        line);
        std::shared_ptr<Rule> rule = it->second();
        rule->id = id;
        rule->kind = kind;
        rule->title = r.value(QStringLiteral("title")).toString(id);
        rule->source = r.value(QStringLiteral("source")).toString();
        rule->json = r;
        file.rules.push_back(std::move(rule));
    }
    if (file.rules.empty())
        throw Error(path, QStringLiteral("no rules in the file"));
    return file;
}

} // namespace wm
