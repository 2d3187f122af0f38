#include "io/division_tables.h"

#include "core/crs.h"
#include "core/gazetteer.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "core/project.h"
#include "io/project_loader.h"

#include <QFile>
#include <QFileInfo>

namespace wm {

namespace {

/// A CSV whose header names the division table's columns (the UTF-8 BOM allowed).
bool isDivisionTable(const QString& path)
{
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.readLine().trimmed();
    return header.contains("code") && header.contains("township_code") &&
           header.contains("county_code");
}

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).canonicalFilePath() == QFileInfo(b).canonicalFilePath();
}

} // namespace

DivisionTables divisionTablesFor(const Project* project, const QString& given)
{
    const QString hebei = Gazetteer::bundledTablePath();
    DivisionTables t;
    t.scope = given;
    if (t.scope.isEmpty() && project)
        for (const LayerEntry& e : project->layers)
            if (e.role == QLatin1String("village") && isDivisionTable(project->absoluteSource(e))) {
                t.scope = project->absoluteSource(e);
                break;
            }
    if (t.scope.isEmpty())
        t.scope = hebei;
    if (!samePath(t.scope, hebei) && QFileInfo::exists(hebei))
        t.outside = hebei;
    return t;
}

ProjectVillagePoints projectVillagePoints(const Project& project, const RoleRegistry& roles)
{
    for (const LayerEntry& e : project.layers) {
        if (e.role != QLatin1String("village") ||
            e.source.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            continue;
        const LoadedLayer villages = ProjectLoader(roles).loadLayer(project, e, Crs::cgcs2000());
        if (!villages.data || villages.data->kind != GeometryKind::Point)
            continue;
        return {e.id, villages.data,
                villages.data->attributes.indexOf(villages.columnOf(QStringLiteral("code")))};
    }
    return {};
}

} // namespace wm
