// Shared-editing benchmark against a PostgreSQL/PostGIS server: the ten-writer figure of
// issue 19 and the open + first draw of the demo from PostGIS against its GeoPackages.
//
// Data: a SYNTHETIC facilities layer (--features clinics on a line, EPSG:4547) published
// by wm::PostgisPublisher into a schema of its own (dropped at the end); the demo project
// of data/xingtai-2021 published the same way.
//
// Timed:
//   connect      a new libpq connection (PgConnection), the median of 50
//   save         one save of one changed field through PgEditSaver by a single writer over
//                the connection it keeps (describe, BEGIN, UPDATE … WHERE version, COMMIT)
//   writers      --writers threads × --edits saves each on random features, each writer
//                remembering the versions it saw (a conflict takes theirs and goes on, as a
//                planner taking theirs would), each over a connection of its own: edits/s
//                and the conflict count
//   open_draw    the demo project loaded (ProjectLoader) and drawn at 1600×1000 (MapRenderer),
//                from its files and from the published copy, median of --runs
//
//   bench_pg_edits [--server CONNINFO] [--writers N] [--edits N] [--features N] [--runs N]
//   (CONNINFO defaults to $WORKSMAP_TEST_PG; scripts/pg-cluster.sh starts a throw-away server)

#include "bench_process.h"
#include "core/process_memory.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/pg_connection.h"
#include "io/pg_edit_saver.h"
#include "io/postgis_publisher.h"
#include "io/project_loader.h"
#include "io/vector_writer.h"
#include "render/map_renderer.h"
#include "render/project_styles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace wm;
using namespace wmbench;

namespace {


/// A SYNTHETIC project of `n` clinics in a GeoPackage, published into `schema`.
QString publishSynthetic(const QTemporaryDir& dir, const QString& server, const QString& schema,
                         int n, const RoleRegistry& roles)
{
    OutputLayer out;
    out.name = QStringLiteral("clinics_synthetic");
    out.columns = {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("capacity"),
                   QStringLiteral("county_code")};
    out.columnTypes = {FieldType::String, FieldType::String, FieldType::Integer, FieldType::String};
    GEOSContextHandle_t ctx = geosContext();
    for (int i = 0; i < n; ++i) {
        out.rows << QVector<QVariant>{QStringLiteral("clinic"), QStringLiteral("Clinic %1").arg(i),
                                      10 * i, QStringLiteral("130522")};
        GEOSCoordSequence* s = GEOSCoordSeq_create_r(ctx, 1, 2);
        GEOSCoordSeq_setXY_r(ctx, s, 0, 500000 + 100.0 * i, 4100000);
        out.owned.push_back(std::shared_ptr<const GEOSGeometry>(GEOSGeom_createPoint_r(ctx, s),
                                                                GeosGeometryDeleter()));
        out.geometries.push_back(out.owned.back().get());
    }
    const Crs crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    writeGeoPackage(dir.filePath(QStringLiteral("works_synthetic.gpkg")), crs, {out});
    Project p;
    p.name = QStringLiteral("bench_pg_edits SYNTHETIC");
    p.crs = crs;
    LayerEntry e;
    e.id = QStringLiteral("facilities");
    e.source = dir.filePath(QStringLiteral("works_synthetic.gpkg"));
    e.role = QStringLiteral("facility");
    e.synthetic = true;
    p.layers << e;
    p.save(dir.filePath(QStringLiteral("synthetic.worksmap.json")));
    PublishOptions o;
    o.target = server;
    o.schema = schema;
    o.projectOut = dir.filePath(QStringLiteral("synthetic.postgis.worksmap.json"));
    return PostgisPublisher::publish(ProjectLoader(roles).load(p), roles, o).projectOut;
}

bool saveOne(PgConnection& server, const QString& table, qint64 fid, int value, qint64& version)
{
    PgLayerEdits edits;
    edits.layerName = table;
    edits.fields = {{QStringLiteral("capacity"), FieldType::Integer, {}}};
    LayerChanges::Modified m;
    m.feature.fid = fid;
    m.feature.values = {value};
    m.changedColumns = {0};
    edits.changes.modified.push_back(m);
    edits.versions.insert(fid, version);
    try {
        version = PgEditSaver::save(server, Crs::fromDefinition(QStringLiteral("EPSG:4547")),
                                    {edits}, {})[0]
                      .versions.value(fid);
        return true;
    } catch (const EditConflictError& e) {
        version = e.conflicts().front().theirVersion;
        return false;
    }
}

double openAndDraw(const QString& projectPath, const RoleRegistry& roles)
{
    QElapsedTimer t;
    t.start();
    const LoadedProject p = ProjectLoader(roles).load(Project::load(projectPath));
    const QVector<Style> styles = loadProjectStyles(p, roles);
    MapSettings settings;
    settings.size = QSize(1600, 1000);
    settings.extent = p.extent;
    const QImage image = MapRenderer(settings, renderLayers(p, styles)).renderImage();
    if (image.isNull())
        std::fprintf(stderr, "no image\n");
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    configureProcessMemory();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString server =
        argValue(args, QStringLiteral("--server"), qEnvironmentVariable("WORKSMAP_TEST_PG"));
    if (server.isEmpty()) {
        std::fprintf(stderr, "bench_pg_edits: --server CONNINFO or WORKSMAP_TEST_PG needed "
                             "(scripts/pg-cluster.sh start DIR prints one)\n");
        return 2;
    }
    if (!server.startsWith(QLatin1String("PG:")))
        server.prepend(QStringLiteral("PG:"));
    const int writers = argValue(args, QStringLiteral("--writers"), QStringLiteral("10")).toInt();
    const int edits = argValue(args, QStringLiteral("--edits"), QStringLiteral("500")).toInt();
    const int features = argValue(args, QStringLiteral("--features"), QStringLiteral("20")).toInt();
    const int runs = argValue(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    QTemporaryDir dir;
    const QString schema = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
    PgConnection admin(server);
    int rc = 0;
    try {
        publishSynthetic(dir, server, schema, features, roles);
        const QString table = schema + QStringLiteral(".facilities");

        std::vector<double> connect;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            PgConnection c(server);
            connect.push_back(t.nsecsElapsed() / 1e6);
        }
        std::vector<double> save;
        qint64 version = 1;
        PgConnection single(server);
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer t;
            t.start();
            saveOne(single, table, 1, i, version);
            save.push_back(t.nsecsElapsed() / 1e6);
        }
        std::printf("connect_ms %.2f\nsave_one_ms %.2f\n", median(connect), median(save));

        std::atomic<int> accepted{0}, conflicts{0};
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w)
            threads.emplace_back([&, w] {
                QRandomGenerator rng(quint32(7 + w));
                QHash<qint64, qint64> known;
                PgConnection connection(server);
                for (int i = 0; i < edits; ++i) {
                    const qint64 fid = 1 + rng.bounded(features);
                    qint64 v = known.value(fid, fid == 1 ? version : 1);
                    (saveOne(connection, table, fid, w * 100000 + i, v) ? accepted : conflicts)++;
                    known.insert(fid, v);
                }
            });
        for (std::thread& th : threads)
            th.join();
        const double s = t.nsecsElapsed() / 1e9;
        std::printf("writers %d x %d edits on %d features: %.2f s, %.0f edits/s, %d accepted, "
                    "%d conflicts\n",
                    writers, edits, features, s, writers * edits / s, int(accepted),
                    int(conflicts));

        // The demo: files against the published copy.
        QTemporaryDir demoDir;
        const QString demoSchema = schema + QStringLiteral("_demo");
        PublishOptions o;
        o.target = server;
        o.schema = demoSchema;
        o.projectOut = demoDir.filePath(QStringLiteral("demo.postgis.worksmap.json"));
        const QString demoProject =
            QStringLiteral(WORKSMAP_DEMO_DIR) + "/xingtai-2021.worksmap.json";
        PostgisPublisher::publish(ProjectLoader(roles).load(Project::load(demoProject)), roles, o);
        std::vector<double> fromFiles, fromDb;
        for (int r = 0; r < runs; ++r) {
            fromFiles.push_back(openAndDraw(demoProject, roles));
            fromDb.push_back(openAndDraw(o.projectOut, roles));
        }
        std::printf("open_draw_demo_files_s %.3f\nopen_draw_demo_postgis_s %.3f\n",
                    median(fromFiles), median(fromDb));
        admin.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(demoSchema));
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_pg_edits: %s\n", qPrintable(e.message()));
        rc = 1;
    }
    admin.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    return rc;
}
