// The plan sheet of a scenario on a hand fixture whose lengths, units and rules are worked
// out in the comments; lon/lat are checked against a PROJ transformation made here.
#include "analysis/plan_sheet.h"
#include "analysis/rules_file.h"
#include "core/error.h"
#include "io/project_loader.h"
#include "io/table_writer.h"
#include "io/workbook_writer.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <proj.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;

namespace {

// EPSG:4547 (CGCS2000 3° Gauss-Krüger, CM 114° E) near Xingtai. Two 10 km squares:
// 130502 桥东区, now 襄都区 (x 550–560 km), listed first in the layer, and 130501 西县
// (x 540–550 km); y 4100–4110 km.
constexpr const char* kEast = "POLYGON ((550000 4100000, 560000 4100000, 560000 4110000, "
                              "550000 4110000, 550000 4100000))";
constexpr const char* kWest = "POLYGON ((540000 4100000, 550000 4100000, 550000 4110000, "
                              "540000 4110000, 540000 4100000))";

LoadedProject fixture()
{
    LoadedProject p;
    p.project.name = QStringLiteral("测试项目 fixture");
    p.project.filePath = QStringLiteral("/plans/fixture.worksmap.json");
    p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    p.layers << test::loadedLayer(
        QStringLiteral("counties"), QStringLiteral("boundary"),
        test::makeLayer(
            GeometryKind::Polygon,
            {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("name_current")},
            {{kEast, {"130502", "桥东区", "襄都区"}}, {kWest, {"130501", "西县", ""}}}));
    p.layers << test::loadedLayer(
        QStringLiteral("facilities"), QStringLiteral("facility"),
        test::makeLayer(
            GeometryKind::Point,
            {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("status"),
             QStringLiteral("capacity"), QStringLiteral("scenario")},
            {{"POINT (541000 4101000)", {"clinic", "现状卫生室", "completed", "", ""}},
             {"POINT (548000 4107000)", {"clinic", "西村卫生室", "planned", "20", "2022 plan"}},
             {"POINT (555000 4104000)", {"clinic", "方案B卫生室", "planned", "", "option B"}},
             {"POINT (552000 4109000)",
              {"kindergarten", "东关幼儿园", "planned", "180", " 2022 PLAN "}}}));
    p.layers[1].entry.title = QStringLiteral("公共服务设施 Facilities");
    p.layers << test::loadedLayer(
        QStringLiteral("parking"), QStringLiteral("parking"),
        test::makeLayer(GeometryKind::Point,
                        {QStringLiteral("name"), QStringLiteral("spaces"), QStringLiteral("status"),
                         QStringLiteral("scenario")},
                        {{"POINT (553000 4102000)", {"新华停车场", "120", "planned", "2022 plan"}},
                         {"POINT (543000 4102000)", {"老停车场", "50", "completed", ""}}}));
    p.layers[2].entry.title = QStringLiteral("公共停车设施 Parking sites");
    p.layers << test::loadedLayer(
        QStringLiteral("pipes"), QStringLiteral("pipe"),
        test::makeLayer(
            GeometryKind::Line,
            {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("status"),
             QStringLiteral("scenario")},
            {// 4 km east then 3 km north, all in 西县: 7 km, midpoint 3.5 km along (548500,
             // 4105000).
             {"LINESTRING (545000 4105000, 549000 4105000, 549000 4108000)",
              {"heating", "西环供热", "planned", "2022 plan"}},
             // 2 km in 西县, 6 km in 襄都区: 襄都区 holds the most; midpoint (552000, 4103000).
             {"LINESTRING (548000 4103000, 556000 4103000)",
              {"heating", "跨界供热", "planned", "2022 plan"}},
             // In no county: √(1500² + 2000²) = 2500 m.
             {"LINESTRING (570000 4120000, 571500 4122000)",
              {"drainage_rain", "城外雨水", "planned", "2022 plan"}},
             {"LINESTRING (541000 4101000, 542000 4101000)",
              {"heating", "方案B供热", "planned", "option B"}}}));
    p.layers[3].entry.title = QStringLiteral("管网 Pipe segments");
    return p;
}

RulesFile rules(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("rules.json"));
    test::writeText(path, QStringLiteral(R"json({"units": {"county": "counties"}, "rules": [
        {"id": "clinics", "kind": "one-per-unit", "title": "每县有卫生室",
         "layer": "facilities", "filter": "kind = clinic", "min": 1},
        {"id": "care", "kind": "service-radius", "villages": "villages",
         "facilities": "facilities", "filter": "kind = kindergarten", "radiusKm": 3},
        {"id": "parking_progress", "kind": "target-progress", "targets": "t",
         "layer": "parking", "sumField": "spaces", "filter": "status in (started, completed)"},
        {"id": "parking_all", "kind": "indicator", "layer": "parking", "sumField": "spaces"},
        {"id": "heating_km", "kind": "indicator", "layer": "pipes", "measure": "length",
         "filter": "kind = heating"}]})json"));
    return RulesFile::load(path);
}

/// (x, y) in EPSG:4547 → CGCS2000 lon/lat with PROJ directly.
void lonLat(double x, double y, double& lon, double& lat)
{
    PJ_CONTEXT* ctx = proj_context_create();
    PJ* raw = proj_create_crs_to_crs(ctx, "EPSG:4547", "EPSG:4490", nullptr);
    ASSERT_NE(raw, nullptr);
    PJ* t = proj_normalize_for_visualization(ctx, raw);
    proj_destroy(raw);
    ASSERT_NE(t, nullptr);
    const PJ_COORD c = proj_trans(t, PJ_FWD, proj_coord(x, y, 0, 0));
    lon = c.xy.x;
    lat = c.xy.y;
    proj_destroy(t);
    proj_context_destroy(ctx);
}

} // namespace

TEST(PlanSheet, RowsPerUnitWithNumbersQuantitiesAndCoordinates)
{
    QTemporaryDir dir;
    const RulesFile r = rules(dir);
    const PlanSheet s = makePlanSheet(fixture(), QStringLiteral("2022 Plan"), &r);
    EXPECT_EQ(s.scenario, QStringLiteral("2022 plan"));
    EXPECT_EQ(s.unitsLayer, QStringLiteral("counties"));

    // Units in code order (130501 first though it is the second feature), current names,
    // the pipe in no county last.
    ASSERT_EQ(s.units.size(), 3u);
    EXPECT_EQ(s.units[0].code, QStringLiteral("130501"));
    EXPECT_EQ(s.units[0].name, QStringLiteral("西县"));
    EXPECT_EQ(s.units[1].code, QStringLiteral("130502"));
    EXPECT_EQ(s.units[1].name, QStringLiteral("襄都区"));
    EXPECT_TRUE(s.units[2].outside);
    EXPECT_EQ(s.units[0].count, 2);
    EXPECT_EQ(s.units[1].count, 3);
    EXPECT_EQ(s.units[2].count, 1);

    // Rows: the other scenario's clinic and pipe and the existing features are absent.
    ASSERT_EQ(s.rows.size(), 6u);
    for (const PlanSheetRow& row : s.rows)
        EXPECT_FALSE(row.name.contains(QStringLiteral("方案B")) || row.status == "completed")
            << row.name.toStdString();
    const PlanSheetRow& clinic = s.rows[0];
    EXPECT_EQ(clinic.unit, 0);
    EXPECT_EQ(clinic.number, 1);
    EXPECT_EQ(clinic.name, QStringLiteral("西村卫生室"));
    EXPECT_EQ(clinic.what, QStringLiteral("公共服务设施 Facilities · clinic"));
    EXPECT_EQ(clinic.status, QStringLiteral("planned"));
    // With the roles, coded values read by their Chinese titles; the kind stays the code
    // (it groups the rows).
    const PlanSheet titled =
        makePlanSheet(fixture(), QStringLiteral("2022 Plan"), &r, &test::shippedRoles());
    EXPECT_EQ(titled.rows[0].what, QStringLiteral("公共服务设施 Facilities · 村卫生室"));
    EXPECT_EQ(titled.rows[0].status, QStringLiteral("计划"));
    EXPECT_EQ(titled.rows[0].kind, QStringLiteral("clinic"));
    EXPECT_EQ(clinic.layerId, QStringLiteral("facilities"));
    EXPECT_EQ(clinic.fid, 1);
    EXPECT_DOUBLE_EQ(clinic.quantity, 20);
    EXPECT_EQ(clinic.measure, QStringLiteral("床位 beds"));
    EXPECT_DOUBLE_EQ(clinic.x, 548000);
    double lon = 0, lat = 0;
    lonLat(548000, 4107000, lon, lat);
    EXPECT_NEAR(clinic.lon, lon, 0.6e-6);
    EXPECT_NEAR(clinic.lat, lat, 0.6e-6);
    EXPECT_NEAR(clinic.lon, 114.55, 0.05); // a sanity check on the axis order

    const PlanSheetRow& westPipe = s.rows[1];
    EXPECT_EQ(westPipe.number, 2);
    EXPECT_EQ(westPipe.name, QStringLiteral("西环供热"));
    EXPECT_DOUBLE_EQ(westPipe.quantity, 7.0);
    EXPECT_EQ(westPipe.measure, QStringLiteral("公里 km"));
    EXPECT_DOUBLE_EQ(westPipe.x, 548500);
    EXPECT_DOUBLE_EQ(westPipe.y, 4105000);
    lonLat(548500, 4105000, lon, lat);
    EXPECT_NEAR(westPipe.lon, lon, 0.6e-6);
    EXPECT_NEAR(westPipe.lat, lat, 0.6e-6);

    // 襄都区: the kindergarten, the parking site, the pipe mostly in it (numbered 1–3).
    EXPECT_EQ(s.rows[2].name, QStringLiteral("东关幼儿园"));
    EXPECT_EQ(s.rows[2].number, 1);
    EXPECT_EQ(s.rows[2].measure, QStringLiteral("学位 places"));
    EXPECT_EQ(s.rows[3].name, QStringLiteral("新华停车场"));
    EXPECT_DOUBLE_EQ(s.rows[3].quantity, 120);
    EXPECT_EQ(s.rows[3].measure, QStringLiteral("车位 spaces"));
    EXPECT_EQ(s.rows[3].what, QStringLiteral("公共停车设施 Parking sites"));
    EXPECT_EQ(s.rows[4].name, QStringLiteral("跨界供热"));
    EXPECT_EQ(s.rows[4].unit, 1);
    EXPECT_EQ(s.rows[4].number, 3);
    EXPECT_DOUBLE_EQ(s.rows[4].quantity, 8.0);
    EXPECT_DOUBLE_EQ(s.rows[4].x, 552000);
    // Outside: 2.5 km, numbered 1 in its own group.
    EXPECT_EQ(s.rows[5].name, QStringLiteral("城外雨水"));
    EXPECT_EQ(s.rows[5].unit, 2);
    EXPECT_EQ(s.rows[5].number, 1);
    EXPECT_DOUBLE_EQ(s.rows[5].quantity, 2.5);

    // Subtotals per unit of measure.
    ASSERT_EQ(s.units[0].quantities.size(), 2u);
    EXPECT_EQ(s.units[0].quantities[0].first, QStringLiteral("床位 beds"));
    EXPECT_DOUBLE_EQ(s.units[0].quantities[0].second, 20);
    EXPECT_EQ(s.units[0].quantities[1].first, QStringLiteral("公里 km"));
    EXPECT_DOUBLE_EQ(s.units[0].quantities[1].second, 7.0);
    ASSERT_EQ(s.units[1].quantities.size(), 3u);
    EXPECT_DOUBLE_EQ(s.units[1].quantities[1].second, 120);
    EXPECT_DOUBLE_EQ(s.units[1].quantities[2].second, 8.0);
}

TEST(PlanSheet, RulesServedByLayerAndFilter)
{
    QTemporaryDir dir;
    const RulesFile r = rules(dir);
    const PlanSheet s = makePlanSheet(fixture(), QStringLiteral("2022 plan"), &r);
    ASSERT_EQ(s.rows.size(), 6u);
    // The clinic passes "kind = clinic"; the kindergarten does not, but serves "care",
    // which reads the facilities as "facilities".
    EXPECT_EQ(s.rows[0].rules, (QStringList{"每县有卫生室 (clinics)"}));
    EXPECT_EQ(s.rows[2].rules, (QStringList{"care"}));
    // A planned parking site is not counted by "status in (started, completed)".
    EXPECT_EQ(s.rows[3].rules, (QStringList{"parking_all"}));
    EXPECT_EQ(s.rows[1].rules, (QStringList{"heating_km"}));
    EXPECT_TRUE(s.rows[5].rules.isEmpty()); // rain drainage is no heating pipe

    const PlanSheet bare = makePlanSheet(fixture(), QStringLiteral("2022 plan"));
    EXPECT_TRUE(bare.rows[0].rules.isEmpty());
}

TEST(PlanSheet, TablesHaveSubtotalsAndOneSummaryRowPerUnit)
{
    const PlanSheet s = makePlanSheet(fixture(), QStringLiteral("2022 plan"));
    const SheetTable d = s.detailTable();
    EXPECT_EQ(d.header[0], QStringLiteral("序号 No."));
    EXPECT_EQ(d.header[8], QStringLiteral("经度 Lon (CGCS2000)"));
    // 6 rows + subtotals: 西县 2 (beds, km), 襄都区 3 (places, spaces, km), outside 1 (km).
    ASSERT_EQ(d.rows.size(), 12);
    EXPECT_EQ(d.rows[2][3].text, QStringLiteral("小计 Subtotal"));
    EXPECT_EQ(d.rows[2][4].text, QStringLiteral("2 项 items"));
    EXPECT_EQ(d.rows[2][0].text, QString());
    EXPECT_EQ(d.rows[3][6].text, QStringLiteral("7.000"));
    EXPECT_EQ(d.rows[3][7].text, QStringLiteral("公里 km"));
    EXPECT_EQ(d.rows[1][6].value.toDouble(), 7.0);
    EXPECT_EQ(d.rows[0][2].text, QStringLiteral("130501"));

    const SheetTable t = s.summaryTable();
    // Groups: clinic (count, beds), kindergarten (count, places), parking (count, spaces),
    // drainage_rain (count, km), heating (count, km).
    EXPECT_EQ(t.header.size(), 4 + 10);
    ASSERT_EQ(t.rows.size(), 4); // three units and 合计
    EXPECT_EQ(t.rows[1][1].text, QStringLiteral("襄都区"));
    EXPECT_EQ(t.rows[1][3].text, QStringLiteral("3"));
    EXPECT_EQ(t.rows[3][1].text, QStringLiteral("合计 Total"));
    EXPECT_EQ(t.rows[3][3].text, QStringLiteral("6"));
    EXPECT_EQ(t.header[13], QStringLiteral("管网 Pipe segments · heating (公里 km)"));
    EXPECT_EQ(t.rows[3][13].text, QStringLiteral("15.000"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    writeCsv(csv, s.detailTable());
    writeCsv(planSheetSummaryCsvPath(csv), s.summaryTable());
    QFile summary(dir.filePath(QStringLiteral("plan_summary.csv")));
    ASSERT_TRUE(summary.open(QIODevice::ReadOnly));
    const QByteArray bytes = summary.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("序号 No.,县（市、区） County")));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("1,西县,130501,2,1,20,")));
}

TEST(PlanSheet, AnUnknownScenarioNamesTheProjectAndTheScenarios)
{
    try {
        makePlanSheet(fixture(), QStringLiteral("2023 plan"));
        FAIL() << "an unknown scenario must be an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), QStringLiteral("/plans/fixture.worksmap.json"));
        EXPECT_TRUE(e.message().contains(QStringLiteral("2022 plan, option B")))
            << e.message().toStdString();
    }
}
