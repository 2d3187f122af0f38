// `worksmap-cli suggest` in-process on the bundled Xingtai demo (SYNTHETIC villages and
// facilities inside the real counties). The covered count it reports is checked against a
// brute-force count made here with GDAL/OGR alone.

#include "cli/verb_run.h"
#include "core/china_coordinates.h"
#include "support/test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <vector>

using namespace wm;

namespace {

const QString kProject = QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");
const QString kWorks = QStringLiteral(WORKSMAP_DEMO_DIR "/works_synthetic.gpkg");

using SuggestRun = test::VerbOutput;

SuggestRun suggest(const QStringList& args)
{
    return test::runVerb(QStringLiteral("suggest"), args);
}

std::unique_ptr<GDALDataset> openVector(const QString& path)
{
    GDALAllRegister();
    return std::unique_ptr<GDALDataset>(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

struct XY {
    double x, y;
};

/// Points of a layer (with an optional attribute filter) in EPSG:4547, through OGR/PROJ.
/// The points of `layer` in EPSG:4547; `gcj02`: the lon/lat are GCJ-02, as the demo project
/// declares its synthetic layers (moved back to WGS84 first, as the project reads them).
std::vector<XY> pointsIn4547(OGRLayer* layer, const char* filter = nullptr, bool gcj02 = false)
{
    OGRSpatialReference target;
    target.importFromEPSG(4547);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    layer->SetAttributeFilter(filter);
    layer->ResetReading();
    std::vector<XY> out;
    for (auto& f : *layer) {
        OGRGeometry* g = f->GetGeometryRef();
        if (!g || g->IsEmpty())
            continue;
        std::unique_ptr<OGRGeometry> copy(g->clone());
        if (gcj02) {
            OGRPoint* p = copy->toPoint();
            const LonLat wgs = gcj02ToWgs84({p->getX(), p->getY()});
            p->setX(wgs.lon);
            p->setY(wgs.lat);
        }
        if (copy->getSpatialReference() && !copy->getSpatialReference()->IsSame(&target)) {
            EXPECT_EQ(copy->transformTo(&target), OGRERR_NONE);
        }
        const OGRPoint* p = copy->toPoint();
        out.push_back({p->getX(), p->getY()});
    }
    layer->SetAttributeFilter(nullptr);
    return out;
}

int reportedInt(const QString& out, const QString& pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern).match(out);
    EXPECT_TRUE(m.hasMatch()) << pattern.toStdString() << "\n" << out.toStdString();
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

TEST(CliSuggest, DemoSitesAreWrittenAndTheCoveredCountHoldsUp)
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("sites.gpkg"));
    const SuggestRun r =
        suggest({kProject, QStringLiteral("--kind"), QStringLiteral("health_centre"),
                 QStringLiteral("--radius"), QStringLiteral("5km"), QStringLiteral("--k"),
                 QStringLiteral("5"), QStringLiteral("--scenario"), QStringLiteral("2025 plan"),
                 QStringLiteral("--out"), gpkg});
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("bound ratio"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("lon 11"))) << r.out.toStdString();

    auto ds = openVector(gpkg);
    ASSERT_TRUE(ds);
    OGRLayer* sites = ds->GetLayerByName("suggested_health_centre");
    ASSERT_NE(sites, nullptr);
    EXPECT_EQ(sites->GetFeatureCount(), 5);
    int withCode = 0;
    for (auto& f : *sites) {
        EXPECT_STREQ(f->GetFieldAsString("scenario"), "2025 plan");
        EXPECT_STREQ(f->GetFieldAsString("kind"), "health_centre");
        EXPECT_STREQ(f->GetFieldAsString("status"), "planned");
        EXPECT_GT(f->GetFieldAsInteger("covers_villages"), 0);
        // 6 digits, or empty in 邢台县 (abolished in 2020: its polygon has no code).
        const QString county = QString::fromUtf8(f->GetFieldAsString("county_code"));
        EXPECT_TRUE(county.size() == 6 || county.isEmpty()) << county.toStdString();
        withCode += county.size() == 6 ? 1 : 0;
    }
    EXPECT_GT(withCode, 0);

    // Brute force: villages within 5 km of an existing health centre or a chosen site.
    auto works = openVector(kWorks);
    ASSERT_TRUE(works);
    const std::vector<XY> villages =
        pointsIn4547(works->GetLayerByName("villages_synthetic"), nullptr, true);
    std::vector<XY> facilities =
        pointsIn4547(works->GetLayerByName("facilities_synthetic"), "kind = 'health_centre'", true);
    const std::size_t existing = facilities.size();
    for (const XY& s : pointsIn4547(sites))
        facilities.push_back(s);
    ASSERT_EQ(facilities.size(), existing + 5);
    int before = 0, after = 0;
    for (const XY& v : villages) {
        bool byExisting = false, byAny = false;
        for (std::size_t i = 0; i < facilities.size() && !byExisting; ++i) {
            if (std::hypot(v.x - facilities[i].x, v.y - facilities[i].y) <= 5000.0) {
                byAny = true;
                byExisting = i < existing;
            }
        }
        before += byExisting ? 1 : 0;
        after += byAny ? 1 : 0;
    }
    const int total = int(villages.size());
    EXPECT_EQ(reportedInt(r.out, QStringLiteral("demand +(\\d+) villages")), total);
    EXPECT_EQ(reportedInt(r.out, QStringLiteral("covered before .*; (\\d+) of")), before);
    EXPECT_EQ(reportedInt(r.out, QStringLiteral("covered after .*; (\\d+) of")), after);
    EXPECT_GT(after, before);
}

TEST(CliSuggest, TravelTimeUnitAndCsv)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("sites.csv"));
    const SuggestRun r =
        suggest({kProject, QStringLiteral("--kind"), QStringLiteral("kindergarten"),
                 QStringLiteral("--minutes"), QStringLiteral("6"), QStringLiteral("--speed"),
                 QStringLiteral("30"), QStringLiteral("--k"), QStringLiteral("3"),
                 QStringLiteral("--unit"), QStringLiteral("130522"), QStringLiteral("--weight"),
                 QStringLiteral("population"), QStringLiteral("--out"), csv});
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("6 min at 30 km/h = 3 km"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("radius = speed × time")));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4); // header + 3 sites
    for (int i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].contains(QStringLiteral(",130522,"))) << lines[i].toStdString();
}

TEST(CliSuggest, UnreachableShareExitsOneAndWritesTheBest)
{
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("best.gpkg"));
    // The 75 parking sites as the only candidates cannot bring every village within 1 km.
    const SuggestRun r =
        suggest({kProject, QStringLiteral("--kind"), QStringLiteral("elderly_care"),
                 QStringLiteral("--radius"), QStringLiteral("1000"), QStringLiteral("--share"),
                 QStringLiteral("100%"), QStringLiteral("--candidates"), QStringLiteral("parking"),
                 QStringLiteral("--out"), gpkg});
    EXPECT_EQ(r.code, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("best share"))) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(gpkg));
}

TEST(CliSuggest, BadArgumentsExitTwo)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.gpkg"));
    const QString k = QStringLiteral("--kind"), clinic = QStringLiteral("clinic"),
                  radius = QStringLiteral("--radius"), o = QStringLiteral("--out");
    EXPECT_EQ(suggest({kProject, radius, QStringLiteral("3km"), o, out}).code, 2); // no kind
    EXPECT_EQ(suggest({kProject, k, clinic, o, out}).code, 2);                     // no radius
    EXPECT_EQ(suggest({kProject, k, clinic, radius, QStringLiteral("far"), o, out}).code, 2);
    EXPECT_EQ(
        suggest({kProject, k, clinic, radius, QStringLiteral("3km"), QStringLiteral("--k"),
                 QStringLiteral("2"), QStringLiteral("--share"), QStringLiteral("0.9"), o, out})
            .code,
        2);
    EXPECT_EQ(suggest({kProject, k, clinic, radius, QStringLiteral("3km"), o,
                       dir.filePath(QStringLiteral("x.txt"))})
                  .code,
              2);
    const SuggestRun unknownLayer =
        suggest({kProject, k, clinic, radius, QStringLiteral("3 km"),
                 QStringLiteral("--candidates"), QStringLiteral("nope"), o, out});
    EXPECT_EQ(unknownLayer.code, 2);
    EXPECT_TRUE(unknownLayer.err.contains(QStringLiteral("nope")))
        << unknownLayer.err.toStdString();
    const SuggestRun unknownUnit =
        suggest({kProject, k, clinic, radius, QStringLiteral("3km"), QStringLiteral("--unit"),
                 QStringLiteral("999999"), o, out});
    EXPECT_EQ(unknownUnit.code, 2);
    EXPECT_TRUE(unknownUnit.err.contains(QStringLiteral("999999")));
    // A misspelt kind suggested sites "from zero" and exited 0.
    const SuggestRun unknownKind = suggest(
        {kProject, k, QStringLiteral("kindergarden"), radius, QStringLiteral("3km"), o, out});
    EXPECT_EQ(unknownKind.code, 2);
    EXPECT_TRUE(unknownKind.err.contains(QStringLiteral("--kind"))) << unknownKind.err.toStdString();
    EXPECT_TRUE(unknownKind.err.contains(QStringLiteral("kindergarten")))
        << unknownKind.err.toStdString(); // the kinds it could have been
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(CliSuggest, RefusesToWriteOverAProjectSource)
{
    const QFileInfo before(kWorks);
    const SuggestRun r = suggest({kProject, QStringLiteral("--kind"), QStringLiteral("clinic"),
                                  QStringLiteral("--radius"), QStringLiteral("3km"),
                                  QStringLiteral("--out"), kWorks});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("source of layer"))) << r.err.toStdString();
    const QFileInfo after(kWorks);
    EXPECT_EQ(after.size(), before.size());
    EXPECT_EQ(after.lastModified(), before.lastModified());
}

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

TEST(CliSuggest, AddToProjectPutsTheSitesIntoTheWorksPackageAndLeavesTheSourceAlone)
{
    QTemporaryDir dir;
    const QString project = test::copyDemo(dir);
    const QString works = dir.filePath(QStringLiteral("works_synthetic.gpkg"));
    const QByteArray worksBefore = test::md5(works);
    qint64 facilitiesBefore = 0;
    {
        auto ds = openVector(works);
        facilitiesBefore = ds->GetLayerByName("facilities_synthetic")->GetFeatureCount();
    }
    const QStringList args = {project,
                              QStringLiteral("--kind"),
                              QStringLiteral("kindergarten"),
                              QStringLiteral("--radius"),
                              QStringLiteral("3km"),
                              QStringLiteral("--k"),
                              QStringLiteral("3"),
                              QStringLiteral("--scenario"),
                              QStringLiteral("2022 plan"),
                              QStringLiteral("--add-to-project")};
    const SuggestRun first = suggest(args);
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("copied layer \"facilities\"")))
        << first.out.toStdString();
    EXPECT_EQ(test::md5(works), worksBefore); // the planner's own file
    const QString package = dir.filePath(QStringLiteral("xingtai-2021.plan.gpkg"));
    {
        auto ds = openVector(package);
        ASSERT_TRUE(ds);
        OGRLayer* l = ds->GetLayerByName("facilities");
        ASSERT_TRUE(l);
        EXPECT_EQ(l->GetFeatureCount(), facilitiesBefore + 3);
        l->SetAttributeFilter("scenario = '2022 plan' AND kind = 'kindergarten' AND "
                              "status = 'planned'");
        EXPECT_EQ(l->GetFeatureCount(), 3);
    }
    // The project file now reads the layer from the package; everything else as it was.
    const QJsonObject json = readJson(project);
    int fromPackage = 0;
    for (const QJsonValue& v : json.value(QStringLiteral("layers")).toArray())
        if (v.toObject().value(QStringLiteral("source")).toString() ==
            QLatin1String("xingtai-2021.plan.gpkg"))
            ++fromPackage;
    EXPECT_EQ(fromPackage, 1);
    EXPECT_EQ(json.value(QStringLiteral("layers")).toArray().size(),
              readJson(kProject).value(QStringLiteral("layers")).toArray().size());

    // A second run builds on the first's sites (they are in the scenario it counts as
    // existing) and appends to the same layer, without copying or rewriting again.
    const QByteArray projectAfterFirst = test::md5(project);
    QStringList again = args;
    again << QStringLiteral("--existing-scenario") << QStringLiteral("2022 plan");
    const SuggestRun second = suggest(again);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_FALSE(second.out.contains(QStringLiteral("copied layer")));
    EXPECT_EQ(test::md5(project), projectAfterFirst);
    auto ds = openVector(package);
    EXPECT_EQ(ds->GetLayerByName("facilities")->GetFeatureCount(), facilitiesBefore + 6);
    // Its "covered before" is the first run's "covered after".
    const QRegularExpression after(QStringLiteral("covered after +\\S+ \\(\\S+ %\\); (\\d+) of"));
    const QRegularExpression before(QStringLiteral("covered before +\\S+ \\(\\S+ %\\); (\\d+) of"));
    EXPECT_EQ(before.match(second.out).captured(1), after.match(first.out).captured(1));
    EXPECT_FALSE(after.match(first.out).captured(1).isEmpty());

    // --out may not name the works package (it would replace it).
    const SuggestRun clash = suggest({project, QStringLiteral("--kind"), QStringLiteral("clinic"),
                                      QStringLiteral("--radius"), QStringLiteral("3km"),
                                      QStringLiteral("--out"), package});
    EXPECT_EQ(clash.code, 2);
    EXPECT_TRUE(clash.err.contains(QStringLiteral("works GeoPackage"))) << clash.err.toStdString();
}
