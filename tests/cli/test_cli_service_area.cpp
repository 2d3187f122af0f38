// `worksmap-cli service-area` on the demo's SYNTHETIC roads: one area per facility, every
// road stretch within the time, the union; and the usual refusals with exit 2.
#include "cli/verb_run.h"
#include "core/layer.h"
#include "io/vector_reader.h"
#include "support/test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using namespace wm::test;

namespace {
const QString kProject = QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");

Layer readLayer(const QString& path, const QString& name)
{
    ReadOptions o;
    o.layerName = name;
    return VectorReader::read(path, o);
}
} // namespace

TEST(CliServiceArea, OneAreaPerFacilityAndTheRoadsReachedWithinTheTime)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("areas.gpkg"));
    const VerbOutput r =
        runVerb(QStringLiteral("service-area"),
                {kProject, QStringLiteral("--facilities"), QStringLiteral("facilities"),
                 QStringLiteral("--filter"),
                 QStringLiteral("kind = health_centre and county_code = 130522"),
                 QStringLiteral("--network"), QStringLiteral("roads"), QStringLiteral("--minutes"),
                 QStringLiteral("10"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("road network:"))) << r.out.toStdString();

    // As many areas as 临城县 has health centres (GDAL counts them in the source).
    const qint64 centres =
        featureCount(QStringLiteral(WORKSMAP_DEMO_DIR "/works_synthetic.gpkg"),
                     "facilities_synthetic", "kind = 'health_centre' AND county_code = '130522'");
    ASSERT_GT(centres, 0);
    const Layer areas = readLayer(out, QStringLiteral("service_areas"));
    EXPECT_EQ(areas.featureCount(), centres);
    // Every stretch ends within the time, and the stretches add up to each area's road km.
    const Layer roads = readLayer(out, QStringLiteral("service_area_roads"));
    ASSERT_GT(roads.featureCount(), centres);
    const int from = roads.attributes.indexOf(QStringLiteral("minutes_from"));
    const int to = roads.attributes.indexOf(QStringLiteral("minutes_to"));
    const int facility = roads.attributes.indexOf(QStringLiteral("facility_fid"));
    QHash<qint64, double> km;
    for (qsizetype i = 0; i < roads.featureCount(); ++i) {
        EXPECT_LE(roads.attributes.toDouble(i, from), 10.0);
        EXPECT_LE(roads.attributes.toDouble(i, to), 10.0);
        double metres = 0;
        GEOSLength_r(geosContext(), roads.geometry(i), &metres);
        km[roads.attributes.value(i, facility).toLongLong()] += metres / 1000.0;
    }
    const int roadKm = areas.attributes.indexOf(QStringLiteral("road_km"));
    const int areaFacility = areas.attributes.indexOf(QStringLiteral("facility_fid"));
    QHash<qint64, qsizetype> areaOf;
    for (qsizetype i = 0; i < areas.featureCount(); ++i) {
        EXPECT_NEAR(km.value(areas.attributes.value(i, areaFacility).toLongLong()),
                    areas.attributes.toDouble(i, roadKm), 0.01);
        areaOf.insert(areas.attributes.value(i, areaFacility).toLongLong(), i);
    }
    // Each area (its stretches buffered one merged line at a time, then dissolved) covers
    // every stretch of its facility.
    for (qsizetype i = 0; i < roads.featureCount(); ++i) {
        const qsizetype a = areaOf.value(roads.attributes.value(i, facility).toLongLong(), -1);
        ASSERT_GE(a, 0);
        EXPECT_EQ(GEOSCovers_r(geosContext(), areas.geometry(a), roads.geometry(i)), 1) << i;
    }
    EXPECT_EQ(readLayer(out, QStringLiteral("service_area_union")).featureCount(), 1);
}

TEST(CliServiceArea, RefusesWhatItCannotDoWithExitTwo)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("areas.gpkg"));
    const QStringList base{kProject,
                           QStringLiteral("--facilities"),
                           QStringLiteral("facilities"),
                           QStringLiteral("--minutes"),
                           QStringLiteral("10"),
                           QStringLiteral("--out"),
                           out};
    VerbOutput r = runVerb(QStringLiteral("service-area"), base);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("--network"))) << r.err.toStdString();
    r = runVerb(QStringLiteral("service-area"),
                base + QStringList{QStringLiteral("--network"), QStringLiteral("rivers")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("rivers"))) << r.err.toStdString();
    r = runVerb(QStringLiteral("service-area"),
                base + QStringList{QStringLiteral("--network"), QStringLiteral("roads"),
                                   QStringLiteral("--mode"), QStringLiteral("fly")});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(QFile::exists(out));
}
