#include "io/project_proposals.h"

#include "core/error.h"
#include "core/kill_point.h"
#include "io/edit_saver.h"
#include "io/works_package.h"
#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ProjectProposals)
};
} // namespace

namespace wm {

AddedProposals addProposalsToProject(const LoadedProject& project, const RoleRegistry& roles,
                                     const QString& layerId,
                                     const std::vector<ProposedFeature>& features)
{
    if (const QString outside = project.project.worksPackageProblem(); !outside.isEmpty())
        throw Error(project.project.filePath, outside);
    const LoadedLayer* layer = project.layer(layerId);
    if (!layer)
        throw Error(project.project.filePath,
                    Tr::tr("the project has no layer \"%1\"").arg(layerId));
    if (!layer->isAvailable())
        throw Error(project.project.absoluteSource(layer->entry), layer->problem);
    const LayerRole* role = roles.role(layer->entry.role);
    if (!role)
        throw Error(project.project.filePath,
                    Tr::tr("layer \"%1\" has no layer role").arg(layerId));

    AddedProposals out;
    out.layerId = layerId;
    Project saved = project.toProject();
    LoadedLayer target = *layer;
    if (!WorksPackage::holds(saved, layer->entry)) {
        const AdoptResult r = WorksPackage::adopt(saved, *layer, *role, project.crs);
        out.adopted = true;
        out.adoptedFrom = r.from;
        out.addedFields = r.addedFields;
        Project withEntry = saved;
        withEntry.crs = project.crs;
        target = ProjectLoader(roles).loadLayer(withEntry, r.entry, project.crs);
        if (!target.isAvailable())
            throw Error(saved.worksPackagePath(), target.problem);
        for (LayerEntry& e : saved.layers)
            if (e.id == layerId)
                e = r.entry;
        out.reusedCopy = r.reused;
        // The project names the copy before any proposal goes in: stopped here, the
        // project reads the same features from the package as from the source (old
        // state); stopped before, a re-run finds the unreferenced copy and takes it.
        killPoint("add-to-project:copied");
        saved.save(saved.filePath);
        out.projectSaved = true;
        killPoint("add-to-project:project-saved");
    }
    out.package = saved.worksPackagePath();
    out.layerName = target.entry.layerName.isEmpty() ? target.data->name : target.entry.layerName;

    FeatureEditBuffer buffer(target.data);
    const AttributeTable& table = target.data->attributes;
    for (const ProposedFeature& f : features) {
        QVector<QVariant> values(table.fieldCount());
        for (auto it = f.values.cbegin(); it != f.values.cend(); ++it) {
            const int c = table.indexOf(target.columnOf(it.key()));
            if (c < 0)
                throw Error(out.package, Tr::tr("layer \"%1\" has no column for the "
                                                "field \"%2\" of a proposal")
                                             .arg(out.layerName, it.key()));
            values[c] = it.value();
        }
        buffer.insert({buffer.newFid(), f.geometry, values});
    }
    EditSaver::save(out.package, project.crs, {{out.layerName, buffer.fields(), buffer.changes()}});
    out.added = int(features.size());
    return out;
}

} // namespace wm
