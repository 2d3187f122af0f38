#include "app/map_document.h"

#include "io/project_loader.h"

#include "render/project_styles.h"

namespace wm {

MapDocument::MapDocument(const RoleRegistry& roles, QObject* parent)
    : QObject(parent), mRoles(roles)
{
}

void MapDocument::setProject(std::shared_ptr<LoadedProject> project)
{
    mProject = std::move(project);
    mStyles = mProject ? loadProjectStyles(*mProject, mRoles) : QVector<Style>();
    mSelection.clear();
    setModified(false);
    Q_EMIT projectChanged();
    Q_EMIT layersChanged();
}

int MapDocument::indexOf(const QString& layerId) const
{
    for (int i = 0; i < layerCount(); ++i)
        if (mProject->layers[i].entry.id == layerId)
            return i;
    return -1;
}

void MapDocument::changed()
{
    setModified(true);
    Q_EMIT layersChanged();
}

void MapDocument::setVisible(int index, bool visible)
{
    if (mProject->layers[index].entry.visible == visible)
        return;
    mProject->layers[index].entry.visible = visible;
    changed();
}

void MapDocument::setOpacity(int index, double opacity)
{
    mProject->layers[index].entry.opacity = std::clamp(opacity, 0.0, 1.0);
    changed();
}

void MapDocument::rename(int index, const QString& title)
{
    mProject->layers[index].entry.title = title;
    changed();
}

void MapDocument::moveLayer(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= layerCount() || to >= layerCount())
        return;
    mProject->layers.move(from, to);
    mStyles.move(from, to);
    changed();
}

void MapDocument::removeLayer(int index)
{
    mSelection.remove(mProject->layers[index].entry.id);
    mProject->layers.removeAt(index);
    mStyles.removeAt(index);
    changed();
}

void MapDocument::addLayer(const LoadedLayer& layer)
{
    // The user chose this file: the project may read it even from outside its folder.
    Project& project = mProject->project;
    if (!layer.entry.isServiceSource() &&
        !project.isInsideFolder(project.absoluteSource(layer.entry)))
        project.allowExternalSources = true;
    mProject->layers.append(layer);
    LoadedProject single;
    single.project = mProject->project;
    single.layers = {layer};
    mStyles << loadProjectStyles(single, mRoles).value(0);
    if (mProject->extent.isNull() && layer.data)
        mProject->extent = layer.data->extent();
    changed();
}

void MapDocument::insertLayer(int position, const LoadedLayer& layer, const Style& style)
{
    position = std::clamp(position, 0, layerCount());
    mProject->layers.insert(position, layer);
    mStyles.insert(position, style);
    mProject->layers[position].entry.inlineStyle = style.toJson();
    changed();
}

void MapDocument::replaceLayer(int index, const LoadedLayer& layer)
{
    const QJsonObject style = mProject->layers[index].entry.inlineStyle;
    mSelection.remove(mProject->layers[index].entry.id);
    mProject->layers[index] = layer;
    mProject->layers[index].entry.inlineStyle = style;
    changed();
}

QString MapDocument::readAgain(int index)
{
    const LayerEntry entry = mProject->layers[index].entry;
    LoadedLayer fresh = ProjectLoader(mRoles).loadLayer(toProject(), entry, mProject->crs);
    if (!fresh.isAvailable())
        return fresh.problem;
    const bool modified = mModified;
    replaceLayer(index, fresh);
    setModified(modified);
    return {};
}

void MapDocument::setStyle(int index, const Style& style)
{
    mStyles[index] = style;
    mProject->layers[index].entry.inlineStyle = style.toJson();
    changed();
}

void MapDocument::restoreStyle(int index, const Style& style, const QJsonObject& inlineStyle,
                               bool modified)
{
    mStyles[index] = style;
    mProject->layers[index].entry.inlineStyle = inlineStyle;
    Q_EMIT layersChanged();
    setModified(modified);
}

const std::vector<qsizetype>& MapDocument::selection(const QString& layerId) const
{
    static const std::vector<qsizetype> none;
    const auto it = mSelection.constFind(layerId);
    return it == mSelection.constEnd() ? none : *it;
}

void MapDocument::setSelection(const QString& layerId, std::vector<qsizetype> features)
{
    if (selection(layerId) == features)
        return;
    mSelection[layerId] = std::move(features);
    Q_EMIT selectionChanged(layerId);
}

void MapDocument::clearSelection()
{
    const QStringList ids = mSelection.keys();
    mSelection.clear();
    for (const QString& id : ids)
        Q_EMIT selectionChanged(id);
}

std::vector<RenderLayer> MapDocument::renderLayers() const
{
    if (!mProject)
        return {};
    return scenarioRenderLayers(*mProject, mStyles, mView, mSelection);
}

void MapDocument::setScenarioView(scenario::View view, const QString& name)
{
    if (view == mView.view && name == mView.name)
        return;
    mView = {view, name};
    Q_EMIT scenarioViewChanged();
    Q_EMIT layersChanged();
}

LoadedProject MapDocument::projectForChecks() const
{
    return wm::projectForChecks(*mProject, mView);
}

Project MapDocument::toProject() const
{
    return mProject->toProject();
}

void MapDocument::allowExternalSources()
{
    if (!mProject || mProject->project.allowExternalSources)
        return;
    mProject->project.allowExternalSources = true;
    setModified(true);
}

void MapDocument::setModified(bool modified)
{
    if (mModified == modified)
        return;
    mModified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace wm
