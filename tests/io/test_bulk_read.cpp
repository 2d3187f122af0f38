// The bulk path (GDAL's Arrow stream into the geometry store) against the feature loop
// on the same files: same features in the same order, same attributes, same geometries,
// same load report.
#include "core/crs.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "io/vector_reader.h"
#include "support/test_support.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using test::FieldSpec;
using test::Row;

namespace {

ReadOptions options(bool bulk, const char* layer = nullptr)
{
    ReadOptions o;
    o.targetCrs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    o.bulk = bulk;
    if (layer)
        o.layerName = QString::fromUtf8(layer);
    return o;
}

void expectSameLayers(const Layer& bulk, const Layer& loop)
{
    ASSERT_EQ(bulk.featureCount(), loop.featureCount());
    EXPECT_EQ(bulk.kind, loop.kind);
    EXPECT_EQ(bulk.crs, loop.crs);
    ASSERT_EQ(bulk.attributes.fieldCount(), loop.attributes.fieldCount());
    GEOSContextHandle_t ctx = geosContext();
    for (qsizetype i = 0; i < bulk.featureCount(); ++i) {
        SCOPED_TRACE("feature " + std::to_string(i));
        EXPECT_EQ(bulk.fid(i), loop.fid(i));
        for (int c = 0; c < bulk.attributes.fieldCount(); ++c)
            EXPECT_EQ(bulk.attributes.value(i, c), loop.attributes.value(i, c))
                << bulk.attributes.fields()[c].name.toStdString();
        ASSERT_EQ(bulk.hasGeometry(i), loop.hasGeometry(i));
        if (!bulk.hasGeometry(i))
            continue;
        const GEOSGeometry* a = bulk.geometry(i);
        const GEOSGeometry* b = loop.geometry(i);
        ASSERT_TRUE(a && b);
        EXPECT_EQ(GEOSGeomTypeId_r(ctx, a), GEOSGeomTypeId_r(ctx, b));
        // One PROJ call over an array or one per vertex: the same numbers.
        EXPECT_EQ(GEOSEqualsExact_r(ctx, a, b, 1e-6), 1);
        EXPECT_EQ(bulk.envelope(i), loop.envelope(i));
    }
    EXPECT_EQ(bulk.extent(), loop.extent());
    const LoadReport &x = bulk.report, &y = loop.report;
    EXPECT_EQ(x.featuresRead, y.featuresRead);
    EXPECT_EQ(x.withoutGeometry, y.withoutGeometry);
    EXPECT_EQ(x.repaired, y.repaired);
    EXPECT_EQ(x.unrepairable, y.unrepairable);
    EXPECT_EQ(x.transformFailed, y.transformFailed);
    EXPECT_EQ(x.unreadable, y.unreadable);
    EXPECT_EQ(x.coordinatesNotFinite, y.coordinatesNotFinite);
    EXPECT_EQ(x.notes, y.notes);
}

} // namespace

TEST(BulkRead, EveryGeometryAndFieldTypeReadsAsTheFeatureLoopReadsIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.gpkg"));
    const QVector<FieldSpec> fields = {{QStringLiteral("名称"), OFTString},
                                       {QStringLiteral("n"), OFTInteger},
                                       {QStringLiteral("big"), OFTInteger64},
                                       {QStringLiteral("km"), OFTReal}};
    const QVector<Row> rows = {
        {QStringLiteral("POINT (114.5 37.0)"),
         {QStringLiteral("停车场"), QStringLiteral("1"), QStringLiteral("9000000000"),
          QStringLiteral("1.5")}},
        {QStringLiteral("LINESTRING (114.5 37.0, 114.6 37.1, 114.7 37.0)"),
         {QStringLiteral("管网"), QString(), QStringLiteral("-3"), QString()}},
        {QStringLiteral("POLYGON ((114 37, 115 37, 115 38, 114 38, 114 37), "
                        "(114.2 37.2, 114.4 37.2, 114.4 37.4, 114.2 37.2))"),
         {QString(), QStringLiteral("3"), QString(), QStringLiteral("0.25")}},
        {QStringLiteral("MULTIPOINT ((114.1 37.1), (114.2 37.2))"), {QStringLiteral("a")}},
        {QStringLiteral("MULTILINESTRING ((114 37, 114.1 37.1), (114.2 37.2, 114.3 37.2))"),
         {QStringLiteral("b")}},
        {QStringLiteral("MULTIPOLYGON (((114 37, 114.5 37, 114.5 37.5, 114 37)), "
                        "((115 37, 115.5 37, 115.5 37.5, 115 37)))"),
         {QStringLiteral("c")}},
        // A bow tie: invalid, repaired by both paths.
        {QStringLiteral("POLYGON ((114 37, 115 38, 115 37, 114 38, 114 37))"),
         {QStringLiteral("d")}},
        {QStringLiteral("GEOMETRYCOLLECTION (POINT (114 37), LINESTRING (114 37, 115 38))"),
         {QStringLiteral("e")}},
        {QString(), {QStringLiteral("no geometry")}},
        {QStringLiteral("POINT EMPTY"), {QStringLiteral("empty")}},
        // A line of one repeated vertex: GEOS calls it invalid.
        {QStringLiteral("LINESTRING (114.3 37.3, 114.3 37.3)"), {QStringLiteral("f")}},
        // A curve: linearised by OGR on both paths.
        {QStringLiteral("CIRCULARSTRING (114 37, 114.01 37.01, 114.02 37)"), {QStringLiteral("g")}},
        // Beyond any coordinate system.
        {QStringLiteral("POINT (1e20 37)"), {QStringLiteral("h")}},
    };
    test::writeVector(path, "GPKG", QStringLiteral("mixed"), 4490, wkbUnknown, fields, rows);

    const Layer bulk = VectorReader::read(path, options(true));
    const Layer loop = VectorReader::read(path, options(false));
    EXPECT_TRUE(bulk.report.readInBulk);
    EXPECT_FALSE(loop.report.readInBulk);
    ASSERT_EQ(bulk.featureCount(), rows.size());
    expectSameLayers(bulk, loop);
    EXPECT_EQ(bulk.report.repaired, 1);
    EXPECT_EQ(bulk.report.coordinatesNotFinite, 1);
    EXPECT_EQ(bulk.attributes.toString(0, 0), QStringLiteral("停车场"));
    EXPECT_EQ(bulk.attributes.value(0, 2), QVariant(qint64(9000000000)));
    EXPECT_FALSE(bulk.hasGeometry(8));
    EXPECT_FALSE(bulk.hasGeometry(9)); // an empty point is kept as a row without position
}

TEST(BulkRead, AGeoPackageMadeByOgr2ogrWithItsOwnFidColumnReadsAsTheFeatureLoopReadsIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("villages.gpkg"));
    // As another tool writes it: a named FID column, multi-part types, reprojected.
    QProcess ogr;
    ogr.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("GPKG"), path,
                                          test::demo(QStringLiteral("works_synthetic.gpkg")),
                                          QStringLiteral("pipes_synthetic"), QStringLiteral("-lco"),
                                          QStringLiteral("FID=objectid"), QStringLiteral("-nlt"),
                                          QStringLiteral("PROMOTE_TO_MULTI"),
                                          QStringLiteral("-t_srs"), QStringLiteral("EPSG:4490")});
    ASSERT_TRUE(ogr.waitForFinished(60000));
    ASSERT_EQ(ogr.exitCode(), 0) << ogr.readAllStandardError().toStdString();
    const Layer bulk = VectorReader::read(path, options(true));
    const Layer loop = VectorReader::read(path, options(false));
    EXPECT_TRUE(bulk.report.readInBulk);
    EXPECT_EQ(bulk.featureCount(), test::featureCount(path, "pipes_synthetic"));
    expectSameLayers(bulk, loop);
}

TEST(BulkRead, ATextEncodedShapefileIsReadFeatureByFeature)
{
    // GBK text without a .cpg is decoded by us, so the Arrow stream (which would hand
    // GDAL's own decoding) is not used.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gbk.shp"));
    test::writeVector(path, "ESRI Shapefile", QStringLiteral("gbk"), 4490, wkbPoint,
                      {{QStringLiteral("name"), OFTString}},
                      {{QStringLiteral("POINT (114.5 37)"), {QStringLiteral("x")}}},
                      {QStringLiteral("ENCODING=")});
    QFile::remove(dir.filePath(QStringLiteral("gbk.cpg")));
    const Layer l = VectorReader::read(path, options(true));
    EXPECT_FALSE(l.report.readInBulk);
    EXPECT_EQ(l.featureCount(), 1);
}

TEST(BulkRead, ACancelledBulkReadStops)
{
    ReadOptions o = options(true, "villages_synthetic");
    int calls = 0;
    o.progress = [&calls](qint64, qint64) { return ++calls < 1; };
    EXPECT_THROW(VectorReader::read(test::demo(QStringLiteral("works_synthetic.gpkg")), o),
                 Cancelled);
}
