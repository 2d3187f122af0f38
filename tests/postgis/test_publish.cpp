// publish: a project into a PostGIS schema and back. The copy must read as the file project
// does (features, attributes, geometries, CRS, check results), and publishing again must
// neither duplicate nor overwrite what counties edited since.
#include "core/project.h"
#include "io/postgis_publisher.h"
#include "postgis/pg_fixture.h"
#include "support/test_support.h"

#include <QFile>

using namespace wm;
using namespace wm::test;

namespace {

const LoadedLayer* layerById(const LoadedProject& p, const QString& id)
{
    for (const LoadedLayer& l : p.layers)
        if (l.entry.id == id)
            return &l;
    return nullptr;
}

} // namespace

TEST_F(PostgisTest, PublishedDemoReadsBackAsTheFileProject)
{
    QTemporaryDir demoDir;
    const QString demoProject = copyDemo(demoDir);
    const LoadedProject file = load(demoProject);
    const QString shared = publish(demoProject);
    const LoadedProject db = load(shared);

    EXPECT_EQ(db.crs, file.crs);
    int compared = 0;
    for (const LoadedLayer& f : file.layers) {
        if (!f.data)
            continue;
        const LoadedLayer* d = layerById(db, f.entry.id);
        ASSERT_NE(d, nullptr) << f.entry.id.toStdString();
        ASSERT_TRUE(d->data) << f.entry.id.toStdString() << ": " << d->problem.toStdString();
        EXPECT_TRUE(d->entry.source.startsWith(QLatin1String("PG:")));
        EXPECT_EQ(d->entry.layerName, schema() + QLatin1Char('.') + f.entry.id);
        ASSERT_EQ(d->data->featureCount(), f.data->featureCount()) << f.entry.id.toStdString();
        for (int c = 0; c < f.data->attributes.fieldCount(); ++c) {
            const QString name = f.data->attributes.fields()[c].name;
            const int dc = d->data->attributes.indexOf(name);
            ASSERT_GE(dc, 0) << f.entry.id.toStdString() << "." << name.toStdString();
            for (qsizetype i = 0; i < f.data->featureCount(); ++i)
                ASSERT_EQ(d->data->attributes.toString(i, dc), f.data->attributes.toString(i, c))
                    << f.entry.id.toStdString() << " row " << i << " " << name.toStdString();
        }
        for (qsizetype i = 0; i < f.data->featureCount(); ++i) {
            const GEOSGeometry* a = f.data->geometry(i);
            const GEOSGeometry* b = d->data->geometry(i);
            ASSERT_EQ(a == nullptr, b == nullptr) << f.entry.id.toStdString() << " row " << i;
            if (!a)
                continue;
            // Polygon layers are stored as MultiPolygon: a single polygon comes back as a
            // collection of one, vertex for vertex.
            if (GEOSGeomTypeId_r(geosContext(), a) != GEOSGeomTypeId_r(geosContext(), b) &&
                GEOSGetNumGeometries_r(geosContext(), b) == 1)
                b = GEOSGetGeometryN_r(geosContext(), b, 0);
            ASSERT_EQ(GEOSEqualsExact_r(geosContext(), a, b, 1e-6), 1)
                << f.entry.id.toStdString() << " row " << i;
        }
        ++compared;
    }
    EXPECT_EQ(compared, 16);

    // The same rules give the same report, read from the files or from the database.
    const QString rules = demoDir.filePath(QStringLiteral("rules.json"));
    const CliRun fromFiles =
        runCliBinary({QStringLiteral("check"), demoProject, QStringLiteral("--rules"), rules});
    const CliRun fromDb =
        runCliBinary({QStringLiteral("check"), shared, QStringLiteral("--rules"), rules});
    EXPECT_EQ(fromDb.exitCode, fromFiles.exitCode) << fromDb.err.toStdString();
    EXPECT_EQ(fromDb.out, fromFiles.out);
    EXPECT_GT(fromFiles.out.size(), 1000);
}

TEST_F(PostgisTest, PublishKeepsVersionsAndWritesAProjectWithoutCredentials)
{
    const QString project = writeSmallProject(6);
    PublishOptions o;
    o.target = server() + QStringLiteral(" password=secret");
    o.schema = schema();
    o.projectOut = mDir.filePath(QStringLiteral("shared.worksmap.json"));
    const PublishResult r = PostgisPublisher::publish(load(project), shippedRoles(), o);
    ASSERT_EQ(r.tables.size(), 1);
    EXPECT_EQ(r.tables[0].features, 6);
    const QStringList added{QStringLiteral("status"), QStringLiteral("township_code"),
                            QStringLiteral("village_code"), QStringLiteral("year"),
                            QStringLiteral("scenario")};
    EXPECT_EQ(r.tables[0].addedFields, added);
    QFile f(r.projectOut);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_FALSE(text.contains("secret"));
    EXPECT_FALSE(text.contains("password"));

    const PgResult rows = admin().exec(
        QStringLiteral(
            "SELECT count(*), min(version), max(version), sum(capacity) FROM %1.facilities")
            .arg(schema()));
    EXPECT_EQ(rows.integer(0, 0), 6);
    EXPECT_EQ(rows.integer(0, 1), 1);
    EXPECT_EQ(rows.integer(0, 2), 1);
    EXPECT_EQ(rows.integer(0, 3), 10 * (0 + 1 + 2 + 3 + 4 + 5));
    // A GiST index on the geometry, and the trigger raising the version.
    EXPECT_EQ(admin()
                  .exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = $1 AND "
                                       "indexdef LIKE '%USING gist%'"),
                        {schema()})
                  .integer(0, 0),
              1);
    admin().exec(QStringLiteral("UPDATE %1.facilities SET name = 'x' WHERE fid = 2").arg(schema()));
    EXPECT_EQ(
        admin()
            .exec(QStringLiteral("SELECT version, updated_by FROM %1.facilities WHERE fid = 2")
                      .arg(schema()))
            .text(0, 0),
        QStringLiteral("2"));
}

TEST_F(PostgisTest, PublishAgainReplacesButNeverOverEditsOrAnotherProject)
{
    const QString project = writeSmallProject(4);
    publish(project);
    // Again: the same tables, not twice the features.
    publish(project);
    const auto count = [&] {
        return admin()
            .exec(QStringLiteral("SELECT count(*) FROM %1.facilities").arg(schema()))
            .integer(0, 0);
    };
    EXPECT_EQ(count(), 4);

    // A county edits in the database: publishing again would overwrite it.
    admin().exec(
        QStringLiteral("UPDATE %1.facilities SET name = 'edited' WHERE fid = 1").arg(schema()));
    admin().exec(QStringLiteral("DELETE FROM %1.facilities WHERE fid = 2").arg(schema()));
    try {
        publish(project);
        FAIL() << "published over edits";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("2 features"))) << e.message().toStdString();
    }
    EXPECT_EQ(count(), 3);
    PublishOptions o;
    o.target = server();
    o.schema = schema();
    o.replace = true;
    o.projectOut = mDir.filePath(QStringLiteral("again.worksmap.json"));
    PostgisPublisher::publish(load(project), shippedRoles(), o);
    EXPECT_EQ(count(), 4);

    // Another project may not take the schema.
    Project other = Project::load(project);
    other.name = QStringLiteral("Another city");
    other.save(mDir.filePath(QStringLiteral("other.worksmap.json")));
    try {
        publish(other.filePath);
        FAIL() << "published over another project";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("another project")))
            << e.message().toStdString();
    }
    // Nor a schema of tables WorksMap did not make.
    const QString foreign = schema() + QStringLiteral("_x");
    admin().exec(QStringLiteral("CREATE SCHEMA %1").arg(foreign));
    admin().exec(QStringLiteral("CREATE TABLE %1.t (a int)").arg(foreign));
    o.schema = foreign;
    try {
        PostgisPublisher::publish(load(project), shippedRoles(), o);
        ADD_FAILURE() << "published into a foreign schema";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QLatin1String("did not publish")))
            << e.message().toStdString();
    }
    admin().exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(foreign));
}

TEST(PostgisNames, SchemaAndTableNamesAreSqlIdentifiers)
{
    EXPECT_EQ(PostgisPublisher::schemaFor(QStringLiteral("/x/xingtai-2021.worksmap.json")),
              QStringLiteral("xingtai_2021"));
    EXPECT_EQ(PostgisPublisher::schemaFor(QStringLiteral("/x/邢台.worksmap.json")),
              QStringLiteral("worksmap"));
    EXPECT_EQ(PostgisPublisher::schemaFor(QStringLiteral("/x/2021 Plan.json")),
              QStringLiteral("worksmap_2021_plan"));
    EXPECT_TRUE(PostgisPublisher::schemaProblem(QStringLiteral("xingtai_2021")).isEmpty());
    EXPECT_FALSE(PostgisPublisher::schemaProblem(QStringLiteral("public")).isEmpty());
    EXPECT_FALSE(PostgisPublisher::schemaProblem(QStringLiteral("a;drop")).isEmpty());
    EXPECT_FALSE(PostgisPublisher::schemaProblem(QStringLiteral("Upper")).isEmpty());
    EXPECT_EQ(PostgisPublisher::tableFor(QStringLiteral("Target-Parking")),
              QStringLiteral("target_parking"));
    EXPECT_EQ(PgConnection::withoutPassword(QStringLiteral("PG:host=a password='x y' dbname=d")),
              QStringLiteral("PG:host=a dbname=d"));
    EXPECT_EQ(PgConnection::connInfo(QStringLiteral("PG:service=w schemas=s tables=t")),
              QStringLiteral("service=w"));
}
