// `render`, `atlas` and `report` under a scenario view (--scenario, --view), and their
// refusal to write over an input, in-process on the scenario fixture (support/).
#include "cli/verb_run.h"
#include "support/scenario_fixture.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using test::runVerb;

namespace {

const QString kRules = QStringLiteral(R"({"units": {"county": "counties"}, "rules": [
    {"id": "clinics", "kind": "one-per-unit", "layer": "facilities",
     "filter": "kind = clinic", "min": 1}]})");

/// Pixels exactly of the proposal colour (the dashed ring, its legend line).
int proposalPixels(const QImage& image)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x)
            n += rgb.pixel(x, y) == qRgb(200, 0, 160);
    return n;
}

test::VerbOutput render(const QString& project, const QString& out, const QStringList& more = {})
{
    return runVerb(QStringLiteral("render"),
                   QStringList{project, QStringLiteral("--out"), out} + more);
}

} // namespace

TEST(CliScenarioOutputs, RenderDrawsTheScenarioWithItsRing)
{
    QTemporaryDir dir;
    const QString project = test::writeScenarioProject(dir);
    const QString current = dir.filePath(QStringLiteral("current.png"));
    const QString plan = dir.filePath(QStringLiteral("plan.png"));
    const QString planCurrent = dir.filePath(QStringLiteral("plan_current.png"));
    ASSERT_EQ(render(project, current).code, 0);
    auto r = render(project, plan, {QStringLiteral("--scenario"), QStringLiteral("2025 PLAN")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    ASSERT_EQ(render(project, planCurrent,
                     {QStringLiteral("--scenario"), QStringLiteral("2025 plan"),
                      QStringLiteral("--view"), QStringLiteral("current")})
                  .code,
              0);
    const QImage a(current), b(plan), c(planCurrent);
    EXPECT_EQ(proposalPixels(a), 0);
    EXPECT_GT(proposalPixels(b), 50); // three rings, the pipe's casing and the legend line
    EXPECT_NE(a, b);
    // The current view of a scenario is the map of what exists, but for its note.
    EXPECT_EQ(proposalPixels(c), 0);
}

TEST(CliScenarioOutputs, AWrongScenarioOrViewExitsTwo)
{
    QTemporaryDir dir;
    const QString project = test::writeScenarioProject(dir);
    const QString png = dir.filePath(QStringLiteral("map.png"));
    auto r = render(project, png, {QStringLiteral("--scenario"), QStringLiteral("2030 plan")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("option B"))) << r.err.toStdString();
    r = render(project, png, {QStringLiteral("--view"), QStringLiteral("both")});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--scenario"))) << r.err.toStdString();
    r = runVerb(QStringLiteral("atlas"),
                {project, QStringLiteral("--out"), dir.filePath(QStringLiteral("a")),
                 QStringLiteral("--scenario"), QStringLiteral("option B"), QStringLiteral("--view"),
                 QStringLiteral("sideways")});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(QFile::exists(png));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("a"))));
}

TEST(CliScenarioOutputs, AtlasOfAScenarioHasAPagePerUnit)
{
    QTemporaryDir dir;
    const QString project = test::writeScenarioProject(dir);
    test::writeText(dir.filePath(QStringLiteral("rules.json")), kRules);
    const QString folder = dir.filePath(QStringLiteral("atlas"));
    const auto r =
        runVerb(QStringLiteral("atlas"),
                {project, QStringLiteral("--out"), folder, QStringLiteral("--format"),
                 QStringLiteral("png"), QStringLiteral("--scenario"), QStringLiteral("2025 plan")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files, QDir::Name),
              (QStringList{QStringLiteral("130501_西县.png"), QStringLiteral("130502_东县.png")}));
    EXPECT_GT(proposalPixels(QImage(QDir(folder).filePath(QStringLiteral("130502_东县.png")))), 0);
}

TEST(CliScenarioOutputs, RenderAtlasAndReportRefuseToWriteOverAnInput)
{
    QTemporaryDir dir;
    const QString project = test::writeScenarioProject(dir);
    // A rules file under an output's name: each verb would replace it.
    const QString rulesPdf = dir.filePath(QStringLiteral("rules.pdf"));
    test::writeText(rulesPdf, kRules);
    const QByteArray before = test::md5(rulesPdf);

    auto r = render(project, rulesPdf,
                    {QStringLiteral("--chart"), QStringLiteral("clinics"),
                     QStringLiteral("--rules"), rulesPdf});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(rulesPdf) && r.err.contains(QStringLiteral("the rules file")))
        << r.err.toStdString();
    EXPECT_EQ(test::md5(rulesPdf), before);

    r = runVerb(QStringLiteral("atlas"),
                {project, QStringLiteral("--out"), rulesPdf, QStringLiteral("--rules"), rulesPdf});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(rulesPdf)) << r.err.toStdString();
    EXPECT_EQ(test::md5(rulesPdf), before);

    // The folder of a unit's page holds the rules under that page's name.
    const QString folder = dir.filePath(QStringLiteral("atlas"));
    QDir().mkpath(folder);
    const QString rulesPage = QDir(folder).filePath(QStringLiteral("130501_西县.pdf"));
    test::writeText(rulesPage, kRules);
    r = runVerb(QStringLiteral("atlas"),
                {project, QStringLiteral("--out"), folder, QStringLiteral("--rules"), rulesPage});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("130501_西县.pdf")});
    EXPECT_EQ(test::md5(rulesPage), before);

    // report: the overview would replace the rules; no page is written.
    const QString out = dir.filePath(QStringLiteral("report"));
    QDir().mkpath(out);
    const QString rulesOverview = QDir(out).filePath(QStringLiteral("overview.png"));
    test::writeText(rulesOverview, kRules);
    r = runVerb(QStringLiteral("report"),
                {project, QStringLiteral("--out"), out, QStringLiteral("--rules"), rulesOverview});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(rulesOverview)) << r.err.toStdString();
    EXPECT_EQ(test::md5(rulesOverview), before);
    EXPECT_FALSE(QFile::exists(QDir(out).filePath(QStringLiteral("overview.pdf"))));
    EXPECT_FALSE(QFile::exists(QDir(out).filePath(QStringLiteral("atlas.pdf"))));
}
