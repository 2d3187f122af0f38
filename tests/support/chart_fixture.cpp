#include "support/chart_fixture.h"

#include "core/role_registry.h"
#include "io/project_opener.h"
#include "support/test_support.h"

#include <QDir>
#include <QFileInfo>

namespace wm::test {

namespace {

/// A 0.1° square county at column `i` of a row at 37° N (near Xingtai).
QString county(int i, const QString& code, const QString& name)
{
    const double x0 = 114.0 + 0.1 * i, x1 = x0 + 0.1;
    return QStringLiteral(R"json({"type": "Feature", "properties": {"code": "%1", "name": "%2"},
      "geometry": {"type": "Polygon", "coordinates": [[[%3, 37.0], [%4, 37.0], [%4, 37.1],
      [%3, 37.1], [%3, 37.0]]]}})json")
        .arg(code, name)
        .arg(x0)
        .arg(x1);
}

} // namespace

QString writeChartProject(const QString& dir)
{
    const QDir d(dir);
    const QStringList names{QStringLiteral("甲县"), QStringLiteral("乙县"), QStringLiteral("丙县"),
                            QStringLiteral("丁县"), QStringLiteral("戊县"), QStringLiteral("己县")};
    QStringList features;
    for (int i = 0; i < names.size(); ++i)
        features << county(i, QStringLiteral("13050%1").arg(i + 1), names[i]);
    writeText(d.filePath(QStringLiteral("counties.geojson")),
              QStringLiteral(R"json({"type": "FeatureCollection", "features": [%1]})json")
                  .arg(features.join(QStringLiteral(",\n"))));
    writeText(d.filePath(QStringLiteral("targets.csv")),
              QStringLiteral("unit,code,parking_target,parking_done,sewage_target,sewage_done\n"
                             "甲县,130501,100,120,10,4\n"
                             "乙县,130502,50,40,10,10\n"
                             "丙县,130503,200,160,,\n"
                             "丁县,130504,40,10,20,5\n"
                             "戊县,130505,30,,10,2\n"
                             "市本级,,20,25,,\n"));
    writeText(d.filePath(QStringLiteral("parking.csv")),
              QStringLiteral("name,lon,lat,county_code,spaces\n"
                             "p1,114.05,37.05,130501,30\n"
                             "p2,114.06,37.05,130501,20\n"
                             "p3,114.15,37.05,130502,50\n"
                             "p4,114.35,37.05,130504,10\n"
                             "p5,114.36,37.05,130504,5\n"
                             "p6,114.37,37.05,130504,5\n"));
    writeText(d.filePath(QStringLiteral("years.csv")), QStringLiteral("unit,year,value\n"
                                                                      "甲县,2021年,30\n"
                                                                      "乙县,2019,12\n"
                                                                      "甲县,2019,10\n"
                                                                      "乙县,2021,\n"
                                                                      "甲县,2020,20\n"
                                                                      "乙县,2020,15\n"));
    const QString project = d.filePath(QStringLiteral("charts.worksmap.json"));
    writeText(project, QStringLiteral(R"json({"format": "worksmap-project", "schemaVersion": 1,
      "name": "图表测试 Chart test (SYNTHETIC)", "crs": "auto", "layers": [
      {"id": "counties", "source": "counties.geojson", "role": "boundary"},
      {"id": "targets", "source": "targets.csv", "role": "target"},
      {"id": "parking", "source": "parking.csv", "role": "parking", "synthetic": true},
      {"id": "years", "source": "years.csv", "role": "target", "synthetic": true}]})json"));
    writeText(d.filePath(QStringLiteral("rules.json")), QStringLiteral(R"json({"schemaVersion": 1,
      "units": {"county": "counties"}, "rules": [
      {"id": "parking", "kind": "target-progress", "title": "停车位建设进度",
       "targets": "targets", "unitColumn": "unit", "targetColumn": "parking_target",
       "actualColumn": "parking_done", "topN": 2, "bottomN": 2},
      {"id": "sewage", "kind": "target-progress", "title": "污水治理进度",
       "targets": "targets", "unitColumn": "unit", "targetColumn": "sewage_target",
       "actualColumn": "sewage_done"},
      {"id": "sites", "kind": "indicator", "title": "停车场个数", "layer": "parking",
       "codeField": "county_code", "min": 1},
      {"id": "spaces", "kind": "indicator", "title": "车位数", "layer": "parking",
       "codeField": "county_code", "sumField": "spaces"}]})json"));
    return project;
}

CoverageCheck checkProject(const QString& project, const QString& level)
{
    const LoadedProject loaded = openProjectOrDataset(project, shippedRoles());
    return CoverageCheck::run(
        loaded, RulesFile::load(QFileInfo(project).dir().filePath(QStringLiteral("rules.json"))),
        level);
}

void ChartProjectTest::SetUpTestSuite()
{
    sDir = std::make_unique<QTemporaryDir>();
    sCheck = std::make_unique<CoverageCheck>(checkProject(writeChartProject(sDir->path())));
}

void ChartProjectTest::TearDownTestSuite()
{
    sCheck.reset();
    sDir.reset();
}

int ChartProjectTest::unit(const char* code)
{
    return sCheck->units.indexOfCode(QString::fromLatin1(code));
}

} // namespace wm::test
