// `check` near the data (issue 19): the demo's rules on 1,000,000 SYNTHETIC villages in
// PostGIS, measured by SQL in the database (the villages left there, PgNearData) against
// the same check after reading every village into memory.
//
// Data: the demo project (data/xingtai-2021) published into a schema of its own, whose
// villages table is then replaced by --villages SYNTHETIC villages: ST_GeneratePoints in
// each real county (seeded, in proportion to its area), codes of that county, population
// 100–3,100. Making them is not timed.
//
// Timed (median of --runs), each from opening the project to the last rule:
//   sql     the villages left in the database (more than --above rows, default 200,000),
//           rules by SQL
//   memory  every table read (the villages over GDAL's PostgreSQL driver), rules in memory
// Every rule's value per county must be equal on both paths, or the bench fails.
//
//   bench_check_in_database [--server CONNINFO] [--villages N] [--runs N] [--above ROWS]
//   (CONNINFO defaults to $WORKSMAP_TEST_PG; scripts/pg-cluster.sh starts a throw-away server)

#include "analysis/coverage_check.h"
#include "bench_process.h"
#include "core/error.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "io/pg_connection.h"
#include "io/postgis_publisher.h"
#include "io/project_loader.h"
#include "sql/pg_near_data.h"
#include "synthetic_data.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace wm;
using namespace wmbench;

namespace {

struct Run {
    double loadSeconds = 0;
    double ruleSeconds = 0;
    CoverageCheck check;
};

Run checkOnce(const QString& project, const QString& rulesPath, const RoleRegistry& roles,
              qint64 leaveAbove)
{
    QElapsedTimer t;
    t.start();
    ProjectLoader loader(roles);
    loader.setLeaveInDatabaseAbove(leaveAbove);
    const LoadedProject p = loader.load(Project::load(project));
    const double load = t.nsecsElapsed() / 1e9;
    t.restart();
    PgNearData near(p, roles);
    const RulesFile rules = RulesFile::load(rulesPath);
    CoverageCheck check = CoverageCheck::run(p, rules, QStringLiteral("county"), {}, &near);
    return {load, t.nsecsElapsed() / 1e9, std::move(check)};
}

/// The rules' values per unit that differ between the two checks.
int differences(const CoverageCheck& a, const CoverageCheck& b)
{
    int n = 0;
    for (std::size_t r = 0; r < a.results.size(); ++r)
        for (std::size_t u = 0; u < a.results[r].verdicts.size(); ++u) {
            const double x = a.results[r].verdicts[u].value;
            const double y = b.results[r].verdicts[u].value;
            if (!(std::isnan(x) && std::isnan(y)) &&
                std::abs(x - y) > 1e-6 * std::max(1.0, std::abs(x))) {
                std::fprintf(stderr, "rule %s unit %zu: %.9g (SQL) vs %.9g (memory)\n",
                             qPrintable(a.results[r].id), u, x, y);
                ++n;
            }
        }
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString server =
        argValue(args, QStringLiteral("--server"), qEnvironmentVariable("WORKSMAP_TEST_PG"));
    if (server.isEmpty()) {
        std::fprintf(stderr, "bench_check_in_database: --server CONNINFO or WORKSMAP_TEST_PG "
                             "needed (scripts/pg-cluster.sh start DIR prints one)\n");
        return 2;
    }
    if (!server.startsWith(QLatin1String("PG:")))
        server.prepend(QStringLiteral("PG:"));
    const qint64 villages =
        argValue(args, QStringLiteral("--villages"), QStringLiteral("1000000")).toLongLong();
    const int runs = argValue(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const qint64 above =
        argValue(args, QStringLiteral("--above"), QStringLiteral("200000")).toLongLong();
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const QString schema = QStringLiteral("bench_check_%1").arg(QCoreApplication::applicationPid());
    const QString demo = QStringLiteral(WORKSMAP_DEMO_DIR) + "/xingtai-2021.worksmap.json";
    const QString rules = QStringLiteral(WORKSMAP_DEMO_DIR) + "/rules.json";
    PgConnection admin(server);
    int rc = 0;
    try {
        QTemporaryDir dir;
        PublishOptions o;
        o.target = server;
        o.schema = schema;
        o.projectOut = dir.filePath(QStringLiteral("demo_1m_villages_SYNTHETIC.worksmap.json"));
        PostgisPublisher::publish(ProjectLoader(roles).load(Project::load(demo)), roles, o);
        QElapsedTimer t;
        t.start();
        admin.execScript(
            QStringLiteral(
                "ALTER TABLE %1.villages DISABLE TRIGGER USER; TRUNCATE %1.villages; "
                "INSERT INTO %1.villages (code, name, county_code, population, synthetic, geom) "
                "SELECT c.code || lpad(g.n::text, 6, '0'), 'SYNTHETIC village ' || g.n, c.code, "
                "100 + (g.n * 7919) %% 3000, 1, g.geom FROM (SELECT code, geom, "
                "greatest(1, round(%2 * ST_Area(geom) / sum(ST_Area(geom)) OVER ()))::int AS "
                "n FROM %1.counties WHERE code IS NOT NULL) c, LATERAL (SELECT d.path[1] AS n, "
                "d.geom FROM ST_Dump(ST_GeneratePoints(c.geom, c.n, 42)) d) g; "
                "ALTER TABLE %1.villages ENABLE TRIGGER USER; ANALYZE %1.villages")
                .arg(schema)
                .arg(villages)
                .replace(QLatin1String("%%"), QLatin1String("%")));
        const qint64 made =
            admin.exec(QStringLiteral("SELECT count(*) FROM %1.villages").arg(schema))
                .integer(0, 0);
        std::printf("villages_SYNTHETIC %lld (made in %.1f s)\n", made, t.nsecsElapsed() / 1e9);

        std::vector<double> sqlLoad, sqlRules, sqlTotal, memLoad, memRules, memTotal;
        CoverageCheck sqlCheck, memCheck;
        for (int r = 0; r < runs; ++r) {
            Run s = checkOnce(o.projectOut, rules, roles, above);
            Run m = checkOnce(o.projectOut, rules, roles, -1);
            sqlLoad.push_back(s.loadSeconds);
            sqlRules.push_back(s.ruleSeconds);
            sqlTotal.push_back(s.loadSeconds + s.ruleSeconds);
            memLoad.push_back(m.loadSeconds);
            memRules.push_back(m.ruleSeconds);
            memTotal.push_back(m.loadSeconds + m.ruleSeconds);
            if (r == 0) {
                for (const RuleResult& res : s.check.results)
                    std::printf("  rule %-28s sql %.3f s  memory %.3f s  %s\n", qPrintable(res.id),
                                res.seconds,
                                m.check.results[std::size_t(m.check.indexOfRule(res.id))].seconds,
                                qPrintable(res.inDatabase.join(QStringLiteral("; "))));
                sqlCheck = std::move(s.check);
                memCheck = std::move(m.check);
            }
        }
        std::printf("check_sql_load_s %.3f\ncheck_sql_rules_s %.3f\ncheck_sql_total_s %.3f\n",
                    median(sqlLoad), median(sqlRules), median(sqlTotal));
        std::printf("check_memory_load_s %.3f\ncheck_memory_rules_s %.3f\ncheck_memory_total_s "
                    "%.3f\n",
                    median(memLoad), median(memRules), median(memTotal));
        const int diff = differences(sqlCheck, memCheck);
        std::printf("values_differing %d\n", diff);
        rc = diff == 0 ? 0 : 1;
    } catch (const Error& e) {
        std::fprintf(stderr, "bench_check_in_database: %s\n", qPrintable(e.message()));
        rc = 1;
    }
    admin.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    return rc;
}
