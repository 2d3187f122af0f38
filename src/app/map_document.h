#pragma once

#include "analysis/scenario.h"
#include "core/role_registry.h"
#include "io/project_loader.h"
#include "render/map_renderer.h"
#include "render/scenario_view.h"
#include "render/style.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace wm {

/// The open project as the app edits it: loaded layers, their styles, the selection and
/// the modified flag. Views (canvas, layer panel, attribute tables) listen to its signals;
/// renders take a snapshot (renderLayers()) so they never read what the UI changes.
class MapDocument : public QObject {
    Q_OBJECT
public:
    MapDocument(const RoleRegistry& roles, QObject* parent = nullptr);

    void setProject(std::shared_ptr<LoadedProject> project);
    bool hasProject() const { return mProject != nullptr; }
    const LoadedProject& project() const { return *mProject; }
    const RoleRegistry& roles() const { return mRoles; }
    int layerCount() const { return mProject ? int(mProject->layers.size()) : 0; }
    const LoadedLayer& layer(int index) const { return mProject->layers[index]; }
    int indexOf(const QString& layerId) const;
    const Style& style(int index) const { return mStyles[index]; }

    void setVisible(int index, bool visible);
    void setOpacity(int index, double opacity);
    void rename(int index, const QString& title);
    /// Moves layer `from` to position `to` in drawing order (0 = bottom).
    void moveLayer(int from, int to);
    void removeLayer(int index);
    void addLayer(const LoadedLayer& layer);
    /// Lets the project read sources outside its folder (the user said so); modified.
    void allowExternalSources();
    /// Inserts a layer at drawing position `position` (0 = bottom) with `style`.
    void insertLayer(int position, const LoadedLayer& layer, const Style& style);
    /// Replaces a layer's entry and data (e.g. coverage results recomputed or saved to a
    /// file); its selection is cleared, its style kept.
    void replaceLayer(int index, const LoadedLayer& layer);
    /// Reads layer `index` again from its source (others saved to its shared table) and
    /// shows it; the project's modified flag stays as it was: others' edits are not this
    /// planner's unsaved changes. Returns why it could not be read (then nothing changed),
    /// or an empty string.
    QString readAgain(int index);
    /// Replaces a layer's style; it is kept in the project file (inline) when saved.
    void setStyle(int index, const Style& style);
    /// Puts a layer's style back as it was before an editor changed it (its Cancel): the
    /// style, the inline style its entry stored (empty: the role's or the file's) and the
    /// modified flag, so a cancelled edit leaves no unsaved change behind.
    void restoreStyle(int index, const Style& style, const QJsonObject& inlineStyle, bool modified);

    const std::vector<qsizetype>& selection(const QString& layerId) const;
    void setSelection(const QString& layerId, std::vector<qsizetype> features);
    void clearSelection();

    /// Which works features the map and the checks take: what exists, a scenario's
    /// proposals, or both (proposals drawn with a dashed ring).
    void setScenarioView(scenario::View view, const QString& name);
    scenario::View scenarioView() const { return mView.view; }
    const QString& scenarioName() const { return mView.name; }
    /// The view as every output takes it (Export dialog pages and atlases).
    const ScenarioView& outputView() const { return mView; }
    /// The project as coverage checks should see it under the scenario view: what exists,
    /// or what exists plus the scenario's proposals.
    LoadedProject projectForChecks() const;

    /// The layers to draw now, bottom first (a copy-on-read snapshot).
    std::vector<RenderLayer> renderLayers() const;
    /// The project ready to save (current entries, styles inline where edited).
    Project toProject() const;

    bool isModified() const { return mModified; }
    void setModified(bool modified);

Q_SIGNALS:
    void projectChanged(); ///< a new project (or none)
    void layersChanged();  ///< order, visibility, names, styles: redraw and relist
    void selectionChanged(const QString& layerId);
    void modifiedChanged(bool modified);
    void scenarioViewChanged();

private:
    void changed();

    const RoleRegistry& mRoles;
    std::shared_ptr<LoadedProject> mProject;
    QVector<Style> mStyles;
    QHash<QString, std::vector<qsizetype>> mSelection;
    bool mModified = false;
    ScenarioView mView{scenario::View::Both, {}};
};

} // namespace wm
