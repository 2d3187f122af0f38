#include "render/scenario_view.h"

#include "core/layer.h"
#include "core/loaded_project.h"
#include "render/project_styles.h"

#include <QCoreApplication>

#include <algorithm>

namespace wm {

QString ScenarioView::note() const
{
    if (isCurrent())
        return {};
    const QString scenario = name.trimmed();
    return view == scenario::View::Proposed
               ? QCoreApplication::translate("ScenarioView",
                                             "方案 Scenario: %1, proposals only (dashed)")
                     .arg(scenario)
               : QCoreApplication::translate("ScenarioView",
                                             "方案 Scenario: %1, existing and proposed (dashed)")
                     .arg(scenario);
}

QColor proposalColor()
{
    return QColor(200, 0, 160);
}

void applyScenarioView(std::vector<RenderLayer>& layers, const LoadedProject& project,
                       const ScenarioView& view)
{
    for (RenderLayer& rl : layers) {
        const LoadedLayer* l = project.layer(rl.id);
        const int column = l && l->data == rl.data ? scenario::columnIn(*l) : -1;
        if (column < 0)
            continue;
        rl.shown = scenario::selection(*l, view.view, view.name);
        rl.proposed.assign(rl.shown.size(), 0);
        for (std::size_t i = 0; i < rl.shown.size(); ++i)
            rl.proposed[i] = rl.shown[i] && !scenario::of(*l, column, qsizetype(i)).isEmpty();
    }
}

std::vector<RenderLayer>
scenarioRenderLayers(const LoadedProject& project, const QVector<Style>& styles,
                     const ScenarioView& view,
                     const QHash<QString, std::vector<qsizetype>>& selection)
{
    std::vector<RenderLayer> layers = renderLayers(project, styles, selection);
    applyScenarioView(layers, project, view);
    return layers;
}

bool drawsProposals(const std::vector<RenderLayer>& layers)
{
    return std::any_of(layers.begin(), layers.end(), [](const RenderLayer& rl) {
        return std::find(rl.proposed.begin(), rl.proposed.end(), 1) != rl.proposed.end();
    });
}

LoadedProject projectForChecks(const LoadedProject& project, const ScenarioView& view)
{
    if (view.isCurrent())
        return scenario::currentState(project);
    return scenario::projectFor(project, scenario::View::Both, view.name);
}

} // namespace wm
