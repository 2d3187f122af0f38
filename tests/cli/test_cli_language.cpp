// The language of worksmap-cli: Chinese with LANG=zh_CN.UTF-8 (LC_ALL and LC_MESSAGES
// winning over it) or --lang zh_CN, English otherwise or with --lang en. The binary is
// started, since the language is chosen once per process before a verb runs.

#include "analysis/suggest_sites.h"
#include "cli/cli_runner.h"
#include "cli/verb_run.h"
#include "core/loaded_project.h"
#include "core/option_error.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {

const QString kProject = QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");

struct LanguageRun {
    int code = -1;
    QString out, err;
};

/// worksmap-cli with `args`, the locale variables set as given (empty: unset).
LanguageRun runIn(const QStringList& args, const QString& lang, const QString& lcAll = {},
                  const QString& lcMessages = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] :
         {std::pair{QStringLiteral("LANG"), lang}, std::pair{QStringLiteral("LC_ALL"), lcAll},
          std::pair{QStringLiteral("LC_MESSAGES"), lcMessages}}) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    env.remove(QStringLiteral("LANGUAGE"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WORKSMAP_CLI_PATH), args);
    p.waitForFinished(120000);
    LanguageRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList infoOfAMissingFile()
{
    return {QStringLiteral("info"), QStringLiteral("/nonexistent/worksmap-test/parking.gpkg")};
}

} // namespace

TEST(CliLanguage, ChineseFromLang)
{
    const LanguageRun r = runIn(infoOfAMissingFile(), QStringLiteral("zh_CN.UTF-8"));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("parking.gpkg: 文件不存在"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("file not found")));
}

TEST(CliLanguage, LcAllAndLcMessagesComeBeforeLang)
{
    const LanguageRun messages = runIn(infoOfAMissingFile(), QStringLiteral("en_US.UTF-8"),
                                       QString(), QStringLiteral("zh_CN.UTF-8"));
    EXPECT_TRUE(messages.err.contains(QStringLiteral("文件不存在"))) << messages.err.toStdString();
    const LanguageRun all =
        runIn(infoOfAMissingFile(), QStringLiteral("zh_CN.UTF-8"), QStringLiteral("C.UTF-8"));
    EXPECT_TRUE(all.err.contains(QStringLiteral("file not found"))) << all.err.toStdString();
}

TEST(CliLanguage, LangOptionChoosesEitherWay)
{
    const LanguageRun zh =
        runIn(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + infoOfAMissingFile(),
              QStringLiteral("C.UTF-8"));
    EXPECT_EQ(zh.code, 2);
    EXPECT_TRUE(zh.err.contains(QStringLiteral("文件不存在"))) << zh.err.toStdString();
    // After the verb and as --lang=en, against a Chinese environment.
    const LanguageRun en =
        runIn(infoOfAMissingFile() << QStringLiteral("--lang=en"), QStringLiteral("zh_CN.UTF-8"));
    EXPECT_EQ(en.code, 2);
    EXPECT_TRUE(en.err.contains(QStringLiteral("parking.gpkg: file not found")))
        << en.err.toStdString();
}

TEST(CliLanguage, CheckSummaryAndGapsInChinese)
{
    const LanguageRun zh = runIn(
        {QStringLiteral("check"), kProject, QStringLiteral("--lang"), QStringLiteral("zh_CN")},
        QStringLiteral("C.UTF-8"));
    EXPECT_EQ(zh.code, 1) << zh.err.toStdString();
    // The closing summary, the service-radius gaps and the rule kinds by their titles.
    EXPECT_TRUE(zh.out.contains(QStringLiteral("条规则中有"))) << zh.out.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("公里以外")));
    EXPECT_TRUE(zh.out.contains(QStringLiteral("[服务半径覆盖]")));
    EXPECT_FALSE(zh.out.contains(QStringLiteral("villages beyond")));
    const LanguageRun en =
        runIn({QStringLiteral("check"), kProject, QStringLiteral("--lang"), QStringLiteral("en")},
              QStringLiteral("zh_CN.UTF-8"));
    EXPECT_EQ(en.code, 1);
    EXPECT_TRUE(en.out.contains(QStringLiteral("rules fail in at least one unit.")));
    EXPECT_TRUE(en.out.contains(QStringLiteral("villages beyond")));
    EXPECT_TRUE(en.out.contains(QStringLiteral("[service-radius]")));
}

TEST(CliLanguage, TakeLanguageRemovesTheOptionWherever)
{
    QStringList args{QStringLiteral("check"), QStringLiteral("p.json"),  QStringLiteral("--lang"),
                     QStringLiteral("zh_CN"), QStringLiteral("--level"), QStringLiteral("county")};
    EXPECT_EQ(cli::takeLanguage(args), QStringLiteral("zh_CN"));
    EXPECT_EQ(args, (QStringList{QStringLiteral("check"), QStringLiteral("p.json"),
                                 QStringLiteral("--level"), QStringLiteral("county")}));
    QStringList none{QStringLiteral("info"), QStringLiteral("x.gpkg")};
    EXPECT_TRUE(cli::takeLanguage(none).isEmpty());
    EXPECT_EQ(none.size(), 2);
}

TEST(CliLanguage, AnOptionErrorOfTheAnalysisNamesTheFlag)
{
    QTemporaryDir dir;
    const test::VerbOutput r = test::runVerb(
        QStringLiteral("suggest"),
        {kProject, QStringLiteral("--kind"), QStringLiteral("clinic"), QStringLiteral("--radius"),
         QStringLiteral("3km"), QStringLiteral("--candidates"), QStringLiteral("nope"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("s.gpkg"))});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(
        QStringLiteral("worksmap-cli suggest: --candidates: no layer \"nope\" in the project")))
        << r.err.toStdString();
    // The CLI's own check of a value speaks the same way.
    const test::VerbOutput radius = test::runVerb(
        QStringLiteral("suggest"),
        {kProject, QStringLiteral("--kind"), QStringLiteral("clinic"), QStringLiteral("--radius"),
         QStringLiteral("far"), QStringLiteral("--out"), dir.filePath(QStringLiteral("s.gpkg"))});
    EXPECT_EQ(radius.code, 2);
    EXPECT_TRUE(radius.err.contains(QStringLiteral("--radius: \"far\" is not a length above 0")))
        << radius.err.toStdString();
}

TEST(CliLanguage, SuggestSitesNamesTheOptionNotAFlag)
{
    LoadedProject project;
    project.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    SuggestOptions o;
    o.kind = QStringLiteral("clinic");
    o.scenario = QStringLiteral("s");
    o.radiusMetres = 0;
    try {
        suggestSites(project, o);
        FAIL() << "a radius of 0 was accepted";
    } catch (const OptionError& e) {
        EXPECT_EQ(e.key(), QStringLiteral("radius"));
        EXPECT_FALSE(e.message().contains(QStringLiteral("--"))) << e.message().toStdString();
    }
}
