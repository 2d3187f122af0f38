#include "core/role_registry.h"

#include "core/error.h"
#include "core/json_file.h"

#include <QDir>
#include <QJsonArray>

#include <QCoreApplication>
#include <algorithm>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RoleRegistry)
};
} // namespace

namespace wm {

RoleRegistry RoleRegistry::load(const QString& dir)
{
    RoleRegistry registry;
    const QDir d(dir);
    if (!d.exists())
        throw Error(dir, Tr::tr("layer role folder not found"));
    const QString coordinatesName = QStringLiteral("coordinates.json");
    for (const QString& name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = d.filePath(name);
        const QJsonObject json = readJsonObject(path);
        if (name == coordinatesName) {
            auto list = [&](const char* key) {
                QStringList out;
                for (const QJsonValue& v : json.value(QLatin1String(key)).toArray())
                    out << v.toString();
                return out;
            };
            registry.mCoordinates = {list("longitude"), list("latitude"), list("wkt"), list("x"),
                                     list("y")};
            continue;
        }
        // Lookup tables beside the roles, read by those who use them.
        if (name == QLatin1String("poi_types.json") || name == QLatin1String("road_speeds.json"))
            continue;
        registry.mRoles << LayerRole::fromJson(json, path);
    }
    if (registry.mRoles.isEmpty())
        throw Error(dir, Tr::tr("no layer role definitions (*.json) found"));
    return registry;
}

const LayerRole* RoleRegistry::role(const QString& id) const
{
    for (const LayerRole& r : mRoles)
        if (r.id == id)
            return &r;
    return nullptr;
}

QStringList RoleRegistry::roleIds() const
{
    QStringList ids;
    for (const LayerRole& r : mRoles)
        ids << r.id;
    return ids;
}

QVector<RoleRegistry::Guess> RoleRegistry::guess(GeometryKind kind,
                                                 const QStringList& columns) const
{
    QVector<Guess> guesses;
    QVector<Guess> fallbacks;
    for (const LayerRole& role : mRoles) {
        if (!role.acceptsGeometry(kind))
            continue;
        if (role.fallback) {
            fallbacks << Guess{&role, FieldMapping::map(role, columns), 0};
            continue;
        }
        Guess g{&role, FieldMapping::map(role, columns), 0};
        int required = 0;
        for (const RoleField& f : role.fields)
            required += f.required ? 1 : 0;
        const int requiredFound = required - int(g.mapping.unmappedRequired.size());
        const int found = int(g.mapping.sourceOf.size());
        if (found == 0 || (required > 0 && requiredFound == 0))
            continue;
        g.score = (required > 0 ? double(requiredFound) / required : 0.5) +
                  0.01 * (found - requiredFound);
        guesses << g;
    }
    std::stable_sort(guesses.begin(), guesses.end(),
                     [](const Guess& a, const Guess& b) { return a.score > b.score; });
    return guesses + fallbacks;
}

} // namespace wm
