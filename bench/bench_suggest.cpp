// `suggest` benchmark (issue 7): k = 20 new clinics on 50,000 villages and 10,000 candidate
// sites, radius 3 km, in the 19 real Xingtai counties (EPSG:4547). Reported separately:
//   sets      building the coverage sets (SiteSuggestion's constructor: demand grid, every
//             candidate's villages within the radius, existing coverage),
//   greedy    the lazy greedy (maximalCovering(k, 0)),
//   exchange  the exchange step (maximalCovering(k) minus the greedy it repeats first),
//   core      sets + greedy + exchange,
//   runner    the whole layer-level suggestSites() on a project in memory: reading the
//             points from the layers, existing clinics by kind and scenario, the coverage
//             sets, greedy, exchange, the sites' units and CGCS2000 lon/lat,
// and the bound ratio (added weight / the (1 - 1/e) bound).
//
// Villages, facilities (2,000, a quarter of them clinics: the existing ones) and the 10,000
// candidates are SYNTHETIC: drawn with a fixed seed (wmbench::Seed; candidates from their own
// stream) uniformly inside the real county polygons (makeCoverageDataset). Generation is not
// timed. Every run happens in a freshly forked child; the figure is the median of the runs.
//
//   bench_suggest [--runs N] [--k K] [--radius M]

#include "bench_process.h"
#include "synthetic_data.h"

#include "analysis/site_suggestion.h"
#include "analysis/suggest_sites.h"
#include "core/error.h"
#include "io/project_loader.h"

#include <QCoreApplication>
#include <QString>

#include <gdal_priv.h>
#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace wmbench;

constexpr qsizetype CandidateCount = 10'000;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

struct RunResult {
    bool ok = false;
    double prepareSeconds = 0; ///< generation (not timed)
    double sets = 0, greedy = 0, exchange = 0, core = 0, runner = 0;
    double runnerPrepare = 0; ///< the runner's reading of layers before the core
    double boundRatio = 0, shareBefore = 0, shareAfter = 0;
    int chosen = 0, swaps = 0, rounds = 0, existing = 0, candidates = 0, villages = 0;
    long vmHwmKb = -1;
    char message[512] = {};
};

/// Points of a layer as plain coordinates.
template <class T> std::vector<T> coordinatesOf(const wm::Layer& layer, const QString& kind = {})
{
    GEOSContextHandle_t ctx = wm::geosContext();
    const int kindCol = layer.attributes.indexOf(QStringLiteral("kind"));
    std::vector<T> out;
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        if (!kind.isEmpty() && layer.attributes.toString(i, kindCol) != kind)
            continue;
        T p;
        GEOSGeomGetX_r(ctx, layer.geometry(i), &p.x);
        GEOSGeomGetY_r(ctx, layer.geometry(i), &p.y);
        out.push_back(p);
    }
    return out;
}

/// CandidateCount SYNTHETIC points uniformly inside the counties (rejection from their bbox).
std::shared_ptr<wm::Layer> makeCandidates(const wm::UnitSet& units)
{
    std::mt19937_64 engine(Seed + 7);
    auto uniform = [&](double lo, double hi) {
        return lo + (hi - lo) * double(engine() >> 11) * 0x1.0p-53;
    };
    auto layer = std::make_shared<wm::Layer>();
    layer->name = QStringLiteral("candidates");
    layer->kind = wm::GeometryKind::Point;
    layer->crs = units.layer()->crs;
    layer->attributes.setFields({{QStringLiteral("name"), wm::FieldType::String, QString()}});
    const wm::Extent& e = units.layer()->extent();
    GEOSContextHandle_t ctx = wm::geosContext();
    for (qsizetype i = 0; i < CandidateCount; ++i) {
        double x = 0, y = 0;
        do {
            x = uniform(e.xMin, e.xMax);
            y = uniform(e.yMin, e.yMax);
        } while (units.unitAt(x, y) < 0);
        const qsizetype row = layer->attributes.appendRow();
        layer->attributes.setString(row, 0, QStringLiteral("SYNTHETIC site %1").arg(i + 1));
        layer->addFeature(i + 1, wm::GeomPtr(GEOSGeom_createPointFromXY_r(ctx, x, y)));
    }
    layer->buildIndex();
    return layer;
}

wm::LoadedLayer loaded(const QString& id, const QString& role, std::shared_ptr<wm::Layer> data)
{
    wm::LoadedLayer l;
    l.entry.id = id;
    l.entry.role = role;
    l.entry.synthetic = true;
    for (const wm::FieldDef& f : data->attributes.fields())
        l.mapping.sourceOf.insert(f.name, f.name);
    l.data = std::move(data);
    return l;
}

RunResult runOnce(int k, double radius)
{
    RunResult r;
    const auto t0 = Clock::now();
    CoverageDataset d = makeCoverageDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/boundaries/xingtai_counties.geojson"));
    if (!d.villages.index().isBuilt())
        d.villages.buildIndex();
    if (!d.facilities.index().isBuilt())
        d.facilities.buildIndex();
    const std::shared_ptr<wm::Layer> candidates = makeCandidates(*d.units);

    wm::SiteSuggestionInput input;
    input.radius = radius;
    input.demand = coordinatesOf<wm::DemandPoint>(d.villages);
    input.existing = coordinatesOf<wm::SitePoint>(d.facilities, QStringLiteral("clinic"));
    input.candidates = coordinatesOf<wm::SitePoint>(*candidates);
    r.prepareSeconds = seconds(Clock::now() - t0);
    r.existing = int(input.existing.size());
    r.candidates = int(input.candidates.size());
    r.villages = int(input.demand.size());

    // The core, step by step.
    auto a = Clock::now();
    const wm::SiteSuggestion core(input);
    r.sets = seconds(Clock::now() - a);
    a = Clock::now();
    const wm::MaximalCoveringResult greedy = core.maximalCovering(k, 0);
    r.greedy = seconds(Clock::now() - a);
    a = Clock::now();
    const wm::MaximalCoveringResult full = core.maximalCovering(k);
    r.exchange = std::max(0.0, seconds(Clock::now() - a) - r.greedy);
    r.core = r.sets + r.greedy + r.exchange;
    r.boundRatio = full.boundRatio();
    r.swaps = full.swaps;
    r.rounds = full.exchangeRounds;
    r.chosen = int(full.chosen.size());
    (void)greedy;

    // The layer-level runner on the same data as a project in memory.
    wm::LoadedProject project;
    project.crs = wm::Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    project.project.filePath = QStringLiteral("/tmp/worksmap-bench/suggest.worksmap.json");
    wm::LoadedLayer counties = loaded(QStringLiteral("counties"), QStringLiteral("boundary"),
                                      std::const_pointer_cast<wm::Layer>(d.counties));
    counties.mapping.sourceOf.insert(QStringLiteral("code"), QStringLiteral("code"));
    counties.mapping.sourceOf.insert(QStringLiteral("name"), QStringLiteral("name"));
    counties.mapping.sourceOf.insert(QStringLiteral("name_current"),
                                     QStringLiteral("name_current"));
    project.layers << counties;
    auto villages = std::make_shared<wm::Layer>(std::move(d.villages));
    auto facilities = std::make_shared<wm::Layer>(std::move(d.facilities));
    project.layers << loaded(QStringLiteral("villages"), QStringLiteral("village"), villages);
    project.layers << loaded(QStringLiteral("facilities"), QStringLiteral("facility"), facilities);
    project.layers << loaded(QStringLiteral("candidates"), QStringLiteral("candidate"), candidates);
    wm::SuggestOptions o;
    o.kind = QStringLiteral("clinic");
    o.radiusMetres = radius;
    o.k = k;
    o.candidatesLayer = QStringLiteral("candidates");
    a = Clock::now();
    const wm::SuggestResult s = wm::suggestSites(project, o);
    r.runner = seconds(Clock::now() - a);
    r.runnerPrepare = s.secondsPrepare;
    r.shareBefore = s.shareBefore;
    r.shareAfter = s.shareAfter;

    r.ok = r.chosen == k && int(s.sites.size()) == k && r.villages == CoverageVillageCount &&
           r.candidates == CandidateCount && std::abs(s.boundRatio - r.boundRatio) < 1e-12;
    if (!r.ok)
        std::snprintf(r.message, sizeof r.message,
                      "chosen %d / runner %zu of k %d, %d villages, %d candidates, bound ratio "
                      "%.4f vs %.4f",
                      r.chosen, s.sites.size(), k, r.villages, r.candidates, r.boundRatio,
                      s.boundRatio);
    return r;
}

void usage(std::FILE* out)
{
    std::fprintf(out, "usage: bench_suggest [--runs N] [--k K] [--radius M]\n"
                      "  --runs N    timed runs, each in a fresh forked child (default 5)\n"
                      "  --k K       sites to choose (default 20)\n"
                      "  --radius M  service radius in metres (default 3000)\n");
}

} // namespace

int main(int argc, char** argv)
{
    const auto start = Clock::now();
    int runs = 5, k = 20;
    double radius = 3000;
    for (Options o(argc, argv, "bench_suggest", usage); o.next();) {
        if (o.is("--runs"))
            runs = o.count(1, 1000);
        else if (o.is("--k"))
            k = o.count(1, 1000);
        else if (o.is("--radius"))
            radius = o.number(1, 1e6);
        else
            o.unknown();
    }

    QCoreApplication app(argc, argv);
    GDALAllRegister();
    requireSingleThread("bench_suggest");

    printReportHeader("WorksMap suggest (location-allocation) benchmark");
    std::printf("  data    : 19 real Xingtai counties (EPSG:4547); SYNTHETIC (seed %llu) %lld "
                "villages, %lld facilities (the clinics among them are the existing ones), "
                "%lld candidate sites, inside them\n",
                static_cast<unsigned long long>(Seed), static_cast<long long>(CoverageVillageCount),
                static_cast<long long>(CoverageFacilityCount),
                static_cast<long long>(CandidateCount));
    std::printf("  task    : k = %d clinics, radius %.0f m, unweighted; %d runs, each in a fresh "
                "forked child; generation not timed\n\n",
                k, radius, runs);
    std::fflush(stdout);

    std::vector<double> sets, greedy, exchange, core, runner, runnerPrepare;
    RunResult last;
    long peakKb = 0;
    for (int i = 0; i < runs; ++i) {
        const auto c = runInChild([k, radius] { return runOnce(k, radius); });
        if (!c.failure.empty()) {
            std::fprintf(stderr, "run %d/%d FAILED: %s\n", i + 1, runs, c.failure.c_str());
            return 1;
        }
        const RunResult& r = c.result;
        last = r;
        sets.push_back(r.sets);
        greedy.push_back(r.greedy);
        exchange.push_back(r.exchange);
        core.push_back(r.core);
        runner.push_back(r.runner);
        runnerPrepare.push_back(r.runnerPrepare);
        peakKb = std::max(peakKb, c.maxRssKb);
        std::fprintf(stderr,
                     "run %d/%d: sets %.3f s, greedy %.4f s, exchange %.3f s, core %.3f s, "
                     "runner %.3f s (generation %.2f s), peak RSS %.1f MB\n",
                     i + 1, runs, r.sets, r.greedy, r.exchange, r.core, r.runner, r.prepareSeconds,
                     mib(c.maxRssKb));
    }

    std::printf("%-34s %10s %10s\n", "step", "median_s", "min_s");
    auto row = [](const char* name, const std::vector<double>& v) {
        std::printf("%-34s %10.4f %10.4f\n", name, median(v), minimum(v));
    };
    row("build coverage sets", sets);
    row("greedy (lazy)", greedy);
    row("exchange step", exchange);
    row("core total (sets+greedy+exchange)", core);
    row("runner: reading layers etc.", runnerPrepare);
    row("runner: suggestSites() total", runner);
    std::printf("\nresult: %d sites, bound ratio %.4f (added / (1-1/e) bound), %d swap(s) in %d "
                "exchange round(s); share of villages covered %.2f %% -> %.2f %% (%d existing "
                "clinics)\n",
                last.chosen, last.boundRatio, last.swaps, last.rounds, last.shareBefore * 100,
                last.shareAfter * 100, last.existing);
    std::printf("peak RSS of a run (generation included): %.1f MB\n\n", mib(peakKb));
    std::printf("{\"bench\":\"suggest\",\"k\":%d,\"radius_m\":%.0f,\"villages\":%d,"
                "\"candidates\":%d,\"sets_s\":%.4f,\"greedy_s\":%.4f,\"exchange_s\":%.4f,"
                "\"core_s\":%.4f,\"runner_s\":%.4f,\"bound_ratio\":%.4f,\"runs\":%d,"
                "\"cores\":%u}\n",
                k, radius, last.villages, last.candidates, median(sets), median(greedy),
                median(exchange), median(core), median(runner), last.boundRatio, runs,
                std::thread::hardware_concurrency());
    std::printf("\ntotal wall time: %.1f s\n", seconds(Clock::now() - start));
    return 0;
}
