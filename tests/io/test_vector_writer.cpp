#include "core/crs.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "io/vector_writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wm;

namespace {
GeomPtr wkt(const char* text)
{
    return GeomPtr(GEOSGeomFromWKT_r(geosContext(), text));
}
} // namespace

TEST(VectorWriter, LinesAndPolygonsGetOneDeclaredMultiType)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.gpkg"));
    const GeomPtr line = wkt("LINESTRING (0 0, 3 4)");
    const GeomPtr multi = wkt("MULTILINESTRING ((0 0, 1 0), (5 5, 5 6))");
    const GeomPtr square = wkt("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");
    OutputLayer pipes{QStringLiteral("pipes"),
                      {QStringLiteral("kind"), QStringLiteral("km")},
                      {{QStringLiteral("heating"), 0.005}, {QStringLiteral("gas"), QVariant()}},
                      {line.get(), multi.get()}};
    OutputLayer units{QStringLiteral("units"),
                      {QStringLiteral("code")},
                      {{QStringLiteral("130501")}, {QStringLiteral("130502")}},
                      {square.get(), nullptr}};
    writeGeoPackage(path, Crs::fromDefinition(QStringLiteral("EPSG:4547")), {pipes, units});
    EXPECT_TRUE(QDir(dir.path())
                    .entryList({QStringLiteral("*partial*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());

    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRLayer* p = ds->GetLayerByName("pipes");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(wkbFlatten(p->GetGeomType()), wkbMultiLineString);
    double total = 0;
    for (auto& f : *p)
        total += f->GetGeometryRef()->toMultiLineString()->get_Length();
    EXPECT_DOUBLE_EQ(total, 5.0 + 1.0 + 1.0);
    OGRLayer* u = ds->GetLayerByName("units");
    ASSERT_NE(u, nullptr);
    EXPECT_EQ(wkbFlatten(u->GetGeomType()), wkbMultiPolygon);
    EXPECT_EQ(u->GetFeatureCount(), 2);
}

TEST(VectorWriter, AFailedWriteLeavesThePreviousFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.gpkg"));
    const GeomPtr point = wkt("POINT (1 2)");
    const Crs crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    writeGeoPackage(path, crs,
                    {{QStringLiteral("first"), {QStringLiteral("a")}, {{1}}, {point.get()}}});
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    // Two layers of one name: GDAL refuses the second, midway through the write.
    const OutputLayer twice{QStringLiteral("same"), {QStringLiteral("a")}, {{2}}, {point.get()}};
    EXPECT_THROW(writeGeoPackage(path, crs, {twice, twice}), Error);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    EXPECT_TRUE(QDir(dir.path())
                    .entryList({QStringLiteral("*partial*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
}

TEST(VectorWriter, APartialFileOfAKilledRunIsRemovedWithANoteAndALiveOnesKept)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sites.gpkg"));
    // A run that was killed: its process is gone (a child that exited and was reaped).
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    ASSERT_GT(child, 0);
    waitpid(child, nullptr, 0);
    const QString dead =
        dir.filePath(QStringLiteral(".sites.gpkg.partial-%1.gpkg").arg(qint64(child)));
    // A run still writing (this process's parent is alive).
    const QString live =
        dir.filePath(QStringLiteral(".sites.gpkg.partial-%1.gpkg").arg(qint64(getppid())));
    for (const QString& f : {dead, live}) {
        QFile file(f);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("half a GeoPackage");
    }
    const GeomPtr point = wkt("POINT (1 2)");
    const QStringList notes =
        writeGeoPackage(path, Crs::fromDefinition(QStringLiteral("EPSG:4547")),
                        {{QStringLiteral("sites"), {QStringLiteral("a")}, {{1}}, {point.get()}}});
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.first().contains(dead)) << notes.first().toStdString();
    EXPECT_FALSE(QFile::exists(dead));
    EXPECT_TRUE(QFile::exists(live));
    EXPECT_TRUE(QFile::exists(path));
}
