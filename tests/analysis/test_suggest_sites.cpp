// The `suggest` runner on small projects made in memory, in EPSG:4547 metres, so that
// every expected site below is worked out by hand in the comments next to it.
//
// Layout (offsets from X0 = 500000, Y0 = 4100000; radius 3 km unless said):
//   county A "130501" = [0, 20 km] × [0, 20 km], county B "130502" = [20, 40 km] × [0, 20 km]
//   cluster 1: 3 villages at (5000, 5000), (5500, 5000), (5000, 5500)       population 10 each
//   cluster 2: 2 villages at (15000, 15000), (15500, 15000)                 population 100 each
//   cluster 3 (in B): 4 villages around (30000, 10000)                      population 1 each
//   candidates: c0 (5000, 5000) reaches cluster 1; c1 (15000, 15000) cluster 2;
//               c2 (8200, 5000) only (5500, 5000) of cluster 1 (3200 m and 3239 m to the
//               others); c3 (30000, 10000) cluster 3.

#include "analysis/suggest_sites.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "core/layer.h"
#include "core/option_error.h"
#include "io/project_loader.h"
#include "io/table_writer.h"
#include "io/vector_reader.h"
#include "io/vector_writer.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace wm;

namespace {

constexpr double X0 = 500000, Y0 = 4100000;

struct P {
    double x, y;
    QStringList values;
};

std::shared_ptr<Layer> layerOf(GeometryKind kind, const QVector<FieldDef>& fields,
                               const QStringList& wkts, const QVector<QStringList>& values)
{
    auto layer = std::make_shared<Layer>();
    layer->name = QStringLiteral("fixture");
    layer->sourcePath = QStringLiteral("fixture.gpkg");
    layer->kind = kind;
    layer->crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    layer->attributes.setFields(fields);
    for (qsizetype i = 0; i < wkts.size(); ++i) {
        const qsizetype r = layer->attributes.appendRow();
        for (int c = 0; c < fields.size() && i < values.size() && c < values[i].size(); ++c) {
            const QString& v = values[i][c];
            if (v.isEmpty())
                continue;
            if (fields[c].type == FieldType::Integer)
                layer->attributes.setInteger(r, c, v.toLongLong());
            else
                layer->attributes.setString(r, c, v);
        }
        layer->addFeature(i + 1,
                          GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkts[i].toUtf8().constData())));
    }
    layer->buildIndex();
    return layer;
}

FieldDef text(const char* name)
{
    return {QString::fromLatin1(name), FieldType::String, QString()};
}
FieldDef integer(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Integer, QString()};
}

QString pointWkt(double x, double y)
{
    return QStringLiteral("POINT (%1 %2)").arg(X0 + x, 0, 'f', 3).arg(Y0 + y, 0, 'f', 3);
}

QString squareWkt(double x0, double y0, double x1, double y1)
{
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
        .arg(X0 + x0, 0, 'f', 3)
        .arg(Y0 + y0, 0, 'f', 3)
        .arg(X0 + x1, 0, 'f', 3)
        .arg(Y0 + y1, 0, 'f', 3);
}

LoadedLayer loaded(const QString& id, const QString& role, std::shared_ptr<Layer> data)
{
    LoadedLayer l;
    l.entry.id = id;
    l.entry.role = role;
    l.entry.source = id + QStringLiteral(".gpkg");
    for (const FieldDef& f : data->attributes.fields())
        l.mapping.sourceOf.insert(f.name, f.name);
    l.data = std::move(data);
    return l;
}

/// Points with the given attribute rows.
std::shared_ptr<Layer> points(const QVector<FieldDef>& fields, const QVector<P>& ps)
{
    QStringList wkts;
    QVector<QStringList> values;
    for (const P& p : ps) {
        wkts << pointWkt(p.x, p.y);
        values << p.values;
    }
    return layerOf(GeometryKind::Point, fields, wkts, values);
}

struct Fixture {
    QVector<P> facilities; ///< kind, scenario
    QVector<P> extraVillages;
    bool clusterThree = true;

    LoadedProject project() const
    {
        LoadedProject p;
        p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
        p.project.filePath = QStringLiteral("/nowhere/fixture.worksmap.json");
        auto counties =
            layerOf(GeometryKind::Polygon, {text("code"), text("name"), text("name_current")},
                    {squareWkt(0, 0, 20000, 20000), squareWkt(20000, 0, 40000, 20000)},
                    {{"130501", "甲县", "甲区"}, {"130502", "乙县", ""}});
        p.layers << loaded(QStringLiteral("counties"), QStringLiteral("boundary"), counties);
        QVector<P> villages = {
            {5000, 5000, {"130501001001", "130501001", "10"}},
            {5500, 5000, {"130501001002", "130501001", "10"}},
            {5000, 5500, {"130501001003", "130501001", "10"}},
            {15000, 15000, {"130501002001", "130501002", "100"}},
            {15500, 15000, {"130501002002", "130501002", "100"}},
        };
        if (clusterThree)
            villages << P{30000, 10000, {"130502001001", "130502001", "1"}}
                     << P{30500, 10000, {"130502001002", "130502001", "1"}}
                     << P{30000, 10500, {"130502001003", "130502001", "1"}}
                     << P{29500, 10000, {"130502001004", "130502001", "1"}};
        villages << extraVillages;
        p.layers << loaded(
            QStringLiteral("villages"), QStringLiteral("village"),
            points({text("code"), text("township_code"), integer("population")}, villages));
        p.layers << loaded(QStringLiteral("facilities"), QStringLiteral("facility"),
                           points({text("kind"), text("scenario")}, facilities));
        p.layers << loaded(QStringLiteral("candidates"), QStringLiteral("facility"),
                           points({text("kind")}, {{5000, 5000, {"candidate"}},
                                                   {15000, 15000, {"candidate"}},
                                                   {8200, 5000, {"candidate"}},
                                                   {30000, 10000, {"candidate"}}}));
        // A zone around c0 only.
        p.layers << loaded(QStringLiteral("protected"), QStringLiteral("boundary_zone"),
                           layerOf(GeometryKind::Polygon, {text("name")},
                                   {squareWkt(4000, 4000, 6000, 6000)}, {{"水源保护区"}}));
        return p;
    }
};

SuggestOptions clinics(int k = 1)
{
    SuggestOptions o;
    o.kind = QStringLiteral("clinic");
    o.radiusMetres = 3000;
    o.candidatesLayer = QStringLiteral("candidates");
    o.k = k;
    return o;
}

/// Candidate offsets of the chosen sites.
std::vector<std::pair<double, double>> sitesOf(const SuggestResult& r)
{
    std::vector<std::pair<double, double>> s;
    for (const SuggestedSite& site : r.sites)
        s.emplace_back(std::round(site.x - X0), std::round(site.y - Y0));
    return s;
}

using Sites = std::vector<std::pair<double, double>>;

} // namespace

TEST(SuggestSites, FacilityOfAnotherKindIsIgnored)
{
    Fixture f;
    f.facilities = {{5000, 5000, {"kindergarten", ""}}};
    const SuggestResult r = suggestSites(f.project(), clinics(1));
    // Nothing covered yet; cluster 3 (4 villages at c3) beats cluster 1 (3 at c0).
    EXPECT_EQ(r.existing, 0);
    EXPECT_EQ(r.villages, 9);
    EXPECT_DOUBLE_EQ(r.coveredBefore, 0);
    EXPECT_EQ(sitesOf(r), (Sites{{30000, 10000}}));
    EXPECT_DOUBLE_EQ(r.coveredAfter, 4);
    ASSERT_EQ(r.sites.size(), 1u);
    EXPECT_EQ(r.sites[0].addedVillages, 4);
    EXPECT_EQ(r.sites[0].countyCode, QStringLiteral("130502"));
    EXPECT_EQ(r.sites[0].countyName, QStringLiteral("乙县")); // no current name: the name
    EXPECT_EQ(r.sites[0].name, QStringLiteral("Suggested clinic 1"));
    // With the kind's title (as the CLI and the dialog pass it) the name reads as plans do.
    SuggestOptions titled = clinics(1);
    titled.kindTitle = QStringLiteral("村卫生室");
    EXPECT_EQ(suggestSites(f.project(), titled).sites[0].name, QStringLiteral("拟建村卫生室 1"));
}

TEST(SuggestSites, ExistingFacilityOfTheKindCoversItsVillages)
{
    Fixture f;
    // A clinic 3 km left of cluster 3: (27000,10000) reaches (30000,10000) at exactly 3000 m
    // and (29500,10000) at 2500 m; (30500,10000) and (30000,10500) stay uncovered. With c3
    // adding 2, c0 (3 villages) is the best.
    f.facilities = {{27000, 10000, {"clinic", ""}}};
    const SuggestResult r = suggestSites(f.project(), clinics(2));
    EXPECT_EQ(r.existing, 1);
    EXPECT_DOUBLE_EQ(r.coveredBefore, 2);
    EXPECT_EQ(r.villagesCoveredBefore, 2);
    // c0 adds 3, then c1 and c3 both add 2: the lower index (c1) on a tie.
    ASSERT_EQ(r.sites.size(), 2u);
    EXPECT_EQ(sitesOf(r)[0], (std::pair<double, double>{5000, 5000}));
    EXPECT_DOUBLE_EQ(r.sites[0].addedWeight, 3);
    EXPECT_DOUBLE_EQ(r.coveredAfter, 7);
    EXPECT_EQ(r.villagesCoveredAfter, 7);
    EXPECT_NEAR(r.shareBefore, 2.0 / 9.0, 1e-12);
    EXPECT_NEAR(r.shareAfter, 7.0 / 9.0, 1e-12);
    // GLPK proves the 5 added the most any 2 sites can add.
    EXPECT_TRUE(r.exactRan);
    EXPECT_TRUE(r.exactOptimal);
    EXPECT_NEAR(r.upperBound, 5, 1e-9);
    EXPECT_NEAR(r.boundRatio, 1.0, 1e-9);
    // Without the solver the greedy's bound: 5 / (1 - 1/e) = 7.9, capped by the 7 villages
    // any candidate reaches.
    SuggestOptions greedyOnly = clinics(2);
    greedyOnly.timeLimitSeconds = 0;
    const SuggestResult g = suggestSites(f.project(), greedyOnly);
    EXPECT_FALSE(g.exactRan);
    EXPECT_NEAR(g.upperBound, 7, 1e-9);
    EXPECT_NEAR(g.boundRatio, 5.0 / 7.0, 1e-9);
}

TEST(SuggestSites, ProposedFacilitiesOfOtherScenariosAreNotExisting)
{
    Fixture f;
    f.facilities = {{30000, 10000, {"clinic", "plan B"}}};
    const SuggestResult r = suggestSites(f.project(), clinics(1));
    EXPECT_EQ(r.existing, 0);
    EXPECT_EQ(r.proposedOtherScenario, 1);
    EXPECT_EQ(sitesOf(r), (Sites{{30000, 10000}}));
    // Counted as existing when asked: cluster 3 is served, c0 (3 villages) comes next.
    SuggestOptions o = clinics(1);
    o.existingScenarios = {QStringLiteral("PLAN B")};
    const SuggestResult b = suggestSites(f.project(), o);
    EXPECT_EQ(b.existing, 1);
    EXPECT_DOUBLE_EQ(b.coveredBefore, 4);
    EXPECT_EQ(sitesOf(b), (Sites{{5000, 5000}}));
}

TEST(SuggestSites, UnitRestrictionLeavesOutDemandAndCandidatesButNotExisting)
{
    Fixture f;
    // A village of A at (19000, 10000) is 2 km from a clinic across the border in B.
    f.extraVillages = {{19000, 10000, {"130501003001", "130501003", "5"}}};
    f.facilities = {{21000, 10000, {"clinic", ""}}};
    SuggestOptions o = clinics(1);
    o.unitCodes = {QStringLiteral("130501")};
    const SuggestResult r = suggestSites(f.project(), o);
    EXPECT_EQ(r.villages, 6);        // clusters 1 and 2 and the border village
    EXPECT_EQ(r.villagesOutside, 4); // cluster 3
    EXPECT_EQ(r.candidatesOutside, 1);
    EXPECT_EQ(r.candidates, 3);
    EXPECT_DOUBLE_EQ(r.coveredBefore, 1); // the clinic in B serves the border village
    EXPECT_EQ(sitesOf(r), (Sites{{5000, 5000}}));
    ASSERT_EQ(r.unitsChosen.size(), 1);
    EXPECT_EQ(r.unitsChosen[0], QStringLiteral("130501 甲区"));

    o.unitCodes = {QStringLiteral("139999")};
    EXPECT_THROW(suggestSites(f.project(), o), Error);
}

TEST(SuggestSites, ExcludedZoneIsRespected)
{
    Fixture f;
    f.clusterThree = false;
    // Without the zone c0 (3 villages) wins; with it the second best, c1 (2 villages).
    EXPECT_EQ(sitesOf(suggestSites(f.project(), clinics(1))), (Sites{{5000, 5000}}));
    SuggestOptions o = clinics(1);
    o.excludeZones = QStringLiteral("protected");
    const SuggestResult r = suggestSites(f.project(), o);
    EXPECT_EQ(r.excludedCandidates, 1);
    EXPECT_EQ(sitesOf(r), (Sites{{15000, 15000}}));

    // The same zone from a GeoPackage file in another CRS (CGCS2000 lon/lat), transformed.
    QTemporaryDir dir;
    const QString zone = dir.filePath(QStringLiteral("zone.gpkg"));
    {
        const LoadedProject p = f.project();
        const Layer& z = *p.layer(QStringLiteral("protected"))->data;
        GeomPtr g(GEOSGeom_clone_r(geosContext(), z.geometry(0)));
        // The zone's square in lon/lat (edges densified), for the reader to transform back.
        OGRSpatialReference gk, ll;
        gk.importFromEPSG(4547);
        ll.importFromEPSG(4490);
        gk.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        ll.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        char* wkt = GEOSGeomToWKT_r(geosContext(), g.get());
        OGRGeometry* og = nullptr;
        OGRGeometryFactory::createFromWkt(wkt, &gk, &og);
        GEOSFree_r(geosContext(), wkt);
        ASSERT_NE(og, nullptr);
        og->segmentize(100);
        ASSERT_EQ(og->transformTo(&ll), OGRERR_NONE);
        char* llWkt = nullptr;
        og->exportToWkt(&llWkt);
        test::writeVector(zone, "GPKG", QStringLiteral("zones"), 4490, wkbPolygon,
                          {{QStringLiteral("name"), OFTString}},
                          {{QString::fromUtf8(llWkt), {QStringLiteral("zone")}}});
        CPLFree(llWkt);
        OGRGeometryFactory::destroyGeometry(og);
    }
    o.excludeZones = zone;
    o.excludeZonesLayer = VectorReader::readShared(zone, f.project().crs);
    const SuggestResult fromFile = suggestSites(f.project(), o);
    EXPECT_EQ(fromFile.excludedCandidates, 1);
    EXPECT_EQ(sitesOf(fromFile), (Sites{{15000, 15000}}));

    o.excludeZones = dir.filePath(QStringLiteral("missing.gpkg"));
    o.excludeZonesLayer = nullptr;
    EXPECT_THROW(suggestSites(f.project(), o), Error);
}

TEST(SuggestSites, WeightsChangeTheChoice)
{
    Fixture f;
    f.clusterThree = false;
    f.extraVillages = {{35000, 15000, {"130502009001", "130502009", ""}}}; // no population
    // Unweighted: c0 (3 villages). By population: c1 (200 people) beats c0 (30).
    EXPECT_EQ(sitesOf(suggestSites(f.project(), clinics(1))), (Sites{{5000, 5000}}));
    SuggestOptions o = clinics(1);
    o.weightField = QStringLiteral("population");
    const SuggestResult r = suggestSites(f.project(), o);
    EXPECT_EQ(sitesOf(r), (Sites{{15000, 15000}}));
    EXPECT_DOUBLE_EQ(r.totalWeight, 230);
    EXPECT_DOUBLE_EQ(r.coveredAfter, 200);
    EXPECT_EQ(r.villagesNoWeight, 1); // counted and reported, not dropped
    EXPECT_EQ(r.villages, 6);
    EXPECT_FALSE(r.notes.filter(QStringLiteral("population")).isEmpty());

    o.weightField = QStringLiteral("households");
    EXPECT_THROW(suggestSites(f.project(), o), Error);
}

TEST(SuggestSites, GridCandidatesOnlyInsideTheUnit)
{
    Fixture f;
    SuggestOptions o = clinics(1);
    o.candidatesLayer.clear();
    o.gridSpacing = 5000;
    // County A [0, 20 km]² holds the grid points 0, 5, …, 20 km on each axis (borders
    // included): 25; both counties [0, 40] × [0, 20 km]: 9 × 5 = 45.
    const SuggestResult all = suggestSites(f.project(), o);
    EXPECT_EQ(all.candidates, 45);
    o.unitCodes = {QStringLiteral("130501")};
    const SuggestResult a = suggestSites(f.project(), o);
    EXPECT_EQ(a.candidates, 25);
    ASSERT_EQ(a.sites.size(), 1u);
    EXPECT_LE(a.sites[0].x, X0 + 20000);
    EXPECT_EQ(sitesOf(a), (Sites{{5000, 5000}})); // cluster 1 sits on a grid point
    // x = 500000 is the central meridian 114°E; 5 km east at 37.1°N is 5 / 88.8 = 0.0563°.
    EXPECT_NEAR(a.sites[0].lon, 114.0563, 0.0005);
    EXPECT_GT(a.sites[0].lat, 36.9);
    EXPECT_LT(a.sites[0].lat, 37.2);
    // Default spacing: radius / 2 = 1500 m.
    o.gridSpacing = 0;
    const SuggestResult fine = suggestSites(f.project(), o);
    EXPECT_TRUE(fine.candidatesText.contains(QStringLiteral("1.5 km")));
}

TEST(SuggestSites, TravelTimeGivesTheRadius)
{
    Fixture f;
    f.clusterThree = false;
    // 6 min at 30 km/h = 3 km; 4 min at 30 km/h = 2 km.
    SuggestOptions o = clinics(1);
    o.radiusMetres = 0;
    o.minutes = 6;
    o.speedKmh = 30;
    const SuggestResult r = suggestSites(f.project(), o);
    EXPECT_DOUBLE_EQ(r.radiusMetres, 3000);
    EXPECT_TRUE(r.radiusText.contains(QStringLiteral("6 min at 30 km/h = 3 km")))
        << r.radiusText.toStdString();
    EXPECT_DOUBLE_EQ(r.coveredAfter, 3);
    // c2 (8200, 5000) reaches (5500, 5000) at 2700 m: within 3 km, not within 2 km.
    o.candidatesLayer = QStringLiteral("candidates");
    o.minutes = 4;
    o.excludeZones = QStringLiteral("protected");
    o.k = 2;
    const SuggestResult s = suggestSites(f.project(), o);
    EXPECT_DOUBLE_EQ(s.radiusMetres, 2000);
    // c1: both cluster-2 villages (500 m apart); c2 reaches nothing at 2 km: one site only.
    EXPECT_EQ(sitesOf(s), (Sites{{15000, 15000}}));
    o.speedKmh = 0;
    EXPECT_THROW(suggestSites(f.project(), o), Error);
}

TEST(SuggestSites, SetCoverAndOutputs)
{
    Fixture f;
    SuggestOptions o = clinics(0);
    o.targetShare = 0.75; // 9 villages: 7 needed; c3 (4) + c0 (3) = 7
    o.scenario = QStringLiteral("2025 plan");
    o.year = 2025;
    const SuggestResult r = suggestSites(f.project(), o);
    EXPECT_TRUE(r.reached);
    EXPECT_EQ(sitesOf(r), (Sites{{30000, 10000}, {5000, 5000}}));
    o.targetShare = 1.0; // c1 + c0 + c3 reach all 9
    const SuggestResult all = suggestSites(f.project(), o);
    EXPECT_TRUE(all.reached);
    EXPECT_EQ(all.sites.size(), 3u);

    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("sites.gpkg"));
    writeGeoPackage(gpkg, r.crs, {suggestionLayer(r)});
    GDALAllRegister();
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    ASSERT_TRUE(ds);
    OGRLayer* layer = ds->GetLayerByName("suggested_clinic");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(layer->GetFeatureCount(), 2);
    int n = 0;
    for (auto& feature : *layer) {
        EXPECT_STREQ(feature->GetFieldAsString("kind"), "clinic");
        EXPECT_STREQ(feature->GetFieldAsString("status"), "planned");
        EXPECT_STREQ(feature->GetFieldAsString("scenario"), "2025 plan");
        EXPECT_EQ(feature->GetFieldAsInteger("year"), 2025);
        EXPECT_EQ(feature->GetFieldAsInteger("covers_villages"), n == 0 ? 4 : 3);
        EXPECT_STREQ(feature->GetFieldAsString("county_code"), n == 0 ? "130502" : "130501");
        EXPECT_STREQ(feature->GetFieldAsString("township_code"),
                     n == 0 ? "130502001" : "130501001");
        ++n;
    }
    const QString csv = dir.filePath(QStringLiteral("sites.csv"));
    writeCsv(csv, suggestionTable(r));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(content.contains(QStringLiteral("Suggested clinic 2")));
    EXPECT_TRUE(content.contains(QStringLiteral("甲区")));
}

TEST(SuggestSites, OnARoadNetworkCoverageIsTravelTimeAlongTheRoads)
{
    // One road along y = 5 km at 60 km/h (a kilometre a minute). Within 3 minutes:
    // the candidate at (5, 5) km serves the two villages on the road and the one 500 m off
    // it (1.5 min of access leg at 20 km/h); the one at (8.2, 5) km reaches only (5.5, 5)
    // km, 2.7 km away; (15, 15) km is 10 km from any road and the cluster at (30, 10) km 5 km
    // (15 minutes of access): they serve nothing. In a straight line the 200-weight pair
    // at (15, 15) km would come first.
    Fixture f;
    LoadedProject p = f.project();
    p.layers << loaded(QStringLiteral("roads"), QStringLiteral("reference"),
                       layerOf(GeometryKind::Line, {integer("speed")},
                               {QStringLiteral("LINESTRING (%1 %2, %3 %2)")
                                    .arg(X0, 0, 'f', 3)
                                    .arg(Y0 + 5000, 0, 'f', 3)
                                    .arg(X0 + 40000, 0, 'f', 3)},
                               {{"60"}}));
    SuggestOptions byRoad = clinics(2);
    byRoad.radiusMetres = 0;
    byRoad.minutes = 3;
    byRoad.networkLayer = QStringLiteral("roads");
    byRoad.weightField = QStringLiteral("population");
    const SuggestResult r = suggestSites(p, byRoad);
    EXPECT_EQ(sitesOf(r), (Sites{{5000, 5000}}));
    EXPECT_EQ(r.villagesCoveredAfter, 3);
    EXPECT_DOUBLE_EQ(r.sites[0].addedWeight, 30);
    EXPECT_TRUE(r.notes.join(QLatin1Char('\n')).contains(QLatin1String("road network")))
        << r.notes.join(QLatin1Char('\n')).toStdString();

    SuggestOptions straight = clinics(2);
    straight.weightField = QStringLiteral("population");
    EXPECT_EQ(sitesOf(suggestSites(p, straight)).front(),
              (std::pair<double, double>{15000, 15000}));

    // A speed or a radius beside the network is refused: the roads give the speeds.
    SuggestOptions both = byRoad;
    both.speedKmh = 30;
    EXPECT_THROW(suggestSites(p, both), OptionError);
}
