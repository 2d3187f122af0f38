#include "cli/chart_verb.h"
#include "core/error.h"
#include "support/chart_fixture.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace wm;
using namespace Qt::StringLiterals;
using test::runCliBinary;

namespace {

const QString kProject = QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");

struct VerbRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// Runs the chart verb in-process (GDAL's way: verbs are tested through their class, the
/// binary only once below); a wm::Error is exit 2, as worksmap-cli turns it.
VerbRun chart(const QString& project, const std::map<QString, QString>& options)
{
    cli::Arguments args;
    args.positionals = {project};
    args.values = options;
    VerbRun r;
    QTextStream out(&r.out), err(&r.err);
    try {
        r.exitCode = cli::ChartVerb().run(args, out, err);
    } catch (const Error& e) {
        r.exitCode = cli::BadInput;
        err << e.message();
    }
    out.flush();
    err.flush();
    return r;
}

std::vector<double> values(const QJsonObject& chart, int series = 0)
{
    std::vector<double> out;
    for (const QJsonValue& v :
         chart[u"series"_s].toArray()[series].toObject()[u"values"_s].toArray())
        out.push_back(v.toDouble());
    return out;
}

QStringList categories(const QJsonObject& chart)
{
    QStringList out;
    for (const QJsonValue& v : chart[u"categories"_s].toArray())
        out << v.toString();
    return out;
}

/// Lines of a CSV written by `worksmap-cli check --out`, without BOM and header.
QStringList csvRows(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList rows = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    rows.removeFirst();
    return rows;
}

} // namespace

TEST(CliChart, DemoParkingBarsFollowTheRankingCheckWrites)
{
    QTemporaryDir dir;
    ASSERT_EQ(runCliBinary({u"check"_s, kProject, u"--out"_s, dir.path()}).exitCode, 1);
    // progress CSV: rank, code, name, target, actual, rate_percent, status, note; ranked rows
    // first.
    QStringList names;
    std::vector<double> percents;
    for (const QString& row : csvRows(dir.filePath(u"progress_parking_progress.csv"_s))) {
        const QStringList cells = row.split(u',');
        if (cells[0].isEmpty())
            break;
        names << cells[2];
        percents.push_back(cells[5].toDouble());
    }
    ASSERT_GT(names.size(), 10);

    const VerbRun r = chart(kProject, {{u"indicator"_s, u"parking_progress"_s}, {u"json"_s, {}}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = r.json();
    EXPECT_EQ(categories(json), names);
    const std::vector<double> rates = values(json);
    ASSERT_EQ(rates.size(), percents.size());
    for (std::size_t i = 0; i < rates.size(); ++i)
        EXPECT_NEAR(rates[i] * 100, percents[i], 0.05) << names[qsizetype(i)].toStdString();
    EXPECT_DOUBLE_EQ(json[u"target"_s].toDouble(), 1.0);
    EXPECT_EQ(json[u"format"_s].toString(), u"percent"_s);
}

TEST(CliChart, AServiceRadiusRuleChartsEveryConcernedUnitSorted)
{
    QTemporaryDir dir;
    ASSERT_EQ(runCliBinary({u"check"_s, kProject, u"--out"_s, dir.path()}).exitCode, 1);
    // results CSV: rule, title, code, name, value, …; units with a value are charted.
    std::map<QString, double> expected;
    for (const QString& row : csvRows(dir.filePath(u"results.csv"_s))) {
        const QStringList cells = row.split(u',');
        if (cells[0] == u"care_within_10km"_s && !cells[4].isEmpty())
            expected[cells[3]] = cells[4].toDouble();
    }
    const VerbRun r = chart(kProject, {{u"indicator"_s, u"care_within_10km"_s}, {u"json"_s, {}}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList names = categories(r.json());
    const std::vector<double> shares = values(r.json());
    ASSERT_EQ(std::size_t(names.size()), expected.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        EXPECT_NEAR(shares[std::size_t(i)], expected[names[i]], 1e-9) << names[i].toStdString();
    EXPECT_TRUE(std::is_sorted(shares.rbegin(), shares.rend()));
}

TEST(CliChart, RankingMarksTheRequestedTopAndBottom)
{
    const VerbRun r = chart(kProject, {{u"indicator"_s, u"parking_progress"_s},
                                       {u"type"_s, u"ranking"_s},
                                       {u"top"_s, u"2"_s},
                                       {u"bottom"_s, u"1"_s},
                                       {u"json"_s, {}}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray marks = r.json()[u"marks"_s].toArray();
    ASSERT_GT(marks.size(), 4);
    EXPECT_EQ(marks[0].toString(), u"top"_s);
    EXPECT_EQ(marks[1].toString(), u"top"_s);
    EXPECT_EQ(marks[2].toString(), u"normal"_s);
    EXPECT_EQ(marks[marks.size() - 1].toString(), u"bottom"_s);
    EXPECT_EQ(marks[marks.size() - 2].toString(), u"normal"_s);
}

TEST(CliChart, WritesPngOfTheRequestedSizePdfAndSvg)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"parking.png"_s);
    VerbRun r = chart(kProject, {{u"indicator"_s, u"parking_progress"_s},
                                 {u"out"_s, png},
                                 {u"width"_s, u"900"_s},
                                 {u"height"_s, u"500"_s}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"wrote "_s + png));
    EXPECT_TRUE(r.out.contains(u"临城县"_s)); // the values are printed too
    EXPECT_EQ(QImage(png).size(), QSize(900, 500));

    for (const QString& name : {u"parking.pdf"_s, u"parking.svg"_s}) {
        const QString path = dir.filePath(name);
        r = chart(kProject, {{u"indicator"_s, u"parking_progress"_s},
                             {u"out"_s, path},
                             {u"title"_s, u"停车位完成率"_s}});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (name.endsWith(u".pdf"_s))
            EXPECT_TRUE(bytes.startsWith("%PDF"));
        else
            EXPECT_TRUE(bytes.contains(u"<title>停车位完成率</title>"_s.toUtf8()));
    }
}

TEST(CliChart, StackedAndYearsChartsOfTheSyntheticProject)
{
    QTemporaryDir dir;
    const QString project = test::writeChartProject(dir.path());
    VerbRun r = chart(
        project,
        {{u"type"_s, u"stacked"_s}, {u"indicators"_s, u"parking, sewage"_s}, {u"json"_s, {}}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(categories(r.json()),
              (QStringList{u"丙县"_s, u"甲县"_s, u"乙县"_s, u"丁县"_s, u"戊县"_s}));

    r = chart(project, {{u"type"_s, u"years"_s},
                        {u"table"_s, u"years"_s},
                        {u"year-column"_s, u"year"_s},
                        {u"value-column"_s, u"value"_s},
                        {u"json"_s, {}}});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(categories(r.json()), (QStringList{u"2019"_s, u"2020"_s, u"2021"_s}));
    EXPECT_EQ(values(r.json()), (std::vector<double>{10, 20, 30}));
}

TEST(CliChart, AnUnknownRuleIdExitsTwoNamingIt)
{
    const VerbRun r = chart(kProject, {{u"indicator"_s, u"no_such_rule"_s}});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"no_such_rule"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"parking_progress"_s)) << r.err.toStdString(); // what exists
}

TEST(CliChart, WrongArgumentsExitTwo)
{
    EXPECT_EQ(
        chart(kProject, {{u"indicator"_s, u"parking_progress"_s}, {u"type"_s, u"pie"_s}}).exitCode,
        2);
    EXPECT_EQ(
        chart(kProject, {{u"indicator"_s, u"parking_progress"_s}, {u"out"_s, u"x.gif"_s}}).exitCode,
        2);
    EXPECT_EQ(
        chart(kProject, {{u"width"_s, u"0"_s}, {u"indicator"_s, u"parking_progress"_s}}).exitCode,
        2);
    EXPECT_EQ(chart(kProject, {}).exitCode, 2); // no --indicator
    EXPECT_EQ(chart(kProject, {{u"type"_s, u"years"_s}, {u"table"_s, u"x"_s}}).exitCode, 2);
    // A rule without completion rates has no ranking.
    EXPECT_EQ(chart(kProject, {{u"indicator"_s, u"care_within_10km"_s}, {u"type"_s, u"ranking"_s}})
                  .exitCode,
              2);
}

TEST(CliChart, TheBinaryExitsTwoForAnUnknownRule)
{
    if (runCliBinary({u"chart"_s, u"--help"_s}).exitCode != 0)
        GTEST_SKIP() << "the chart verb is not registered in verb_registry.cpp yet";
    const auto r = runCliBinary({u"chart"_s, kProject, u"--indicator"_s, u"no_such_rule"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"no_such_rule"_s)) << r.err.toStdString();
}
