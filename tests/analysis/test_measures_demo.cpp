// The measures on the bundled Xingtai demo, checked against an independent computation:
// GDAL's command-line tools reproject the source files to EPSG:4547 and SpatiaLite
// counts and clips in SQL. Nothing of WorksMap's loading or GEOS code is shared with it.
// WorksMap's side is what `worksmap-cli check` runs: indicator rules (count, length) in a
// CoverageCheck.

#include "analysis/coverage_check.h"
#include "io/project_opener.h"
#include "support/test_support.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

using namespace wm;

namespace {

struct Reference {
    double villages = 0;
    double pipeMetres = 0;
};

} // namespace

TEST(MeasuresDemo, VillagesAndPipeLengthPerCountyMatchOgrAndSpatiaLite)
{
    const LoadedProject project = openProjectOrDataset(
        test::demo(QStringLiteral("xingtai-2021.worksmap.json")), test::shippedRoles());
    const LoadedLayer* counties = project.layer(QStringLiteral("counties"));
    const LoadedLayer* villages = project.layer(QStringLiteral("villages"));
    const LoadedLayer* pipes = project.layer(QStringLiteral("pipes"));
    ASSERT_TRUE(counties && counties->isAvailable());
    ASSERT_TRUE(villages && villages->isAvailable());
    ASSERT_TRUE(pipes && pipes->isAvailable());
    ASSERT_EQ(project.crs.id(), QStringLiteral("EPSG:4547"));

    RulesFile rules = RulesFile::fromJson(QJsonObject{{QStringLiteral("rules"), QJsonArray()}},
                                          QStringLiteral("measures.json"), {}, false);
    rules.addRule({{QStringLiteral("id"), QStringLiteral("villages")},
                   {QStringLiteral("kind"), QStringLiteral("indicator")},
                   {QStringLiteral("layer"), QStringLiteral("villages")},
                   {QStringLiteral("measure"), QStringLiteral("count")}});
    rules.addRule({{QStringLiteral("id"), QStringLiteral("pipes")},
                   {QStringLiteral("kind"), QStringLiteral("indicator")},
                   {QStringLiteral("layer"), QStringLiteral("pipes")},
                   {QStringLiteral("measure"), QStringLiteral("length")}});
    const CoverageCheck check = CoverageCheck::run(project, rules, QStringLiteral("county"));
    ASSERT_EQ(check.units.size(), 19);
    std::vector<double> count, km;
    for (const UnitVerdict& v : check.results[0].verdicts)
        count.push_back(v.value);
    for (const UnitVerdict& v : check.results[1].verdicts)
        km.push_back(v.value);
    const CheckUnits& units = check.units;

    // The reference: counties repaired by ogr2ogr -makevalid (SpatiaLite's ST_MakeValid
    // breaks these polygons), everything reprojected to EPSG:4547 by ogr2ogr.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString gpkg = dir.filePath(QStringLiteral("reference.gpkg"));
    const QString works = test::demo(QStringLiteral("works_synthetic.gpkg"));
    QString error;
    const QStringList reproject{QStringLiteral("-t_srs"), QStringLiteral("EPSG:4547")};
    ASSERT_TRUE(
        test::runTool(QStringLiteral("ogr2ogr"),
                      QStringList{QStringLiteral("-f"), QStringLiteral("GPKG"), gpkg,
                                  test::demo(QStringLiteral("boundaries/xingtai_counties.geojson")),
                                  QStringLiteral("-nln"), QStringLiteral("counties"),
                                  QStringLiteral("-makevalid")} +
                          reproject,
                      &error))
        << error.toStdString();
    for (const auto& [source, name] :
         {std::pair{QStringLiteral("villages_synthetic"), QStringLiteral("villages")},
          std::pair{QStringLiteral("pipes_synthetic"), QStringLiteral("pipes")}}) {
        ASSERT_TRUE(test::runTool(QStringLiteral("ogr2ogr"),
                                  QStringList{QStringLiteral("-update"), gpkg, works, source,
                                              QStringLiteral("-nln"), name} +
                                      reproject,
                                  &error))
            << error.toStdString();
    }
    const std::optional<QString> csv = test::runTool(
        QStringLiteral("ogr2ogr"),
        {QStringLiteral("-f"), QStringLiteral("CSV"), QStringLiteral("/vsistdout/"), gpkg,
         QStringLiteral("-dialect"), QStringLiteral("sqlite"), QStringLiteral("-sql"),
         QStringLiteral(
             "SELECT c.name AS name,"
             " (SELECT COUNT(*) FROM villages v WHERE ST_Intersects(c.geom, v.geom)) AS villages,"
             " (SELECT TOTAL(ST_Length(ST_Intersection(c.geom, p.geom))) FROM pipes p"
             "  WHERE ST_Intersects(c.geom, p.geom)) AS pipe_m"
             " FROM counties c")},
        &error);
    ASSERT_TRUE(csv) << error.toStdString();

    QHash<QString, Reference> reference;
    const QStringList lines = csv->split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.value(0).trimmed(), QStringLiteral("name,villages,pipe_m"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells = lines[i].trimmed().split(u',');
        ASSERT_EQ(cells.size(), 3) << lines[i].toStdString();
        for (QString& c : cells)
            c.remove(u'"');
        reference.insert(cells[0], {cells[1].toDouble(), cells[2].toDouble()});
    }
    ASSERT_EQ(reference.size(), 19);

    double ourVillages = 0, ourKm = 0, refKm = 0;
    for (int u = 0; u < units.size(); ++u) {
        const QString name = units.unit(u).name;
        ASSERT_TRUE(reference.contains(name)) << name.toStdString();
        const Reference& ref = reference[name];
        // The two repairs (GEOS MakeValid "structure" here, OGR's MakeValid there) may
        // differ slightly on the ten broken polygons: 0.5 % tolerance.
        EXPECT_NEAR(count[std::size_t(u)], ref.villages, 0.005 * ref.villages)
            << name.toStdString();
        EXPECT_NEAR(km[std::size_t(u)] * 1000, ref.pipeMetres, 0.005 * ref.pipeMetres + 1.0)
            << name.toStdString();
        ourVillages += count[std::size_t(u)];
        ourKm += km[std::size_t(u)];
        refKm += ref.pipeMetres / 1000;
    }
    // Every synthetic village and pipe lies inside the counties (data/xingtai-2021/README.md),
    // and each is counted once.
    EXPECT_EQ(ourVillages, double(villages->data->featureCount()));
    double pipeKm = 0;
    for (qsizetype f = 0; f < pipes->data->featureCount(); ++f) {
        double length = 0;
        GEOSLength_r(geosContext(), pipes->data->geometry(f), &length);
        pipeKm += length / 1000;
    }
    EXPECT_NEAR(ourKm, pipeKm, 1e-6 * pipeKm);
    EXPECT_NEAR(ourKm, refKm, 0.005 * refKm);
}
