// Live service-radius coverage benchmark: the latency of one update while a planner drags a
// proposed clinic with the coverage panel open (wm::LiveRadiusCoverage), against the cost
// of recomputing the coverage from scratch. The target is under 50 ms per update on 50,000
// villages.
//
// Data: the real 19 Xingtai counties of data/xingtai-2021 (EPSG:4547) with the SYNTHETIC
// 50,000 villages and 2,000 facilities of bench_coverage (synthetic_data.h: fixed seed,
// uniformly inside the counties' union); the facilities of kind clinic are the live set.
// Generation is not timed.
//
// Timed once: building the live state (villages assigned to counties by
// wm::assignPointsToUnits, coordinates read, the grid and counts built). Timed per update,
// for --moves successive steps of a random walk (50-200 m, turning by up to +-0.6 rad,
// fixed seed; a step that would leave every county turns back) of one clinic:
//   moveFacility, then what the panel reads: the county under the clinic (UnitSet::unitAt),
//   and for it and every county the move changed, its share and its uncovered villages.
// Timed --full-runs times for comparison, with the clinics where the walk left them:
//   rebuild   a new LiveRadiusCoverage from the same points (grid and counts from scratch),
//   measures  wm::nearestDistances + CheckUnits::withinDistance on a clinic layer (what a coverage
//             check runs: STRtree nearest query and point-in-county for every village).
// Then the same walk through the rule as the coverage panel runs it (wm::LiveServiceRadius:
// the move, then the verdict of every county it names and of the one under the clinic, from
// serviceRadiusVerdict, with the uncovered km² of the failing ones).
// The final live state is checked against both (per-county villages and covered counts).
// One process, no fork: these are latencies, not peak memory.
//
//   bench_live_coverage [--moves N] [--full-runs N] [--radius M]

#include "bench_process.h"
#include "synthetic_data.h"

#include "analysis/check_units.h"
#include "analysis/feature_filter.h"
#include "analysis/live_radius_coverage.h"
#include "analysis/live_service_radius.h"
#include "analysis/measures.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "core/layer.h"
#include "core/loaded_project.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <gdal_priv.h>
#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <numbers>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace wmbench;

constexpr double TargetMs = 50;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

/// The value below which 95 % of `v` lie (nearest rank).
double p95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t rank = std::size_t(std::ceil(0.95 * double(v.size())));
    return v[std::max<std::size_t>(rank, 1) - 1];
}

double maximum(const std::vector<double>& v)
{
    return *std::max_element(v.begin(), v.end());
}

/// Raw 64-bit output only, as synthetic_data.cpp, so every standard library walks alike.
struct Walk {
    std::mt19937_64 engine{Seed + 1};
    double uniform(double lo, double hi)
    {
        return lo + (hi - lo) * double(engine() >> 11) * 0x1.0p-53;
    }
};

bool pointXY(const GEOSGeometry* g, double& x, double& y)
{
    GEOSContextHandle_t ctx = wm::geosContext();
    return g && GEOSGeomGetX_r(ctx, g, &x) == 1 && GEOSGeomGetY_r(ctx, g, &y) == 1;
}

/// A point layer of the live clinics where they are now, for the GEOS measures.
wm::Layer clinicLayer(const wm::LiveRadiusCoverage& live, int clinics, const wm::Crs& crs)
{
    GEOSContextHandle_t ctx = wm::geosContext();
    wm::Layer layer;
    layer.name = QStringLiteral("clinics");
    layer.kind = wm::GeometryKind::Point;
    layer.crs = crs;
    layer.attributes.setFields({{QStringLiteral("kind"), wm::FieldType::String, QString()}});
    layer.reserve(clinics);
    for (int id = 0; id < clinics; ++id) {
        const wm::LiveFacilityPoint p = live.facilityPosition(id);
        const qsizetype row = layer.attributes.appendRow();
        layer.attributes.setString(row, 0, QStringLiteral("clinic"));
        layer.addFeature(id + 1, wm::GeomPtr(GEOSGeom_createPointFromXY_r(ctx, p.x, p.y)));
    }
    layer.buildIndex();
    return layer;
}

void usage(std::FILE* out)
{
    std::fprintf(out, "usage: bench_live_coverage [--moves N] [--full-runs N] [--radius M]\n"
                      "  --moves N      drag steps, each one live update (default 1000)\n"
                      "  --full-runs N  runs of each full recomputation (default 10)\n"
                      "  --radius M     service radius in metres (default 3000)\n");
}

int run(int moves, int fullRuns, double radius)
{
    const auto start = Clock::now();
    printReportHeader("WorksMap live radius coverage benchmark");
    std::printf("  data    : 19 real Xingtai counties (EPSG:4547); SYNTHETIC (seed %llu) %lld "
                "villages and %lld facilities inside them; live set = facilities of kind "
                "clinic\n",
                static_cast<unsigned long long>(Seed), static_cast<long long>(CoverageVillageCount),
                static_cast<long long>(CoverageFacilityCount));
    std::fflush(stdout);

    const auto t0 = Clock::now();
    const CoverageDataset d = makeCoverageDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/boundaries/xingtai_counties.geojson"));
    const double prepareMs = ms(Clock::now() - t0);

    // --- Building the live state, once.
    const auto b0 = Clock::now();
    const std::vector<int> unitOf = wm::assignPointsToUnits(*d.units, d.villages);
    const auto b1 = Clock::now();
    std::vector<wm::LiveDemandPoint> demand(std::size_t(d.villages.featureCount()));
    for (qsizetype f = 0; f < d.villages.featureCount(); ++f) {
        wm::LiveDemandPoint& p = demand[std::size_t(f)];
        if (!pointXY(d.villages.geometry(f), p.x, p.y))
            throw std::runtime_error("village without point geometry");
        p.unit = unitOf[std::size_t(f)];
    }
    const std::vector<std::uint8_t> isClinic =
        wm::FeatureFilter::parse(QStringLiteral("kind = clinic")).matchAll(d.facilities);
    std::vector<wm::LiveFacilityPoint> clinics;
    std::vector<qsizetype> clinicFeature; ///< facility feature of each clinic
    for (qsizetype f = 0; f < d.facilities.featureCount(); ++f) {
        wm::LiveFacilityPoint p;
        if (isClinic[std::size_t(f)] && pointXY(d.facilities.geometry(f), p.x, p.y)) {
            clinics.push_back(p);
            clinicFeature.push_back(f);
        }
    }
    if (clinics.empty())
        throw std::runtime_error("no facility of kind clinic to drag");
    const auto b2 = Clock::now();
    wm::LiveRadiusCoverage live(demand, d.units->size(), clinics, radius);
    const auto b3 = Clock::now();
    const double assignMs = ms(b1 - b0), readMs = ms(b2 - b1), constructMs = ms(b3 - b2);

    std::printf("  live set: %zu clinics, radius %.0f m; villages per county %.0f on average\n",
                clinics.size(), radius, double(demand.size()) / d.units->size());
    std::printf("  drag    : %d steps of 50-200 m (random walk, seed %llu), one clinic\n", moves,
                static_cast<unsigned long long>(Seed + 1));
    std::printf("  generation %.0f ms (not timed)\n\n", prepareMs);

    // --- Dragging one clinic (the first one drawn from the walk's generator).
    Walk walk;
    const int dragged = int(walk.engine() % clinics.size());
    double x = clinics[std::size_t(dragged)].x, y = clinics[std::size_t(dragged)].y;
    double heading = walk.uniform(0, 2 * std::numbers::pi);
    std::vector<double> updateMs, moveMs;
    updateMs.reserve(std::size_t(moves));
    moveMs.reserve(std::size_t(moves));
    std::size_t flippedTotal = 0, readsTotal = 0, uncoveredListed = 0;
    int changedMoves = 0, turnBacks = 0, maxUnitsRead = 0;
    double shareSum = 0;                     // keeps the reads from being optimised away
    std::vector<wm::LiveFacilityPoint> path; // the walk, replayed through the rule below
    for (int k = 0; k < moves; ++k) {
        const double step = walk.uniform(50, 200);
        heading += walk.uniform(-0.6, 0.6);
        double nx = x + step * std::sin(heading), ny = y + step * std::cos(heading);
        // Not timed: a planner keeps the clinic inside the city.
        if (d.units->unitAt(nx, ny) < 0) {
            heading += std::numbers::pi;
            nx = x + step * std::sin(heading);
            ny = y + step * std::cos(heading);
            ++turnBacks;
        }
        x = nx;
        y = ny;
        path.push_back({x, y});

        const auto u0 = Clock::now();
        const wm::LiveCoverageChange change = live.moveFacility(dragged, x, y);
        const auto u1 = Clock::now();
        std::vector<int> read = change.units;
        const int home = d.units->unitAt(x, y);
        if (home >= 0 && !std::binary_search(read.begin(), read.end(), home))
            read.insert(std::lower_bound(read.begin(), read.end(), home), home);
        for (const int u : read) {
            shareSum += live.unitStats(u).share();
            uncoveredListed += live.uncoveredIn(u).size();
        }
        const auto u2 = Clock::now();

        moveMs.push_back(ms(u1 - u0));
        updateMs.push_back(ms(u2 - u0));
        flippedTotal += change.flipped.size();
        readsTotal += read.size();
        maxUnitsRead = std::max(maxUnitsRead, int(read.size()));
        changedMoves += change.flipped.empty() ? 0 : 1;
    }

    // --- The same walk through the rule, as the coverage panel runs it: LiveServiceRadius
    // (the counts above plus each named county's verdict from serviceRadiusVerdict, with
    // its uncovered km² when it fails).
    wm::LoadedProject project;
    auto unowned = [](const wm::Layer& l) {
        return std::shared_ptr<const wm::Layer>(&l, [](const wm::Layer*) {});
    };
    for (const auto& [id, layer] : {std::pair{QStringLiteral("villages"), &d.villages},
                                    std::pair{QStringLiteral("facilities"), &d.facilities}}) {
        wm::LoadedLayer l;
        l.entry.id = id;
        l.data = unowned(*layer);
        project.layers.push_back(l);
    }
    const wm::CheckUnits counties = wm::CheckUnits::counties(*d.units);
    const QJsonObject rule{{QStringLiteral("id"), QStringLiteral("clinic_radius")},
                           {QStringLiteral("kind"), QStringLiteral("service-radius")},
                           {QStringLiteral("villages"), QStringLiteral("villages")},
                           {QStringLiteral("facilities"), QStringLiteral("facilities")},
                           {QStringLiteral("filter"), QStringLiteral("kind = clinic")},
                           {QStringLiteral("radiusKm"), radius / 1000.0},
                           {QStringLiteral("minShare"), 1.0}};
    const auto r0 = Clock::now();
    wm::LiveServiceRadius ruleLive(project, counties, rule,
                                   d.facilities.fid(clinicFeature[std::size_t(dragged)]));
    const int ruleId =
        ruleLive.addFacility(clinics[std::size_t(dragged)].x, clinics[std::size_t(dragged)].y);
    const double ruleBuildMs = ms(Clock::now() - r0);
    std::vector<double> verdictMs;
    verdictMs.reserve(path.size());
    std::size_t verdictsMade = 0;
    for (const wm::LiveFacilityPoint& p : path) {
        const auto v0 = Clock::now();
        std::vector<int> named = ruleLive.moveFacility(ruleId, p.x, p.y);
        const int home = ruleLive.unitAt(p.x, p.y);
        if (home >= 0 && !std::binary_search(named.begin(), named.end(), home))
            named.push_back(home);
        for (const int u : named)
            shareSum += ruleLive.verdict(u).gap.size() * 1e-9;
        verdictMs.push_back(ms(Clock::now() - v0));
        verdictsMade += named.size();
    }

    // --- Full recomputations, with the clinics where the walk left them.
    std::vector<double> rebuildMs, measuresMs;
    bool rebuildAgrees = true, measuresAgree = true;
    std::vector<wm::LiveFacilityPoint> now(clinics.size());
    for (std::size_t id = 0; id < clinics.size(); ++id)
        now[id] = live.facilityPosition(int(id));
    for (int r = 0; r < fullRuns; ++r) {
        const auto f0 = Clock::now();
        const wm::LiveRadiusCoverage rebuilt(demand, d.units->size(), now, radius);
        rebuildMs.push_back(ms(Clock::now() - f0));
        for (int u = 0; u < d.units->size(); ++u) {
            rebuildAgrees = rebuildAgrees &&
                            rebuilt.unitStats(u).villages == live.unitStats(u).villages &&
                            rebuilt.unitStats(u).covered == live.unitStats(u).covered;
        }
    }
    const wm::Layer clinicsNow = clinicLayer(live, int(clinics.size()), d.villages.crs);
    for (int r = 0; r < fullRuns; ++r) {
        const auto f0 = Clock::now();
        const std::vector<double> distances = wm::nearestDistances(d.villages, clinicsNow);
        const wm::RadiusCoverage full = wm::CheckUnits::counties(*d.units).withinDistance(
            d.villages, {}, {}, distances, radius);
        measuresMs.push_back(ms(Clock::now() - f0));
        for (int u = 0; u < d.units->size(); ++u) {
            const std::size_t s = std::size_t(u);
            measuresAgree = measuresAgree && full.total[s] == live.unitStats(u).villages &&
                            full.total[s] - full.beyond[s] == live.unitStats(u).covered;
        }
    }

    std::printf("%-46s %10s %10s %10s\n", "step (SYNTHETIC data)", "median_ms", "p95_ms", "max_ms");
    auto row = [](const char* what, const std::vector<double>& v) {
        std::printf("%-46s %10.4f %10.4f %10.4f\n", what, median(v), p95(v), maximum(v));
    };
    std::printf("%-46s %10.1f %10s %10s\n", "build once: assign villages to counties", assignMs,
                "-", "-");
    std::printf("%-46s %10.1f %10s %10s\n", "build once: read points, select clinics", readMs, "-",
                "-");
    std::printf("%-46s %10.1f %10s %10s\n", "build once: LiveRadiusCoverage (grid+counts)",
                constructMs, "-", "-");
    row("live update: moveFacility only", moveMs);
    row("live update: move + unitAt + share + uncovered", updateMs);
    std::printf("%-46s %10.1f %10s %10s\n", "rule once: LiveServiceRadius (state, 1st verdicts)",
                ruleBuildMs, "-", "-");
    row("rule update: move + verdicts of named units", verdictMs);
    row("full: rebuild LiveRadiusCoverage", rebuildMs);
    row("full: nearestDistances + withinDistance", measuresMs);

    const double incremental = median(updateMs);
    std::printf("\nincremental %.3f ms vs full %.1f ms (rebuild) / %.1f ms (GEOS measures) per "
                "update, median; worst update %.3f ms; target %.0f ms: %s\n",
                incremental, median(rebuildMs), median(measuresMs), maximum(updateMs), TargetMs,
                maximum(updateMs) < TargetMs ? "met (every update)" : "NOT met");
    std::printf("rule: %.2f county verdicts made per update (serviceRadiusVerdict, km² "
                "uncovered for failing ones), median %.3f ms, worst %.3f ms; target %.0f ms: %s\n",
                double(verdictsMade) / double(std::max<std::size_t>(path.size(), 1)),
                median(verdictMs), maximum(verdictMs), TargetMs,
                maximum(verdictMs) < TargetMs ? "met (every update)" : "NOT met");
    std::printf("drag: %d of %d moves flipped a village (%.2f villages per move), %.2f counties "
                "read per update (max %d), %.0f uncovered villages listed per update, %d "
                "turn-backs at the city edge\n",
                changedMoves, moves, double(flippedTotal) / moves, double(readsTotal) / moves,
                maxUnitsRead, double(uncoveredListed) / moves, turnBacks);
    std::printf("checks: final live state equals a rebuild: %s; equals nearestDistances + "
                "withinDistance: %s (mean share read %.3f)\n",
                rebuildAgrees ? "yes" : "NO", measuresAgree ? "yes" : "NO",
                shareSum / double(std::max<std::size_t>(readsTotal, 1)));
    std::printf("\n{\"bench\":\"live_coverage\",\"synthetic\":true,\"villages\":%zu,"
                "\"clinics\":%zu,\"radius_m\":%.0f,\"moves\":%d,\"update_median_ms\":%.4f,"
                "\"update_p95_ms\":%.4f,\"update_max_ms\":%.4f,\"rebuild_median_ms\":%.3f,"
                "\"measures_median_ms\":%.3f,\"build_ms\":%.3f,\"verdict_update_median_ms\":%.4f,"
                "\"verdict_update_p95_ms\":%.4f,\"verdict_update_max_ms\":%.4f,\"cores\":%u}\n",
                demand.size(), clinics.size(), radius, moves, incremental, p95(updateMs),
                maximum(updateMs), median(rebuildMs), median(measuresMs),
                assignMs + readMs + constructMs, median(verdictMs), p95(verdictMs),
                maximum(verdictMs), std::thread::hardware_concurrency());
    std::printf("\ntotal wall time: %.1f s\n", ms(Clock::now() - start) / 1000);
    return rebuildAgrees && measuresAgree ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    int moves = 1000, fullRuns = 10;
    double radius = 3000;
    for (Options o(argc, argv, "bench_live_coverage", usage); o.next();) {
        if (o.is("--moves"))
            moves = o.count(1, 1'000'000);
        else if (o.is("--full-runs"))
            fullRuns = o.count(1, 1000);
        else if (o.is("--radius"))
            radius = o.number(1, 100'000);
        else
            o.unknown();
    }

    QCoreApplication app(argc, argv);
    GDALAllRegister();
    try {
        return run(moves, fullRuns, radius);
    } catch (const wm::Error& e) {
        std::fprintf(stderr, "bench_live_coverage: %s\n", qPrintable(e.message()));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_live_coverage: %s\n", e.what());
    }
    return 1;
}
