#include "core/geometry_repair.h"
#include "io/vector_reader.h"
#include "support/test_support.h"

#include <QProcess>

#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

using namespace wm;

// The bundled Xingtai county boundaries are real and flawed: ten of the nineteen
// polygons have self-intersecting rings from quantising to 1/1024°.
TEST(RealBoundaries, AllNineteenXingtaiPolygonsAreValidAfterRepair)
{
    const QString path = test::demo(QStringLiteral("boundaries/xingtai_counties.geojson"));
    ReadOptions o;
    o.targetCrs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    const Layer l = VectorReader::read(path, o);
    ASSERT_EQ(l.featureCount(), 19);
    EXPECT_EQ(l.report.repaired, 10);
    EXPECT_EQ(l.report.unrepairable, 0);
    for (qsizetype i = 0; i < l.featureCount(); ++i)
        EXPECT_EQ(GEOSisValid_r(geosContext(), l.geometry(i)), 1) << "feature " << i;

    // Independent reference: each original polygon read by OGR, projected by OGR, its
    // (shoelace) area computed by OGR without repair. Repair keeps every area within 1 %.
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
    ASSERT_TRUE(ds);
    OGRLayer* ogr = ds->GetLayer(0);
    OGRSpatialReference target;
    target.importFromEPSG(4547);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> ct(
        OGRCreateCoordinateTransformation(ogr->GetSpatialRef(), &target));
    qsizetype i = 0;
    double totalOriginal = 0, totalRepaired = 0;
    for (auto& f : *ogr) {
        std::unique_ptr<OGRGeometry> g(f->GetGeometryRef()->clone());
        ASSERT_EQ(g->transform(ct.get()), OGRERR_NONE);
        // OGR_G_Area for a polygon or a multipolygon alike: toSurface() is a cast, not a test,
        // and casting a multipolygon with it is undefined (UBSan's vptr check, under
        // scripts/test.sh --sanitize).
        const double original = OGR_G_Area(OGRGeometry::ToHandle(g.get()));
        double repaired = 0;
        GEOSArea_r(geosContext(), l.geometry(i), &repaired);
        EXPECT_NEAR(repaired, original, 0.01 * original)
            << f->GetFieldAsString("name") << " area changed by repair";
        totalOriginal += original;
        totalRepaired += repaired;
        ++i;
    }
    EXPECT_EQ(i, 19);
    // Xingtai city covers about 12,400 km².
    EXPECT_NEAR(totalRepaired / 1e6, 12400, 600);
    EXPECT_NEAR(totalRepaired, totalOriginal, 0.001 * totalOriginal);
}
