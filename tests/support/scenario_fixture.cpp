#include "support/scenario_fixture.h"

#include "support/test_support.h"

#include <QTemporaryDir>

namespace wm::test {

QString writeScenarioProject(const QTemporaryDir& dir)
{
    writeVector(
        dir.filePath(QStringLiteral("counties.gpkg")), "GPKG", QStringLiteral("counties"), 4490,
        wkbPolygon, {{QStringLiteral("code")}, {QStringLiteral("name")}},
        {{QStringLiteral("POLYGON ((114.4 37.0, 114.5 37.0, 114.5 37.1, 114.4 37.1, 114.4 37.0))"),
          {QStringLiteral("130501"), QStringLiteral("西县")}},
         {QStringLiteral("POLYGON ((114.5 37.0, 114.6 37.0, 114.6 37.1, 114.5 37.1, 114.5 37.0))"),
          {QStringLiteral("130502"), QStringLiteral("东县")}}});
    writeVector(
        dir.filePath(QStringLiteral("facilities.gpkg")), "GPKG", QStringLiteral("facilities"), 4490,
        wkbPoint,
        {{QStringLiteral("kind")}, {QStringLiteral("name")}, {QStringLiteral("scenario")}},
        {{QStringLiteral("POINT (114.45 37.05)"), {"clinic", "现状卫生室", ""}},
         {QStringLiteral("POINT (114.55 37.05)"), {"clinic", "规划卫生室", "2025 plan"}},
         {QStringLiteral("POINT (114.42 37.08)"), {"kindergarten", "规划幼儿园", "2025 plan"}},
         {QStringLiteral("POINT (114.57 37.02)"), {"clinic", "方案B卫生室", "option B"}}});
    writeVector(
        dir.filePath(QStringLiteral("pipes.gpkg")), "GPKG", QStringLiteral("pipes"), 4490,
        wkbLineString,
        {{QStringLiteral("kind")}, {QStringLiteral("name")}, {QStringLiteral("scenario")}},
        {{QStringLiteral("LINESTRING (114.41 37.02, 114.48 37.02)"), {"heating", "现状管网", ""}},
         {QStringLiteral("LINESTRING (114.52 37.08, 114.58 37.08)"),
          {"heating", "规划管网", "2025 plan"}}});
    const QString project = dir.filePath(QStringLiteral("plan.worksmap.json"));
    writeText(project, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
        "name": "方案测试 Scenario test", "crs": "auto", "layers": [
        {"id": "counties", "title": "县 Counties", "source": "counties.gpkg", "role": "boundary"},
        {"id": "pipes", "title": "管网 Pipes", "source": "pipes.gpkg", "role": "pipe"},
        {"id": "facilities", "title": "设施 Facilities", "source": "facilities.gpkg",
         "role": "facility"}]})"));
    return project;
}

} // namespace wm::test
