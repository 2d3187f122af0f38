#include "core/china_coordinates.h"
#include "io/text_encoding.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;
using test::runCliBinary;

// A county office's list as it arrives: GBK, a title row, the county given on the first row
// of its group only, one row with web-map (GCJ-02) coordinates under the pre-2020 district
// name, one with latitude and longitude swapped, one county misspelt, a totals row. The
// names are real (the Xingtai division table), the list is SYNTHETIC.
TEST(CliImport, EveryRowIsOnTheMapMatchedOrRejectedAndTheCountsAddUp)
{
    QTemporaryDir dir;
    const LonLat truth{114.504, 37.0702};
    const LonLat gcj = wgs84ToGcj02(truth);
    const QString csv =
        QStringLiteral("邢台市2021年农村生活污水治理村庄名单\n"
                       "序号,县（市、区）,乡镇,村名,经度,纬度,户数\n"
                       "1,巨鹿县,王虎寨镇,铁刘庄,,,120\n"
                       "2,,王虎寨镇,孔家庄村,,,85\n"
                       "3,桥东区,,东关社区,%1,%2,300\n"
                       "4,南官市,,某某村,,,10\n"
                       "5,威县,,营头村,37.1,115.2,50\n"
                       "合计,,,,,,565\n")
            .arg(QLocale::c().toString(gcj.lon, 'f', 7), QLocale::c().toString(gcj.lat, 'f', 7));
    const QString path = dir.filePath(QStringLiteral("villages_synthetic.csv"));
    test::writeText(path, csv, "CP936");
    const QString out = dir.filePath(QStringLiteral("villages.gpkg"));
    const auto r = runCliBinary(
        {QStringLiteral("import"), path, QStringLiteral("--role"), QStringLiteral("village"),
         QStringLiteral("--out"), out, QStringLiteral("--coordinates"), QStringLiteral("gcj02"),
         // Xingtai's table: 桥东区 names a district in three cities of
         // Hebei, one only in the project's area.
         QStringLiteral("--project"), test::demo(QStringLiteral("xingtai-2021.worksmap.json"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // 6 rows under the header: 2 on the map (rows 5 and 7), 1 matched by name (row 3), 2
    // rejected (row 4: 孔家庄村 is not in 王虎寨镇; row 6: 南官市 is one character off 南宫市),
    // 1 excluded (合计).
    EXPECT_TRUE(r.out.contains(QStringLiteral("on the map:             2"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("matched by name (code): 1")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("rejected:               2")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("6 = rows read")));

    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayer(0);
    ASSERT_EQ(layer->GetFeatureCount(), 3);
    // 户数 holds whole numbers only: written as integers, the codes stay text.
    const OGRFeatureDefn* defn = layer->GetLayerDefn();
    EXPECT_EQ(defn->GetFieldDefn(defn->GetFieldIndex("户数"))->GetType(), OFTInteger64);
    EXPECT_EQ(defn->GetFieldDefn(defn->GetFieldIndex("division_code"))->GetType(), OFTString);
    EXPECT_TRUE(r.out.contains(QStringLiteral(
        "matched rows drawn at the village points of \"villages\": 1; at their township's "
        "centre (approximate): 0")))
        << r.out.toStdString();
    int checked = 0;
    for (auto& f : *layer) {
        const QString village = QString::fromUtf8(f->GetFieldAsString("村名"));
        const QString code = QString::fromUtf8(f->GetFieldAsString("division_code"));
        if (village == QStringLiteral("铁刘庄")) {
            EXPECT_EQ(code, QStringLiteral("130529101006")); // 铁刘庄居委会, 王虎寨镇, 巨鹿县
            // Drawn at the project's point of that village (SYNTHETIC, GCJ-02 in the file).
            std::unique_ptr<GDALDataset> works(GDALDataset::Open(
                test::demo(QStringLiteral("works_synthetic.gpkg")).toUtf8().constData(),
                GDAL_OF_VECTOR | GDAL_OF_READONLY));
            OGRLayer* villages = works->GetLayerByName("villages_synthetic");
            villages->SetAttributeFilter("code = '130529101006'");
            std::unique_ptr<OGRFeature> v(villages->GetNextFeature());
            ASSERT_TRUE(v);
            const OGRPoint* raw = v->GetGeometryRef()->toPoint();
            const LonLat expected = gcj02ToWgs84({raw->getX(), raw->getY()});
            ASSERT_NE(f->GetGeometryRef(), nullptr);
            EXPECT_NEAR(f->GetGeometryRef()->toPoint()->getX(), expected.lon, 1e-7);
            EXPECT_NEAR(f->GetGeometryRef()->toPoint()->getY(), expected.lat, 1e-7);
            EXPECT_STREQ(f->GetFieldAsString("position"), "village");
            ++checked;
        } else if (village == QStringLiteral("东关社区")) {
            EXPECT_EQ(code, QStringLiteral("130502001064")); // 桥东区 → 襄都区, 南长街街道
            // A new county starts a new group: 巨鹿县's township is not filled down into it.
            EXPECT_STREQ(f->GetFieldAsString("乡镇"), "");
            const OGRPoint* p = f->GetGeometryRef()->toPoint();
            const double dx = (p->getX() - truth.lon) * 111320 * std::cos(truth.lat * M_PI / 180);
            const double dy = (p->getY() - truth.lat) * 111320;
            EXPECT_LT(std::hypot(dx, dy), 0.5); // the GCJ-02 offset removed
            ++checked;
        } else if (village == QStringLiteral("营头村")) {
            const OGRPoint* p = f->GetGeometryRef()->toPoint();
            EXPECT_GT(p->getX(), 115); // swapped back
            EXPECT_TRUE(
                QString::fromUtf8(f->GetFieldAsString("note")).contains(QStringLiteral("swapped")));
            ++checked;
        }
    }
    EXPECT_EQ(checked, 3);

    QFile rejects(dir.filePath(QStringLiteral("villages_rejects.csv")));
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("南宫市"))); // suggested, not applied
    EXPECT_TRUE(text.contains(QStringLiteral("合计")));
    EXPECT_TRUE(text.contains(QStringLiteral("\n4,"))); // row numbers as the sheet shows them
}

TEST(CliImport, BadOptionsExitTwo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.csv"));
    test::writeText(path, QStringLiteral("名称,经度,纬度\n甲,114.5,37.1\n"));
    auto r = runCliBinary({QStringLiteral("import"), path, QStringLiteral("--role"),
                           QStringLiteral("toilet"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("o.gpkg"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("toilet")));
    r = runCliBinary({QStringLiteral("import"), path, QStringLiteral("--role"),
                      QStringLiteral("facility"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("o.gpkg")), QStringLiteral("--coordinates"),
                      QStringLiteral("mars")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("mars")));

    // An encoding iconv does not know was read as something else and imported.
    const QString out = dir.filePath(QStringLiteral("e.gpkg"));
    r = runCliBinary({QStringLiteral("import"), path, QStringLiteral("--role"),
                      QStringLiteral("facility"), QStringLiteral("--out"), out,
                      QStringLiteral("--encoding"), QStringLiteral("NOSUCH")});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--encoding"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("NOSUCH"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    r = runCliBinary({QStringLiteral("import"), path, QStringLiteral("--role"),
                      QStringLiteral("facility"), QStringLiteral("--out"), out,
                      QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    EXPECT_FALSE(r.err.contains(QStringLiteral("--encoding"))) << r.err.toStdString();
    EXPECT_TRUE(encoding::isKnown(QStringLiteral("gbk")));
    EXPECT_TRUE(encoding::isKnown(QStringLiteral("CP936")));
    EXPECT_FALSE(encoding::isKnown(QStringLiteral("GBKK")));

    // A number that is no number blames the option it came with.
    for (const QString& area : {QStringLiteral("nan,36,115,38"), QStringLiteral("113,36,inf,38"),
                                QStringLiteral("113,36,115,95")}) {
        r = runCliBinary({QStringLiteral("import"), path, QStringLiteral("--role"),
                          QStringLiteral("facility"), QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("a.gpkg")), QStringLiteral("--area"), area});
        EXPECT_EQ(r.exitCode, 2) << area.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--area"))) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("--extent"))) << r.err.toStdString();
    }
}

// A stray line of 5,007 cells in a list (a broken export) once made every real row a
// "title row" and then failed naming the output with a 109 KB SQL statement.
TEST(CliImport, ARowOfThousandsOfCellsIsRejectedAndTheRestImported)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.csv"));
    QString text = QStringLiteral("名称,经度,纬度,类别\n");
    for (int i = 0; i < 20; ++i)
        text += QStringLiteral("卫生室%1,114.%2,37.1,clinic\n").arg(i).arg(i + 10);
    QStringList wide;
    for (int i = 0; i < 5007; ++i)
        wide << QStringLiteral("x%1").arg(i);
    text += wide.join(QLatin1Char(',')) + QStringLiteral("\n乙,114.6,37.2,clinic\n");
    test::writeText(path, text);
    const QString out = dir.filePath(QStringLiteral("o.gpkg"));
    const auto r = runCliBinary({QStringLiteral("import"), path, QStringLiteral("--role"),
                                 QStringLiteral("facility"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.left(2000).toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("header on row 1"))) << r.out.toStdString();
    EXPECT_LT(r.err.size(), 1000);
    {
        GDALAllRegister();
        GDALDatasetUniquePtr ds(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
        ASSERT_TRUE(ds);
        OGRLayer* l = ds->GetLayer(0);
        EXPECT_EQ(l->GetFeatureCount(), 21);
        EXPECT_LT(l->GetLayerDefn()->GetFieldCount(), 20);
    }
    const QStringList found = QDir(dir.path()).entryList({QStringLiteral("*rejects*.csv")});
    ASSERT_EQ(found.size(), 1);
    QFile rejects(dir.filePath(found.first()));
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly));
    const QString rejected = QString::fromUtf8(rejects.readAll());
    EXPECT_TRUE(rejected.contains(QStringLiteral("22,5003 cell(s) past the header's 4 columns")))
        << rejected.left(500).toStdString();
}

// A two-entity SYNTHETIC drawing in CGCS2000 3° zone 38 with the zone prefix: a gas main of
// 300/400 m (500 m) and its label.
TEST(CliImport, ADxfDrawingBecomesAPipeLayer)
{
    QTemporaryDir dir;
    const QString dxf = dir.filePath(QStringLiteral("gas_synthetic.dxf"));
    test::writeText(
        dxf,
        QStringLiteral("0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1009\n9\n$DWGCODEPAGE\n"
                       "3\nANSI_936\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n"
                       "0\nLINE\n8\n燃气\n10\n38512000.0\n20\n4103000.0\n30\n0.0\n"
                       "11\n38512300.0\n21\n4103400.0\n31\n0.0\n"
                       "0\nTEXT\n8\n燃气\n10\n38512100.0\n20\n4103100.0\n30\n0.0\n"
                       "40\n2.5\n1\nDN200\n0\nENDSEC\n0\nEOF\n"),
        "CP936");
    const QString out = dir.filePath(QStringLiteral("gas.gpkg"));
    const auto r = runCliBinary({QStringLiteral("import"), dxf, QStringLiteral("--role"),
                                 QStringLiteral("pipe"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("燃气: 1 lines, 0.500 km, kind gas")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("lines kept 1 + skipped 1 = 2 entities")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("EPSG:4526")));
    // Only a pipe layer can come from a drawing.
    const auto wrong = runCliBinary({QStringLiteral("import"), dxf, QStringLiteral("--role"),
                                     QStringLiteral("village"), QStringLiteral("--out"), out});
    EXPECT_EQ(wrong.exitCode, 2);
}
