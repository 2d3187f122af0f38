#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_loader.h"
#include "io/project_opener.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
    const Crs crs =
        ProjectLoader::chooseCrs({{Extent::of(117.2, 39.0, 117.8, 39.5), Crs::wgs84()}}, &reason);
    EXPECT_EQ(crs.id(), QStringLiteral("EPSG:4548")); // Tianjin: CM 117°E
    EXPECT_TRUE(reason.contains(QStringLiteral("117.50")));
}
