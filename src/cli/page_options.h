#pragma once

#include "core/extent.h"
#include "render/page_template.h"

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

/// The extent of --extent "xmin,ymin,xmax,ymax" (project CRS, metres) or of the unit
/// with division code --unit in the project's boundary layers (with a margin). A null
/// extent when neither is given. Throws wm::Error for a malformed extent or an unknown
/// code.
Extent pageExtentFor(const LoadedProject& project, const QString& extentText,
                     const QString& unitCode);

/// Each unit's indicators from a coverage check, for an atlas page's table: one row per
/// rule, its short title and the value with the verdict ("93% ✗").
QHash<QString, QVector<QPair<QString, QString>>> indicatorRows(const CoverageCheck& check);

} // namespace wm::cli
