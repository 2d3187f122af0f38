#pragma once

#include "analysis/coverage_comparison.h"
#include "render/page_layout.h"
#include "render/scenario_view.h"
#include "render/style.h"

#include <QVector>

namespace wm {

struct LoadedProject;

/// The map of a CoverageComparison: the boundaries and the road network in their styles,
/// the facilities both rules take, and the villages coloured by where the straight line and
/// the roads agree, each class in the legend with its count (bilingual, as printed maps
/// here are). `styles` are the project's, by layer.
PageContent comparisonPageContent(const LoadedProject& project, const QVector<Style>& styles,
                                  const PageTemplate& page, const CoverageComparison& comparison,
                                  const QString& subtitle, const ScenarioView& view = {});

/// The file name of the comparison's map: "<time rule>_vs_<radius rule>.png".
QString comparisonMapName(const CoverageComparison& comparison);

} // namespace wm
