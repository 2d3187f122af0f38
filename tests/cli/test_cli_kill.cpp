// A run killed at any write barrier leaves the old outputs or the new ones, never a mix
// (issue 17, item 8). The CLI kills itself with SIGKILL at a named barrier when
// WORKSMAP_KILL_AT says so (core/kill_point.h); the state is then checked with GDAL.
#include "core/output_set.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

using namespace wm;

namespace {
const QString kProject = QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");

QStringList layerNames(const QString& gpkg)
{
    GDALAllRegister();
    GDALDatasetUniquePtr ds(
        GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    QStringList names;
    if (ds)
        for (OGRLayer* l : ds->GetLayers())
            names << QString::fromUtf8(l->GetName());
    return names;
}

test::CliRun check(const QString& out, const QString& level, const QStringList& env = {})
{
    return test::runCliBinary({QStringLiteral("check"), kProject, QStringLiteral("--level"), level,
                               QStringLiteral("--out"), out},
                              env);
}

/// Which run the folder's outputs are from: "county", "township", or "mixed".
QString whoseOutputs(const QString& dir, const QByteArray& countyCsv, const QByteArray& townshipCsv,
                     qint64 countyUnits, qint64 townshipUnits)
{
    const QByteArray csv = test::md5(QDir(dir).filePath(QStringLiteral("results.csv")));
    const qint64 units =
        test::featureCount(QDir(dir).filePath(QStringLiteral("coverage.gpkg")), "units");
    if (csv == countyCsv && units == countyUnits)
        return QStringLiteral("county");
    if (csv == townshipCsv && units == townshipUnits)
        return QStringLiteral("township");
    return QStringLiteral("mixed");
}
} // namespace

TEST(KillInjection, CheckOutputsAreTheOldRunsOrTheNewNeverAMix)
{
    // The two runs' outputs, each written whole.
    QTemporaryDir county, township;
    ASSERT_NE(check(county.path(), QStringLiteral("county")).exitCode, -1);
    ASSERT_NE(check(township.path(), QStringLiteral("township")).exitCode, -1);
    const QByteArray countyCsv = test::md5(county.filePath(QStringLiteral("results.csv")));
    const QByteArray townshipCsv = test::md5(township.filePath(QStringLiteral("results.csv")));
    const qint64 countyUnits =
        test::featureCount(county.filePath(QStringLiteral("coverage.gpkg")), "units");
    const qint64 townshipUnits =
        test::featureCount(township.filePath(QStringLiteral("coverage.gpkg")), "units");
    ASSERT_NE(countyCsv, townshipCsv);
    ASSERT_GT(townshipUnits, countyUnits);
    ASSERT_GT(countyUnits, 0);

    struct Barrier {
        const char* name;
        const char* after; ///< whose outputs the folder holds once recovered
    };
    const Barrier barriers[] = {{"output-set:before-journal", "county"},
                                {"output-set:journal-written", "township"},
                                {"output-set:one-renamed", "township"}};
    for (const Barrier& b : barriers) {
        SCOPED_TRACE(b.name);
        QTemporaryDir dir;
        ASSERT_NE(check(dir.path(), QStringLiteral("county")).exitCode, -1);
        const auto killed =
            check(dir.path(), QStringLiteral("township"),
                  {QStringLiteral("WORKSMAP_KILL_AT=%1").arg(QLatin1String(b.name))});
        ASSERT_EQ(killed.exitCode, -1) << killed.out.toStdString(); // died by SIGKILL
        if (QLatin1String(b.name) == QLatin1String("output-set:one-renamed")) {
            // Mid-replacement the journal says so; nothing reads the folder as done.
            EXPECT_TRUE(
                QFileInfo::exists(dir.filePath(QStringLiteral(".worksmap-replacing.json"))));
        }
        // What the next run does first: complete or drop the interrupted replacement.
        const QStringList notes = OutputSet::recover(dir.path());
        EXPECT_FALSE(notes.isEmpty());
        EXPECT_EQ(whoseOutputs(dir.path(), countyCsv, townshipCsv, countyUnits, townshipUnits),
                  QLatin1String(b.after));
        EXPECT_TRUE(QDir(dir.path())
                        .entryList({QStringLiteral(".worksmap-*")}, QDir::AllEntries | QDir::Hidden)
                        .isEmpty());
        // And the next check into the folder says what it cleaned, then writes whole.
        const auto again = check(dir.path(), QStringLiteral("county"));
        EXPECT_NE(again.exitCode, -1);
        EXPECT_EQ(whoseOutputs(dir.path(), countyCsv, townshipCsv, countyUnits, townshipUnits),
                  QStringLiteral("county"));
    }
}

TEST(KillInjection, AddToProjectKilledAnywhereResumesWithoutASecondCopy)
{
    const QStringList args = {QStringLiteral("suggest"),
                              QString(), // the project
                              QStringLiteral("--kind"),
                              QStringLiteral("kindergarten"),
                              QStringLiteral("--radius"),
                              QStringLiteral("3km"),
                              QStringLiteral("--k"),
                              QStringLiteral("3"),
                              QStringLiteral("--add-to-project")};
    for (const char* barrier : {"add-to-project:copied", "add-to-project:project-saved"}) {
        SCOPED_TRACE(barrier);
        QTemporaryDir dir;
        const QString project = test::copyDemo(dir);
        const QString package = dir.filePath(QStringLiteral("xingtai-2021.plan.gpkg"));
        const qint64 facilities = test::featureCount(
            dir.filePath(QStringLiteral("works_synthetic.gpkg")), "facilities_synthetic");
        const QByteArray projectBefore = test::md5(project);
        QStringList a = args;
        a[1] = project;
        const auto killed = test::runCliBinary(
            a, {QStringLiteral("WORKSMAP_KILL_AT=%1").arg(QLatin1String(barrier))});
        ASSERT_EQ(killed.exitCode, -1) << killed.out.toStdString();
        // Old or new: the copy holds the source's features and no proposal yet.
        EXPECT_EQ(test::featureCount(package, "facilities"), facilities);
        if (QLatin1String(barrier) == QLatin1String("add-to-project:copied")) {
            EXPECT_EQ(test::md5(project), projectBefore); // still reads the source
        } else {
            EXPECT_NE(test::md5(project), projectBefore); // reads the identical copy
        }

        const auto resumed = test::runCliBinary(a);
        ASSERT_EQ(resumed.exitCode, 0) << resumed.err.toStdString();
        if (QLatin1String(barrier) == QLatin1String("add-to-project:copied")) {
            EXPECT_TRUE(resumed.out.contains(QStringLiteral("interrupted run")))
                << resumed.out.toStdString();
        }
        EXPECT_EQ(layerNames(package), QStringList{QStringLiteral("facilities")});
        EXPECT_EQ(test::featureCount(package, "facilities"), facilities + 3);
    }
}
