#pragma once

#include "cli/verb.h"
#include "core/extent.h"
#include "render/page_template.h"
#include "render/scenario_view.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace wm {
struct CoverageCheck;
struct LoadedProject;
} // namespace wm

namespace wm::cli {

/// A layout template from --layout: a file, or a name from styles/layouts ("a3-portrait");
/// the A4 landscape template when empty. Throws wm::Error naming what it looked for.
PageTemplate pageTemplateFor(const QString& layout);

/// "a,b,c,d" read as xmin,ymin,xmax,ymax: four finite numbers, min below max. Throws
/// wm::Error naming `option` ("--extent", "--area") and what the numbers are in.
Extent parseBox(const QString& text, const QString& option, const QString& unitsText);

/// The extent of --extent "xmin,ymin,xmax,ymax" (project CRS, metres) or of the unit
/// with division code --unit in the project's boundary layers (with a margin). A null
/// extent when neither is given. Throws wm::Error for a malformed extent or an unknown
/// code.
Extent pageExtentFor(const LoadedProject& project, const QString& extentText,
                     const QString& unitCode);

/// The options `--scenario NAME` and `--view current|scenario|both` of the verbs that
/// draw maps (render, atlas, report).
QList<Option> scenarioViewOptions();

/// The view of --scenario and --view: what exists without --scenario; with it, existing
/// and proposed (`both`, the default), the proposals only (`scenario`) or what exists
/// (`current`). Throws wm::Error for --view without --scenario, an unknown view, or a
/// scenario no layer names (listing the project's scenarios).
ScenarioView scenarioViewFor(const LoadedProject& project, const Arguments& args);

/// Before drawing: builds in the cache the overviews that the project's large rasters
/// lack (the CLI does not ask; the window does), saying so on `err`.
void prepareRasters(LoadedProject& project, QTextStream& err, const char* verb);

/// After drawing: the tiles that could not be fetched, per raster layer, on `err`.
void reportRasterProblems(const LoadedProject& project, QTextStream& err, const char* verb);

} // namespace wm::cli
