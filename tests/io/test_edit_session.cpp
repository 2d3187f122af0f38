// The feature editor's core: undo/redo round trips, saving in one transaction, a failed
// save that loses nothing, and copying a user's layer into the project's works package.
#include "core/edit_commands.h"
#include "core/error.h"
#include "io/edit_session.h"
#include "io/gdal_support.h"
#include "io/project_loader.h"
#include "io/vector_reader.h"
#include "io/works_package.h"
#include "support/test_support.h"

#include <QFile>

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

using namespace wm;
using namespace wm::test;

namespace {

const Crs kCrs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));

QString wktOf(const GEOSGeometry* g)
{
    if (!g)
        return {};
    GEOSWKTWriter* w = GEOSWKTWriter_create_r(geosContext());
    GEOSWKTWriter_setTrim_r(geosContext(), w, 1);
    GEOSWKTWriter_setRoundingPrecision_r(geosContext(), w, 3);
    char* text = GEOSWKTWriter_write_r(geosContext(), w, g);
    const QString s = QString::fromUtf8(text);
    GEOSFree_r(geosContext(), text);
    GEOSWKTWriter_destroy_r(geosContext(), w);
    return s;
}

SharedGeom geom(const char* wkt)
{
    GEOSWKTReader* r = GEOSWKTReader_create_r(geosContext());
    GeomPtr g(GEOSWKTReader_read_r(geosContext(), r, wkt));
    GEOSWKTReader_destroy_r(geosContext(), r);
    return shareGeometry(std::move(g));
}

/// A layer as comparable text: one line per feature, "fid|wkt|v1|v2…", in layer order.
QStringList dump(const Layer& layer, bool withFid = true)
{
    QStringList lines;
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        QStringList parts;
        if (withFid)
            parts << QString::number(layer.fid(i));
        parts << wktOf(layer.geometry(i));
        for (int c = 0; c < layer.attributes.fieldCount(); ++c)
            parts << layer.attributes.toString(i, c);
        lines << parts.join(QLatin1Char('|'));
    }
    return lines;
}

/// Three clinics and one pipe in EPSG:4547, written by the test.
QString writeWorks(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("works.gpkg"));
    writeVector(path, "GPKG", QStringLiteral("facilities"), 4547, wkbPoint,
                {{QStringLiteral("kind")},
                 {QStringLiteral("name")},
                 {QStringLiteral("capacity"), OFTInteger},
                 {QStringLiteral("scenario")}},
                {{QStringLiteral("POINT (500000 4100000)"), {"clinic", "A", "10", ""}},
                 {QStringLiteral("POINT (501000 4100000)"), {"clinic", "B", "20", ""}},
                 {QStringLiteral("POINT (502000 4100000)"), {"kindergarten", "C", "30", ""}}});
    return path;
}

std::shared_ptr<const Layer> readLayer(const QString& path, const QString& name)
{
    ReadOptions o;
    o.layerName = name;
    return std::make_shared<Layer>(VectorReader::read(path, o));
}

/// One edit of each kind, pushed on the session's stack; returns the new feature's fid.
qint64 editEverything(EditSession& session, FeatureEditBuffer* b)
{
    EditableFeature added{
        b->newFid(), geom("POINT (503000 4101000)"), {"clinic", "D", 40, "2022 plan"}};
    const qint64 fid = added.fid;
    session.push(new AddFeatureCommand(b, added, QStringLiteral("add")));
    session.push(new SetGeometryCommand(b, b->feature(0).fid, geom("POINT (500500 4100500)"),
                                        QStringLiteral("move")));
    session.push(new DeleteFeaturesCommand(b, {b->feature(1).fid}, QStringLiteral("delete")));
    session.push(new SetValuesCommand(b, b->feature(1).fid, {{1, QStringLiteral("C2")}, {2, 35}},
                                      QStringLiteral("attributes")));
    return fid;
}

} // namespace

TEST(EditSession, UndoAllRestoresTheLayerAndRedoAllTheEdits)
{
    QTemporaryDir dir;
    const auto base = readLayer(writeWorks(dir), QStringLiteral("facilities"));
    EditSession session;
    FeatureEditBuffer* b = session.start(QStringLiteral("facilities"), {}, {}, base);
    const QStringList original = dump(*base);
    editEverything(session, b);
    const QStringList edited = dump(*b->toLayer());
    // A moved, B deleted, C renamed and resized, D added at the end.
    ASSERT_EQ(edited, (QStringList{"1|POINT (500500 4100500)|clinic|A|10|",
                                   "3|POINT (502000 4100000)|kindergarten|C2|35|",
                                   "-1|POINT (503000 4101000)|clinic|D|40|2022 plan"}));
    const LayerChanges c = b->changes();
    EXPECT_EQ(c.added.size(), 1u);
    EXPECT_EQ(c.removed, std::vector<qint64>{2});
    ASSERT_EQ(c.modified.size(), 2u);
    EXPECT_TRUE(c.modified[0].geometryChanged);
    EXPECT_EQ(c.modified[1].changedColumns, (QVector<int>{1, 2}));

    while (session.undoStack()->canUndo())
        session.undoStack()->undo();
    EXPECT_EQ(dump(*b->toLayer()), original);
    EXPECT_FALSE(b->hasChanges());
    while (session.undoStack()->canRedo())
        session.undoStack()->redo();
    EXPECT_EQ(dump(*b->toLayer()), edited);
}

TEST(EditSession, EveryChangeIsAnnouncedOnceForItsLayer)
{
    QTemporaryDir dir;
    EditSession session;
    FeatureEditBuffer* b = session.start(QStringLiteral("f"), {}, {},
                                         readLayer(writeWorks(dir), QStringLiteral("facilities")));
    int announced = 0;
    QObject::connect(&session, &EditSession::layerChanged, [&](const QString& id) {
        EXPECT_EQ(id, QStringLiteral("f"));
        ++announced;
    });
    editEverything(session, b);
    session.undoStack()->undo();
    EXPECT_EQ(announced, 5);
}

TEST(EditSession, SaveWritesEveryEditAndRenumbersNewFeatures)
{
    QTemporaryDir dir;
    const QString path = writeWorks(dir);
    EditSession session;
    FeatureEditBuffer* b = session.start(QStringLiteral("f"), path, QStringLiteral("facilities"),
                                         readLayer(path, QStringLiteral("facilities")));
    editEverything(session, b);
    const EditSession::Pending written = session.save(kCrs);
    EXPECT_EQ(written.added, 1);
    EXPECT_EQ(written.removed, 1);
    EXPECT_EQ(written.modified, 2);
    EXPECT_FALSE(session.hasChanges());
    EXPECT_FALSE(session.undoStack()->canUndo());

    const auto reread = readLayer(path, QStringLiteral("facilities"));
    EXPECT_EQ(dump(*reread), (QStringList{"1|POINT (500500 4100500)|clinic|A|10|",
                                          "3|POINT (502000 4100000)|kindergarten|C2|35|",
                                          "4|POINT (503000 4101000)|clinic|D|40|2022 plan"}));
    // The buffer took the stored fid: a further edit of D updates, not adds, it.
    EXPECT_EQ(b->feature(2).fid, 4);
    EXPECT_EQ(dump(*b->toLayer()), dump(*reread));
}

TEST(EditSession, SaveTransformsFromTheProjectCrsIntoTheLayerCrs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("geo.gpkg"));
    writeVector(path, "GPKG", QStringLiteral("sites"), 4490, wkbPoint, {{QStringLiteral("name")}},
                {{QStringLiteral("POINT (114.5 37.0)"), {"A"}}});
    ReadOptions o;
    o.targetCrs = kCrs;
    auto base = std::make_shared<Layer>(VectorReader::read(path, o));
    EditSession session;
    FeatureEditBuffer* b = session.start(QStringLiteral("s"), path, QStringLiteral("sites"), base);
    // 114.5° E is 0.5° east of zone 38's central meridian 114°: x = 500000 + ~44.5 km.
    double x = 0, y = 0;
    GEOSGeomGetX_r(geosContext(), base->geometry(0), &x);
    GEOSGeomGetY_r(geosContext(), base->geometry(0), &y);
    session.push(new SetGeometryCommand(
        b, 1,
        geom(
            qPrintable(QStringLiteral("POINT (%1 %2)").arg(x + 1000, 0, 'f', 3).arg(y, 0, 'f', 3))),
        QStringLiteral("move")));
    session.save(kCrs);
    const auto reread = readLayer(path, QStringLiteral("sites"));
    double lon = 0, lat = 0;
    GEOSGeomGetX_r(geosContext(), reread->geometry(0), &lon);
    GEOSGeomGetY_r(geosContext(), reread->geometry(0), &lat);
    // 1 km east at 37° N is 1 / (111.32 · cos 37°) ≈ 0.01125° of longitude.
    EXPECT_NEAR(lon, 114.5 + 0.01125, 0.0002);
    EXPECT_NEAR(lat, 37.0, 0.0002);
}

TEST(EditSession, AFailedSaveMidwayLeavesTheFileAndKeepsEveryEdit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("strict.gpkg"));
    {
        // A NOT NULL name: the second write of the save (a new feature without a name)
        // fails after the first (a move) went into the transaction.
        gdal::ensureRegistered();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        std::unique_ptr<GDALDataset> ds(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRSpatialReference srs;
        srs.importFromEPSG(4547);
        OGRLayer* l = ds->CreateLayer("sites", &srs, wkbPoint, nullptr);
        OGRFieldDefn name("name", OFTString);
        name.SetNullable(FALSE);
        l->CreateField(&name);
        OGRFeature f(l->GetLayerDefn());
        f.SetField(0, "A");
        OGRPoint p(500000, 4100000);
        f.SetGeometry(&p);
        ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);
    }
    const QByteArray before = test::md5(path);
    EditSession session;
    FeatureEditBuffer* b = session.start(QStringLiteral("s"), path, QStringLiteral("sites"),
                                         readLayer(path, QStringLiteral("sites")));
    session.push(
        new SetGeometryCommand(b, 1, geom("POINT (500100 4100100)"), QStringLiteral("move")));
    EditableFeature unnamed{b->newFid(), geom("POINT (500200 4100200)"), {QVariant()}};
    session.push(new AddFeatureCommand(b, unnamed, QStringLiteral("add")));
    const QStringList edited = dump(*b->toLayer());

    try {
        session.save(kCrs);
        FAIL() << "the save should have failed";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("strict.gpkg")))
            << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("new feature 1")))
            << e.message().toStdString();
    }
    EXPECT_EQ(test::md5(path), before);
    EXPECT_EQ(dump(*readLayer(path, QStringLiteral("sites"))),
              QStringList{"1|POINT (500000 4100000)|A"});
    EXPECT_EQ(dump(*b->toLayer()), edited);
    EXPECT_EQ(session.undoStack()->count(), 2);

    // Fixed in the session, the same edits then save.
    session.push(
        new SetValuesCommand(b, unnamed.fid, {{0, QStringLiteral("B")}}, QStringLiteral("name")));
    session.save(kCrs);
    EXPECT_EQ(dump(*readLayer(path, QStringLiteral("sites"))),
              (QStringList{"1|POINT (500100 4100100)|A", "2|POINT (500200 4100200)|B"}));
}

TEST(EditSession, ASaveIntoALockedFileFailsAndKeepsTheEdits)
{
    QTemporaryDir dir;
    const QString path = writeWorks(dir);
    EditSession session;
    FeatureEditBuffer* b = session.start(QStringLiteral("f"), path, QStringLiteral("facilities"),
                                         readLayer(path, QStringLiteral("facilities")));
    session.push(new DeleteFeaturesCommand(b, {1, 2}, QStringLiteral("delete")));
    // Another program (another connection) is in the middle of writing the file.
    std::unique_ptr<GDALDataset> other(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    ASSERT_TRUE(other);
    ASSERT_EQ(other->StartTransaction(), OGRERR_NONE);
    OGRLayer* l = other->GetLayerByName("facilities");
    OGRFeature f(l->GetLayerDefn());
    f.SetField("name", "held");
    ASSERT_EQ(l->CreateFeature(&f), OGRERR_NONE);

    EXPECT_THROW(session.save(kCrs), Error);
    EXPECT_EQ(session.pending().removed, 2);
    EXPECT_EQ(b->count(), 1);
    other->RollbackTransaction();
    other.reset();
    EXPECT_EQ(readLayer(path, QStringLiteral("facilities"))->featureCount(), 3);
    session.save(kCrs);
    EXPECT_EQ(readLayer(path, QStringLiteral("facilities"))->featureCount(), 1);
}

TEST(WorksPackage, AdoptCopiesAUsersLayerAndNeverWritesTheSource)
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("sent_by_county.geojson"));
    writeVector(source, "GeoJSON", QStringLiteral("clinics"), 4490, wkbPoint,
                {{QStringLiteral("类别")}, {QStringLiteral("名称")}},
                {{QStringLiteral("POINT (114.5 37.0)"), {"clinic", "甲村卫生室"}},
                 {QStringLiteral("POINT (114.6 37.1)"), {"clinic", "乙村卫生室"}}});
    const QByteArray before = test::md5(source);
    Project project;
    project.filePath = dir.filePath(QStringLiteral("plan.worksmap.json"));
    project.crs = kCrs;
    LayerEntry entry;
    entry.id = QStringLiteral("clinics");
    entry.source = QStringLiteral("sent_by_county.geojson");
    entry.role = QStringLiteral("facility");
    project.layers << entry;
    const LoadedProject loaded = ProjectLoader(shippedRoles()).load(project);
    const LayerRole& role = *shippedRoles().role(QStringLiteral("facility"));

    const AdoptResult r = WorksPackage::adopt(project, loaded.layers[0], role, kCrs);
    EXPECT_TRUE(r.copied);
    EXPECT_EQ(r.features, 2);
    EXPECT_EQ(r.entry.source, QStringLiteral("plan.plan.gpkg"));
    EXPECT_EQ(r.entry.layerName, QStringLiteral("clinics"));
    // kind and name mapped from 类别/名称; the role's other fields added empty.
    EXPECT_TRUE(r.addedFields.contains(QStringLiteral("scenario")));
    EXPECT_TRUE(r.addedFields.contains(QStringLiteral("status")));
    EXPECT_FALSE(r.addedFields.contains(QStringLiteral("kind")));
    EXPECT_EQ(test::md5(source), before);

    Project after = project;
    after.layers[0] = r.entry;
    EXPECT_TRUE(WorksPackage::holds(after, r.entry));
    const auto copy = readLayer(after.worksPackagePath(), QStringLiteral("clinics"));
    ASSERT_EQ(copy->featureCount(), 2);
    EXPECT_EQ(copy->attributes.toString(1, copy->attributes.indexOf(QStringLiteral("名称"))),
              QStringLiteral("乙村卫生室"));
    EXPECT_EQ(copy->crs, kCrs);
    EXPECT_GE(copy->attributes.indexOf(QStringLiteral("scenario")), 0);

    // Adopted again by a project that does not name the copy (a run stopped before the
    // project file was saved): the copy is taken, not made twice.
    const AdoptResult again = WorksPackage::adopt(project, loaded.layers[0], role, kCrs);
    EXPECT_TRUE(again.reused);
    EXPECT_FALSE(again.copied);
    EXPECT_EQ(again.entry.layerName, QStringLiteral("clinics"));
    // The same source re-added beside the copy the project uses gets a copy of its own.
    LayerEntry readded = entry;
    readded.id = QStringLiteral("clinics_again");
    after.layers << readded;
    EXPECT_EQ(WorksPackage::adopt(after, loaded.layers[0], role, kCrs).entry.layerName,
              QStringLiteral("clinics_2"));
}
