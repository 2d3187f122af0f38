#pragma once

#include <QString>

class QTemporaryDir;

namespace wm::test {

/// A small project with proposals of two scenarios, written into `dir` (GeoPackages in
/// CGCS2000 lon/lat, SYNTHETIC): counties.gpkg with 130501 西县 (lon 114.40–114.50) and
/// 130502 东县 (114.50–114.60), lat 37.00–37.10; facilities.gpkg with an existing clinic
/// (114.45 37.05), "2025 plan" proposing a clinic (114.55 37.05) and a kindergarten
/// (114.42 37.08), "option B" a clinic (114.57 37.02); pipes.gpkg with an existing pipe and
/// a "2025 plan" one. Returns the project file, plan.worksmap.json.
QString writeScenarioProject(const QTemporaryDir& dir);

} // namespace wm::test
