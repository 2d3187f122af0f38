// Load benchmark: wall time and peak resident memory of
//   demo    the bundled Xingtai 2021 demo project (openProjectOrDataset),
//   points  1,000,000 synthetic points from a GeoPackage (VectorReader::read),
//   lines   100,000 synthetic line strings from a GeoPackage (VectorReader::read),
// each read into a wm::Layer with its spatial index, in EPSG:4547.
//
// Every run happens in a freshly forked child so that its peak RSS (ru_maxrss from
// wait4) belongs to that run alone. A forked child starts with the parent's resident
// pages, so an "idle" child that does nothing is measured too: subtract its peak from a
// case's peak for the memory the load itself needed. Only the load call is timed (the
// role registry and the target Crs are made before the clock starts); GDAL's drivers are
// registered once in the parent, before any fork, as an application does at start-up.
//
// The GeoPackages are SYNTHETIC, generated here from a fixed seed (std::mt19937_64, 42)
// into --data-dir on first use and reused afterwards; generation is timed separately.
//
//   bench_load [--runs N] [--case demo|points|lines|all] [--data-dir DIR]

#include "core/crs.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_opener.h"
#include "io/vector_reader.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <geos_c.h>
#include <ogrsf_frmts.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <numbers>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

constexpr qint64 PointCount = 1'000'000;
constexpr qint64 LineCount = 100'000;
constexpr std::uint64_t Seed = 42;

// Xingtai's bounding box in CGCS2000 longitude/latitude.
constexpr double LonMin = 113.8, LonMax = 115.8, LatMin = 36.8, LatMax = 37.8;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// ---------------------------------------------------------------------------------
// What a child sends back through its pipe (same binary on both ends of the fork).

struct RunResult {
    bool ok = false;
    bool reused = false;     ///< generation: an existing file was kept
    double seconds = 0;      ///< the timed call
    qint64 features = 0;     ///< Layer::featureCount(), summed over a project's layers
    qint64 featuresRead = 0; ///< LoadReport::featuresRead, summed
    qint64 repaired = 0;
    qint64 unrepairable = 0;
    qint64 withoutGeometry = 0;
    qint64 transformFailed = 0;
    qint64 indexSize = 0; ///< SpatialIndex::size(), summed
    int layers = 0;
    int unavailable = 0;
    qint64 fileBytes = 0;
    long vmHwmKb = -1; ///< the child's own VmHWM, read just before it exits
    char message[512] = {};

    void setMessage(const std::string& text)
    {
        std::snprintf(message, sizeof message, "%s", text.c_str());
    }
};

struct ChildOutcome {
    RunResult result;
    long maxRssKb = 0;   ///< ru_maxrss of the child, from wait4
    std::string failure; ///< empty if the child ran to its end and reported ok
};

long readVmHwmKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

int threadCount()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Threads:", 0) == 0)
            return int(std::strtol(line.c_str() + 8, nullptr, 10));
    return -1;
}

std::string cpuModel()
{
    std::ifstream info("/proc/cpuinfo");
    std::string line;
    while (std::getline(info, line))
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    return "unknown CPU";
}

bool writeAll(int fd, const void* data, std::size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= std::size_t(n);
    }
    return true;
}

std::size_t readAll(int fd, void* data, std::size_t size)
{
    char* p = static_cast<char*>(data);
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, p + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += std::size_t(n);
    }
    return got;
}

/// Runs `work` in a forked child and returns what it reported with the child's peak
/// RSS. The parent must be single-threaded here (checked in main).
ChildOutcome runInChild(const std::function<RunResult()>& work)
{
    std::fflush(stdout);
    std::fflush(stderr);
    int fds[2];
    if (::pipe(fds) != 0) {
        std::perror("pipe");
        std::exit(1);
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        std::perror("fork");
        std::exit(1);
    }
    if (pid == 0) {
        ::close(fds[0]);
        RunResult r;
        try {
            r = work();
        } catch (const wm::Error& e) {
            r.ok = false;
            r.setMessage(e.message().toStdString());
        } catch (const std::exception& e) {
            r.ok = false;
            r.setMessage(e.what());
        }
        r.vmHwmKb = readVmHwmKb();
        writeAll(fds[1], &r, sizeof r);
        ::close(fds[1]);
        // No destructors: freeing a million geometries is not what is measured, and
        // Qt's and GDAL's static state belongs to the parent.
        ::_exit(r.ok ? 0 : 1);
    }
    ::close(fds[1]);
    ChildOutcome out;
    const std::size_t got = readAll(fds[0], &out.result, sizeof out.result);
    ::close(fds[0]);
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    out.maxRssKb = usage.ru_maxrss; // kilobytes on Linux
    if (got != sizeof out.result) {
        out.result = RunResult{};
        out.failure = WIFSIGNALED(status)
                          ? "child killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
                                strsignal(WTERMSIG(status)) + ")"
                          : "child exited with status " + std::to_string(WEXITSTATUS(status)) +
                                " without reporting";
    } else if (!out.result.ok) {
        out.failure = out.result.message;
    }
    return out;
}

// ---------------------------------------------------------------------------------
// Synthetic data. Only the raw 64-bit output of mt19937_64 is used (no std::
// distributions, whose output differs between standard libraries), so the files are
// the same everywhere.

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

const char* const PointsFile = "synthetic_points_1m.gpkg";
const char* const LinesFile = "synthetic_lines_100k.gpkg";

std::string cpl(const char* fallback)
{
    const char* last = CPLGetLastErrorMsg();
    return last && *last ? std::string(last) : std::string(fallback);
}

/// Feature count of an existing GeoPackage's first layer, or -1 if it cannot be read.
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

/// 1,000,000 points uniformly spread over Xingtai's bbox; fields code (integer),
/// value (real), name (3–8 letters).
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

/// 100,000 line strings of 2–10 vertices and 50 m–2 km, each a gently turning walk
/// (±0.5 rad per vertex) that stays inside the bbox; fields diameter (integer, mm),
/// length_m (real, the intended length), material (short string).
void generateLines(const std::string& path)
{
    OGRFieldDefn diameter("diameter", OFTInteger), length("length_m", OFTReal),
        material("material", OFTString);
    material.SetWidth(16);
    writeGeoPackage(
        path, "synthetic_lines", wkbLineString, {&diameter, &length, &material},
        [](OGRLayer& layer) {
            static const std::array<int, 8> diameters{100, 150, 200, 300, 400, 500, 600, 800};
            static const std::array<const char*, 5> materials{"PE", "PVC", "steel", "ductile",
                                                              "concrete"};
            constexpr double MetresPerDegreeLat = 110'574.0;
            constexpr double MetresPerDegreeLonAtEquator = 111'320.0;
            constexpr double MarginLon = 0.03, MarginLat = 0.02; // > 2 km either way
            Random rnd;
            OGRFeature f(layer.GetLayerDefn());
            for (qint64 i = 0; i < LineCount; ++i) {
                const int vertices = rnd.integer(2, 10);
                const double total = rnd.uniform(50, 2000);
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
                f.SetField(0, diameters[std::size_t(rnd.integer(0, int(diameters.size()) - 1))]);
                f.SetField(1, std::round(total * 10) / 10);
                f.SetField(2, materials[std::size_t(rnd.integer(0, int(materials.size()) - 1))]);
                f.SetGeometryDirectly(line);
                createFeature(layer, f);
            }
        });
}

RunResult ensureDataset(const std::string& path, qint64 expected,
                        const std::function<void(const std::string&)>& generate)
{
    RunResult r;
    const qint64 existing = existingFeatureCount(path);
    if (existing == expected) {
        r.reused = true;
    } else {
        if (existing >= 0)
            std::fprintf(stderr, "  %s holds %lld features, not %lld: regenerating\n", path.c_str(),
                         static_cast<long long>(existing), static_cast<long long>(expected));
        const auto t0 = Clock::now();
        generate(path);
        r.seconds = seconds(Clock::now() - t0);
    }
    r.features = existingFeatureCount(path);
    r.fileBytes = qint64(std::filesystem::file_size(path));
    r.ok = r.features == expected;
    if (!r.ok)
        r.setMessage(path + ": generated file holds " + std::to_string(r.features) + " features");
    return r;
}

// ---------------------------------------------------------------------------------
// The cases, each run inside a child.

void addLayer(RunResult& r, const wm::Layer& layer)
{
    r.features += layer.featureCount();
    r.featuresRead += layer.report.featuresRead;
    r.repaired += layer.report.repaired;
    r.unrepairable += layer.report.unrepairable;
    r.withoutGeometry += layer.report.withoutGeometry;
    r.transformFailed += layer.report.transformFailed;
    r.indexSize += layer.index().size();
    ++r.layers;
}

RunResult loadDemo()
{
    const wm::RoleRegistry roles = wm::RoleRegistry::load(wm::layerRolesDir());
    const QString path = QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");
    const auto t0 = Clock::now();
    const wm::LoadedProject project = wm::openProjectOrDataset(path, roles);
    const auto t1 = Clock::now();
    RunResult r;
    r.seconds = seconds(t1 - t0);
    std::string problems;
    for (const wm::LoadedLayer& l : project.layers) {
        if (l.data) {
            addLayer(r, *l.data);
        } else {
            ++r.unavailable;
            ++r.layers;
            problems += (problems.empty() ? "" : "; ") + l.entry.id.toStdString() + ": " +
                        l.problem.toStdString();
        }
    }
    r.ok = r.unavailable == 0;
    if (!r.ok)
        r.setMessage(std::to_string(r.unavailable) + " layer(s) unavailable: " + problems);
    return r;
}

RunResult loadVector(const std::string& path, qint64 expected)
{
    wm::ReadOptions options;
    options.targetCrs = wm::Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    if (!options.targetCrs.isValid())
        throw std::runtime_error("PROJ does not know EPSG:4547");
    const QString file = QString::fromStdString(path);
    const auto t0 = Clock::now();
    const wm::Layer layer = wm::VectorReader::read(file, options);
    const auto t1 = Clock::now();
    RunResult r;
    r.seconds = seconds(t1 - t0);
    addLayer(r, layer);
    r.ok = r.features == expected && r.featuresRead == expected && r.indexSize == expected &&
           r.transformFailed == 0 && r.withoutGeometry == 0;
    if (!r.ok)
        r.setMessage("expected " + std::to_string(expected) +
                     " features with geometry in the index; read " +
                     std::to_string(r.featuresRead) + ", kept " + std::to_string(r.features) +
                     ", indexed " + std::to_string(r.indexSize) + ", without geometry " +
                     std::to_string(r.withoutGeometry) + ", transform failed " +
                     std::to_string(r.transformFailed));
    return r;
}

// ---------------------------------------------------------------------------------

struct CaseSummary {
    std::string name;
    bool ok = true;
    std::string failure;
    RunResult last; ///< counts of the last successful run
    std::vector<double> times;
    long peakKb = 0; ///< the highest ru_maxrss over the runs
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double mib(long kb)
{
    return double(kb) / 1024.0;
}

void usage(std::FILE* out)
{
    std::fprintf(
        out,
        "usage: bench_load [--runs N] [--case demo|points|lines|all] [--data-dir DIR]\n"
        "  --runs N        timed runs per case, each in a fresh forked child (default 3)\n"
        "  --case C        which case to run (default all)\n"
        "  --data-dir DIR  cache of the synthetic GeoPackages (default /tmp/worksmap-bench)\n");
}

} // namespace

int main(int argc, char** argv)
{
    const auto start = Clock::now();
    int runs = 3;
    std::string which = "all";
    std::string dataDir = "/tmp/worksmap-bench";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* option) -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "bench_load: %s needs a value\n", option);
                usage(stderr);
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--runs") {
            const std::string v = value("--runs");
            char* end = nullptr;
            const long n = std::strtol(v.c_str(), &end, 10);
            if (*end != '\0' || n < 1 || n > 1000) {
                std::fprintf(stderr,
                             "bench_load: --runs wants a number from 1 to 1000, not \"%s\"\n",
                             v.c_str());
                return 2;
            }
            runs = int(n);
        } else if (arg == "--case") {
            which = value("--case");
            if (which != "demo" && which != "points" && which != "lines" && which != "all") {
                std::fprintf(stderr, "bench_load: unknown case \"%s\"\n", which.c_str());
                usage(stderr);
                return 2;
            }
        } else if (arg == "--data-dir") {
            dataDir = value("--data-dir");
        } else if (arg == "--help" || arg == "-h") {
            usage(stdout);
            return 0;
        } else {
            std::fprintf(stderr, "bench_load: unknown option \"%s\"\n", arg.c_str());
            usage(stderr);
            return 2;
        }
    }
    const bool wantDemo = which == "all" || which == "demo";
    const bool wantPoints = which == "all" || which == "points";
    const bool wantLines = which == "all" || which == "lines";

    QCoreApplication app(argc, argv); // resourceRoot() looks next to the executable
    GDALAllRegister();                // once, before any fork, as the application does

    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec) {
        std::fprintf(stderr, "bench_load: cannot create %s: %s\n", dataDir.c_str(),
                     ec.message().c_str());
        return 1;
    }
    const std::string pointsPath = (std::filesystem::path(dataDir) / PointsFile).string();
    const std::string linesPath = (std::filesystem::path(dataDir) / LinesFile).string();

    // fork() only carries the calling thread over: the parent must not have others.
    if (const int threads = threadCount(); threads != 1) {
        std::fprintf(stderr, "bench_load: the parent runs %d threads; forking it is unsafe\n",
                     threads);
        return 1;
    }

#ifdef NDEBUG
    const char* build = "NDEBUG (release)";
#else
    const char* build = "assertions on (NOT a release build: timings are not representative)";
#endif
    std::printf("WorksMap load benchmark\n");
    std::printf("  machine : %u cores (std::thread::hardware_concurrency), %s\n",
                std::thread::hardware_concurrency(), cpuModel().c_str());
    std::printf("  build   : %s; Qt %s, GDAL %s, GEOS %s\n", build, qVersion(),
                GDALVersionInfo("RELEASE_NAME"), GEOSversion());
    std::printf("  runs    : %d per case, each in a fresh forked child; time = the load call only; "
                "peak RSS = the child's ru_maxrss, max over runs (MB = MiB)\n",
                runs);
    std::printf("  data    : %s (synthetic, seed %llu)\n\n", dataDir.c_str(),
                static_cast<unsigned long long>(Seed));
    std::fflush(stdout);

    bool allOk = true;

    // Synthetic data, generated (or checked) in children so the parent stays small.
    auto prepare = [&](const std::string& path, qint64 expected,
                       void (*generate)(const std::string&)) {
        std::fprintf(stderr, "preparing %s ...\n", path.c_str());
        const ChildOutcome c = runInChild([&] { return ensureDataset(path, expected, generate); });
        if (!c.failure.empty()) {
            std::printf("data  %-28s FAILED: %s\n", std::filesystem::path(path).filename().c_str(),
                        c.failure.c_str());
            allOk = false;
            return false;
        }
        const RunResult& r = c.result;
        if (r.reused)
            std::printf("data  %-28s reused     %9lld features  %7.1f MB on disk\n",
                        std::filesystem::path(path).filename().c_str(),
                        static_cast<long long>(r.features), double(r.fileBytes) / (1 << 20));
        else
            std::printf("data  %-28s generated  %9lld features  %7.1f MB on disk  in %.1f s "
                        "(peak RSS %.1f MB)\n",
                        std::filesystem::path(path).filename().c_str(),
                        static_cast<long long>(r.features), double(r.fileBytes) / (1 << 20),
                        r.seconds, mib(c.maxRssKb));
        return true;
    };
    const bool havePoints = wantPoints && prepare(pointsPath, PointCount, generatePoints);
    const bool haveLines = wantLines && prepare(linesPath, LineCount, generateLines);

    // The baseline: an idle child's peak RSS is what every child starts with.
    long baselineKb = 0;
    for (int i = 0; i < 3; ++i) {
        const ChildOutcome idle = runInChild([] {
            RunResult r;
            r.ok = true;
            return r;
        });
        baselineKb = std::max(baselineKb, idle.maxRssKb);
    }

    std::vector<CaseSummary> summaries;
    auto measure = [&](const std::string& name, const std::function<RunResult()>& work) {
        CaseSummary s;
        s.name = name;
        for (int i = 0; i < runs; ++i) {
            const ChildOutcome c = runInChild(work);
            if (!c.failure.empty()) {
                s.ok = false;
                s.failure = c.failure;
                std::fprintf(stderr, "%-6s run %d/%d FAILED: %s\n", name.c_str(), i + 1, runs,
                             c.failure.c_str());
                break;
            }
            s.times.push_back(c.result.seconds);
            s.peakKb = std::max(s.peakKb, c.maxRssKb);
            s.last = c.result;
            std::fprintf(stderr, "%-6s run %d/%d: %.3f s, peak RSS %.1f MB (VmHWM %.1f MB)\n",
                         name.c_str(), i + 1, runs, c.result.seconds, mib(c.maxRssKb),
                         mib(c.result.vmHwmKb));
        }
        allOk = allOk && s.ok;
        summaries.push_back(std::move(s));
    };

    if (wantDemo)
        measure("demo", loadDemo);
    if (wantPoints) {
        if (havePoints)
            measure("points", [&] { return loadVector(pointsPath, PointCount); });
        else
            summaries.push_back({"points", false, "no data (generation failed)", {}, {}, 0});
    }
    if (wantLines) {
        if (haveLines)
            measure("lines", [&] { return loadVector(linesPath, LineCount); });
        else
            summaries.push_back({"lines", false, "no data (generation failed)", {}, {}, 0});
    }

    std::printf("\n%-7s %9s %7s %9s %8s %5s %9s %9s %12s %11s\n", "case", "features", "layers",
                "index", "repaired", "runs", "median_s", "min_s", "peak_rss_mb", "minus_idle");
    std::printf("%-7s %9s %7s %9s %8s %5s %9s %9s %12.1f %11s\n", "idle", "-", "-", "-", "-", "3",
                "-", "-", mib(baselineKb), "-");
    for (const CaseSummary& s : summaries) {
        if (s.times.empty()) {
            std::printf("%-7s FAILED: %s\n", s.name.c_str(), s.failure.c_str());
            continue;
        }
        std::printf("%-7s %9lld %7d %9lld %8lld %5zu %9.3f %9.3f %12.1f %11.1f%s\n", s.name.c_str(),
                    static_cast<long long>(s.last.features), s.last.layers,
                    static_cast<long long>(s.last.indexSize),
                    static_cast<long long>(s.last.repaired), s.times.size(), median(s.times),
                    *std::min_element(s.times.begin(), s.times.end()), mib(s.peakKb),
                    mib(s.peakKb - baselineKb), s.ok ? "" : "  (incomplete: see stderr)");
        if (s.last.unrepairable || s.last.withoutGeometry || s.last.transformFailed)
            std::printf("        note: %lld unrepairable, %lld without geometry, %lld failed to "
                        "transform\n",
                        static_cast<long long>(s.last.unrepairable),
                        static_cast<long long>(s.last.withoutGeometry),
                        static_cast<long long>(s.last.transformFailed));
    }
    std::printf("\n");
    for (const CaseSummary& s : summaries) {
        if (s.times.empty())
            continue;
        std::printf("{\"case\":\"%s\",\"features\":%lld,\"median_s\":%.4f,\"min_s\":%.4f,"
                    "\"peak_rss_mb\":%.1f,\"idle_rss_mb\":%.1f,\"runs\":%zu,\"layers\":%d,"
                    "\"index_size\":%lld,\"repaired\":%lld,\"cores\":%u}\n",
                    s.name.c_str(), static_cast<long long>(s.last.features), median(s.times),
                    *std::min_element(s.times.begin(), s.times.end()), mib(s.peakKb),
                    mib(baselineKb), s.times.size(), s.last.layers,
                    static_cast<long long>(s.last.indexSize),
                    static_cast<long long>(s.last.repaired), std::thread::hardware_concurrency());
    }
    std::printf("\ntotal wall time: %.1f s\n", seconds(Clock::now() - start));
    return allOk ? 0 : 1;
}
