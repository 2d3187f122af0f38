#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using test::runCliBinary;

namespace {
const QString kProject = QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");
}

TEST(CliRender, WritesAPagePerFormatAtTheLayoutsSize)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    auto r = runCliBinary({QStringLiteral("render"), kProject, QStringLiteral("--out"), png,
                           QStringLiteral("--title"), QStringLiteral("停车位分布图")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(3508, 2480)); // A4 landscape at 300 dpi
    // A unit's map at a given scale: 1:200,000 around 临城县.
    const QString svg = dir.filePath(QStringLiteral("lincheng.svg"));
    r = runCliBinary({QStringLiteral("render"), kProject, QStringLiteral("--out"), svg,
                      QStringLiteral("--unit"), QStringLiteral("130522"), QStringLiteral("--scale"),
                      QStringLiteral("200000")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1:200000")));
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("<svg"));
}

TEST(CliRender, BadRequestsExitTwoNamingWhatIsWrong)
{
    QTemporaryDir dir;
    auto r = runCliBinary({QStringLiteral("render"), kProject, QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("map.bmp"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("map.bmp")));
    r = runCliBinary({QStringLiteral("render"), kProject, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("map.png")), QStringLiteral("--unit"),
                      QStringLiteral("999999")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("999999")));
    r = runCliBinary({QStringLiteral("render"), kProject, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("map.png")), QStringLiteral("--layout"),
                      QStringLiteral("b7-sideways")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("a4-landscape"))); // lists the known layouts
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("map.png"))));
}

TEST(CliAtlas, OneFilePerCountyNamedByCodeAndName)
{
    QTemporaryDir dir;
    const auto r = runCliBinary({QStringLiteral("atlas"), kProject, QStringLiteral("--out"),
                                 dir.path(), QStringLiteral("--format"), QStringLiteral("png"),
                                 QStringLiteral("--layout"), QStringLiteral("a4-atlas")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files);
    EXPECT_EQ(files.size(), 19) << files.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(files.contains(QStringLiteral("130522_临城县.png")));
    EXPECT_TRUE(files.contains(QStringLiteral("130502_襄都区.png")));
    EXPECT_TRUE(files.contains(QStringLiteral("邢台县.png"))); // abolished: no code
}

TEST(CliReport, WritesTheWholeSet)
{
    QTemporaryDir dir;
    const auto r =
        runCliBinary({QStringLiteral("report"), kProject, QStringLiteral("--out"), dir.path()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    for (const char* file : {"overview.pdf", "overview.png", "atlas.pdf", "maps/villages.png",
                             "maps/parking.png", "coverage/results.csv", "coverage/coverage.gpkg",
                             "maps/care_within_15min_by_road_vs_care_within_10km.png"})
        EXPECT_TRUE(QFile::exists(QDir(dir.path()).filePath(QString::fromLatin1(file)))) << file;

    // The straight line against the roads: the counts printed equal GDAL's SQL over the
    // failing villages of the two rules in coverage.gpkg (village codes are unique).
    const QString gpkg = QDir(dir.path()).filePath(QStringLiteral("coverage/coverage.gpkg"));
    auto sqlCount = [&](const QString& sql) {
        QProcess ogr;
        ogr.start(QStringLiteral("ogrinfo"),
                  {QStringLiteral("-q"), QStringLiteral("-ro"), QStringLiteral("-sql"), sql, gpkg});
        ogr.waitForFinished(60000);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral(R"(n \(Integer\) = (\d+))"))
                .match(QString::fromUtf8(ogr.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const QString onlyIn = QStringLiteral(
        "SELECT COUNT(*) AS n FROM failing_%1 WHERE code NOT IN (SELECT code FROM failing_%2)");
    const QString road = QStringLiteral("care_within_15min_by_road"),
                  line = QStringLiteral("care_within_10km");
    const int roadOnly = sqlCount(onlyIn.arg(road, line));
    const int lineOnly = sqlCount(onlyIn.arg(line, road));
    const int both = sqlCount(
        QStringLiteral("SELECT COUNT(*) AS n FROM failing_%1 WHERE code IN (SELECT code FROM "
                       "failing_%2)")
            .arg(road, line));
    ASSERT_GT(roadOnly, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("care_within_10km vs care_within_15min_by_road: %1 "
                                              "villages within the radius but beyond the time by "
                                              "road, %2 beyond the radius but within the time, %3 "
                                              "beyond both")
                                   .arg(roadOnly)
                                   .arg(lineOnly)
                                   .arg(both)))
        << r.out.toStdString();
}

// Issue 17 item 3: a PDF or SVG cut off by a full disk was reported "wrote", exit 0.
TEST(CliRender, regressionFullDiskExitsTwoAndLeavesNothing)
{
    test::TinyFilesystem disk(64);
    if (!disk.skipReason().isEmpty())
        GTEST_SKIP() << disk.skipReason().toStdString();
    for (const char* name : {"map.pdf", "map.svg", "map.png"}) {
        const QString path = disk.filePath(QString::fromLatin1(name));
        const auto r =
            runCliBinary({QStringLiteral("render"), kProject, QStringLiteral("--out"), path});
        EXPECT_EQ(r.exitCode, 2) << name << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(path)) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral("wrote"))) << r.out.toStdString();
        EXPECT_EQ(disk.entries(), QStringList()) << name;
    }
}
