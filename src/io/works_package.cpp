#include "io/works_package.h"

#include "core/error.h"
#include "io/vector_writer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::WorksPackage)
};
} // namespace

namespace wm {

bool WorksPackage::holds(const Project& project, const LayerEntry& entry)
{
    const QString package = project.worksPackagePath();
    return !package.isEmpty() && QFileInfo(project.absoluteSource(entry)).absoluteFilePath() ==
                                     QFileInfo(package).absoluteFilePath();
}

OutputLayer outputLayerForRole(const LoadedLayer& layer, const LayerRole& role, const QString& name,
                               QStringList* addedFields)
{
    OutputLayer out = outputLayerOf(*layer.data, name);
    // Role fields the source has no column for are added (empty), so a proposed
    // feature can carry its scenario and the form can offer every field.
    for (const RoleField& f : role.fields) {
        if (layer.mapping.sourceOf.contains(f.name) ||
            out.columns.contains(f.name, Qt::CaseInsensitive))
            continue;
        out.columns << f.name;
        out.columnTypes << f.type;
        for (auto& row : out.rows)
            row << QVariant();
        if (addedFields)
            *addedFields << f.name;
    }
    return out;
}

AdoptResult WorksPackage::adopt(const Project& project, const LoadedLayer& layer,
                                const LayerRole& role, const Crs& crs)
{
    AdoptResult result;
    result.entry = layer.entry;
    if (holds(project, layer.entry))
        return result;
    const QString package = project.worksPackagePath();
    if (const QString outside = project.worksPackageProblem(); !outside.isEmpty())
        throw Error(project.filePath, outside);
    if (package.isEmpty())
        throw Error(project.filePath, Tr::tr("save the project first: its works "
                                             "GeoPackage goes beside the project file"));
    if (!layer.isAvailable())
        throw Error(project.absoluteSource(layer.entry), layer.problem);

    // The copy is marked with its source. A run stopped after copying but before the
    // project file named the copy left it in the package unreferenced: that copy is
    // complete (one transaction) and is taken again, not copied a second time as "_2".
    const QString mark = QStringLiteral("WorksMap copy of %1%2")
                             .arg(project.relativeSource(project.absoluteSource(layer.entry)),
                                  layer.entry.layerName.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (layer %1)").arg(layer.entry.layerName));
    const QHash<QString, QString> descriptions = geoPackageDescriptions(package);
    for (auto it = descriptions.cbegin(); it != descriptions.cend(); ++it) {
        if (it.value() != mark)
            continue;
        bool referenced = false;
        for (const LayerEntry& e : project.layers)
            referenced = referenced || (holds(project, e) && e.layerName == it.key());
        // Only a copy as it was made: one a user edited and then dropped from the project
        // must not come back by itself.
        if (referenced || geoPackageFeatureCount(package, it.key()) != layer.data->featureCount())
            continue;
        result.reused = true;
        result.from = project.absoluteSource(layer.entry);
        result.entry.source = project.relativeSource(package);
        result.entry.layerName = it.key();
        result.entry.encoding.clear();
        result.entry.sourceCrs.clear();
        return result;
    }

    // A layer name not yet in the package; a layer adopted earlier keeps its name.
    const QStringList taken = geoPackageLayerNames(package);
    QString name = layer.entry.id;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1_%2").arg(layer.entry.id).arg(n);

    OutputLayer out = outputLayerForRole(layer, role, name, &result.addedFields);
    out.description = mark;
    appendToGeoPackage(package, crs, {out});

    result.copied = true;
    result.from = project.absoluteSource(layer.entry);
    result.features = layer.data->featureCount();
    result.entry.source = project.relativeSource(package);
    result.entry.layerName = name;
    result.entry.encoding.clear();
    result.entry.sourceCrs.clear();
    return result;
}

} // namespace wm
