#pragma once

#include "analysis/coverage_check.h"
#include "analysis/scenario.h"
#include "io/output_guard.h"

#include <QTextStream>

namespace wm {

struct LoadedProject;

/// Writes a coverage check as planners hand it on: results.csv (one row per rule and
/// unit), progress_<rule>.csv (the bulletin ranking of each target-progress rule) and
/// coverage.gpkg (units with each rule's value and verdict; the failing features).
/// Returns the files written. Nothing is written when any of them is an input `guard` knows.
/// The files are replaced together (OutputSet); `notes` gets what the recovery of an earlier
/// interrupted run did.
QStringList writeCheckOutputs(const CoverageCheck& check, const LoadedProject& project,
                              const QString& dir, const OutputGuard& guard,
                              QStringList* notes = nullptr);

/// The per-unit tables and failing rules as text.
void printCheck(const CoverageCheck& check, QTextStream& out);

/// The units whose figures a scenario changes, rule by rule ("  130525 隆尧县  villages
/// beyond 3 km  fail 14 → pass 0"), and the counts of units now passing.
void printComparison(const scenario::Comparison& comparison, QTextStream& out);
/// compare_<scenario>.csv in `dir`: every rule and unit, before and after. Returns the path.
QString writeComparisonCsv(const scenario::Comparison& comparison, const QString& dir,
                           const OutputGuard& guard);

} // namespace wm
