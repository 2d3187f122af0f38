// Checks near the data (issue 19): the coverage measures on 1,000,000 villages computed by
// PostGIS (io/pg_measures) against the same measures in memory (analysis/measures) after
// reading the villages.
//
// Data: the real 19 Xingtai counties (data/xingtai-2021, repaired, EPSG:4547); the
// SYNTHETIC 1,000,000 points of bench_load (synthetic_points_1m.gpkg, uniform over the
// city's bounding box, so about half fall inside a county) as villages; the SYNTHETIC
// 2,000 facilities of bench_coverage (half of them clinics or not, by kind). Loading them
// into the database (ogr2ogr for the points, the publisher's writer for the rest, GiST
// indexes) is not timed.
//
// Timed (median of --runs):
//   sql_count        villages per county (PgMeasures::count)
//   sql_radius       villages per county and those beyond 3 km of a clinic (withinRadius)
//   memory_read      the 1M points read into a Layer in EPSG:4547 (VectorReader, bulk)
//   memory_count     assignPointsToUnits on them
//   memory_radius    nearestDistances to the clinics + the per-county tally
// Both sides' per-county figures are compared and must be equal.
//
//   bench_pg_measures [--server CONNINFO] [--runs N] [--data-dir DIR]

#include "analysis/measures.h"
#include "core/process_memory.h"
#include "io/pg_connection.h"
#include "io/pg_measures.h"
#include "io/vector_reader.h"
#include "io/vector_writer.h"
#include "synthetic_data.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <gdal.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

using namespace wm;
using namespace wmbench;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template <typename F> double timed(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    configureProcessMemory();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto arg = [&](const char* name, const QString& fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    QString server = arg("--server", qEnvironmentVariable("WORKSMAP_TEST_PG"));
    if (server.isEmpty()) {
        std::fprintf(stderr, "bench_pg_measures: --server CONNINFO or WORKSMAP_TEST_PG needed\n");
        return 2;
    }
    if (!server.startsWith(QLatin1String("PG:")))
        server.prepend(QStringLiteral("PG:"));
    const int runs = arg("--runs", QStringLiteral("3")).toInt();
    const std::string dataDir =
        arg("--data-dir", QStringLiteral("/tmp/worksmap-bench")).toStdString();
    std::filesystem::create_directories(dataDir);
    GDALAllRegister();
    const std::string pointsPath = (std::filesystem::path(dataDir) / PointsFile).string();
    ensureDataset(pointsPath, PointCount, generatePoints);

    const QString schema =
        QStringLiteral("bench_measures_%1").arg(QCoreApplication::applicationPid());
    PgConnection c(server);
    int rc = 0;
    try {
        CoverageDataset data = makeCoverageDataset(
            QStringLiteral(WORKSMAP_DEMO_DIR "/boundaries/xingtai_counties.geojson"));
        const Crs crs = data.counties->crs;
        c.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema));
        writePostgisTables(server, schema, crs,
                           {outputLayerOf(*data.counties, QStringLiteral("counties")),
                            outputLayerOf(data.facilities, QStringLiteral("facilities"))},
                           {}, {});
        QProcess ogr;
        ogr.start(QStringLiteral("ogr2ogr"),
                  {QStringLiteral("-f"), QStringLiteral("PostgreSQL"), server,
                   QString::fromStdString(pointsPath), QStringLiteral("-t_srs"), crs.id(),
                   QStringLiteral("-nln"), schema + QStringLiteral(".villages"),
                   QStringLiteral("-lco"), QStringLiteral("GEOMETRY_NAME=geom"),
                   QStringLiteral("-lco"), QStringLiteral("FID=fid")});
        ogr.waitForFinished(-1);
        if (ogr.exitCode() != 0)
            throw Error(QString::fromStdString(pointsPath),
                        QString::fromUtf8(ogr.readAllStandardError()));
        c.exec(QStringLiteral("ANALYZE %1.villages").arg(schema));
        c.exec(QStringLiteral("ANALYZE %1.facilities").arg(schema));
        std::printf(
            "villages in the database: %lld\n",
            c.exec(QStringLiteral("SELECT count(*) FROM %1.villages").arg(schema)).integer(0, 0));

        PgMeasures db(c, schema + QStringLiteral(".counties"));
        const FeatureFilter clinics = FeatureFilter::parse(QStringLiteral("kind = clinic"));
        std::vector<double> sqlCount, sqlRadius, memRead, memCount, memRadius;
        std::vector<double> countDb, countMem;
        PgMeasures::Radius radiusDb;
        std::vector<int> beyondMem;
        for (int r = 0; r < runs; ++r) {
            sqlCount.push_back(
                timed([&] { countDb = db.count(schema + QStringLiteral(".villages")); }));
            sqlRadius.push_back(timed([&] {
                radiusDb = db.withinRadius(schema + QStringLiteral(".villages"), {},
                                           schema + QStringLiteral(".facilities"),
                                           QStringLiteral("kind = 'clinic'"), 3000);
            }));
            Layer villages;
            memRead.push_back(timed([&] {
                ReadOptions o;
                o.targetCrs = crs;
                villages = VectorReader::read(QString::fromStdString(pointsPath), o);
            }));
            std::vector<int> unitOf;
            memCount.push_back(timed([&] {
                unitOf = assignPointsToUnits(*data.units, villages);
                countMem.assign(std::size_t(data.units->size()), 0.0);
                for (int u : unitOf)
                    if (u >= 0)
                        countMem[std::size_t(u)] += 1;
            }));
            memRadius.push_back(timed([&] {
                const std::vector<double> d = nearestDistances(villages, data.facilities, clinics);
                beyondMem.assign(std::size_t(data.units->size()), 0);
                for (std::size_t i = 0; i < d.size(); ++i)
                    if (unitOf[i] >= 0 && !(d[i] <= 3000.0))
                        ++beyondMem[std::size_t(unitOf[i])];
            }));
        }
        const bool same = countDb == countMem && radiusDb.beyond == beyondMem;
        double inside = 0;
        for (double v : countMem)
            inside += v;
        std::printf("villages inside the counties: %.0f\n", inside);
        std::printf("sql_count_s %.3f\nsql_radius_s %.3f\nmemory_read_s %.3f\nmemory_count_s "
                    "%.3f\nmemory_radius_s %.3f\nsame_per_county %s\n",
                    median(sqlCount), median(sqlRadius), median(memRead), median(memCount),
                    median(memRadius), same ? "yes" : "NO");
        rc = same ? 0 : 1;
    } catch (const std::exception& e) {
        const auto* err = dynamic_cast<const Error*>(&e);
        std::fprintf(stderr, "bench_pg_measures: %s\n",
                     err ? qPrintable(err->message()) : e.what());
        rc = 1;
    }
    c.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    return rc;
}
