// `check` near the data: tables above --in-database-above rows are left in PostGIS and
// measured by SQL (sql/pg_near_data). The same rules must give the same report as the check
// of the files in memory, and the filters written as SQL must select the rows the
// in-memory filter selects.
#include "analysis/feature_filter.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_loader.h"
#include "io/vector_reader.h"
#include "postgis/pg_fixture.h"
#include "sql/filter_sql.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace wm;
using namespace wm::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// stdout without the "wrote FILE" lines (the folders differ).
QString withoutWrote(const QString& out)
{
    QStringList keep;
    for (const QString& line : out.split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("wrote ")))
            keep << line;
    return keep.join(QLatin1Char('\n'));
}

/// The fids of a failing-features layer of a check's coverage.gpkg, as GDAL reads them.
QStringList codesIn(const QString& gpkg, const QString& layer)
{
    ReadOptions o;
    o.layerName = layer;
    const Layer l = VectorReader::read(gpkg, o);
    const int code = l.attributes.indexOf(QStringLiteral("code"));
    QStringList out;
    for (qsizetype i = 0; i < l.featureCount(); ++i)
        out << l.attributes.toString(i, code);
    return out;
}

} // namespace

TEST_F(PostgisTest, CheckInTheDatabaseGivesTheReportOfTheCheckInMemory)
{
    QTemporaryDir demoDir;
    const QString demoProject = copyDemo(demoDir);
    const QString shared = publish(demoProject);
    const QString rules = demoDir.filePath(QStringLiteral("rules.json"));
    const QString outFiles = mDir.filePath(QStringLiteral("files"));
    const QString outDb = mDir.filePath(QStringLiteral("db"));

    // Every table of more than 0 rows is left in the database.
    const CliRun fromFiles =
        runCliBinary({QStringLiteral("check"), demoProject, QStringLiteral("--rules"), rules,
                      QStringLiteral("--out"), outFiles});
    const CliRun inDb =
        runCliBinary({QStringLiteral("check"), shared, QStringLiteral("--rules"), rules,
                      QStringLiteral("--in-database-above"), QStringLiteral("0"),
                      QStringLiteral("--timings"), QStringLiteral("--out"), outDb});
    EXPECT_EQ(inDb.exitCode, fromFiles.exitCode) << inDb.err.toStdString();
    EXPECT_EQ(fromFiles.exitCode, 1); // the demo fails some rules
    EXPECT_EQ(withoutWrote(inDb.out), withoutWrote(fromFiles.out));
    EXPECT_GT(fromFiles.out.size(), 1000);
    for (const char* f :
         {"results.csv", "progress_parking_progress.csv", "progress_heating_progress.csv"}) {
        const QByteArray a = fileBytes(outFiles + QLatin1Char('/') + QLatin1String(f));
        EXPECT_FALSE(a.isEmpty()) << f;
        EXPECT_EQ(fileBytes(outDb + QLatin1Char('/') + QLatin1String(f)), a) << f;
    }
    // The villages beyond 10 km were the only villages read; the same ones, in order.
    const QStringList beyond = codesIn(outFiles + QStringLiteral("/coverage.gpkg"),
                                       QStringLiteral("failing_care_within_10km"));
    EXPECT_GT(beyond.size(), 10);
    EXPECT_EQ(codesIn(outDb + QStringLiteral("/coverage.gpkg"),
                      QStringLiteral("failing_care_within_10km")),
              beyond);

    // What ran in the database: counts and sums by code, clipped km by position, radius
    // coverage; what it cannot say (names of units without polygon) read the table.
    for (const char* measure :
         {"timing rule villages", "count of villages", "km of pipes", "count of facilities",
          "sum of population in villages", "sum of capacity in facilities",
          "villages within 10000 m of facilities", "parking read whole"})
        EXPECT_TRUE(inDb.err.contains(QLatin1String(measure))) << measure << "\n"
                                                               << inDb.err.toStdString();
    // The radius rule counted the villages there and read only those beyond; the road
    // rule (travel times are computed in memory) read them.
    const QRegularExpression radiusLine(QStringLiteral("timing rule care_within_10km [^\\n]*"));
    const QString radius = radiusLine.match(inDb.err).captured(0);
    EXPECT_TRUE(radius.contains(QLatin1String("villages within 10000 m"))) << radius.toStdString();
    EXPECT_FALSE(radius.contains(QLatin1String("read whole"))) << radius.toStdString();
}

TEST_F(PostgisTest, LargeTablesAreLeftInTheDatabaseWithTheirFields)
{
    QTemporaryDir demoDir;
    const QString shared = publish(copyDemo(demoDir));
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    ProjectLoader loader(roles);
    loader.setLeaveInDatabaseAbove(5000);
    const LoadedProject p = loader.load(Project::load(shared));
    const LoadedLayer* villages = p.layer(QStringLiteral("villages"));
    const LoadedLayer* facilities = p.layer(QStringLiteral("facilities"));
    const LoadedLayer* counties = p.layer(QStringLiteral("counties"));
    ASSERT_TRUE(villages && facilities && counties);
    // 5,313 villages and 7,697 facilities are more than 5,000; 19 counties are read.
    ASSERT_TRUE(villages->isRemote());
    EXPECT_EQ(villages->remote->rows, 5313);
    EXPECT_EQ(villages->remote->table, schema() + QStringLiteral(".villages"));
    EXPECT_EQ(villages->data->featureCount(), 0);
    EXPECT_GE(villages->data->attributes.indexOf(QStringLiteral("population")), 0);
    EXPECT_EQ(villages->data->kind, GeometryKind::Point);
    EXPECT_TRUE(facilities->isRemote());
    EXPECT_FALSE(counties->isRemote());
    EXPECT_EQ(counties->data->featureCount(), 19);
    // The project's extent still covers the villages left in the database.
    ASSERT_FALSE(villages->remote->extent.isNull());
    EXPECT_LE(p.extent.xMin, villages->remote->extent.xMin);
    EXPECT_GE(p.extent.xMax, villages->remote->extent.xMax);
    EXPECT_LE(p.extent.yMin, villages->remote->extent.yMin);
    EXPECT_GE(p.extent.yMax, villages->remote->extent.yMax);
}

TEST_F(PostgisTest, FiltersWrittenAsSqlSelectTheRowsTheFilterSelectsInMemory)
{
    const QString t = schema() + QStringLiteral(".filter_rows");
    admin().execScript(
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS %2; CREATE TABLE %1 (fid serial PRIMARY KEY, "
                       "kind text, code text, n integer, x double "
                       "precision, geom geometry(Point, 4547)); "
                       "INSERT INTO %1 (kind, code, n, x, geom) VALUES "
                       "(' Clinic ', '130522', 300, 0.30000000000000004, 'SRID=4547;POINT(1 1)'), "
                       "('clinic', '13052', 299, 0.3, 'SRID=4547;POINT(2 2)'), "
                       "(NULL, NULL, NULL, NULL, 'SRID=4547;POINT(3 3)'), "
                       "('', '130523001', 0, 1e10, 'SRID=4547;POINT(4 4)'), "
                       "(E'CLINIC\\t', ' 130523 ', 300, 2.5, 'SRID=4547;POINT(5 5)'), "
                       "('school', '130522x', -1, NULL, 'SRID=4547;POINT(6 6)'), "
                       "('诊所', '130522', 5, 0.1, 'SRID=4547;POINT(7 7)'), "
                       "('O''Brien \\ clinic', '1', 300, 300, 'SRID=4547;POINT(8 8)')")
            .arg(t, schema()));
    ReadOptions o;
    o.layerName = t;
    const Layer layer = VectorReader::read(server(), o);
    ASSERT_EQ(layer.featureCount(), 8);

    int compared = 0;
    for (const char* text :
         {"kind = clinic", "kind != clinic", "kind in (clinic, school)", "kind = ''", "kind != ''",
          "kind in ('', school)", "n = 300", "n = 300.0", "n != 300", "x = 0.3", "x = 1e10",
          "n in (300, 0)", "kind = clinic and n = 300", "kind = 诊所", "code = 130522",
          "code != 130522", "kind = \"O'Brien \\ clinic\""}) {
        bool ok = false;
        const FeatureFilter f = FeatureFilter::parse(QString::fromUtf8(text), &ok);
        ASSERT_TRUE(ok) << text;
        const std::optional<QString> sql = filterToSql(f, layer.attributes, t);
        ASSERT_TRUE(sql.has_value()) << text;
        const std::vector<std::uint8_t> pass = f.matchAll(layer);
        QStringList inMemory;
        for (qsizetype i = 0; i < layer.featureCount(); ++i)
            if (pass[std::size_t(i)])
                inMemory << QString::number(layer.fid(i));
        const PgResult r =
            admin().exec(QStringLiteral("SELECT fid FROM %1 wm_t WHERE %2 ORDER BY fid")
                             .arg(PgConnection::qualifiedTable(t),
                                  sql->isEmpty() ? QStringLiteral("true") : *sql));
        QStringList inDb;
        for (int row = 0; row < r.rows(); ++row)
            inDb << r.text(row, 0);
        EXPECT_EQ(inDb, inMemory) << text << "\n" << sql->toStdString();
        compared += inMemory.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(compared, 14); // most filters select something

    // A word against a number column is compared as printed text in memory: not in SQL.
    EXPECT_FALSE(filterToSql(FeatureFilter::parse(QStringLiteral("n = abc")), layer.attributes, t));
}
