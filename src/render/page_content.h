#pragma once

#include "render/page_layout.h"
#include "render/scenario_view.h"

#include <QHash>
#include <QVector>

namespace wm {

struct LoadedProject;

/// A page of a project's visible layers under a scenario view (applyScenarioView: what
/// exists by default; proposals of the view's scenario with the dashed ring): the legend
/// of what the map shows (each style's symbols, the fallback colour when used, a proposal
/// entry when proposals are drawn; less the template's exclusions and tables), the inset
/// from the boundary layers over the whole project, and notes naming the data sources,
/// the CRS, the synthetic layers and the scenario.
PageContent projectPageContent(const LoadedProject& project, const QVector<Style>& styles,
                               const PageTemplate& page, const QString& title,
                               const QString& subtitle, const Extent& extent,
                               const ScenarioView& view = {});

/// One page per unit of a boundary layer.
struct AtlasOptions {
    QString boundaryLayer;                       ///< layer id, role boundary
    QString titlePattern = QStringLiteral("%1"); ///< %1: the unit's name, %2: its code
    QString subtitle;
    double margin = 0.08; ///< around the unit, as a fraction of its size
    /// Per unit code: the rows of the indicator table on its page.
    QHash<QString, QVector<QPair<QString, QString>>> indicators;
    QString indicatorsTitle = QStringLiteral("指标 Indicators");
    ScenarioView view; ///< what the maps show of the works layers
};

/// An atlas page: one unit of the boundary layer, zoomed with a margin, the other units
/// faded under a white veil and the unit outlined; title from its name.
struct AtlasPage {
    QString code;
    QString name;
    PageLayout layout;
};

/// The pages in the boundary layer's feature order (units without geometry skipped).
/// Throws wm::Error when the layer is missing, not a boundary layer, or has no name.
std::vector<AtlasPage> atlasPages(const LoadedProject& project, const QVector<Style>& styles,
                                  const PageTemplate& page, const AtlasOptions& options);

/// "130522_临城县": a file name for a unit's page, safe on every file system.
QString atlasFileStem(const QString& code, const QString& name);

} // namespace wm
