#include "core/value_mapping.h"

#include "core/error.h"
#include "core/json_file.h"
#include "core/option_error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ValueMapping)
};
} // namespace

namespace wm {

namespace {

/// The field of `role` named `name`, or an OptionError listing the role's fields.
const RoleField& fieldNamed(const LayerRole& role, const QString& name, const QString& option)
{
    if (const RoleField* f = role.field(name))
        return *f;
    QStringList names;
    for (const RoleField& f : role.fields)
        names << f.name;
    throw OptionError(option, Tr::tr("the %1 role has no field \"%2\" (fields: %3)")
                                  .arg(role.id, name, names.join(QStringLiteral(", "))));
}

void requireAllowed(const RoleField& field, const QString& value, const QString& option)
{
    if (!field.values.isEmpty() && !field.values.contains(value))
        throw OptionError(option,
                          Tr::tr("\"%1\" is not a %2 value (values: %3)")
                              .arg(value, field.name, field.values.join(QStringLiteral(", "))));
}

} // namespace

std::optional<QString> ValueMapping::valueFor(const QString& cell) const
{
    if (isConstant())
        return constant;
    const QString c = cell.trimmed();
    if (c.isEmpty())
        return std::nullopt;
    if (const auto it = values.constFind(c); it != values.constEnd())
        return *it;
    for (const auto& [keyword, value] : keywords)
        if (c.contains(keyword))
            return value;
    return std::nullopt;
}

ValueMapping ValueMapping::constantFrom(const QString& assignment, const LayerRole& role)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw OptionError(
            QStringLiteral("set"),
            Tr::tr("\"%1\": write FIELD=VALUE, e.g. kind=health_centre").arg(assignment));
    ValueMapping m;
    m.field = fieldNamed(role, assignment.left(eq).trimmed(), QStringLiteral("set")).name;
    m.constant = assignment.mid(eq + 1).trimmed();
    requireAllowed(*role.field(m.field), m.constant, QStringLiteral("set"));
    return m;
}

ValueMapping ValueMapping::mappingFrom(const QString& spec, const LayerRole& role,
                                       const QVector<QPair<QString, QString>>& keywords)
{
    const QString option = QStringLiteral("map");
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    ValueMapping m;
    m.column = (colon < 0 ? spec : spec.left(colon)).trimmed();
    if (m.column.isEmpty())
        throw OptionError(option, Tr::tr("\"%1\": write COLUMN:SOURCE=VALUE,… (or COLUMN alone "
                                         "to use the keyword table)")
                                      .arg(spec));
    QStringList targets;
    if (colon >= 0) {
        for (const QString& pair :
             spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                throw OptionError(option,
                                  Tr::tr("\"%1\": each pair is SOURCE=VALUE").arg(pair.trimmed()));
            const QString to = pair.mid(eq + 1).trimmed();
            m.values.insert(pair.left(eq).trimmed(), to);
            targets << to;
        }
    }
    m.keywords = keywords;
    for (const auto& k : keywords)
        targets << k.second;
    if (targets.isEmpty())
        throw OptionError(option, Tr::tr("no values to map %1 to, and the %2 role has no keyword "
                                         "table")
                                      .arg(m.column, role.id));
    // The field is the coded field whose values take every target.
    QStringList fields;
    for (const RoleField& f : role.fields) {
        bool all = !f.values.isEmpty();
        for (const QString& t : targets)
            all = all && f.values.contains(t);
        if (all)
            fields << f.name;
    }
    if (fields.size() != 1) {
        QStringList coded;
        for (const RoleField& f : role.fields)
            if (!f.values.isEmpty())
                coded << QStringLiteral("%1 (%2)").arg(f.name, f.values.join(QLatin1Char('/')));
        throw OptionError(option, Tr::tr("the values %1 are not those of one field of the %2 role "
                                         "(%3)")
                                      .arg(targets.join(QStringLiteral(", ")), role.id,
                                           coded.join(QStringLiteral("; "))));
    }
    m.field = fields.first();
    return m;
}

PoiKeywords PoiKeywords::load(const QString& path, const QString& role)
{
    PoiKeywords out;
    const QJsonObject json = readJsonObject(path);
    const QJsonObject forRole =
        json.value(QStringLiteral("roles")).toObject().value(role).toObject();
    if (forRole.isEmpty())
        return out;
    out.field = forRole.value(QStringLiteral("field")).toString();
    for (const QJsonValue& pair : forRole.value(QStringLiteral("keywords")).toArray()) {
        const QJsonArray a = pair.toArray();
        if (a.size() != 2 || !a[0].isString() || !a[1].isString())
            throw Error(path,
                        Tr::tr("role %1: each keyword is [\"keyword\", \"value\"]").arg(role));
        out.keywords.append({a[0].toString(), a[1].toString()});
    }
    return out;
}

} // namespace wm
