// A project file reads what lies in its folder and writes only there (issue 17, item 7):
// a project mailed around cannot make WorksMap read /etc/passwd or write beside it.
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {
QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& json)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(json).toJson());
}

/// The demo copied into DIR/city, with `source` for the layer `id`.
QString demoWithSource(const QTemporaryDir& dir, const QString& id, const QString& source)
{
    QTemporaryDir inner(dir.filePath(QStringLiteral("city-XXXXXX")));
    inner.setAutoRemove(false);
    const QString project = test::copyDemo(inner);
    QJsonObject json = readJson(project);
    QJsonArray layers = json.value(QStringLiteral("layers")).toArray();
    for (qsizetype i = 0; i < layers.size(); ++i) {
        QJsonObject l = layers[i].toObject();
        if (l.value(QStringLiteral("id")).toString() == id) {
            l[QStringLiteral("source")] = source;
            layers[i] = l;
        }
    }
    json[QStringLiteral("layers")] = layers;
    writeJson(project, json);
    return project;
}
} // namespace

TEST(CliProjectFolder, ASourceOutsideTheFolderIsRefusedUnlessTheProjectAllowsIt)
{
    QTemporaryDir dir;
    const QString project = demoWithSource(dir, QStringLiteral("counties"),
                                           QStringLiteral("../../../../../../../../etc/passwd"));
    auto r = test::runCliBinary({QStringLiteral("check"), project});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("/etc/passwd"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("allowExternalSources"))) << r.err.toStdString();

    // The demo's boundaries moved out of the folder: refused, then read once allowed.
    const QString moved = dir.filePath(QStringLiteral("counties.geojson"));
    const QString elsewhere =
        demoWithSource(dir, QStringLiteral("counties"), QStringLiteral("../counties.geojson"));
    ASSERT_TRUE(QFile::copy(
        QFileInfo(elsewhere).dir().filePath(QStringLiteral("boundaries/xingtai_counties.geojson")),
        moved));
    r = test::runCliBinary({QStringLiteral("info"), elsewhere});
    EXPECT_TRUE(r.out.contains(QStringLiteral("allowExternalSources"))) << r.out.toStdString();
    QJsonObject json = readJson(elsewhere);
    json[QStringLiteral("allowExternalSources")] = true;
    writeJson(elsewhere, json);
    r = test::runCliBinary({QStringLiteral("info"), elsewhere});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("allowExternalSources"))) << r.out.toStdString();
}

TEST(CliProjectFolder, AddToProjectNeverWritesOutsideTheFolder)
{
    QTemporaryDir dir;
    const QString project =
        demoWithSource(dir, QStringLiteral("none"), QString()); // the demo as it is
    QJsonObject json = readJson(project);
    json[QStringLiteral("worksPackage")] = QStringLiteral("../../escape.plan.gpkg");
    json[QStringLiteral("allowExternalSources")] = true; // reading elsewhere is not writing
    writeJson(project, json);
    const QByteArray before = test::md5(project);
    const auto r = test::runCliBinary({QStringLiteral("suggest"), project, QStringLiteral("--kind"),
                                       QStringLiteral("kindergarten"), QStringLiteral("--radius"),
                                       QStringLiteral("3km"), QStringLiteral("--k"),
                                       QStringLiteral("2"), QStringLiteral("--add-to-project")});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("escape.plan.gpkg"))) << r.err.toStdString();
    const QString escaped = QDir::cleanPath(
        QFileInfo(project).dir().filePath(QStringLiteral("../../escape.plan.gpkg")));
    EXPECT_FALSE(QFileInfo::exists(escaped)) << escaped.toStdString();
    EXPECT_EQ(test::md5(project), before);
}
