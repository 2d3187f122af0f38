#include "core/layer_role.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::LayerRole)
};
} // namespace

namespace wm {

namespace {

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

FieldType parseFieldType(const QString& name, const QString& path)
{
    static const QList<QPair<QString, FieldType>> types = {
        {QStringLiteral("string"), FieldType::String},
        {QStringLiteral("integer"), FieldType::Integer64},
        {QStringLiteral("real"), FieldType::Real},
        {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("boolean"), FieldType::Boolean}};
    for (const auto& [n, t] : types)
        if (n == name)
            return t;
    throw Error(path, Tr::tr("unknown field type \"%1\"").arg(name));
}

} // namespace

LayerRole LayerRole::fromJson(const QJsonObject& json, const QString& path)
{
    LayerRole role;
    role.id = json.value(QStringLiteral("role")).toString();
    if (role.id.isEmpty())
        throw Error(path, Tr::tr("role definition without a \"role\" name"));
    const QJsonObject title = json.value(QStringLiteral("title")).toObject();
    role.titleEn = title.value(QStringLiteral("en")).toString(role.id);
    role.titleZh = title.value(QStringLiteral("zh")).toString(role.titleEn);
    role.defaultStyle = json.value(QStringLiteral("style")).toString();
    role.fallback = json.value(QStringLiteral("fallback")).toBool(false);
    for (const QString& g : stringList(json.value(QStringLiteral("geometry")))) {
        bool ok = false;
        role.geometries << geometryKindFromName(g, &ok);
        if (!ok)
            throw Error(path, Tr::tr("unknown geometry \"%1\"").arg(g));
    }
    if (role.geometries.isEmpty())
        throw Error(path, Tr::tr("role \"%1\" lists no geometry").arg(role.id));
    for (const QJsonValue& fv : json.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = fv.toObject();
        RoleField field;
        field.name = f.value(QStringLiteral("name")).toString();
        if (field.name.isEmpty())
            throw Error(path, Tr::tr("a field of role \"%1\" has no name").arg(role.id));
        field.type = parseFieldType(
            f.value(QStringLiteral("type")).toString(QStringLiteral("string")), path);
        field.required = f.value(QStringLiteral("required")).toBool(false);
        field.unit = f.value(QStringLiteral("unit")).toString();
        const QJsonObject t = f.value(QStringLiteral("title")).toObject();
        field.titleEn = t.value(QStringLiteral("en")).toString(field.name);
        field.titleZh = t.value(QStringLiteral("zh")).toString(field.titleEn);
        field.aliases = stringList(f.value(QStringLiteral("aliases")));
        if (!field.aliases.contains(field.name))
            field.aliases.prepend(field.name);
        field.values = stringList(f.value(QStringLiteral("values")));
        const QJsonObject titles = f.value(QStringLiteral("valueTitles")).toObject();
        for (auto it = titles.begin(); it != titles.end(); ++it) {
            // A title for a value the field does not list is a typo in one or the other.
            if (!field.values.contains(it.key()))
                throw Error(path, Tr::tr("field \"%1\" has a title for \"%2\", which "
                                         "is not one of its values")
                                      .arg(field.name, it.key()));
            const QJsonObject t = it.value().toObject();
            if (t.contains(QStringLiteral("en")))
                field.valueTitlesEn.insert(it.key(), t.value(QStringLiteral("en")).toString());
            if (t.contains(QStringLiteral("zh")))
                field.valueTitlesZh.insert(it.key(), t.value(QStringLiteral("zh")).toString());
        }
        role.fields << field;
    }
    return role;
}

QString RoleField::valueTitle(const QString& value, bool chinese) const
{
    const QString first = (chinese ? valueTitlesZh : valueTitlesEn).value(value);
    if (!first.isEmpty())
        return first;
    const QString second = (chinese ? valueTitlesEn : valueTitlesZh).value(value);
    return second.isEmpty() ? value : second;
}

bool LayerRole::acceptsGeometry(GeometryKind kind) const
{
    return geometries.contains(kind);
}

const RoleField* LayerRole::field(const QString& name) const
{
    for (const RoleField& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace wm
