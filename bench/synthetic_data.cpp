#include "synthetic_data.h"

#include "core/crs.h"
#include "core/geos_context.h"
#include "io/vector_reader.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <numbers>
#include <random>
#include <stdexcept>
#include <vector>

namespace wmbench {

namespace {

struct Random {
    std::mt19937_64 engine{Seed};
    double uniform(double lo, double hi)
    {
        return lo + (hi - lo) * double(engine() >> 11) * 0x1.0p-53;
    }
    int integer(int lo, int hi) { return lo + int(engine() % std::uint64_t(hi - lo + 1)); }
    std::string letters(int minLength, int maxLength)
    {
        std::string s(std::size_t(integer(minLength, maxLength)), 'a');
        for (char& c : s)
            c = char('a' + integer(0, 25));
        return s;
    }
};

std::string cpl(const char* fallback)
{
    const char* last = CPLGetLastErrorMsg();
    return last && *last ? std::string(last) : std::string(fallback);
}

/// Creates `path` (via a ".partial.gpkg" file renamed at the end, so an interrupted
/// run never leaves a file that looks complete) with one layer filled by `fill`
/// inside a single transaction.
void writeGeoPackage(const std::string& path, const char* layerName, OGRwkbGeometryType type,
                     const std::vector<OGRFieldDefn*>& fields,
                     const std::function<void(OGRLayer&)>& fill)
{
    // A large SQLite page cache halves the time to write a million rows. This runs in
    // the generating child only, so the timed loads keep GDAL's default.
    if (!CPLGetConfigOption("OGR_SQLITE_CACHE", nullptr))
        CPLSetConfigOption("OGR_SQLITE_CACHE", "512"); // MB
    const std::string partial = path.substr(0, path.size() - 5) + ".partial.gpkg";
    std::filesystem::remove(partial);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw std::runtime_error("GDAL has no GPKG driver");
    GDALDatasetUniquePtr ds(driver->Create(partial.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw std::runtime_error(partial + ": cannot create: " + cpl("?"));

    OGRSpatialReference srs;
    if (srs.importFromEPSG(4490) != OGRERR_NONE)
        throw std::runtime_error("PROJ does not know EPSG:4490");
    // GeoPackage stores x = longitude, y = latitude; hand GDAL coordinates that way.
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer = ds->CreateLayer(layerName, &srs, type, nullptr);
    if (!layer)
        throw std::runtime_error(partial + ": cannot create layer: " + cpl("?"));
    for (OGRFieldDefn* f : fields)
        if (layer->CreateField(f) != OGRERR_NONE)
            throw std::runtime_error(partial + ": cannot create field: " + cpl("?"));

    if (ds->StartTransaction() != OGRERR_NONE)
        throw std::runtime_error(partial + ": cannot start a transaction: " + cpl("?"));
    fill(*layer);
    if (ds->CommitTransaction() != OGRERR_NONE)
        throw std::runtime_error(partial + ": commit failed: " + cpl("?"));
    CPLErrorReset();
    ds.reset(); // writes the R-tree index and closes the file
    if (CPLGetLastErrorType() >= CE_Failure)
        throw std::runtime_error(partial + ": closing failed: " + cpl("?"));
    std::filesystem::rename(partial, path);
}

void createFeature(OGRLayer& layer, OGRFeature& f)
{
    f.SetFID(OGRNullFID);
    if (layer.CreateFeature(&f) != OGRERR_NONE)
        throw std::runtime_error(std::string("CreateFeature failed: ") + cpl("?"));
}

const std::array<int, 8> Diameters{100, 150, 200, 300, 400, 500, 600, 800};

/// A line string of 2–10 vertices and 50 m–2 km: a walk turning by up to ±0.5 rad per
/// vertex from a random start at least 2 km inside the bbox. `total` is its intended
/// length in metres.
OGRLineString* randomWalk(Random& rnd, double& total)
{
    constexpr double MetresPerDegreeLat = 110'574.0;
    constexpr double MetresPerDegreeLonAtEquator = 111'320.0;
    constexpr double MarginLon = 0.03, MarginLat = 0.02; // > 2 km either way
    const int vertices = rnd.integer(2, 10);
    total = rnd.uniform(50, 2000);
    const double step = total / (vertices - 1);
    double lon = rnd.uniform(LonMin + MarginLon, LonMax - MarginLon);
    double lat = rnd.uniform(LatMin + MarginLat, LatMax - MarginLat);
    double heading = rnd.uniform(0, 2 * std::numbers::pi);
    auto* line = new OGRLineString;
    line->setNumPoints(vertices, FALSE);
    line->setPoint(0, lon, lat);
    for (int v = 1; v < vertices; ++v) {
        heading += rnd.uniform(-0.5, 0.5);
        const double metresPerDegreeLon =
            MetresPerDegreeLonAtEquator * std::cos(lat * std::numbers::pi / 180);
        lon += step * std::sin(heading) / metresPerDegreeLon;
        lat += step * std::cos(heading) / MetresPerDegreeLat;
        line->setPoint(v, lon, lat);
    }
    return line;
}

} // namespace

void generatePoints(const std::string& path)
{
    OGRFieldDefn code("code", OFTInteger), value("value", OFTReal), name("name", OFTString);
    name.SetWidth(16);
    writeGeoPackage(path, "synthetic_points", wkbPoint, {&code, &value, &name},
                    [](OGRLayer& layer) {
                        Random rnd;
                        OGRFeature f(layer.GetLayerDefn());
                        for (qint64 i = 0; i < PointCount; ++i) {
                            const double lon = rnd.uniform(LonMin, LonMax);
                            const double lat = rnd.uniform(LatMin, LatMax);
                            f.SetField(0, rnd.integer(1, 999'999));
                            f.SetField(1, std::round(rnd.uniform(0, 10'000) * 100) / 100);
                            f.SetField(2, rnd.letters(3, 8).c_str());
                            f.SetGeometryDirectly(new OGRPoint(lon, lat));
                            createFeature(layer, f);
                        }
                    });
}

void generateLines(const std::string& path)
{
    OGRFieldDefn diameter("diameter", OFTInteger), length("length_m", OFTReal),
        material("material", OFTString);
    material.SetWidth(16);
    writeGeoPackage(
        path, "synthetic_lines", wkbLineString, {&diameter, &length, &material},
        [](OGRLayer& layer) {
            static const std::array<const char*, 5> materials{"PE", "PVC", "steel", "ductile",
                                                              "concrete"};
            Random rnd;
            OGRFeature f(layer.GetLayerDefn());
            for (qint64 i = 0; i < LineCount; ++i) {
                double total = 0;
                OGRLineString* line = randomWalk(rnd, total);
                f.SetField(0, Diameters[std::size_t(rnd.integer(0, int(Diameters.size()) - 1))]);
                f.SetField(1, std::round(total * 10) / 10);
                f.SetField(2, materials[std::size_t(rnd.integer(0, int(materials.size()) - 1))]);
                f.SetGeometryDirectly(line);
                createFeature(layer, f);
            }
        });
}

void generatePipes(const std::string& path)
{
    OGRFieldDefn kind("kind", OFTString), diameter("diameter", OFTInteger),
        length("length_m", OFTReal);
    kind.SetWidth(24);
    writeGeoPackage(
        path, "synthetic_pipes", wkbLineString, {&kind, &diameter, &length}, [](OGRLayer& layer) {
            constexpr int Kinds = int(std::size(PipeKinds));
            Random rnd;
            OGRFeature f(layer.GetLayerDefn());
            for (qint64 i = 0; i < PipeCount; ++i) {
                // The kind is drawn first, so the walks differ from the
                // lines file's although both start from the same seed.
                f.SetField(0, PipeKinds[rnd.integer(0, Kinds - 1)]);
                double total = 0;
                OGRLineString* line = randomWalk(rnd, total);
                f.SetField(1, Diameters[std::size_t(rnd.integer(0, int(Diameters.size()) - 1))]);
                f.SetField(2, std::round(total * 10) / 10);
                f.SetGeometryDirectly(line);
                createFeature(layer, f);
            }
        });
}

namespace {

/// A point uniformly inside the union of the units (rejection from their bbox); returns
/// its unit.
int pointInside(Random& rnd, const wm::UnitSet& units, double& x, double& y)
{
    const wm::Extent& e = units.layer()->extent();
    int unit = -1;
    do {
        x = rnd.uniform(e.xMin, e.xMax);
        y = rnd.uniform(e.yMin, e.yMax);
        unit = units.unitAt(x, y);
    } while (unit < 0);
    return unit;
}

void makePoints(wm::Layer& layer, Random& rnd, const wm::UnitSet& units, qsizetype count,
                const QString& noun, const std::vector<QString>& kinds)
{
    GEOSContextHandle_t ctx = wm::geosContext();
    layer.name = noun + QLatin1Char('s');
    layer.kind = wm::GeometryKind::Point;
    layer.crs = units.layer()->crs;
    layer.attributes.setFields({{QStringLiteral("code"), wm::FieldType::String, QString()},
                                {QStringLiteral("name"), wm::FieldType::String, QString()},
                                {QStringLiteral("kind"), wm::FieldType::String, QString()}});
    layer.attributes.reserve(count);
    layer.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        double x = 0, y = 0;
        const QString& county = units.unit(pointInside(rnd, units, x, y)).code;
        const qsizetype row = layer.attributes.appendRow();
        // Codes and names are derived, not drawn, so the points are the same as before
        // these fields existed (bench_coverage's earlier figures stay comparable).
        layer.attributes.setString(row, 0,
                                   (county.isEmpty() ? QStringLiteral("000000") : county) +
                                       QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        layer.attributes.setString(row, 1, QStringLiteral("SYNTHETIC %1 %2").arg(noun).arg(i + 1));
        layer.attributes.setString(row, 2,
                                   kinds[std::size_t(rnd.integer(0, int(kinds.size()) - 1))]);
        layer.addFeature(i + 1, wm::GeomPtr(GEOSGeom_createPointFromXY_r(ctx, x, y)));
    }
    layer.buildIndex();
}

void makeWalkingPipes(wm::Layer& layer, Random& rnd, const wm::UnitSet& units)
{
    GEOSContextHandle_t ctx = wm::geosContext();
    layer.name = QStringLiteral("pipes");
    layer.kind = wm::GeometryKind::Line;
    layer.crs = units.layer()->crs;
    layer.attributes.setFields({{QStringLiteral("kind"), wm::FieldType::String, QString()}});
    layer.attributes.reserve(CoveragePipeCount);
    layer.reserve(CoveragePipeCount);
    constexpr int Kinds = int(std::size(PipeKinds));
    for (qsizetype i = 0; i < CoveragePipeCount; ++i) {
        const int vertices = rnd.integer(2, 20);
        const double step = rnd.uniform(50, 3000) / (vertices - 1);
        double x = 0, y = 0;
        pointInside(rnd, units, x, y);
        double heading = rnd.uniform(0, 2 * std::numbers::pi);
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, unsigned(vertices), 2);
        GEOSCoordSeq_setXY_r(ctx, seq, 0, x, y);
        for (int v = 1; v < vertices; ++v) {
            heading += rnd.uniform(-0.5, 0.5);
            x += step * std::sin(heading);
            y += step * std::cos(heading);
            GEOSCoordSeq_setXY_r(ctx, seq, unsigned(v), x, y);
        }
        const qsizetype row = layer.attributes.appendRow();
        layer.attributes.setString(row, 0,
                                   QString::fromLatin1(PipeKinds[rnd.integer(0, Kinds - 1)]));
        layer.addFeature(i + 1, wm::GeomPtr(GEOSGeom_createLineString_r(ctx, seq)));
    }
    layer.buildIndex();
}

} // namespace

CoverageDataset makeCoverageDataset(const QString& countiesPath)
{
    wm::ReadOptions options;
    options.targetCrs = wm::Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    if (!options.targetCrs.isValid())
        throw std::runtime_error("PROJ does not know EPSG:4547");
    CoverageDataset d;
    d.counties = std::make_shared<wm::Layer>(wm::VectorReader::read(countiesPath, options));
    d.units = std::make_unique<wm::UnitSet>(d.counties, QStringLiteral("code"),
                                            QStringLiteral("name"), QStringLiteral("name_current"));
    Random rnd;
    makePoints(d.villages, rnd, *d.units, CoverageVillageCount, QStringLiteral("village"),
               {QStringLiteral("village")});
    makePoints(d.facilities, rnd, *d.units, CoverageFacilityCount, QStringLiteral("facility"),
               {QStringLiteral("clinic"), QStringLiteral("health_centre"),
                QStringLiteral("kindergarten"), QStringLiteral("elderly_care")});
    makeWalkingPipes(d.pipes, rnd, *d.units);
    return d;
}

qint64 existingFeatureCount(const std::string& path)
{
    if (!std::filesystem::exists(path))
        return -1;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, nullptr, nullptr));
    CPLPopErrorHandler();
    if (!ds || ds->GetLayerCount() == 0)
        return -1;
    return ds->GetLayer(0)->GetFeatureCount(TRUE);
}

DatasetStatus ensureDataset(const std::string& path, qint64 expected,
                            const std::function<void(const std::string&)>& generate)
{
    DatasetStatus s;
    const qint64 existing = existingFeatureCount(path);
    if (existing == expected) {
        s.reused = true;
    } else {
        if (existing >= 0)
            std::fprintf(stderr, "  %s holds %lld features, not %lld: regenerating\n", path.c_str(),
                         static_cast<long long>(existing), static_cast<long long>(expected));
        const auto t0 = std::chrono::steady_clock::now();
        generate(path);
        s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    s.features = existingFeatureCount(path);
    s.fileBytes = qint64(std::filesystem::file_size(path));
    s.ok = s.features == expected;
    if (!s.ok)
        std::snprintf(s.message, sizeof s.message, "%s: generated file holds %lld features",
                      path.c_str(), static_cast<long long>(s.features));
    return s;
}

} // namespace wmbench
