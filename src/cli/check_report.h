#pragma once

#include "analysis/coverage_check.h"

#include <QTextStream>

namespace wm {

struct LoadedProject;

/// Writes a coverage check as planners hand it on: results.csv (one row per rule and
/// unit), progress_<rule>.csv (the bulletin ranking of each target-progress rule) and
/// coverage.gpkg (units with each rule's value and verdict; the failing features).
/// Returns the files written.
QStringList writeCheckOutputs(const CoverageCheck& check, const LoadedProject& project,
                              const QString& dir);

/// The per-unit tables and failing rules as text.
void printCheck(const CoverageCheck& check, QTextStream& out);

} // namespace wm
