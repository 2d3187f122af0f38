#include "core/error.h"
#include "core/resource_paths.h"
#include "io/text_encoding.h"
#include "io/vector_reader.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QPointF>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gtest/gtest.h>

using namespace wm;
using test::FieldSpec;
using test::Row;

namespace {

const Crs& gk114()
{
    static const Crs crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    return crs;
}

const RoleRegistry& roles()
{
    return test::shippedRoles();
}

ReadOptions toGk()
{
    ReadOptions o;
    o.targetCrs = gk114();
    o.coordinateAliases = &roles().coordinateAliases();
    return o;
}

QPointF pointOf(const Layer& layer, qsizetype i)
{
    double x = 0, y = 0;
    GEOSGeomGetX_r(geosContext(), layer.geometry(i), &x);
    GEOSGeomGetY_r(geosContext(), layer.geometry(i), &y);
    return {x, y};
}

QString text(const Layer& l, qsizetype row, const char* field)
{
    return l.attributes.toString(row, l.attributes.indexOf(QString::fromUtf8(field)));
}

const QVector<FieldSpec> kParkingFields = {{QStringLiteral("名称"), OFTString},
                                           {QStringLiteral("spaces"), OFTInteger},
                                           {QStringLiteral("km"), OFTReal}};
const QVector<Row> kParkingRows = {
    {QStringLiteral("POINT (114.5 37.0)"),
     {QStringLiteral("巨鹿县停车场"), QStringLiteral("120"), QStringLiteral("1.5")}},
    {QStringLiteral("POINT (114.0 37.0)"),
     {QStringLiteral("威县站前停车场"), QStringLiteral("80"), QString()}},
    {QString(), {QStringLiteral("待定位停车场"), QStringLiteral("40"), QStringLiteral("0.25")}}};

void expectParking(const Layer& l)
{
    ASSERT_EQ(l.featureCount(), 3);
    EXPECT_EQ(l.kind, GeometryKind::Point);
    EXPECT_EQ(l.crs, gk114());
    EXPECT_EQ(text(l, 0, "名称"), QStringLiteral("巨鹿县停车场"));
    EXPECT_EQ(text(l, 1, "名称"), QStringLiteral("威县站前停车场"));
    EXPECT_EQ(l.attributes.value(0, l.attributes.indexOf(QStringLiteral("spaces"))).toInt(), 120);
    // 114.5°E 37°N → EPSG:4547 (544 506, 4 096 628); 114°E is the central meridian.
    EXPECT_NEAR(pointOf(l, 0).x(), 544506.0, 2.0);
    EXPECT_NEAR(pointOf(l, 0).y(), 4096628.0, 2.0);
    EXPECT_NEAR(pointOf(l, 1).x(), 500000.0, 2.0);
    // The feature without a position is kept, counted, not dropped.
    EXPECT_EQ(l.geometry(2), nullptr);
    EXPECT_EQ(l.report.withoutGeometry, 1);
    EXPECT_EQ(l.report.featuresRead, 3);
    EXPECT_EQ(l.index().size(), 2);
}

} // namespace

TEST(VectorReader, ReadsGeoPackageIntoTheProjectCrs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("works.gpkg"));
    test::writeVector(path, "GPKG", QStringLiteral("parking"), 4490, wkbPoint, kParkingFields,
                      kParkingRows);
    const Layer l = VectorReader::read(path, toGk());
    expectParking(l);
    EXPECT_EQ(l.sourceCrs.id(), QStringLiteral("EPSG:4490"));
    EXPECT_EQ(l.attributes.fields()[1].sourceType, QStringLiteral("Integer"));
    EXPECT_EQ(l.attributes.fields()[2].type, FieldType::Real);
}

TEST(VectorReader, ReadsGeoJson)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("works.geojson"));
    test::writeVector(path, "GeoJSON", QStringLiteral("parking"), 4326, wkbPoint, kParkingFields,
                      kParkingRows);
    expectParking(VectorReader::read(path, toGk()));
}

/// The parking fixture as a shapefile whose DBF is written in GBK (with a .cpg).
static QString writeGbkShapefile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("parking.shp"));
    test::writeVector(path, "ESRI Shapefile", QStringLiteral("parking"), 4490, wkbPoint,
                      kParkingFields, kParkingRows, {QStringLiteral("ENCODING=CP936")});
    return path;
}

TEST(VectorReader, ReadsShapefileWithGbkCpg)
{
    QTemporaryDir dir;
    const QString path = writeGbkShapefile(dir);
    ASSERT_TRUE(QFile::exists(dir.filePath(QStringLiteral("parking.cpg"))));
    // The DBF really holds GBK bytes: "巨鹿县" is BE DE C2 B9 CF D8 in GBK.
    QFile dbf(dir.filePath(QStringLiteral("parking.dbf")));
    ASSERT_TRUE(dbf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(dbf.readAll().contains(QByteArray::fromHex("BEDEC2B9CFD8")));
    expectParking(VectorReader::read(path, toGk()));
}

TEST(VectorReader, DetectsGbkInAShapefileWithoutCpg)
{
    QTemporaryDir dir;
    const QString path = writeGbkShapefile(dir);
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("parking.cpg"))));
    const Layer l = VectorReader::read(path, toGk());
    expectParking(l);
    EXPECT_EQ(l.report.encoding, QStringLiteral("GB18030"));
    EXPECT_TRUE(l.report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("GB18030")));
    // The Chinese field name is decoded too.
    EXPECT_GE(l.attributes.indexOf(QStringLiteral("名称")), 0);
}

TEST(VectorReader, EncodingOverrideWins)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.csv"));
    test::writeText(path, QStringLiteral("名称,经度,纬度\n巨鹿县停车场,114.5,37\n"), "CP936");
    ReadOptions o = toGk();
    o.encoding = QStringLiteral("GBK");
    const Layer l = VectorReader::read(path, o);
    EXPECT_EQ(text(l, 0, "名称"), QStringLiteral("巨鹿县停车场"));
}

TEST(VectorReader, ReadsCsvWithChineseLonLatHeaders)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parking.csv"));
    test::writeText(path, QStringLiteral("名称,车位数,经度,纬度\n"
                                         "巨鹿县停车场,120,114.5,37.0\n"
                                         "威县站前停车场,80,114.0,37\n"
                                         "待定位停车场,40,,\n"
                                         "坐标错误停车场,10,东经114度,37\n"));
    const Layer l = VectorReader::read(path, toGk());
    ASSERT_EQ(l.featureCount(), 4);
    EXPECT_EQ(l.kind, GeometryKind::Point);
    EXPECT_EQ(l.sourceCrs.id(), QStringLiteral("EPSG:4490"));
    EXPECT_NEAR(pointOf(l, 0).x(), 544506.0, 2.0);
    EXPECT_NEAR(pointOf(l, 0).y(), 4096628.0, 2.0);
    EXPECT_EQ(l.attributes.value(1, l.attributes.indexOf(QStringLiteral("车位数"))).toInt(), 80);
    // Two rows without usable coordinates: kept, counted, named by their line.
    EXPECT_EQ(l.report.withoutGeometry, 2);
    EXPECT_EQ(l.report.coordinatesUnreadable, 2);
    const QString notes = l.report.notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QStringLiteral("line 4"))) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("line 5"))) << notes.toStdString();
}

TEST(VectorReader, ReadsGbkCsvWithWkt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipes.csv"));
    test::writeText(
        path,
        QStringLiteral("管网类别,名称,WKT\n"
                       "heating,\"新河县供热管线\",\"LINESTRING (114 37, 114.5 37)\"\n"),
        "CP936");
    const Layer l = VectorReader::read(path, toGk());
    ASSERT_EQ(l.featureCount(), 1);
    EXPECT_EQ(l.kind, GeometryKind::Line);
    EXPECT_EQ(l.report.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(text(l, 0, "名称"), QStringLiteral("新河县供热管线"));
    double length = 0;
    GEOSLength_r(geosContext(), l.geometry(0), &length);
    EXPECT_NEAR(length, 44506.0, 60.0);
}

TEST(VectorReader, ReadsXlsxWithLonLatColumns)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parking.xlsx"));
    test::writeVector(path, "XLSX", QStringLiteral("停车场"), 0, wkbNone,
                      {{QStringLiteral("名称"), OFTString},
                       {QStringLiteral("车位数"), OFTInteger},
                       {QStringLiteral("lon"), OFTReal},
                       {QStringLiteral("lat"), OFTReal}},
                      {{QString(),
                        {QStringLiteral("巨鹿县停车场"), QStringLiteral("120"),
                         QStringLiteral("114.5"), QStringLiteral("37")}},
                       {QString(),
                        {QStringLiteral("威县站前停车场"), QStringLiteral("80"),
                         QStringLiteral("114"), QStringLiteral("37")}}});
    const Layer l = VectorReader::read(path, toGk());
    ASSERT_EQ(l.featureCount(), 2);
    EXPECT_EQ(l.driver, QStringLiteral("XLSX"));
    EXPECT_EQ(l.kind, GeometryKind::Point);
    EXPECT_EQ(text(l, 1, "名称"), QStringLiteral("威县站前停车场"));
    EXPECT_NEAR(pointOf(l, 0).x(), 544506.0, 2.0);
    EXPECT_NEAR(pointOf(l, 1).x(), 500000.0, 2.0);
}

TEST(VectorReader, ATableWithoutCoordinatesHasNoGeometry)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("targets.csv"));
    test::writeText(path, QStringLiteral("县（市、区）,任务数\n广宗,400\n威 县,950\n"));
    const Layer l = VectorReader::read(path, toGk());
    EXPECT_EQ(l.kind, GeometryKind::None);
    EXPECT_EQ(l.featureCount(), 2);
    EXPECT_EQ(l.attributes.fields()[1].type, FieldType::Integer); // typed by GDAL's autodetection
}

TEST(VectorReader, RepairsInvalidPolygonsAndCountsThem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.gpkg"));
    test::writeVector(
        path, "GPKG", QStringLiteral("b"), 4547, wkbPolygon, {{QStringLiteral("code"), OFTString}},
        {{QStringLiteral("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))"), {QStringLiteral("1")}},
         {QStringLiteral("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"), {QStringLiteral("2")}}});
    const Layer l = VectorReader::read(path, {});
    EXPECT_EQ(l.featureCount(), 2);
    EXPECT_EQ(l.report.repaired, 1);
    for (qsizetype i = 0; i < l.featureCount(); ++i)
        EXPECT_EQ(GEOSisValid_r(geosContext(), l.geometry(i)), 1);
}

TEST(VectorReader, ACorruptGeometryIsKeptWithoutPositionAndCountedTheRestLoads)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinics_synthetic.gpkg"));
    QVector<test::Row> rows;
    for (int i = 1; i <= 5; ++i)
        rows.push_back(
            {QStringLiteral("POINT (114.%1 37.0)").arg(i), {QStringLiteral("c%1").arg(i)}});
    test::writeVector(path, "GPKG", QStringLiteral("clinics"), 4490, wkbPoint,
                      {{QStringLiteral("name")}}, rows);
    {
        // The blob of feature 3 made unreadable, as a damaged file has it.
        GDALDatasetUniquePtr ds(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL("UPDATE clinics SET geom = X'4750000100000000DEADBEEF' WHERE fid = 3",
                       nullptr, nullptr);
    }
    const Layer layer = VectorReader::read(path, {});
    ASSERT_EQ(layer.featureCount(), 5); // nothing dropped
    EXPECT_EQ(layer.report.unreadable, 1);
    int withoutPosition = 0;
    for (qsizetype i = 0; i < layer.featureCount(); ++i)
        if (!layer.geometry(i)) {
            ++withoutPosition;
            EXPECT_EQ(layer.fid(i), 3);
            EXPECT_EQ(
                layer.attributes.toString(i, layer.attributes.indexOf(QStringLiteral("name"))),
                QStringLiteral("c3"));
        }
    EXPECT_EQ(withoutPosition, 1);
    EXPECT_TRUE(layer.report.notes.join(QLatin1Char('\n')).contains(QStringLiteral("3")));
}

TEST(VectorReader, BadInputNamesTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.gpkg"));
    try {
        VectorReader::read(missing, {});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), missing);
        EXPECT_TRUE(e.detail().contains(QStringLiteral("not found")));
    }
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.gpkg"));
    test::writeText(corrupt, QStringLiteral("SQLite format 3\nthis is not a database"));
    try {
        VectorReader::read(corrupt, {});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), corrupt);
    }
    const QString gpkg = dir.filePath(QStringLiteral("ok.gpkg"));
    test::writeVector(gpkg, "GPKG", QStringLiteral("a"), 4490, wkbPoint, {}, {});
    ReadOptions o;
    o.layerName = QStringLiteral("nope");
    try {
        VectorReader::read(gpkg, o);
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(e.detail().contains(QStringLiteral("nope")));
        EXPECT_TRUE(e.detail().contains(QStringLiteral("a"))); // lists the layers there are
    }
}

TEST(VectorReader, ProjectedDataWithoutCrsIsRefusedNotGuessed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noprj.shp"));
    test::writeVector(path, "ESRI Shapefile", QStringLiteral("noprj"), 0, wkbPoint,
                      {{QStringLiteral("n"), OFTInteger}},
                      {{QStringLiteral("POINT (544506 4096628)"), {QStringLiteral("1")}}});
    EXPECT_THROW(VectorReader::read(path, toGk()), Error);
    ReadOptions o = toGk();
    o.sourceCrs = gk114();
    const Layer l = VectorReader::read(path, o);
    EXPECT_NEAR(pointOf(l, 0).x(), 544506.0, 1e-6);
}

TEST(TextEncoding, DetectsUtf8AndGbk)
{
    const QByteArray utf8 = QStringLiteral("巨鹿县").toUtf8();
    const QByteArray gbk = QByteArray::fromHex("BEDEC2B9CFD8");
    EXPECT_EQ(encoding::detect({utf8, "abc"}), QStringLiteral("UTF-8"));
    EXPECT_EQ(encoding::detect({gbk, "abc"}), QStringLiteral("GB18030"));
    EXPECT_EQ(encoding::decode(gbk, QStringLiteral("GB18030")), QStringLiteral("巨鹿县"));
}
