// The coverage measures computed by PostGIS on the published demo equal the in-memory
// measures (analysis/measures) on the same data read from its files: every county's count,
// sum and radius coverage exactly, pipe lengths to 1 m.
#include "analysis/measures.h"
#include "analysis/unit_set.h"
#include "io/pg_measures.h"
#include "postgis/pg_fixture.h"
#include "support/test_support.h"

#include <cmath>

using namespace wm;
using namespace wm::test;

namespace {
const LoadedLayer& byId(const LoadedProject& p, const char* id)
{
    for (const LoadedLayer& l : p.layers)
        if (l.entry.id == QLatin1String(id))
            return l;
    throw std::runtime_error(std::string("no layer ") + id);
}
} // namespace

TEST_F(PostgisTest, MeasuresInTheDatabaseEqualTheMeasuresInMemory)
{
    QTemporaryDir demoDir;
    const QString project = copyDemo(demoDir);
    publish(project);
    const LoadedProject file = load(project);
    const UnitSet units = UnitSet::fromLoadedLayer(byId(file, "counties"));
    const Layer& villages = *byId(file, "villages").data;
    const Layer& facilities = *byId(file, "facilities").data;
    const Layer& pipes = *byId(file, "pipes").data;

    PgMeasures db(admin(), schema() + QStringLiteral(".counties"));
    ASSERT_EQ(db.unitCount(), units.size());
    const QString t = schema() + QLatin1Char('.');

    // Villages per county, and their population.
    const std::vector<int> unitOf = assignPointsToUnits(units, villages);
    std::vector<double> count(std::size_t(units.size()), 0.0), people = count;
    const int population = villages.attributes.indexOf(QStringLiteral("population"));
    ASSERT_GE(population, 0);
    for (qsizetype i = 0; i < villages.featureCount(); ++i)
        if (unitOf[std::size_t(i)] >= 0) {
            count[std::size_t(unitOf[std::size_t(i)])] += 1;
            people[std::size_t(unitOf[std::size_t(i)])] +=
                villages.attributes.value(i, population).toDouble();
        }
    EXPECT_EQ(db.count(t + QStringLiteral("villages")), count);
    EXPECT_EQ(db.sum(t + QStringLiteral("villages"), QStringLiteral("population")), people);
    double all = 0;
    for (double c : count)
        all += c;
    EXPECT_GT(all, 5000);

    // Clinics per county with a filter.
    const std::vector<int> clinicUnit = assignPointsToUnits(
        units, facilities, FeatureFilter::parse(QStringLiteral("kind = clinic")));
    std::vector<double> clinics(std::size_t(units.size()), 0.0);
    for (int u : clinicUnit)
        if (u >= 0)
            clinics[std::size_t(u)] += 1;
    EXPECT_EQ(db.count(t + QStringLiteral("facilities"), QStringLiteral("kind = 'clinic'")),
              clinics);

    // Pipe km clipped by the counties, to 1 m.
    const std::vector<double> km = lengthPerUnitKm(units, pipes);
    const std::vector<double> dbKm = db.lengthKm(t + QStringLiteral("pipes"));
    ASSERT_EQ(dbKm.size(), km.size());
    for (std::size_t i = 0; i < km.size(); ++i)
        EXPECT_NEAR(dbKm[i], km[i], 0.001) << units.unit(int(i)).name.toStdString();

    // Villages within 3 km of a clinic.
    const std::vector<double> nearest = nearestDistances(
        villages, facilities, FeatureFilter::parse(QStringLiteral("kind = clinic")));
    std::vector<int> total(std::size_t(units.size()), 0), beyond = total;
    for (qsizetype i = 0; i < villages.featureCount(); ++i) {
        const int u = unitOf[std::size_t(i)];
        if (u < 0)
            continue;
        ++total[std::size_t(u)];
        if (!(nearest[std::size_t(i)] <= 3000.0))
            ++beyond[std::size_t(u)];
    }
    const PgMeasures::Radius r =
        db.withinRadius(t + QStringLiteral("villages"), {}, t + QStringLiteral("facilities"),
                        QStringLiteral("kind = 'clinic'"), 3000.0);
    EXPECT_EQ(r.total, total);
    EXPECT_EQ(r.beyond, beyond);
    int far = 0;
    for (int b : beyond)
        far += b;
    EXPECT_GT(far, 0);
}
