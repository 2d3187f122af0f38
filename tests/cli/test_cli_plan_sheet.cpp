// `worksmap-cli plan-sheet` in-process on a small GeoPackage project made here: two counties
// in CGCS2000 lon/lat (one with a code starting with 0, to see that codes stay text), a
// facility layer and a pipe layer with proposals of two scenarios. The XLSX is read back
// through GDAL's XLSX driver.

#include "cli/verb_run.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <memory>

using namespace wm;

namespace {

using SheetRun = test::VerbOutput;

SheetRun planSheet(const QStringList& args)
{
    return test::runVerb(QStringLiteral("plan-sheet"), args);
}

/// The project in `dir`: counties.gpkg, facilities.gpkg, pipes.gpkg, rules.json and
/// plan.worksmap.json. Returns the project file.
QString makeProject(const QTemporaryDir& dir)
{
    // 013501 零县 (SYNTHETIC code, lon 114.40–114.50) and 130502 桥东区, now 襄都区
    // (114.50–114.60); lat 37.00–37.10.
    test::writeVector(
        dir.filePath(QStringLiteral("counties.gpkg")), "GPKG", QStringLiteral("counties"), 4490,
        wkbPolygon,
        {{QStringLiteral("code")}, {QStringLiteral("name")}, {QStringLiteral("name_current")}},
        {{QStringLiteral("POLYGON ((114.5 37.0, 114.6 37.0, 114.6 37.1, 114.5 37.1, 114.5 37.0))"),
          {QStringLiteral("130502"), QStringLiteral("桥东区"), QStringLiteral("襄都区")}},
         {QStringLiteral("POLYGON ((114.4 37.0, 114.5 37.0, 114.5 37.1, 114.4 37.1, 114.4 37.0))"),
          {QStringLiteral("013501"), QStringLiteral("零县"), QString()}}});
    test::writeVector(dir.filePath(QStringLiteral("facilities.gpkg")), "GPKG",
                      QStringLiteral("facilities"), 4490, wkbPoint,
                      {{QStringLiteral("kind")},
                       {QStringLiteral("name")},
                       {QStringLiteral("status")},
                       {QStringLiteral("capacity"), OFTInteger},
                       {QStringLiteral("scenario")}},
                      {{QStringLiteral("POINT (114.45 37.05)"),
                        {"clinic", "零村卫生室", "planned", QString(), "2025 plan"}},
                       {QStringLiteral("POINT (114.55 37.05)"),
                        {"kindergarten", "东关幼儿园", "planned", "90", "2025 plan"}},
                       {QStringLiteral("POINT (114.56 37.06)"),
                        {"clinic", "现状卫生室", "completed", QString(), ""}},
                       {QStringLiteral("POINT (114.57 37.07)"),
                        {"clinic", "方案B卫生室", "planned", QString(), "option B"}}});
    test::writeVector(dir.filePath(QStringLiteral("pipes.gpkg")), "GPKG", QStringLiteral("pipes"),
                      4490, wkbLineString,
                      {{QStringLiteral("kind")},
                       {QStringLiteral("name")},
                       {QStringLiteral("status")},
                       {QStringLiteral("scenario")}},
                      {{QStringLiteral("LINESTRING (114.42 37.02, 114.48 37.02)"),
                        {"heating", "零县供热", "planned", "2025 plan"}}});
    test::writeText(dir.filePath(QStringLiteral("rules.json")),
                    QStringLiteral(R"({"units": {"county": "counties"}, "rules": [
        {"id": "clinics", "kind": "one-per-unit", "layer": "facilities",
         "filter": "kind = clinic", "min": 1}]})"));
    // A target table named like plan-sheet's summary output: a source it must never replace.
    test::writeText(dir.filePath(QStringLiteral("sheet_summary.csv")),
                    QStringLiteral("县（市、区）,任务\n零县,1\n"));
    const QString project = dir.filePath(QStringLiteral("plan.worksmap.json"));
    test::writeText(project, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
        "name": "测试 plan", "crs": "auto", "layers": [
        {"id": "counties", "source": "counties.gpkg", "role": "boundary"},
        {"id": "facilities", "title": "公共服务设施 Facilities", "source": "facilities.gpkg",
         "role": "facility"},
        {"id": "pipes", "title": "管网 Pipe segments", "source": "pipes.gpkg", "role": "pipe"},
        {"id": "targets", "source": "sheet_summary.csv", "role": "target"}]})"));
    return project;
}

std::unique_ptr<GDALDataset> openXlsx(const QString& path)
{
    GDALAllRegister();
    CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    CPLSetConfigOption("OGR_XLSX_HEADERS", nullptr);
    return ds;
}

} // namespace

TEST(CliPlanSheet, WritesXlsxWithSummaryAndDetailSheets)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString xlsx = dir.filePath(QStringLiteral("out/plan.xlsx"));
    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    const SheetRun r = planSheet({project, QStringLiteral("--scenario"),
                                  QStringLiteral("2025 PLAN"), QStringLiteral("--out"), xlsx});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("013501 零县: 2 proposal(s)")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("130502 襄都区: 1 proposal(s); 90 学位 places")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("rules.json"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("wrote ") + xlsx));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out/plan.partial.xlsx"))));

    const auto ds = openXlsx(xlsx);
    ASSERT_TRUE(ds);
    ASSERT_EQ(ds->GetLayerCount(), 2);
    OGRLayer* summary = ds->GetLayer(0);
    OGRLayer* detail = ds->GetLayer(1);
    EXPECT_STREQ(summary->GetName(), "汇总 Summary");
    EXPECT_STREQ(detail->GetName(), "明细 Detail");
    // Summary: 零县, 襄都区, 合计. Detail: 零县 clinic and pipe + one subtotal (km; the clinic
    // has no capacity), 襄都区 kindergarten + one subtotal.
    EXPECT_EQ(summary->GetFeatureCount(), 3);
    EXPECT_EQ(detail->GetFeatureCount(), 5);

    const int code = detail->GetLayerDefn()->GetFieldIndex("区划代码 Code");
    const int lon = detail->GetLayerDefn()->GetFieldIndex("经度 Lon (CGCS2000)");
    const int rules = detail->GetLayerDefn()->GetFieldIndex("服务规则 Serves rule");
    const int quantity = detail->GetLayerDefn()->GetFieldIndex("规模 Quantity");
    ASSERT_GE(code, 0);
    ASSERT_GE(lon, 0);
    ASSERT_GE(rules, 0);
    EXPECT_EQ(detail->GetLayerDefn()->GetFieldDefn(code)->GetType(), OFTString);
    EXPECT_EQ(detail->GetLayerDefn()->GetFieldDefn(lon)->GetType(), OFTReal);
    detail->ResetReading();
    std::unique_ptr<OGRFeature> first(detail->GetNextFeature());
    ASSERT_TRUE(first);
    EXPECT_STREQ(first->GetFieldAsString(code), "013501");
    EXPECT_NEAR(first->GetFieldAsDouble(lon), 114.45, 1e-6);
    EXPECT_STREQ(first->GetFieldAsString(rules), "clinics");
    std::unique_ptr<OGRFeature> pipe(detail->GetNextFeature());
    ASSERT_TRUE(pipe);
    // About 0.06° of longitude at 37.02° N: 5.33 km.
    EXPECT_NEAR(pipe->GetFieldAsDouble(quantity), 5.33, 0.05);

    const int summaryCode = summary->GetLayerDefn()->GetFieldIndex("区划代码 Code");
    ASSERT_GE(summaryCode, 0);
    summary->ResetReading();
    std::unique_ptr<OGRFeature> row(summary->GetNextFeature());
    EXPECT_STREQ(row->GetFieldAsString(summaryCode), "013501");
}

TEST(CliPlanSheet, WritesDetailAndSummaryCsv)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString csv = dir.filePath(QStringLiteral("plan.csv"));
    const SheetRun r = planSheet({project, QStringLiteral("--scenario"),
                                  QStringLiteral("2025 plan"), QStringLiteral("--out"), csv});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile detail(csv), summary(dir.filePath(QStringLiteral("plan_summary.csv")));
    ASSERT_TRUE(detail.open(QIODevice::ReadOnly));
    ASSERT_TRUE(summary.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(detail.readAll().mid(3))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6); // header + 5
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("序号 No.,县（市、区） County,区划代码 Code")));
    // Kind and status by the facility role's titles (clinic → 村卫生室, planned → 计划).
    EXPECT_TRUE(
        lines[1].startsWith(QStringLiteral("1,零县,013501,公共服务设施 Facilities · 村卫生室,"
                                           "零村卫生室,计划,")))
        << lines[1].toStdString();
    const QStringList s = QString::fromUtf8(summary.readAll().mid(3))
                              .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(s.size(), 4); // header, 2 units, 合计
    EXPECT_TRUE(s[2].startsWith(QStringLiteral("2,襄都区,130502,1,"))) << s[2].toStdString();
}

TEST(CliPlanSheet, BadArgumentsAndUnknownScenarioExit2)
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString out = dir.filePath(QStringLiteral("plan.xlsx"));
    EXPECT_EQ(planSheet({project, QStringLiteral("--out"), out}).code, 2); // no --scenario
    EXPECT_EQ(planSheet({project, QStringLiteral("--scenario"), QStringLiteral("x")}).code, 2);
    EXPECT_EQ(planSheet({project, QStringLiteral("--scenario"), QStringLiteral("2025 plan"),
                         QStringLiteral("--out"), dir.filePath(QStringLiteral("plan.pdf"))})
                  .code,
              2);
    const SheetRun unknown = planSheet({project, QStringLiteral("--scenario"),
                                        QStringLiteral("2030 plan"), QStringLiteral("--out"), out});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("plan.worksmap.json")))
        << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("2025 plan, option B")))
        << unknown.err.toStdString();
    EXPECT_EQ(unknown.err.count(QLatin1Char('\n')), 1) << unknown.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    // Never over a source: the target table's CSV, nor as the summary of another --out.
    for (const char* name : {"sheet_summary.csv", "sheet.csv"}) {
        const SheetRun source =
            planSheet({project, QStringLiteral("--scenario"), QStringLiteral("2025 plan"),
                       QStringLiteral("--out"), dir.filePath(QString::fromLatin1(name))});
        EXPECT_EQ(source.code, 2) << name;
        EXPECT_TRUE(source.err.contains(QStringLiteral("source of layer \"targets\"")))
            << source.err.toStdString();
    }
    const SheetRun rulesMissing =
        planSheet({project, QStringLiteral("--scenario"), QStringLiteral("2025 plan"),
                   QStringLiteral("--rules"), dir.filePath(QStringLiteral("nope.json")),
                   QStringLiteral("--out"), out});
    EXPECT_EQ(rulesMissing.code, 2);
}
