#include "core/error.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/table_import.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wm;

namespace {

const LayerRole& role(const char* id)
{
    static const RoleRegistry registry = RoleRegistry::load(layerRolesDir());
    const LayerRole* r = registry.role(QString::fromUtf8(id));
    EXPECT_NE(r, nullptr) << id;
    return *r;
}

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// Synthetic parking task table as a county office saves it from Excel on a Chinese
/// Windows: GBK, a title row, the county only on the first row of its group, a blank row
/// and a totals row. Row 7 has an unreadable number of spaces.
const char* const kSyntheticParkingCsv = "邢台市2021年城市公共停车场建设任务表（合成数据）,,,,,\r\n"
                                         "序号,县(市、区),停车场名称,地址,车位数,建设状态\r\n"
                                         "1,桥东区,人民路停车场,人民路12号,\"1,200\",planned\r\n"
                                         "2,,火车站停车场,站前街,１２,started\r\n"
                                         "3,,医院停车场,中心街,1.2万,completed\r\n"
                                         "4,临城县,临城广场停车场,广场路,80个,planned\r\n"
                                         "5,,临城东停车场,东环路,待定,planned\r\n"
                                         ",,,,,\r\n"
                                         "合计,,,,\"13,292\",\r\n";

void expectCountsAddUp(const TableImport& t)
{
    EXPECT_TRUE(t.countsAddUp());
    EXPECT_EQ(t.rowsRead, t.rows.size() + t.rejects.size() + t.excluded.size());
}

class TableImportTest : public ::testing::Test {
protected:
    QString path(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
    QTemporaryDir dir;
};

} // namespace

TEST_F(TableImportTest, GbkCsvWithTitleFillDownTotalsAndAReject)
{
    const QString file = path("synthetic_parking_gbk.csv");
    test::writeText(file, s(kSyntheticParkingCsv), "CP936");

    const TableImport t = TableImport::read(file, role("parking"));
    EXPECT_EQ(t.encoding, QStringLiteral("GB18030"));
    EXPECT_TRUE(t.encodingDetected);
    EXPECT_EQ(t.headerRow, 2);
    EXPECT_EQ(t.titleRows, QVector<int>{1});
    EXPECT_EQ(t.columns.at(1), s("县(市、区)"));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("spaces")), s("车位数"));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("county")), s("县(市、区)"));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("name")), s("停车场名称"));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("status")), s("建设状态"));
    EXPECT_TRUE(t.mapping.isComplete());

    EXPECT_EQ(t.rowsRead, 7);
    ASSERT_EQ(t.rows.size(), 4);
    ASSERT_EQ(t.rejects.size(), 1);
    ASSERT_EQ(t.excluded.size(), 2);
    expectCountsAddUp(t);

    const QVector<qint64> spaces = {1200, 12, 12000, 80};
    const QStringList counties = {s("桥东区"), s("桥东区"), s("桥东区"), s("临城县")};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(t.rows[i].sourceRow, i + 3);
        EXPECT_EQ(t.rows[i].values.value(QStringLiteral("spaces")).toLongLong(), spaces[i]);
        EXPECT_EQ(t.rows[i].values.value(QStringLiteral("county")).toString(), counties[i]);
    }
    EXPECT_EQ(t.rows[1].filledFields, QStringList{QStringLiteral("county")});
    EXPECT_TRUE(t.rows[3].filledFields.isEmpty());

    // Rows 4, 5 and 7 got their county from above, the rejected row 7 included.
    EXPECT_EQ(t.filledCells.value(QStringLiteral("county")), 3);
    EXPECT_EQ(t.filledCellCount(), 3);

    EXPECT_EQ(t.rejects[0].sourceRow, 7);
    EXPECT_TRUE(t.rejects[0].reason.contains(s("待定"))) << t.rejects[0].reason.toStdString();
    EXPECT_TRUE(t.rejects[0].reason.contains(QStringLiteral("spaces")));
    EXPECT_EQ(t.rejects[0].cells.at(1), s("临城县"));

    EXPECT_EQ(t.excluded[0].sourceRow, 8);
    EXPECT_EQ(t.excluded[0].reason, QStringLiteral("blank row"));
    EXPECT_EQ(t.excluded[1].sourceRow, 9);
    EXPECT_TRUE(t.excluded[1].reason.contains(s("合计")));
}

TEST_F(TableImportTest, EncodingOverride)
{
    const QString file = path("synthetic_parking_gbk.csv");
    test::writeText(file, s(kSyntheticParkingCsv), "CP936");

    ImportOptions gbk;
    gbk.encoding = QStringLiteral("GBK");
    const TableImport t = TableImport::read(file, role("parking"), gbk);
    EXPECT_EQ(t.encoding, QStringLiteral("GBK"));
    EXPECT_FALSE(t.encodingDetected);
    EXPECT_EQ(t.rows.size(), 4);
    EXPECT_EQ(t.rows[0].values.value(QStringLiteral("name")).toString(), s("人民路停车场"));

    // A wrong override is the user's choice: the Chinese headers no longer match, and every
    // row is still accounted for.
    ImportOptions latin;
    latin.encoding = QStringLiteral("ISO-8859-1");
    const TableImport wrong = TableImport::read(file, role("parking"), latin);
    EXPECT_FALSE(wrong.mapping.isComplete());
    EXPECT_TRUE(wrong.rows.isEmpty());
    EXPECT_FALSE(wrong.rejects.isEmpty());
    expectCountsAddUp(wrong);
}

TEST_F(TableImportTest, HeaderRowAndMappingOverrides)
{
    const QString file = path("synthetic_parking_gbk.csv");
    test::writeText(file, s(kSyntheticParkingCsv), "CP936");

    ImportOptions o;
    o.headerRow = 2;
    o.columnOf.insert(QStringLiteral("address"), QString()); // the user unmaps 地址
    o.columnOf.insert(QStringLiteral("name"), s("地址"));
    const TableImport t = TableImport::read(file, role("parking"), o);
    EXPECT_EQ(t.headerRow, 2);
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("name")), s("地址"));
    EXPECT_FALSE(t.mapping.sourceOf.contains(QStringLiteral("address")));
    EXPECT_TRUE(t.mapping.unusedColumns.contains(s("停车场名称")));
    ASSERT_FALSE(t.rows.isEmpty());
    EXPECT_EQ(t.rows[0].values.value(QStringLiteral("name")).toString(), s("人民路12号"));
    expectCountsAddUp(t);

    ImportOptions noFill;
    noFill.fillDown = QStringList();
    const TableImport unfilled = TableImport::read(file, role("parking"), noFill);
    EXPECT_EQ(unfilled.filledCellCount(), 0);
    EXPECT_TRUE(unfilled.rows[1].values.value(QStringLiteral("county")).isNull());
}

TEST_F(TableImportTest, TargetTableWithUnitsFillDownAndCityTotal)
{
    // Synthetic target table from a Word document: county and indicator merged down,
    // lengths in 公里 and 米, a 全市 row at the bottom and a footnote.
    const QString file = path("synthetic_targets_gbk.csv");
    test::writeText(file,
                    s("2021年雨污分流改造任务分解表（合成）\n"
                      "单位：公里,,,,,\n"
                      "序号,县(市、区),指标,目标任务,完成量,备注\n"
                      "1,信都区,雨污分流,3.5公里,2.1,\n"
                      "2,,,500米,0.5,\n"
                      "3,襄都区,供热管网,\"1,2\",,\n"
                      "4,,,１２,１０．５,\n"
                      "全市,,,16.5,13.1,\n"
                      "注：合成数据，仅供测试,,,,,\n"),
                    "CP936");
    const TableImport t = TableImport::read(file, role("target"));
    EXPECT_EQ(t.headerRow, 3);
    EXPECT_EQ(t.titleRows, (QVector<int>{1, 2}));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("unit")), s("县(市、区)"));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("target")), s("目标任务"));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("actual")), s("完成量"));
    EXPECT_EQ(t.rowsRead, 6);
    ASSERT_EQ(t.rows.size(), 3);
    ASSERT_EQ(t.rejects.size(), 1);
    ASSERT_EQ(t.excluded.size(), 2);
    expectCountsAddUp(t);

    EXPECT_DOUBLE_EQ(t.rows[0].values.value(QStringLiteral("target")).toDouble(), 3.5);
    // The target field has no unit: 500米 stays 500 as written.
    EXPECT_DOUBLE_EQ(t.rows[1].values.value(QStringLiteral("target")).toDouble(), 500);
    EXPECT_EQ(t.rows[1].values.value(QStringLiteral("unit")).toString(), s("信都区"));
    EXPECT_EQ(t.rows[1].values.value(QStringLiteral("indicator")).toString(), s("雨污分流"));
    EXPECT_EQ(t.rows[2].sourceRow, 7);
    EXPECT_DOUBLE_EQ(t.rows[2].values.value(QStringLiteral("actual")).toDouble(), 10.5);
    EXPECT_EQ(t.filledCells.value(QStringLiteral("unit")), 2);
    EXPECT_EQ(t.filledCells.value(QStringLiteral("indicator")), 2);

    EXPECT_EQ(t.rejects[0].sourceRow, 6); // "1,2" is no number a planner means
    EXPECT_TRUE(t.rejects[0].reason.contains(QStringLiteral("1,2")));
    EXPECT_EQ(t.excluded[0].sourceRow, 8);
    EXPECT_TRUE(t.excluded[0].reason.contains(s("全市")));
    EXPECT_EQ(t.excluded[1].sourceRow, 9);
}

TEST_F(TableImportTest, Utf8BomCsvWithMergedTwoRowHeader)
{
    const QString file = path("synthetic_parking_bom.csv");
    {
        // Written as bytes: QString::fromUtf8 would swallow the BOM.
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("\xEF\xBB\xBF"
                  "序号,县(市、区),建设任务,,备注\n"
                  ",,停车场名称,车位数,\n"
                  "1,桥西区,A停车场（合成）,100,\n"
                  "2,,B停车场（合成）,50个,\n"
                  "小计,,,150,\n");
    }
    QFile raw(file);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    ASSERT_TRUE(raw.readAll().startsWith("\xEF\xBB\xBF"));

    const TableImport t = TableImport::read(file, role("parking"));
    EXPECT_EQ(t.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(t.headerRow, 1);
    EXPECT_EQ(t.headerRowCount, 2);
    EXPECT_EQ(t.columns.at(0), s("序号")); // no BOM glued to the first header
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("spaces")), s("车位数"));
    EXPECT_EQ(t.mapping.sourceOf.value(QStringLiteral("name")), s("停车场名称"));
    EXPECT_EQ(t.rowsRead, 3);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].sourceRow, 3);
    EXPECT_EQ(t.rows[1].values.value(QStringLiteral("spaces")).toLongLong(), 50);
    EXPECT_EQ(t.rows[1].values.value(QStringLiteral("county")).toString(), s("桥西区"));
    ASSERT_EQ(t.excluded.size(), 1);
    EXPECT_EQ(t.excluded[0].sourceRow, 5);
    expectCountsAddUp(t);
}

TEST_F(TableImportTest, XlsxWithTitleRowAndTotals)
{
    // GDAL's XLSX writer puts the field names in row 1; naming the fields after the title
    // and blanks gives the title row an export from Excel has. Synthetic data.
    const QString file = path("synthetic_parking.xlsx");
    const QVector<test::FieldSpec> fields = {{s("邢台市2021年城市公共停车场建设任务表（合成）")},
                                             {QStringLiteral(" ")},
                                             {QStringLiteral("  ")},
                                             {QStringLiteral("   ")}};
    const QVector<test::Row> rows = {
        {QString(), {s("县(市、区)"), s("停车场名称"), s("车位数"), s("建设状态")}},
        {QString(), {s("南和区"), s("和阳停车场"), s("1,500"), QStringLiteral("planned")}},
        {QString(), {QString(), s("南和站停车场"), s("１２０"), QStringLiteral("started")}},
        {QString(), {s("任泽区"), s("任泽广场停车场"), s("？"), QStringLiteral("planned")}},
        {QString(), {s("合计"), QString(), s("1620"), QString()}}};
    test::writeVector(file, "XLSX", QStringLiteral("停车场"), 0, wkbNone, fields, rows);

    const TableImport t = TableImport::read(file, role("parking"));
    EXPECT_EQ(t.driver, QStringLiteral("XLSX"));
    EXPECT_EQ(t.sheet, s("停车场"));
    EXPECT_EQ(t.headerRow, 2);
    EXPECT_EQ(t.titleRows, QVector<int>{1});
    EXPECT_EQ(t.rowsRead, 4);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].values.value(QStringLiteral("spaces")).toLongLong(), 1500);
    EXPECT_EQ(t.rows[1].values.value(QStringLiteral("spaces")).toLongLong(), 120);
    EXPECT_EQ(t.rows[1].values.value(QStringLiteral("county")).toString(), s("南和区"));
    ASSERT_EQ(t.rejects.size(), 1);
    EXPECT_EQ(t.rejects[0].sourceRow, 5);
    ASSERT_EQ(t.excluded.size(), 1);
    EXPECT_EQ(t.excluded[0].sourceRow, 6);
    EXPECT_TRUE(t.excluded[0].reason.contains(s("合计")));
    expectCountsAddUp(t);

    ImportOptions sheet;
    sheet.sheet = QStringLiteral("nope");
    EXPECT_THROW(TableImport::read(file, role("parking"), sheet), Error);
}

TEST_F(TableImportTest, MissingFileIsAnError)
{
    EXPECT_THROW(TableImport::read(path("absent.csv"), role("parking")), Error);
}

TEST(TableImportDemo, RealTargetTablesAllRowsAccountedFor)
{
    // The eight real per-district target tables of the Xingtai 2021 plan.
    const QDir dir(test::demo(QStringLiteral("targets")));
    const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files);
    ASSERT_EQ(files.size(), 8);
    for (const QString& name : files) {
        const TableImport t = TableImport::read(dir.filePath(name), role("target"));
        SCOPED_TRACE(name.toStdString());
        EXPECT_TRUE(t.countsAddUp());
        EXPECT_TRUE(t.mapping.isComplete()) << t.notes.join(QStringLiteral(" | ")).toStdString();
        EXPECT_FALSE(t.rows.isEmpty());
        if (name == QLatin1String("xingtai2021_kindergartens.csv"))
            continue; // no totals row in this one
        if (name == QLatin1String("xingtai2021_heating_pipes_km.csv")) {
            EXPECT_EQ(t.rows.size(), 9);
            EXPECT_EQ(t.excluded.last().sourceRow, 11);
        }
        // Every table ends in a totals row (合计, 总计 or 全市), excluded and reported.
        const auto totals = std::find_if(t.excluded.cbegin(), t.excluded.cend(), [](const auto& r) {
            return r.reason.startsWith(QLatin1String("totals row"));
        });
        EXPECT_NE(totals, t.excluded.cend());
        if (name == QLatin1String("xingtai2021_elderly_care.csv")) {
            ASSERT_EQ(t.excluded.size(), 2);
            EXPECT_EQ(t.excluded.last().sourceRow, 23);
            EXPECT_EQ(t.excluded.last().reason, QStringLiteral("note row"));
        }
    }
}

// Sheets written by LibreOffice Calc and by GDAL from one CSV of 75 SYNTHETIC parking sites
// (scripts/make_sheet_fixtures.sh): every format and writer gives all 75 rows, the header
// found under any title rows, and the last row's values intact (GDAL 3.6 took the first row
// of an XLSX/ODS for field names unless OGR_XLSX_HEADERS/OGR_ODS_HEADERS said otherwise, so
// one row vanished).
TEST(TableImportSheets, EveryWriterAndFormatGivesEveryRow)
{
    struct Case {
        const char* file;
        int rows;
        int headerRow;
    };
    const Case cases[] = {
        {"synthetic_parking_75.csv", 75, 1},
        {"synthetic_parking_75_libreoffice.xls", 75, 1},
        {"synthetic_parking_75_libreoffice.xlsx", 75, 1},
        {"synthetic_parking_75_libreoffice.ods", 75, 1},
        {"synthetic_parking_75_titled_libreoffice.xls", 75, 2},
        {"synthetic_parking_75_titled_libreoffice.xlsx", 75, 2},
        {"synthetic_parking_75_titled_libreoffice.ods", 75, 2},
        {"synthetic_parking_1_libreoffice.xls", 1, 1},
        {"synthetic_parking_1_libreoffice.xlsx", 1, 1},
        {"synthetic_parking_1_libreoffice.ods", 1, 1},
        {"synthetic_parking_75_gdal.xlsx", 75, 1},
        {"synthetic_parking_75_gdal.ods", 75, 1},
        // GDAL's own field-name row (field_1, …) and the title above the header.
        {"synthetic_parking_75_titled_gdal.xlsx", 75, 3},
        {"synthetic_parking_75_titled_gdal.ods", 75, 3},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        const TableImport t = TableImport::read(
            test::fixture(QStringLiteral("sheets/") + QString::fromUtf8(c.file)), role("parking"));
        EXPECT_EQ(t.headerRow, c.headerRow);
        EXPECT_EQ(t.rowsRead, c.rows);
        ASSERT_EQ(t.rows.size(), c.rows);
        EXPECT_TRUE(t.rejects.isEmpty());
        // Row i holds 停车场i（合成） with i × 10 spaces, the county cycling over five.
        for (int i : {1, c.rows}) {
            const ImportedRow& row = t.rows[i - 1];
            EXPECT_EQ(row.values.value(QStringLiteral("name")).toString(),
                      s("停车场%1（合成）").arg(i));
            EXPECT_EQ(row.values.value(QStringLiteral("spaces")).toLongLong(), i * 10);
        }
        EXPECT_EQ(t.rows.back().values.value(QStringLiteral("county")).toString(),
                  c.rows == 75 ? s("信都区") : s("襄都区"));
        expectCountsAddUp(t);
    }
}
