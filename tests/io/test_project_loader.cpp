#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_loader.h"
#include "io/project_opener.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace wm;

namespace {
const RoleRegistry& roles()
{
    return test::shippedRoles();
}
} // namespace

TEST(ProjectLoader, LoadsTheDemoIntoTheAutomaticallyChosenZone)
{
    const LoadedProject p =
        openProjectOrDataset(test::demo(QStringLiteral("xingtai-2021.worksmap.json")), roles());
    EXPECT_EQ(p.crs.id(), QStringLiteral("EPSG:4547"));
    EXPECT_TRUE(p.crsReason.startsWith(QStringLiteral("auto")));
    EXPECT_EQ(p.unavailableCount(), 0);
    const LoadedLayer* counties = p.layer(QStringLiteral("counties"));
    ASSERT_TRUE(counties && counties->isAvailable());
    EXPECT_EQ(counties->data->featureCount(), 19);
    EXPECT_EQ(counties->data->report.repaired, 10);
    EXPECT_TRUE(counties->mapping.isComplete());
    // Every synthetic work layer is marked so, and read completely.
    for (const char* id : {"villages", "parking", "pipes", "facilities"}) {
        const LoadedLayer* l = p.layer(QString::fromLatin1(id));
        ASSERT_TRUE(l && l->isAvailable()) << id;
        EXPECT_TRUE(l->entry.synthetic) << id;
        EXPECT_GT(l->data->featureCount(), 0) << id;
        EXPECT_TRUE(l->mapping.isComplete()) << id;
        EXPECT_TRUE(counties->data->extent().intersects(l->data->extent())) << id;
    }
    // The division table is a list: rows, no geometry, all 5,396 Xingtai villages.
    const LoadedLayer* division = p.layer(QStringLiteral("division_villages"));
    ASSERT_TRUE(division && division->isAvailable());
    EXPECT_EQ(division->data->kind, GeometryKind::None);
    EXPECT_EQ(division->data->featureCount(), 5396);
    EXPECT_FALSE(p.extent.isNull());
}

TEST(ProjectLoader, AMissingSourceKeepsTheLayerAndSaysWhichFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    QFile::copy(test::demo(QStringLiteral("boundaries/xingtai_counties.geojson")),
                dir.filePath(QStringLiteral("c.geojson")));
    test::writeText(
        path, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1, "name": "t",
      "layers": [
        {"id": "counties", "source": "c.geojson", "role": "boundary"},
        {"id": "gone", "source": "data/parking_2021.gpkg", "role": "parking"}]})"));
    const LoadedProject p = openProjectOrDataset(path, roles());
    ASSERT_EQ(p.layers.size(), 2);
    EXPECT_TRUE(p.layers[0].isAvailable());
    EXPECT_FALSE(p.layers[1].isAvailable());
    EXPECT_TRUE(
        p.layers[1].problem.contains(dir.filePath(QStringLiteral("data/parking_2021.gpkg"))));
    EXPECT_EQ(p.unavailableCount(), 1);
    EXPECT_EQ(p.project.layers.size(), 2); // the entry is kept for saving
}

TEST(ProjectLoader, UnknownRoleIsAnError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    test::writeText(path, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
      "layers": [{"id": "x", "source": "x.gpkg", "role": "parkinglot"}]})"));
    try {
        openProjectOrDataset(path, roles());
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_TRUE(e.detail().contains(QStringLiteral("parkinglot")));
    }
}

TEST(ProjectLoader, ADatasetOpensAsAProjectWithGuessedRoles)
{
    const LoadedProject p =
        openProjectOrDataset(test::demo(QStringLiteral("works_synthetic.gpkg")), roles());
    QStringList found;
    for (const LoadedLayer& l : p.layers)
        found << l.entry.layerName + QLatin1Char('=') + l.entry.role;
    found.sort();
    EXPECT_EQ(found, (QStringList{QStringLiteral("facilities_synthetic=facility"),
                                  QStringLiteral("parking_synthetic=parking"),
                                  QStringLiteral("pipes_synthetic=pipe"),
                                  QStringLiteral("villages_synthetic=village")}));
}

TEST(ProjectLoader, ChoosesTheZoneFromTheDataCentre)
{
    QString reason;
    const Crs crs = ProjectLoader::chooseCrs(
        {{Crs::wgs84(), Extent::of(117.2, 39.0, 117.8, 39.5), {}}}, &reason);
    EXPECT_EQ(crs.id(), QStringLiteral("EPSG:4548")); // Tianjin: CM 117°E
    EXPECT_TRUE(reason.contains(QStringLiteral("117.50")));
}

namespace {
/// Appends points (x, y) to layer `layer` of the GeoPackage `path`.
void addPoints(const QString& path, const char* layer,
               const std::vector<std::pair<double, double>>& points)
{
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    ASSERT_TRUE(ds);
    OGRLayer* l = ds->GetLayerByName(layer);
    ASSERT_TRUE(l);
    for (const auto& [x, y] : points) {
        OGRFeature f(l->GetLayerDefn());
        f.SetGeometryDirectly(new OGRPoint(x, y));
        ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
}

/// The demo copy without its boundary layer, so the zone comes from the features.
void dropBoundary(const QString& project)
{
    QFile f(project);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray kept;
    for (const QJsonValue& v : o.value(QStringLiteral("layers")).toArray())
        if (v.toObject().value(QStringLiteral("role")).toString() != QLatin1String("boundary"))
            kept << v;
    o[QStringLiteral("layers")] = kept;
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(o).toJson());
}
} // namespace

// Issue 17 item 5: 3 villages at (0,0) turned the auto zone from EPSG:4547 into 4534.
TEST(ProjectLoader, regressionOutliersDoNotMoveTheZone)
{
    for (const bool withBoundary : {true, false}) {
        QTemporaryDir dir;
        const QString project = test::copyDemo(dir);
        if (!withBoundary)
            dropBoundary(project);
        addPoints(dir.filePath(QStringLiteral("works_synthetic.gpkg")), "villages_synthetic",
                  {{0, 0}, {0, 0}, {0, 0}});
        const LoadedProject p = openProjectOrDataset(project, roles());
        EXPECT_EQ(p.crs.id(), QStringLiteral("EPSG:4547")) << withBoundary;
        EXPECT_TRUE(p.crsReason.contains(withBoundary ? QStringLiteral("boundary")
                                                      : QStringLiteral("median")))
            << p.crsReason.toStdString();
        const LoadedLayer* villages = p.layer(QStringLiteral("villages"));
        ASSERT_TRUE(villages && villages->isAvailable());
        if (withBoundary) {
            // Listed per feature: the three new fids, after the demo's own.
            const QString all = villages->warnings.join(QLatin1Char('\n'));
            EXPECT_TRUE(all.contains(QStringLiteral("3 features outside the project area")))
                << all.toStdString();
        }
    }
}

TEST(ProjectLoader, regressionNonFiniteCoordinatesAreFlaggedAndDoNotMoveTheZone)
{
    QTemporaryDir dir;
    const QString project = test::copyDemo(dir);
    dropBoundary(project); // the harder case: the zone comes from the villages
    // (NaN is not tried: a GeoPackage stores a point with NaN as an empty point.)
    const double inf = std::numeric_limits<double>::infinity();
    addPoints(dir.filePath(QStringLiteral("works_synthetic.gpkg")), "villages_synthetic",
              {{1e308, 1e308}, {inf, 37}, {-inf, -inf}});
    const LoadedProject p = openProjectOrDataset(project, roles());
    EXPECT_EQ(p.crs.id(), QStringLiteral("EPSG:4547"));
    // The median of the layers' centres; the old "data centre" was 5000000056.88°E.
    EXPECT_TRUE(p.crsReason.contains(QStringLiteral("median"))) << p.crsReason.toStdString();
    const LoadedLayer* villages = p.layer(QStringLiteral("villages"));
    ASSERT_TRUE(villages && villages->isAvailable());
    EXPECT_EQ(villages->data->report.coordinatesNotFinite, 3);
    EXPECT_EQ(villages->data->report.notes.filter(QStringLiteral("not finite")).size(), 3);
    EXPECT_LT(villages->data->extent().width(), 500000); // metres: Xingtai is ~180 km wide
}
