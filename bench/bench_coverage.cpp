// Coverage measure benchmark: wall time and peak resident memory of
//   count    CheckUnits::count: 50,000 villages in the 19 Xingtai counties,
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

#include "analysis/check_units.h"
#include "analysis/measures.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <gdal_priv.h>
#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace wmbench;

constexpr qsizetype VillageCount = CoverageVillageCount;
constexpr qsizetype FacilityCount = CoverageFacilityCount;
constexpr qsizetype PipeSegmentCount = CoveragePipeCount;
constexpr double TargetSeconds = 0.3; ///< all three measures together

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// ---------------------------------------------------------------------------------
// The layers (synthetic_data.h): real counties, SYNTHETIC villages, facilities, pipes.

CoverageDataset makeDataset()
{
    return makeCoverageDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/boundaries/xingtai_counties.geojson"));
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
    const CoverageDataset d = makeDataset();
    RunResult r;
    r.prepareSeconds = seconds(Clock::now() - t0);
    r.rssBeforeKb = readVmRssKb();
    const bool reset = resetVmHwm();

    const auto start = Clock::now();
    if (which & Count) {
        const auto a = Clock::now();
        const std::vector<double> n =
            wm::CheckUnits::counties(*d.units).count(d.villages, QString(), {});
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
    for (Options o(argc, argv, "bench_coverage", usage); o.next();) {
        if (o.is("--runs"))
            runs = o.count(1, 1000);
        else if (o.is("--case"))
            which = o.choice({"count", "nearest", "length", "all", "every"});
        else
            o.unknown();
    }

    QCoreApplication app(argc, argv);
    GDALAllRegister(); // once, before any fork, as the application does
    requireSingleThread("bench_coverage");

    printReportHeader("WorksMap coverage measures benchmark");
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
                    fmt(s.parts[2]).c_str(), median(s.total), minimum(s.total), mib(s.peakKb),
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
                    s.name.c_str(), median(s.total), minimum(s.total), mib(s.peakKb),
                    mib(s.measureKb), s.total.size(), static_cast<long long>(VillageCount),
                    static_cast<long long>(FacilityCount), static_cast<long long>(PipeSegmentCount),
                    std::thread::hardware_concurrency());
    }
    std::printf("\ntotal wall time: %.1f s\n", seconds(Clock::now() - start));
    return allOk ? 0 : 1;
}
