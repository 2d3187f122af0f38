#include "cli/cli_runner.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace wm;
using test::runCliBinary;

namespace {

/// Bad input: exit code 2 and exactly one line on stderr that names the file.
void expectBadInput(const test::CliRun& r, const QString& file, const QString& phrase)
{
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(file)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(phrase)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("terminate"))) << r.err.toStdString();
}

} // namespace

TEST(CliInfo, DescribesTheDemoProject)
{
    const auto r = runCliBinary(
        {QStringLiteral("info"), test::demo(QStringLiteral("xingtai-2021.worksmap.json"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("EPSG:4547")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("features:        19")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("repaired:        10 invalid geometries repaired")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("SYNTHETIC")));
}

TEST(CliInfo, JsonOutputIsParseableAndComplete)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::runCli({QStringLiteral("info"), QStringLiteral("--json"),
                                  test::demo(QStringLiteral("xingtai-2021.worksmap.json"))},
                                 o, e);
    o.flush();
    ASSERT_EQ(code, 0) << err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:4547"));
    const QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
    QJsonObject counties;
    for (const QJsonValue& l : layers)
        if (l.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("counties"))
            counties = l.toObject();
    ASSERT_FALSE(counties.isEmpty());
    EXPECT_EQ(counties.value(QStringLiteral("role")).toString(), QStringLiteral("boundary"));
    EXPECT_EQ(counties.value(QStringLiteral("features")).toInt(), 19);
    EXPECT_EQ(counties.value(QStringLiteral("repaired")).toInt(), 10);
    EXPECT_EQ(counties.value(QStringLiteral("sourceCrs")).toString(), QStringLiteral("EPSG:4326"));
}

TEST(CliInfo, DescribesADataset)
{
    const auto r =
        runCliBinary({QStringLiteral("info"),
                      test::demo(QStringLiteral("boundaries/xingtai_counties.geojson"))});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("role: boundary")));
}

TEST(CliInfo, MissingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.gpkg"));
    expectBadInput(runCliBinary({QStringLiteral("info"), path}), path, QStringLiteral("not found"));
}

TEST(CliInfo, CorruptDataset)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.gpkg"));
    test::writeText(path, QStringLiteral("SQLite format 3") + QString(500, QLatin1Char('#')));
    expectBadInput(runCliBinary({QStringLiteral("info"), path}), path,
                   QStringLiteral("cannot read"));
}

TEST(CliInfo, CsvWithoutCoordinateColumns)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    test::writeText(path, QStringLiteral("foo,bar\n1,2\n"));
    expectBadInput(runCliBinary({QStringLiteral("info"), path}), path,
                   QStringLiteral("no coordinate columns"));
}

TEST(CliInfo, ProjectJsonSyntaxError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    test::writeText(path, QStringLiteral("{\n  \"format\": \"worksmap-project\",\n  \"layers\": "
                                         "[\n    {\"id\": \"a\",}\n  ]\n}\n"));
    const auto r = runCliBinary({QStringLiteral("info"), path});
    expectBadInput(r, path + QStringLiteral(":4:"), QStringLiteral("JSON syntax error"));
}

TEST(CliInfo, UnknownRole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    test::writeText(path, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
      "layers": [{"id": "x", "source": "x.gpkg", "role": "toilets"}]})"));
    expectBadInput(runCliBinary({QStringLiteral("info"), path}), path,
                   QStringLiteral("unknown role \"toilets\""));
}

TEST(CliInfo, ProjectWithAMissingSourceStillDescribesTheRest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    test::writeText(path, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
      "layers": [{"id": "gone", "source": "gone.gpkg", "role": "parking"}]})"));
    const auto r = runCliBinary({QStringLiteral("info"), path});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("UNAVAILABLE")));
    EXPECT_TRUE(r.err.contains(dir.filePath(QStringLiteral("gone.gpkg"))));
}

TEST(CliInfo, UsageErrors)
{
    EXPECT_EQ(runCliBinary({}).exitCode, 2);
    EXPECT_EQ(runCliBinary({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runCliBinary({QStringLiteral("info")}).exitCode, 2);
    EXPECT_EQ(runCliBinary({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral("x")})
                  .exitCode,
              2);
    const auto help = runCliBinary({QStringLiteral("info"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--json")));
}

// Issue 17 item 4: a FIFO as a source blocked `info` forever inside GDAL's open.
TEST(CliInfo, regressionFifoSourceIsRefusedAtOnce)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.geojson"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer t;
    t.start();
    expectBadInput(runCliBinary({QStringLiteral("info"), fifo}), fifo,
                   QStringLiteral("not a regular file"));
    // As a project source: the layer is unavailable and named, the run exits 2.
    const QString project = dir.filePath(QStringLiteral("p.worksmap.json"));
    test::writeText(project, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
      "layers": [{"id": "b", "source": "pipe.geojson", "role": "boundary"}]})"));
    const auto r = runCliBinary({QStringLiteral("info"), project});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.contains(QStringLiteral("UNAVAILABLE"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(fifo)) << r.err.toStdString();
    EXPECT_LT(t.elapsed(), 30000);
}
