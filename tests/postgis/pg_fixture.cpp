#include "postgis/pg_fixture.h"

#include "core/project.h"
#include "io/postgis_publisher.h"
#include "io/project_loader.h"
#include "support/test_support.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace wm::test {

QString PostgisTest::server()
{
    const QString s = qEnvironmentVariable("WORKSMAP_TEST_PG");
    return s.isEmpty() ? s : QStringLiteral("PG:") + s;
}

QString PostgisTest::serverAs(const QString& role)
{
    QString s = server();
    s.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + role);
    return s;
}

void PostgisTest::SetUp()
{
    if (server().isEmpty()) {
        if (qEnvironmentVariable("WORKSMAP_REQUIRE_PG") == QLatin1String("1"))
            FAIL() << "WORKSMAP_TEST_PG is not set but WORKSMAP_REQUIRE_PG=1";
        GTEST_SKIP() << "no test server: run through scripts/test.sh (WORKSMAP_TEST_PG)";
    }
    ASSERT_TRUE(mDir.isValid());
    mAdmin = std::make_unique<PgConnection>(server());
    mSchema = QStringLiteral("wmt_%1_%2")
                  .arg(QCoreApplication::applicationPid())
                  .arg(QRandomGenerator::global()->bounded(1000000));
}

void PostgisTest::TearDown()
{
    if (!mAdmin)
        return;
    try {
        mAdmin->exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(mSchema));
        const PgResult roles = mAdmin->exec(
            QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)"),
            {mSchema + QLatin1Char('_')});
        for (int i = 0; i < roles.rows(); ++i) {
            const QString role = PgConnection::quoted(roles.text(i, 0));
            mAdmin->exec(QStringLiteral("DROP OWNED BY %1").arg(role));
            mAdmin->exec(QStringLiteral("DROP ROLE %1").arg(role));
        }
    } catch (const Error& e) {
        ADD_FAILURE() << "cleaning up: " << e.message().toStdString();
    }
}

QString PostgisTest::writeSmallProject(int count)
{
    QVector<Row> rows;
    for (int i = 0; i < count; ++i)
        rows << Row{QStringLiteral("POINT (%1 4100000)").arg(500000 + 1000 * i),
                    {QStringLiteral("clinic"), QStringLiteral("Clinic %1").arg(i),
                     QString::number(10 * i),
                     i % 2 == 0 ? QStringLiteral("130522") : QStringLiteral("130523")}};
    writeVector(mDir.filePath(QStringLiteral("works.gpkg")), "GPKG", QStringLiteral("clinics"),
                4547, wkbPoint,
                {{QStringLiteral("kind")},
                 {QStringLiteral("name")},
                 {QStringLiteral("capacity"), OFTInteger},
                 {QStringLiteral("county_code")}},
                rows);
    Project p;
    p.name = QStringLiteral("Small test project");
    p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    LayerEntry e;
    e.id = QStringLiteral("facilities");
    e.source = mDir.filePath(QStringLiteral("works.gpkg"));
    e.layerName = QStringLiteral("clinics");
    e.role = QStringLiteral("facility");
    p.layers << e;
    const QString path = mDir.filePath(QStringLiteral("small.worksmap.json"));
    p.save(path);
    return path;
}

LoadedProject PostgisTest::load(const QString& projectPath)
{
    return ProjectLoader(shippedRoles()).load(Project::load(projectPath));
}

QString PostgisTest::publish(const QString& projectPath, bool roles)
{
    PublishOptions o;
    o.target = server();
    o.schema = mSchema;
    o.roles = roles;
    o.projectOut = mDir.filePath(QStringLiteral("shared.worksmap.json"));
    return PostgisPublisher::publish(load(projectPath), shippedRoles(), o).projectOut;
}

} // namespace wm::test
