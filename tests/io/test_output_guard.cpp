#include "core/error.h"
#include "core/project.h"
#include "io/output_guard.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace wm;

namespace {
void touch(const QString& path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("x");
}
} // namespace

TEST(OutputGuard, TheSameFileUnderAnyNameIsRefused)
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    touch(list);
    OutputGuard guard;
    guard.addInput(list, QStringLiteral("the list"));

    EXPECT_TRUE(guard.conflict(dir.filePath(QStringLiteral("other.csv"))).isEmpty());
    EXPECT_FALSE(guard.conflict(list).isEmpty());
    // "./", "..", a symbolic link and a hard link all name the list.
    EXPECT_FALSE(guard.conflict(dir.path() + QStringLiteral("/./list.csv")).isEmpty());
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    EXPECT_FALSE(guard.conflict(dir.path() + QStringLiteral("/sub/../list.csv")).isEmpty());
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(list, link));
    EXPECT_FALSE(guard.conflict(link).isEmpty());
    const QString hard = dir.filePath(QStringLiteral("hard.csv"));
    ASSERT_EQ(::link(QFile::encodeName(list).constData(), QFile::encodeName(hard).constData()), 0);
    EXPECT_FALSE(guard.conflict(hard).isEmpty());

    // The message names both the output and the input.
    try {
        guard.check(link);
        FAIL() << "not refused";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), link);
        EXPECT_TRUE(e.detail().contains(QStringLiteral("the list"))) << e.detail().toStdString();
        EXPECT_TRUE(e.detail().contains(QDir::cleanPath(list))) << e.detail().toStdString();
    }
}

TEST(OutputGuard, AProjectGuardsItsFileWorksPackageSourcesAndShapefileSidecars)
{
    QTemporaryDir dir;
    Project p;
    p.filePath = dir.filePath(QStringLiteral("plan.worksmap.json"));
    LayerEntry roads;
    roads.id = QStringLiteral("roads");
    roads.source = QStringLiteral("roads.shp");
    LayerEntry villages;
    villages.id = QStringLiteral("villages");
    villages.source = QStringLiteral("data/results.csv");
    p.layers << roads << villages;
    OutputGuard guard;
    guard.addProject(p);

    EXPECT_FALSE(guard.conflict(p.filePath).isEmpty());
    EXPECT_FALSE(guard.conflict(p.worksPackagePath()).isEmpty());
    EXPECT_FALSE(guard.conflict(dir.filePath(QStringLiteral("roads.dbf"))).isEmpty());
    EXPECT_FALSE(guard.conflict(dir.filePath(QStringLiteral("data/results.csv"))).isEmpty());
    EXPECT_TRUE(guard.conflict(dir.filePath(QStringLiteral("results.csv"))).isEmpty());
    EXPECT_TRUE(guard.conflict(dir.filePath(QStringLiteral("roads.png"))).isEmpty());
    EXPECT_TRUE(guard.conflict(QString()).isEmpty());
}

TEST(OutputGuard, ProjectsBesideAnOutputAreGuarded)
{
    QTemporaryDir dir;
    QFile::copy(test::demo(QStringLiteral("xingtai-2021.worksmap.json")),
                dir.filePath(QStringLiteral("xingtai-2021.worksmap.json")));
    OutputGuard guard;
    guard.addProjectsIn(dir.path());
    EXPECT_FALSE(guard.conflict(dir.filePath(QStringLiteral("works_synthetic.gpkg"))).isEmpty());
    EXPECT_FALSE(
        guard.conflict(dir.filePath(QStringLiteral("xingtai-2021.worksmap.json"))).isEmpty());
    EXPECT_TRUE(guard.conflict(dir.filePath(QStringLiteral("new.gpkg"))).isEmpty());
}
