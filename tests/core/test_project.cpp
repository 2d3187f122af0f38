#include "core/error.h"
#include "core/project.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wm;

namespace {

Project sampleProject()
{
    Project p;
    p.name = QStringLiteral("测试项目");
    p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    p.extent = Extent::of(500000, 4000000, 600000, 4100000);
    LayerEntry a;
    a.id = QStringLiteral("counties");
    a.title = QStringLiteral("县级边界");
    a.source = QStringLiteral("/data/b/counties.geojson");
    a.role = QStringLiteral("boundary");
    LayerEntry b;
    b.id = QStringLiteral("parking");
    b.source = QStringLiteral("/data/works.gpkg");
    b.layerName = QStringLiteral("parking_synthetic");
    b.role = QStringLiteral("parking");
    b.visible = false;
    b.opacity = 0.5;
    b.synthetic = true;
    b.encoding = QStringLiteral("GBK");
    p.layers = {a, b};
    return p;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(Project, SavesAndLoadsEveryFieldWithSourcesRelativeToTheFile)
{
    QTemporaryDir dir;
    Project p = sampleProject();
    p.layers[0].source = dir.filePath(QStringLiteral("b/counties.geojson"));
    p.layers[1].source = dir.filePath(QStringLiteral("works.gpkg"));
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    p.save(path);

    const QByteArray text = readAll(path);
    EXPECT_TRUE(text.contains("\"source\": \"b/counties.geojson\""));
    EXPECT_TRUE(text.contains("\"schemaVersion\": 1"));

    const Project loaded = Project::load(path);
    EXPECT_EQ(loaded, p);
    EXPECT_EQ(loaded.absoluteSource(loaded.layers[0]),
              dir.filePath(QStringLiteral("b/counties.geojson")));
}

TEST(Project, AutoCrsRoundTrips)
{
    QTemporaryDir dir;
    Project p = sampleProject();
    p.crs = Crs();
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    p.save(path);
    EXPECT_TRUE(readAll(path).contains("\"crs\": \"auto\""));
    EXPECT_FALSE(Project::load(path).crs.isValid());
}

TEST(Project, SyntaxErrorNamesFileLineAndColumn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.worksmap.json"));
    test::writeText(
        path,
        QStringLiteral(
            "{\n  \"format\": \"worksmap-project\",\n  \"name\": \"x\"\n  \"layers\": []\n}\n"));
    try {
        Project::load(path);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_EQ(e.line(), 4); // the missing comma is noticed at the start of line 4
        EXPECT_GT(e.column(), 0);
        EXPECT_TRUE(e.message().startsWith(path + QStringLiteral(":4:")));
    }
}

TEST(Project, RejectsOtherJsonAndNewerSchemas)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json"));
    test::writeText(a, QStringLiteral("{\"hello\": 1}"));
    EXPECT_THROW(Project::load(a), Error);
    const QString b = dir.filePath(QStringLiteral("b.json"));
    test::writeText(b, QStringLiteral("{\"format\": \"worksmap-project\", \"schemaVersion\": 99}"));
    try {
        Project::load(b);
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(e.detail().contains(QStringLiteral("99")));
    }
    const QString c = dir.filePath(QStringLiteral("c.json"));
    test::writeText(c, QStringLiteral("{\"format\": \"worksmap-project\", \"schemaVersion\": 1, "
                                      "\"layers\": [{\"id\": \"x\"}]}"));
    EXPECT_THROW(Project::load(c), Error);
}

TEST(Project, AFailedSaveLeavesTheOldFileIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    Project p = sampleProject();
    p.save(path);
    const QByteArray before = readAll(path);
    ASSERT_GT(before.size(), 300);

    // A real write failure, even as root: the child may not write files larger than 200
    // bytes (RLIMIT_FSIZE), so the new, larger content cannot be written.
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        signal(SIGXFSZ, SIG_IGN);
        rlimit limit{200, 200};
        setrlimit(RLIMIT_FSIZE, &limit);
        Project bigger = p;
        bigger.name = QString(2000, QLatin1Char('x'));
        try {
            bigger.save(path);
        } catch (const Error&) {
            _exit(42); // the save reported its failure
        }
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 42);
    EXPECT_EQ(readAll(path), before);
    // No temporary file is left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("p.worksmap.json")});
    EXPECT_EQ(Project::load(path).name, p.name); // the old project still loads
}

TEST(Project, SourcesOutsideTheFolderAreReadOnlyWhenTheProjectAllowsThem)
{
    QTemporaryDir root;
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("city/data")));
    const QString folder = root.filePath(QStringLiteral("city"));
    test::writeText(root.filePath(QStringLiteral("secret.csv")), QStringLiteral("a\n1\n"));
    test::writeText(folder + QStringLiteral("/data/villages.csv"), QStringLiteral("a\n1\n"));
    // A link inside the folder that points out of it is outside too.
    ASSERT_TRUE(QFile::link(root.filePath(QStringLiteral("secret.csv")),
                            folder + QStringLiteral("/data/link.csv")));

    Project p =
        Project::fromJson(QJsonObject{{QStringLiteral("format"), QLatin1String(Project::Format)},
                                      {QStringLiteral("schemaVersion"), 1}},
                          folder + QStringLiteral("/city.worksmap.json"));
    const auto entry = [](const QString& source) {
        LayerEntry e;
        e.id = QStringLiteral("x");
        e.role = QStringLiteral("village");
        e.source = source;
        return e;
    };
    EXPECT_EQ(p.sourceProblem(entry(QStringLiteral("data/villages.csv"))), QString());
    EXPECT_EQ(p.sourceProblem(entry(QStringLiteral("./data/../data/villages.csv"))), QString());
    EXPECT_EQ(p.sourceProblem(entry(QStringLiteral("xyz:https://t.example/{z}/{x}/{y}.png"))),
              QString());
    for (const QString& outside :
         {QStringLiteral("../secret.csv"), QStringLiteral("../../../../../../etc/passwd"),
          root.filePath(QStringLiteral("secret.csv")), QStringLiteral("data/link.csv"),
          QStringLiteral("data/../../city2/x.csv")}) {
        const QString why = p.sourceProblem(entry(outside));
        EXPECT_TRUE(why.contains(QStringLiteral("allowExternalSources"))) << outside.toStdString();
    }
    p.allowExternalSources = true;
    EXPECT_EQ(p.sourceProblem(entry(QStringLiteral("../secret.csv"))), QString());

    // Written and read back.
    p.layers = {entry(QStringLiteral("data/villages.csv"))};
    p.save(p.filePath);
    EXPECT_TRUE(readAll(p.filePath).contains("\"allowExternalSources\": true"));
    EXPECT_TRUE(Project::load(p.filePath).allowExternalSources);

    // Saved into another folder, the sources it read are now outside: still readable.
    Project moved = Project::load(p.filePath);
    moved.allowExternalSources = false;
    moved.save(root.filePath(QStringLiteral("elsewhere.worksmap.json")));
    EXPECT_FALSE(moved.allowExternalSources); // elsewhere/ is above city/: still inside
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("other")));
    moved.save(root.filePath(QStringLiteral("other/moved.worksmap.json")));
    EXPECT_TRUE(moved.allowExternalSources);
    EXPECT_EQ(moved.sourceProblem(moved.layers[0]), QString());
}

TEST(Project, TheWorksPackageIsNeverOutsideTheFolder)
{
    QTemporaryDir root;
    ASSERT_TRUE(QDir(root.path()).mkpath(QStringLiteral("a/b")));
    Project p;
    p.filePath = root.filePath(QStringLiteral("a/b/p.worksmap.json"));
    EXPECT_EQ(p.worksPackageProblem(), QString()); // the default, beside the file
    p.worksPackage = QStringLiteral("plans/p.plan.gpkg");
    EXPECT_EQ(p.worksPackageProblem(), QString());
    p.worksPackage = QStringLiteral("../../escape.plan.gpkg");
    EXPECT_TRUE(p.worksPackageProblem().contains(root.filePath(QStringLiteral("escape.plan.gpkg"))))
        << p.worksPackageProblem().toStdString();
    p.allowExternalSources = true; // reading from elsewhere never allows writing there
    EXPECT_FALSE(p.worksPackageProblem().isEmpty());
}

TEST(Project, AControlCharacterInAPathIsRefusedNamingTheLayer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
    // A NUL cut the name Qt and GDAL saw ("Broken filename passed to function").
    test::writeText(path, QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
        "layers": [{"id": "v", "role": "village", "source": "ref/a\u0000b.csv"}]})"));
    try {
        Project::load(path);
        FAIL() << "loaded";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_TRUE(e.detail().contains(QStringLiteral("U+0000"))) << e.detail().toStdString();
        EXPECT_TRUE(e.detail().contains(QStringLiteral("layer 1"))) << e.detail().toStdString();
    }
}
