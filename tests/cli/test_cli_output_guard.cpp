// Regression tests for outputs written over inputs (issue 17, item 1): every writer of the
// CLI refuses, with exit 2 naming both paths, and the input stays byte for byte as it was.

#include "cli/verb_run.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using test::runVerb;

namespace {

/// A small list of two parking sites with CGCS2000 coordinates (SYNTHETIC).
QString writeParkingList(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("parking_synthetic.csv"));
    test::writeText(path, QStringLiteral("名称,车位数,经度,纬度\n"
                                         "北站停车场,120,114.50,37.07\n"
                                         "南站停车场,80,114.52,37.05\n"));
    return path;
}

QStringList importArgs(const QString& list, const QString& out)
{
    return {list, QStringLiteral("--role"), QStringLiteral("parking"), QStringLiteral("--out"),
            out};
}

} // namespace

TEST(CliOutputGuard, ImportRefusesToWriteOverTheListItReads)
{
    QTemporaryDir dir;
    const QString list = writeParkingList(dir);
    const QByteArray before = test::md5(list);
    const auto r = runVerb(QStringLiteral("import"), importArgs(list, list));
    EXPECT_EQ(r.code, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("the list being imported"))) << r.err.toStdString();
    EXPECT_EQ(test::md5(list), before);

    // The same through "./" from another spelling of the folder.
    const auto viaDot =
        runVerb(QStringLiteral("import"),
                importArgs(list, dir.path() + QStringLiteral("/./parking_synthetic.csv")));
    EXPECT_EQ(viaDot.code, 2);
    EXPECT_EQ(test::md5(list), before);
}

TEST(CliOutputGuard, ImportRefusesRejectsOverTheListOrAProjectFile)
{
    QTemporaryDir dir;
    const QString project = test::copyDemo(dir);
    const QString list = writeParkingList(dir);
    const QByteArray listBefore = test::md5(list);
    const QByteArray projectBefore = test::md5(project);

    auto r =
        runVerb(QStringLiteral("import"), importArgs(list, dir.filePath(QStringLiteral("new.gpkg")))
                                              << QStringLiteral("--rejects") << list);
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(test::md5(list), listBefore);

    r = runVerb(QStringLiteral("import"), importArgs(list, dir.filePath(QStringLiteral("new.gpkg")))
                                              << QStringLiteral("--rejects") << project);
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("the project file"))) << r.err.toStdString();
    EXPECT_EQ(test::md5(project), projectBefore);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("new.gpkg"))));
}

TEST(CliOutputGuard, ImportRefusesAProjectsWorksPackage)
{
    QTemporaryDir dir;
    test::copyDemo(dir);
    const QString works = dir.filePath(QStringLiteral("works_synthetic.gpkg"));
    const QByteArray before = test::md5(works);
    const QString list = writeParkingList(dir);
    const auto r = runVerb(QStringLiteral("import"), importArgs(list, works));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(works)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("source of layer"))) << r.err.toStdString();
    EXPECT_EQ(test::md5(works), before);
}

TEST(CliOutputGuard, ImportRefusesAGeoPackageHoldingOtherLayers)
{
    QTemporaryDir dir;
    const QString list = writeParkingList(dir);
    const QString other = dir.filePath(QStringLiteral("mine.gpkg"));
    test::writeVector(other, "GPKG", QStringLiteral("roads"), 4490, wkbLineString,
                      {{QStringLiteral("name"), OFTString}},
                      {{QStringLiteral("LINESTRING (114 37, 114.1 37.1)"), {QStringLiteral("a")}}});
    const QByteArray before = test::md5(other);
    const auto r = runVerb(QStringLiteral("import"), importArgs(list, other));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("roads"))) << r.err.toStdString();
    EXPECT_EQ(test::md5(other), before);

    // A file of its own earlier run is replaced: that is what a second run is for.
    const QString mine = dir.filePath(QStringLiteral("parking.gpkg"));
    ASSERT_EQ(runVerb(QStringLiteral("import"), importArgs(list, mine)).code, 0);
    EXPECT_EQ(runVerb(QStringLiteral("import"), importArgs(list, mine)).code, 0);
}

TEST(CliOutputGuard, CheckOutRefusesAFolderWhereAnOutputIsAProjectSource)
{
    QTemporaryDir dir;
    const QString project = test::copyDemo(dir);
    // The village list renamed to results.csv: `check --out reference` would replace it.
    const QString villages = dir.filePath(QStringLiteral("reference/xingtai_villages.csv"));
    const QString renamed = dir.filePath(QStringLiteral("reference/results.csv"));
    ASSERT_TRUE(QFile::rename(villages, renamed));
    QFile f(project);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    json.replace("reference/xingtai_villages.csv", "reference/results.csv");
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    const QByteArray before = test::md5(renamed);

    const auto r = runVerb(QStringLiteral("check"), {project, QStringLiteral("--out"),
                                                     dir.filePath(QStringLiteral("reference"))});
    EXPECT_EQ(r.code, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(renamed)) << r.err.toStdString();
    EXPECT_EQ(test::md5(renamed), before);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("reference/coverage.gpkg"))));
}

TEST(CliOutputGuard, ChartRefusesToWriteOverTheRulesFile)
{
    QTemporaryDir dir;
    const QString project = test::copyDemo(dir);
    // A rules file named like an image: the chart must not replace it.
    const QString rules = dir.filePath(QStringLiteral("rules.svg"));
    ASSERT_TRUE(QFile::copy(dir.filePath(QStringLiteral("rules.json")), rules));
    const QByteArray before = test::md5(rules);
    const auto r =
        runVerb(QStringLiteral("chart"),
                {project, QStringLiteral("--rules"), rules, QStringLiteral("--indicator"),
                 QStringLiteral("parking_progress"), QStringLiteral("--out"), rules});
    EXPECT_EQ(r.code, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("the rules file"))) << r.err.toStdString();
    EXPECT_EQ(test::md5(rules), before);
}
