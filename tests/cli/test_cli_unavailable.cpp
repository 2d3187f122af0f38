// A damaged feature costs one feature, not the layer; a layer that cannot be read at all
// stops every verb that computes or draws (issue 17, item 2). On copies of the demo.
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

using namespace wm;

namespace {
/// Health centres of the demo's facilities, counted with GDAL alone.
qint64 healthCentres(const QString& gpkg)
{
    return test::featureCount(gpkg, "facilities_synthetic", "kind = 'health_centre'");
}
} // namespace

TEST(CliUnavailable, ACorruptFeatureIsCountedAndTheLayerStillComputes)
{
    QTemporaryDir dir;
    const QString project = test::copyDemo(dir);
    const QString gpkg = dir.filePath(QStringLiteral("works_synthetic.gpkg"));
    const int before = healthCentres(gpkg);
    ASSERT_GT(before, 1);
    {
        GDALDatasetUniquePtr ds(
            GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        ASSERT_TRUE(ds);
        ds->ExecuteSQL("UPDATE facilities_synthetic SET geom = X'4750000100000000DEADBEEF' "
                       "WHERE fid = (SELECT min(fid) FROM facilities_synthetic "
                       "WHERE kind = 'health_centre')",
                       nullptr, nullptr);
    }
    const auto info = test::runCliBinary({QStringLiteral("info"), project});
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("unreadable:      1 features")))
        << info.out.toStdString();
    // The other health centres are there: one fewer than the file holds, not 0.
    const auto r =
        test::runCliBinary({QStringLiteral("suggest"), project, QStringLiteral("--kind"),
                            QStringLiteral("health_centre"), QStringLiteral("--radius"),
                            QStringLiteral("5km"), QStringLiteral("--k"), QStringLiteral("1"),
                            QStringLiteral("--out"), dir.filePath(QStringLiteral("sites.gpkg"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("existing        %1 ").arg(before - 1)))
        << r.out.toStdString();
}

TEST(CliUnavailable, AnUnreadableLayerStopsTheVerbsNamingIt)
{
    QTemporaryDir dir;
    const QString project = test::copyDemo(dir);
    // The facilities' GeoPackage replaced by bytes that are no GeoPackage.
    const QString gpkg = dir.filePath(QStringLiteral("works_synthetic.gpkg"));
    QFile::remove(gpkg);
    test::writeText(gpkg, QStringLiteral("not a geopackage"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("suggest"), project, QStringLiteral("--kind"),
                      QStringLiteral("clinic"), QStringLiteral("--radius"), QStringLiteral("2km"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("s.gpkg"))},
          QStringList{QStringLiteral("render"), project, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("map.png"))},
          QStringList{QStringLiteral("check"), project}}) {
        const auto r = test::runCliBinary(args);
        EXPECT_EQ(r.exitCode, 2) << args.first().toStdString() << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("unavailable"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("works_synthetic.gpkg"))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("map.png"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("s.gpkg"))));
}
