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
// The GeoPackages are SYNTHETIC, generated from a fixed seed (std::mt19937_64, 42; see
// synthetic_data.h) into --data-dir on first use and reused afterwards; generation is
// timed separately.
//
//   bench_load [--runs N] [--case demo|points|lines|all] [--data-dir DIR]

#include "bench_process.h"
#include "core/process_memory.h"
#include "synthetic_data.h"

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

#include <gdal_priv.h>
#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace wmbench;

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
    wm::configureProcessMemory();
    const auto start = Clock::now();
    int runs = 3;
    std::string which = "all";
    std::string dataDir = "/tmp/worksmap-bench";
    for (Options o(argc, argv, "bench_load", usage); o.next();) {
        if (o.is("--runs"))
            runs = o.count(1, 1000);
        else if (o.is("--case"))
            which = o.choice({"demo", "points", "lines", "all"});
        else if (o.is("--data-dir"))
            dataDir = o.value();
        else
            o.unknown();
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
        const auto c = runInChild([&] {
            const DatasetStatus s = ensureDataset(path, expected, generate);
            RunResult r;
            r.ok = s.ok;
            r.reused = s.reused;
            r.seconds = s.seconds;
            r.features = s.features;
            r.fileBytes = s.fileBytes;
            r.setMessage(s.message);
            return r;
        });
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
        const auto idle = runInChild([] {
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
            const auto c = runInChild(work);
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
