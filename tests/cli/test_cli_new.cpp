#include "core/role_registry.h"
#include "io/project_loader.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using test::runCliBinary;

namespace {

/// Rows of a bundled division table whose column `column` is `value`, counted here by a plain
/// scan of the file (independent of the project creator).
int rowsWith(const char* file, int column, const QString& value)
{
    QFile f(QStringLiteral(WORKSMAP_DEMO_DIR "/../hebei/") + QString::fromLatin1(file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    int n = 0;
    f.readLine();
    while (!f.atEnd())
        n += QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(',')).value(column) ==
             value;
    return n;
}

} // namespace

TEST(CliNew, ACityOfHebeiWithItsCountiesDivisionTablesAndEmptyWorks)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("chengde"));
    const auto r = runCliBinary({QStringLiteral("new"), QStringLiteral("--city"),
                                 QStringLiteral("承德市"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("承德市 (1308): 11 county-level unit(s)")))
        << r.out.toStdString();

    const QString projectPath = QDir(out).filePath(QStringLiteral("承德市.worksmap.json"));
    const ProjectLoader loader(test::shippedRoles());
    const LoadedProject p = loader.load(Project::load(projectPath));
    ASSERT_EQ(p.layers.size(), 5);
    for (const LoadedLayer& l : p.layers)
        EXPECT_TRUE(l.isAvailable()) << l.entry.id.toStdString() << l.problem.toStdString();
    const LoadedLayer* counties = p.layer(QStringLiteral("counties"));
    ASSERT_NE(counties, nullptr);
    ASSERT_EQ(counties->data->featureCount(), 11);
    const int code = counties->data->attributes.indexOf(QStringLiteral("code"));
    QStringList codes;
    for (qsizetype i = 0; i < 11; ++i)
        codes << counties->data->attributes.value(i, code).toString();
    for (const QString& c : codes)
        EXPECT_TRUE(c.startsWith(QStringLiteral("1308"))) << c.toStdString();
    EXPECT_TRUE(codes.contains(QStringLiteral("130881"))); // 平泉市, renamed from 平泉县

    // The division tables hold exactly Chengde's rows.
    EXPECT_EQ(p.layer(QStringLiteral("division_villages"))->data->featureCount(),
              rowsWith("hebei_villages.csv", 6, QStringLiteral("1308")));
    EXPECT_GT(p.layer(QStringLiteral("division_villages"))->data->featureCount(), 2000);
    for (const char* works : {"facilities", "parking", "pipes"})
        EXPECT_EQ(p.layer(QString::fromLatin1(works))->data->featureCount(), 0) << works;

    // Its starter rules run (nothing is built yet: every township lacks its health centre).
    const auto check = runCliBinary({QStringLiteral("check"), projectPath});
    EXPECT_EQ(check.exitCode, 1) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("health centre(s) missing")));

    // A Chengde list matches there by name (胡营村 of 刘杖子乡, 承德县).
    const QString list = dir.filePath(QStringLiteral("chengde_sewage_synthetic.csv"));
    test::writeText(list, QStringLiteral("县,乡镇,村名\n承德县,刘杖子乡,胡营村\n"), "UTF-8");
    const auto imported =
        runCliBinary({QStringLiteral("import"), list, QStringLiteral("--role"),
                      QStringLiteral("village"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("sewage.gpkg")), QStringLiteral("--gazetteer"),
                      QDir(out).filePath(QStringLiteral("reference/villages.csv"))});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("matched by name (code): 1")))
        << imported.out.toStdString();

    // With the project, names match in its area only: a village of Xingtai (北关社区 of
    // 南长街街道, 襄都区) is rejected saying where it lies, not matched nor offered as a typo.
    const QString mixed = dir.filePath(QStringLiteral("mixed_synthetic.csv"));
    test::writeText(mixed,
                    QStringLiteral("县,乡镇,村名\n承德县,刘杖子乡,胡营村\n"
                                   "襄都区,南长街街道,北关社区\n"),
                    "UTF-8");
    const QString gpkg = dir.filePath(QStringLiteral("mixed.gpkg"));
    const auto scoped = runCliBinary({QStringLiteral("import"), mixed, QStringLiteral("--role"),
                                      QStringLiteral("village"), QStringLiteral("--out"), gpkg,
                                      QStringLiteral("--project"), projectPath});
    EXPECT_EQ(scoped.exitCode, 0) << scoped.err.toStdString();
    EXPECT_TRUE(scoped.out.contains(QStringLiteral("matched by name (code): 1")))
        << scoped.out.toStdString();
    QFile rejects(dir.filePath(QStringLiteral("mixed_rejects.csv")));
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly)) << scoped.out.toStdString();
    const QString rejected = QString::fromUtf8(rejects.readAll());
    EXPECT_TRUE(rejected.contains(QStringLiteral("outside the project's area: 邢台市 › 襄都区 › "
                                                 "南长街街道 › 北关社区居民委员会")))
        << rejected.toStdString();
}

TEST(CliNew, OneCountyAndWhatIsRefused)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pingquan"));
    const auto r = runCliBinary({QStringLiteral("new"), QStringLiteral("--city"),
                                 QStringLiteral("平泉"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("平泉市 (130881): 1 county-level unit(s)")));
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("%1 villages")
                           .arg(rowsWith("hebei_villages.csv", 4, QStringLiteral("130881")))));

    // The folder now holds a project: a second run refuses to write into it.
    const auto again = runCliBinary({QStringLiteral("new"), QStringLiteral("--city"),
                                     QStringLiteral("平泉市"), QStringLiteral("--out"), out});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not empty")));
    // A place outside Hebei is named with the cities there are.
    const auto unknown =
        runCliBinary({QStringLiteral("new"), QStringLiteral("--city"), QStringLiteral("太原市"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("x"))});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("承德市"))) << unknown.err.toStdString();
}
