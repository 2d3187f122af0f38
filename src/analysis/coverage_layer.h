#pragma once

#include "analysis/coverage_check.h"
#include "core/layer.h"

#include <QString>

namespace wm {

class Crs;

/// The units of a check as a layer: "code", "name" (the current name after
/// redistricting where there is one), then per rule "<id>_value" (real; shares and rates
/// as fractions; null where the rule does not apply), "<id>_verdict" (pass / FAIL / n/a) and
/// "<id>_gap" (the shortfall in the rule's terms). One feature per unit in unit order; a unit
/// without polygon (市本级, or every township when townships come from the division table) has no
/// geometry. The map styles it as a choropleth; the CLI and the app save it as a GeoPackage layer.
Layer coverageUnitsLayer(const CoverageCheck& check, const Crs& crs);

QString valueColumn(const QString& ruleId);
QString verdictColumn(const QString& ruleId);
QString gapColumn(const QString& ruleId);
/// "pass", "FAIL" or "n/a" (rule does not apply to the unit).
QString verdictText(const UnitVerdict& verdict);
/// A verdict code of verdictText as the interface's language says it (达标, 未达标, 不适用):
/// what tables, legends and the CLI show; files keep the codes.
QString verdictTitle(const QString& code);
QString verdictTitle(const UnitVerdict& verdict);
/// Whether a rule's values are shares or rates (0–1, shown as percentages).
bool isShareRule(const RuleResult& result);

} // namespace wm
