#include "core/china_coordinates.h"
#include "support/test_support.h"

#include <QLocale>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

using namespace wm;
using test::runCliBinary;

namespace {

/// An Amap (高德) POI export of medical places as it is downloaded: no kind column, the
/// type in 医院次类, GCJ-02 coordinates. Five SYNTHETIC rows inside Xingtai: two township
/// health centres, a village clinic, a private clinic, and a specialist hospital that no
/// kind fits.
QString writeAmapSheet(const QTemporaryDir& dir)
{
    struct Poi {
        const char* name;
        const char* sub;
        double lon, lat;
    };
    const Poi pois[] = {{"王虎寨镇卫生院", "卫生院", 115.05, 37.22},
                        {"官亭镇中心卫生院", "卫生院", 115.10, 37.30},
                        {"铁刘庄村卫生室", "卫生室", 115.02, 37.20},
                        {"仁和诊所", "诊所", 114.52, 37.07},
                        {"邢台眼科医院", "专科医院", 114.50, 37.06}};
    QString csv = QStringLiteral("医院名称,医院大类,医院次类,经度,纬度,区域代码\n");
    for (const Poi& p : pois) {
        const LonLat g = wgs84ToGcj02({p.lon, p.lat});
        csv += QStringLiteral("%1,医疗保健服务,%2,%3,%4,130500\n")
                   .arg(QString::fromUtf8(p.name), QString::fromUtf8(p.sub),
                        QLocale::c().toString(g.lon, 'f', 6), QLocale::c().toString(g.lat, 'f', 6));
    }
    const QString path = dir.filePath(QStringLiteral("amap_hospitals_synthetic.csv"));
    test::writeText(path, csv, "UTF-8");
    return path;
}

/// kind of each feature of the written layer, by name.
QHash<QString, QString> kindsByName(const QString& gpkg)
{
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    QHash<QString, QString> out;
    if (!ds)
        return out;
    for (auto& f : *ds->GetLayer(0))
        out.insert(QString::fromUtf8(f->GetFieldAsString("医院名称")),
                   QString::fromUtf8(f->GetFieldAsString("kind")));
    return out;
}

/// `worksmap-cli import SHEET --role facility --out DIR/OUT` with `extra` options.
test::CliRun importFacilities(const QTemporaryDir& dir, const QString& sheet, const QString& out,
                              const QStringList& extra)
{
    return runCliBinary(QStringList{QStringLiteral("import"), sheet, QStringLiteral("--role"),
                                    QStringLiteral("facility"), QStringLiteral("--out"),
                                    dir.filePath(out)} +
                        extra);
}

} // namespace

TEST(CliImportPoi, WithoutAKindNothingIsPlacedAndTheExitSaysSo)
{
    QTemporaryDir dir;
    const QString sheet = writeAmapSheet(dir);
    const auto r = importFacilities(dir, sheet, QStringLiteral("f.gpkg"),
                                    {QStringLiteral("--coordinates"), QStringLiteral("gcj02")});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("rejected:               5")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("no row of amap_hospitals_synthetic.csv")));
}

TEST(CliImportPoi, SetGivesEveryRowTheKind)
{
    QTemporaryDir dir;
    const QString sheet = writeAmapSheet(dir);
    const QString out = dir.filePath(QStringLiteral("f.gpkg"));
    const auto r =
        importFacilities(dir, sheet, QStringLiteral("f.gpkg"),
                         {QStringLiteral("--coordinates"), QStringLiteral("gcj02"),
                          QStringLiteral("--set"), QStringLiteral("kind=health_centre")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("on the map:             5")));
    const auto kinds = kindsByName(out);
    ASSERT_EQ(kinds.size(), 5);
    for (const QString& k : kinds)
        EXPECT_EQ(k, QStringLiteral("health_centre"));

    // A value the field does not allow is refused before anything is read.
    const auto bad = importFacilities(dir, sheet, QStringLiteral("g.gpkg"),
                                      {QStringLiteral("--set"), QStringLiteral("kind=hospital")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--set"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("hospital")));
}

TEST(CliImportPoi, MapTakesPairsThenKeywordsAndListsWhatItCouldNotMap)
{
    QTemporaryDir dir;
    const QString sheet = writeAmapSheet(dir);
    const QString out = dir.filePath(QStringLiteral("f.gpkg"));
    // 诊所 by the pair; 卫生院 and 卫生室 by the keyword table; 专科医院 by nothing.
    const auto r =
        importFacilities(dir, sheet, QStringLiteral("f.gpkg"),
                         {QStringLiteral("--coordinates"), QStringLiteral("gcj02"),
                          QStringLiteral("--map"), QStringLiteral("医院次类:诊所=clinic")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("on the map:             4"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("rejected:               1")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("unmapped kind values")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("专科医院  1")));
    const auto kinds = kindsByName(out);
    EXPECT_EQ(kinds.value(QStringLiteral("王虎寨镇卫生院")), QStringLiteral("health_centre"));
    EXPECT_EQ(kinds.value(QStringLiteral("官亭镇中心卫生院")), QStringLiteral("health_centre"));
    EXPECT_EQ(kinds.value(QStringLiteral("铁刘庄村卫生室")), QStringLiteral("clinic"));
    EXPECT_EQ(kinds.value(QStringLiteral("仁和诊所")), QStringLiteral("clinic"));
    EXPECT_FALSE(kinds.contains(QStringLiteral("邢台眼科医院")));

    // A column the sheet lacks is named with the columns it has.
    const auto missing = importFacilities(dir, sheet, QStringLiteral("g.gpkg"),
                                          {QStringLiteral("--map"), QStringLiteral("类型")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("医院次类"))) << missing.err.toStdString();
}
