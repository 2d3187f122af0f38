// Coverage measure benchmark: wall time and peak resident memory of
//   count    countPerUnit: 50,000 villages in the 19 Xingtai counties,
//   nearest  nearestDistances: each of the 50,000 villages to the nearest of 2,000
//            facilities (GEOS STRtree nearest query),
//   length   lengthPerUnitKm: 20,000 pipe segments of 2–20 vertices clipped by county,
//   all      the three in a row (the figure a coverage check waits for),
// on layers already in memory in EPSG:4547 with their spatial indexes (as ProjectLoader
// leaves them).
//
// The counties are the real polygons of data/xingtai-2021 (read and repaired by
// VectorReader, not timed). Villages, facilities and pipes are SYNTHETIC: drawn with a
// fixed seed (std::mt19937_64, wmbench::Seed, raw 64-bit output only) uniformly inside
// the counties' union by rejection, the pipes as gently turning walks from such a point
// (so some cross a county border or leave the city, as real ones do). Generation is not
// timed either. Every run happens in a freshly forked child (bench_process.h): its peak
// RSS (ru_maxrss) is the whole child's; "measure peak" is the rise of VmHWM during the
// timed calls alone (VmHWM reset just before them).
//
//   bench_coverage [--runs N] [--case count|nearest|length|all|every]

#include "bench_process.h"
#include "synthetic_data.h"

#include "analysis/measures.h"
#include "core/crs.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "core/layer.h"
#include "io/vector_reader.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <gdal_priv.h>
#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <numbers>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace wmbench;

constexpr qsizetype VillageCount = 50'000;
constexpr qsizetype FacilityCount = 2'000;
constexpr qsizetype PipeSegmentCount = 20'000;
constexpr double TargetSeconds = 0.3; ///< all three measures together

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

/// The same reproducible draws as synthetic_data.cpp: raw engine output only, because
/// std:: distributions differ between standard libraries.
struct Random {
    std::mt19937_64 engine{Seed};
    double uniform(double lo, double hi)
    {
        return lo + (hi - lo) * double(engine() >> 11) * 0x1.0p-53;
    }
    int integer(int lo, int hi) { return lo + int(engine() % std::uint64_t(hi - lo + 1)); }
};

// ---------------------------------------------------------------------------------
// Synthetic layers inside the counties, in EPSG:4547 metres.

struct Dataset {
    std::shared_ptr<wm::Layer> counties;
    std::unique_ptr<wm::UnitSet> units;
    wm::Layer villages, facilities, pipes;
};

/// A point uniformly inside the union of the counties (rejection from its bbox).
void pointInside(Random& rnd, const wm::UnitSet& units, double& x, double& y)
{
    const wm::Extent& e = units.layer()->extent();
    do {
        x = rnd.uniform(e.xMin, e.xMax);
        y = rnd.uniform(e.yMin, e.yMax);
    } while (units.unitAt(x, y) < 0);
}

void makePoints(wm::Layer& layer, Random& rnd, const wm::UnitSet& units, qsizetype count,
                const char* field, const std::vector<QString>& values)
{
    GEOSContextHandle_t ctx = wm::geosContext();
    layer.name = QString::fromLatin1(field);
    layer.kind = wm::GeometryKind::Point;
    layer.crs = units.layer()->crs;
    layer.attributes.setFields({{QString::fromLatin1(field), wm::FieldType::String, QString()}});
    layer.attributes.reserve(count);
    layer.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        double x = 0, y = 0;
        pointInside(rnd, units, x, y);
        const qsizetype row = layer.attributes.appendRow();
        layer.attributes.setString(row, 0,
                                   values[std::size_t(rnd.integer(0, int(values.size()) - 1))]);
        layer.addFeature(i + 1, wm::GeomPtr(GEOSGeom_createPointFromXY_r(ctx, x, y)));
    }
    layer.buildIndex();
}

/// Pipe segments: 2–20 vertices, 50 m–3 km, each a walk turning by up to ±0.5 rad per
/// vertex from a random point inside the counties.
void makePipes(wm::Layer& layer, Random& rnd, const wm::UnitSet& units)
{
    GEOSContextHandle_t ctx = wm::geosContext();
    static const std::vector<QString> kinds{
        QStringLiteral("water_supply"), QStringLiteral("drainage_rain"),
        QStringLiteral("drainage_sewage"), QStringLiteral("heating"), QStringLiteral("gas")};
    layer.name = QStringLiteral("pipes");
    layer.kind = wm::GeometryKind::Line;
    layer.crs = units.layer()->crs;
    layer.attributes.setFields({{QStringLiteral("kind"), wm::FieldType::String, QString()}});
    layer.attributes.reserve(PipeSegmentCount);
    layer.reserve(PipeSegmentCount);
    for (qsizetype i = 0; i < PipeSegmentCount; ++i) {
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
        layer.attributes.setString(row, 0, kinds[std::size_t(rnd.integer(0, 4))]);
        layer.addFeature(i + 1, wm::GeomPtr(GEOSGeom_createLineString_r(ctx, seq)));
    }
    layer.buildIndex();
}

Dataset makeDataset()
{
    wm::ReadOptions options;
    options.targetCrs = wm::Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    if (!options.targetCrs.isValid())
        throw std::runtime_error("PROJ does not know EPSG:4547");
    Dataset d;
    d.counties = std::make_shared<wm::Layer>(wm::VectorReader::read(
        QStringLiteral(WORKSMAP_DEMO_DIR "/boundaries/xingtai_counties.geojson"), options));
    d.units = std::make_unique<wm::UnitSet>(d.counties, QStringLiteral("code"),
                                            QStringLiteral("name"), QStringLiteral("name_current"));
    Random rnd;
    makePoints(d.villages, rnd, *d.units, VillageCount, "name", {QStringLiteral("village")});
    makePoints(d.facilities, rnd, *d.units, FacilityCount, "kind",
               {QStringLiteral("clinic"), QStringLiteral("health_centre"),
                QStringLiteral("kindergarten"), QStringLiteral("elderly_care")});
    makePipes(d.pipes, rnd, *d.units);
    return d;
}

// ---------------------------------------------------------------------------------
// What a child sends back through its pipe.

struct RunResult {
    bool ok = false;
    double seconds[3] = {-1, -1, -1}; ///< count, nearest, length (-1: not run)
    double totalSeconds = 0;
    double prepareSeconds = 0; ///< loading + generation, not part of the timings
    double villagesCounted = 0;
    double pipeKm = 0;
    double meanDistanceM = 0;
    long rssBeforeKb = -1;   ///< after loading and generation, before the timed calls
    long measurePeakKb = -1; ///< VmHWM after the timed calls (reset just before them)
    long vmHwmKb = -1;       ///< set by runInChild
    char message[512] = {};
};

enum Which { Count = 1, Nearest = 2, Length = 4 };

RunResult runCase(int which)
{
    const auto t0 = Clock::now();
    const Dataset d = makeDataset();
    RunResult r;
    r.prepareSeconds = seconds(Clock::now() - t0);
    r.rssBeforeKb = readVmRssKb();
    const bool reset = resetVmHwm();

    const auto start = Clock::now();
    if (which & Count) {
        const auto a = Clock::now();
        const std::vector<double> n = wm::countPerUnit(*d.units, d.villages);
        r.seconds[0] = seconds(Clock::now() - a);
        for (const double v : n)
            r.villagesCounted += v;
    }
    if (which & Nearest) {
        const auto a = Clock::now();
        const std::vector<double> m = wm::nearestDistances(d.villages, d.facilities);
        r.seconds[1] = seconds(Clock::now() - a);
        double sum = 0;
        for (const double v : m)
            sum += v;
        r.meanDistanceM = sum / double(m.size());
    }
    if (which & Length) {
        const auto a = Clock::now();
        const std::vector<double> km = wm::lengthPerUnitKm(*d.units, d.pipes);
        r.seconds[2] = seconds(Clock::now() - a);
        for (const double v : km)
            r.pipeKm += v;
    }
    r.totalSeconds = seconds(Clock::now() - start);
    r.measurePeakKb = reset ? readVmHwmKb() : -1;

    // Sanity: every village is inside a county (that is how they were drawn), and
    // distances are finite.
    r.ok = (!(which & Count) || r.villagesCounted == double(VillageCount)) &&
           (!(which & Nearest) || std::isfinite(r.meanDistanceM));
    if (!r.ok)
        std::snprintf(r.message, sizeof r.message, "counted %.0f of %lld villages, mean d %.1f",
                      r.villagesCounted, static_cast<long long>(VillageCount), r.meanDistanceM);
    return r;
}

struct CaseSummary {
    std::string name;
    int which = 0;
    std::string failure;
    RunResult last;
    std::vector<double> total, parts[3];
    long peakKb = 0, measureKb = 0;
};

CaseSummary caseOf(const char* name, int which)
{
    CaseSummary s;
    s.name = name;
    s.which = which;
    return s;
}

void usage(std::FILE* out)
{
    std::fprintf(out, "usage: bench_coverage [--runs N] [--case count|nearest|length|all|every]\n"
                      "  --runs N   timed runs per case, each in a fresh forked child (default 5)\n"
                      "  --case C   count, nearest, length, all (the three in a row) or every "
                      "(default: each case then all)\n");
}

} // namespace

int main(int argc, char** argv)
{
    const auto start = Clock::now();
    int runs = 5;
    std::string which = "every";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&](const char* option) -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "bench_coverage: %s needs a value\n", option);
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
                std::fprintf(stderr, "bench_coverage: --runs wants 1 to 1000, not \"%s\"\n",
                             v.c_str());
                return 2;
            }
            runs = int(n);
        } else if (arg == "--case") {
            which = value("--case");
            if (which != "count" && which != "nearest" && which != "length" && which != "all" &&
                which != "every") {
                std::fprintf(stderr, "bench_coverage: unknown case \"%s\"\n", which.c_str());
                usage(stderr);
                return 2;
            }
        } else if (arg == "--help" || arg == "-h") {
            usage(stdout);
            return 0;
        } else {
            std::fprintf(stderr, "bench_coverage: unknown option \"%s\"\n", arg.c_str());
            usage(stderr);
            return 2;
        }
    }

    QCoreApplication app(argc, argv);
    GDALAllRegister(); // once, before any fork, as the application does
    if (const int threads = threadCount(); threads != 1) {
        std::fprintf(stderr, "bench_coverage: the parent runs %d threads; forking it is unsafe\n",
                     threads);
        return 1;
    }

#ifdef NDEBUG
    const char* build = "NDEBUG (release)";
#else
    const char* build = "assertions on (NOT a release build: timings are not representative)";
#endif
    std::printf("WorksMap coverage measures benchmark\n");
    std::printf("  machine : %u cores (std::thread::hardware_concurrency), %s\n",
                std::thread::hardware_concurrency(), cpuModel().c_str());
    std::printf("  build   : %s; Qt %s, GDAL %s, GEOS %s\n", build, qVersion(),
                GDALVersionInfo("RELEASE_NAME"), GEOSversion());
    std::printf("  data    : 19 real Xingtai counties (EPSG:4547); SYNTHETIC (seed %llu) %lld "
                "villages, %lld facilities, %lld pipe segments of 2-20 vertices, inside them\n",
                static_cast<unsigned long long>(Seed), static_cast<long long>(VillageCount),
                static_cast<long long>(FacilityCount), static_cast<long long>(PipeSegmentCount));
    std::printf("  runs    : %d per case, each in a fresh forked child; time = the measure calls "
                "only (loading and generation excluded); MB = MiB\n\n",
                runs);
    std::fflush(stdout);

    std::vector<CaseSummary> cases;
    if (which == "count" || which == "every")
        cases.push_back(caseOf("count", Count));
    if (which == "nearest" || which == "every")
        cases.push_back(caseOf("nearest", Nearest));
    if (which == "length" || which == "every")
        cases.push_back(caseOf("length", Length));
    if (which == "all" || which == "every")
        cases.push_back(caseOf("all", Count | Nearest | Length));

    bool allOk = true;
    for (CaseSummary& s : cases) {
        for (int i = 0; i < runs; ++i) {
            const int w = s.which;
            const auto c = runInChild([w] { return runCase(w); });
            if (!c.failure.empty()) {
                s.failure = c.failure;
                allOk = false;
                std::fprintf(stderr, "%-7s run %d/%d FAILED: %s\n", s.name.c_str(), i + 1, runs,
                             c.failure.c_str());
                break;
            }
            const RunResult& r = c.result;
            s.last = r;
            s.total.push_back(r.totalSeconds);
            for (int k = 0; k < 3; ++k)
                if (r.seconds[k] >= 0)
                    s.parts[k].push_back(r.seconds[k]);
            s.peakKb = std::max(s.peakKb, c.maxRssKb);
            if (r.measurePeakKb >= 0)
                s.measureKb = std::max(s.measureKb, r.measurePeakKb - r.rssBeforeKb);
            std::fprintf(stderr,
                         "%-7s run %d/%d: %.3f s (prepare %.2f s), peak RSS %.1f MB, measure "
                         "peak +%.1f MB\n",
                         s.name.c_str(), i + 1, runs, r.totalSeconds, r.prepareSeconds,
                         mib(c.maxRssKb), mib(r.measurePeakKb - r.rssBeforeKb));
        }
    }

    auto fmt = [](const std::vector<double>& v) {
        char buf[32];
        if (v.empty())
            std::snprintf(buf, sizeof buf, "%9s", "-");
        else
            std::snprintf(buf, sizeof buf, "%9.3f", median(v));
        return std::string(buf);
    };
    std::printf("%-8s %5s %9s %9s %9s %9s %9s %12s %13s\n", "case", "runs", "count_s", "nearest_s",
                "length_s", "median_s", "min_s", "peak_rss_mb", "measure_mb");
    for (const CaseSummary& s : cases) {
        if (s.total.empty()) {
            std::printf("%-8s FAILED: %s\n", s.name.c_str(), s.failure.c_str());
            continue;
        }
        std::printf("%-8s %5zu %s %s %s %9.3f %9.3f %12.1f %13.1f\n", s.name.c_str(),
                    s.total.size(), fmt(s.parts[0]).c_str(), fmt(s.parts[1]).c_str(),
                    fmt(s.parts[2]).c_str(), median(s.total),
                    *std::min_element(s.total.begin(), s.total.end()), mib(s.peakKb),
                    mib(s.measureKb));
    }
    for (const CaseSummary& s : cases) {
        if (s.name != "all" || s.total.empty())
            continue;
        const double m = median(s.total);
        std::printf("\nall three together: median %.3f s, target %.1f s: %s\n", m, TargetSeconds,
                    m < TargetSeconds ? "met" : "NOT met");
        std::printf("checks: %.0f villages counted, mean village-facility distance %.0f m, "
                    "%.1f km of pipes inside the counties\n",
                    s.last.villagesCounted, s.last.meanDistanceM, s.last.pipeKm);
    }
    std::printf("\n");
    for (const CaseSummary& s : cases) {
        if (s.total.empty())
            continue;
        std::printf("{\"case\":\"%s\",\"median_s\":%.4f,\"min_s\":%.4f,\"peak_rss_mb\":%.1f,"
                    "\"measure_mb\":%.1f,\"runs\":%zu,\"villages\":%lld,\"facilities\":%lld,"
                    "\"pipes\":%lld,\"cores\":%u}\n",
                    s.name.c_str(), median(s.total),
                    *std::min_element(s.total.begin(), s.total.end()), mib(s.peakKb),
                    mib(s.measureKb), s.total.size(), static_cast<long long>(VillageCount),
                    static_cast<long long>(FacilityCount), static_cast<long long>(PipeSegmentCount),
                    std::thread::hardware_concurrency());
    }
    std::printf("\ntotal wall time: %.1f s\n", seconds(Clock::now() - start));
    return allOk ? 0 : 1;
}
