#pragma once

#include "analysis/scenario.h"
#include "render/map_renderer.h"
#include "render/style.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QVector>

#include <vector>

namespace wm {

struct LoadedProject;

/// Which works features an output shows: what exists, a scenario's proposals, or both.
/// The one decision shared by the map canvas, the Export dialog and the verbs render,
/// atlas and report, so the window and the CLI print the same plan.
struct ScenarioView {
    scenario::View view = scenario::View::Current;
    QString name; ///< the scenario; empty: none (every view then shows what exists only)

    /// True when no proposal can be shown (the current view, or no scenario named).
    bool isCurrent() const { return view == scenario::View::Current || name.trimmed().isEmpty(); }
    /// "方案 Scenario: 2025 plan (proposals dashed)" for a page's notes; empty when current.
    QString note() const;
};

/// The colour of the dashed ring or casing drawn round proposals on every map.
QColor proposalColor();

/// Sets each layer's shown/proposed flags for `view`: layers of `project` with a scenario
/// column show the features the view takes (scenario::selection), and the shown features
/// naming a scenario are proposals (drawn with the dashed ring). Layers without a column,
/// or not in `project`, are left as they are (all shown, none proposed).
void applyScenarioView(std::vector<RenderLayer>& layers, const LoadedProject& project,
                       const ScenarioView& view);

/// The visible layers of `project` as a renderer takes them under `view`, bottom first.
std::vector<RenderLayer>
scenarioRenderLayers(const LoadedProject& project, const QVector<Style>& styles,
                     const ScenarioView& view,
                     const QHash<QString, std::vector<qsizetype>>& selection = {});

/// True when some layer draws a proposal (so the legend needs the proposal entry).
bool drawsProposals(const std::vector<RenderLayer>& layers);

/// The project as checks see it under `view`: what exists, or what exists plus the
/// scenario's proposals (a scenario-only view checks the plan's result too: a check of
/// proposals without what exists would report every unit failing).
LoadedProject projectForChecks(const LoadedProject& project, const ScenarioView& view);

} // namespace wm
