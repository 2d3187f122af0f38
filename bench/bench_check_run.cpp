// Issue 4's figures as a planner gets them: time and peak memory of `worksmap-cli check`
// (a separate process, as run from a shell) for
//   count    villages per county (rule kind "indicator" on the villages),
//   nearest  nearest facility for every village (rule kind "service-radius"),
//   length   pipe km per county (rule kind "indicator", "measure": "length"),
//   all      the three rules in one check run,
//   load     a near-free rule (facilities per county): the cost of starting and loading,
// and the same three measures with QGIS's qgis_process on the same GeoPackage when QGIS is
// installed (native:countpointsinpolygon, qgis:distancetonearesthubpoints,
// native:sumlinelengths), with their ratio to WorksMap's.
//
// Data: the 19 real Xingtai counties (data/xingtai-2021, repaired by VectorReader and
// written reprojected to EPSG:4547, so both programs read the same valid polygons) and the
// SYNTHETIC villages, facilities and pipes of bench_coverage (synthetic_data.h: fixed seed,
// inside the counties), written to coverage_synthetic.gpkg in EPSG:4547 with a project
// file and one rules file per case. Generation and writing run in a forked child, so this
// process stays small: an exec'd child's ru_maxrss can never be below the parent's RSS at
// the fork (bench_process.h, runCommand).
//
// WorksMap's times are those `check --timings` prints (load, each rule, all rules after
// loading); wall and peak RSS are the whole process's. The service-radius rule also
// computes the uncovered area per county (not one of the three measures); its share is
// timed in-process on the same data (wm::uncoveredArea) and reported beside it.
//
//   cmake --build build -j2 --target bench_check_run   (builds worksmap-cli too)
//   build/bench/bench_check_run [--runs N] [--qgis-runs N] [--out-dir DIR] [--cli PATH]
//                               [--qgis PATH | --no-qgis] [--radius-km R]
//
// With the defaults (5 check runs per case, 2 qgis_process runs per algorithm) it takes
// about a minute on 2 cores, most of it in QGIS. Exit status 1 when a run fails or the
// check's figures are wrong (village count not 50,000, or differing from the same
// measures run in-process); differences from QGIS are reported, not judged.

#include "bench_process.h"
#include "core/process_memory.h"
#include "synthetic_data.h"

#include "analysis/measures.h"
#include "core/crs.h"
#include "core/json_file.h"
#include "core/project.h"
#include "io/vector_writer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#ifndef WORKSMAP_CLI
#define WORKSMAP_CLI "worksmap-cli"
#endif

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace wmbench;

constexpr double TargetSeconds = 0.3; ///< the three rules together, after loading
/// qgis_process times the issue quotes for QGIS 3.22 on this kind of machine.
constexpr double IssueQgisSeconds[3] = {6, 10, 12};

const char* const SyntheticFile = "coverage_synthetic.gpkg";
const char* const CountiesFile = "xingtai_counties_epsg4547.gpkg";
const char* const ProjectFile = "coverage_synthetic.worksmap.json";

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// ---------------------------------------------------------------------------------
// The three measures: their rule in WorksMap, their algorithm in QGIS.

enum Measure { Count, Nearest, Length, MeasureCount };
const char* const MeasureNames[MeasureCount] = {"count", "nearest", "length"};
const char* const RuleIds[MeasureCount] = {"villages_per_county", "nearest_facility",
                                           "pipe_km_per_county"};
const char* const LoadRuleId = "facilities_per_county";

QJsonObject ruleJson(const QString& id, double radiusKm)
{
    if (id == QLatin1String(RuleIds[Count]))
        return {{"id", id},
                {"kind", "indicator"},
                {"title", "Villages per county (SYNTHETIC villages)"},
                {"layer", "villages"},
                {"unitText", "villages"}};
    if (id == QLatin1String(RuleIds[Nearest]))
        return {{"id", id},
                {"kind", "service-radius"},
                {"title", "Nearest facility for every village (SYNTHETIC)"},
                {"villages", "villages"},
                {"facilities", "facilities"},
                {"radiusKm", radiusKm}};
    if (id == QLatin1String(RuleIds[Length]))
        return {{"id", id},
                {"kind", "indicator"},
                {"title", "Pipe km per county, clipped at borders (SYNTHETIC pipes)"},
                {"layer", "pipes"},
                {"measure", "length"},
                {"unitText", "km"}};
    // Counting 2,000 points costs next to nothing: what is left is starting and loading.
    return {{"id", id},
            {"kind", "indicator"},
            {"title", "Facilities per county (SYNTHETIC): baseline for start and load"},
            {"layer", "facilities"}};
}

/// One worksmap-cli configuration: a rules file with these rules.
struct CheckCase {
    CheckCase(std::string n, std::vector<std::string> r) : name(std::move(n)), rules(std::move(r))
    {
    }
    std::string name;
    std::vector<std::string> rules;
    std::string rulesPath;
    // Filled by the runs.
    std::vector<double> load, rulesTotal, wall;
    std::map<std::string, std::vector<double>> rule;
    long peakKb = 0;
    std::string lastStdout;
    std::string failure;
};

/// Median time of rule `id` over a case's runs; NaN if the runs did not report it.
double ruleSeconds(const CheckCase& c, const char* id)
{
    const auto it = c.rule.find(id);
    return it == c.rule.end() || it->second.empty() ? std::nan("") : median(it->second);
}

std::vector<CheckCase> checkCases()
{
    return {{"load", {LoadRuleId}},
            {"count", {RuleIds[Count]}},
            {"nearest", {RuleIds[Nearest]}},
            {"length", {RuleIds[Length]}},
            {"all", {RuleIds[Count], RuleIds[Nearest], RuleIds[Length]}}};
}

// ---------------------------------------------------------------------------------
// Preparation, in a forked child: data, project, rules; in-process reference figures.

enum RadiusPart { NearestPart, PlacePart, UncoveredPart };
const char* const RadiusPartNames[3] = {"nearest", "place", "uncovered"};

struct Prepared {
    bool ok = false;
    double generateSeconds = 0, writeSeconds = 0;
    /// The parts of the service-radius rule (RadiusParts), in-process on the generated
    /// layers: the first call, which is what a check process makes, and the median.
    double firstSeconds[3] = {}, medianSeconds[3] = {};
    double uncoveredKm2 = 0;
    /// Reference results straight from wm:: on the in-memory layers.
    long long villagesCounted = 0, villagesBeyond = 0;
    double meanNearestM = 0, pipeKm = 0;
    long vmHwmKb = -1; ///< set by runInChild
    char message[512] = {};
};

void writeFiles(const CoverageDataset& d, const fs::path& dir, double radiusKm,
                const std::vector<CheckCase>& cases)
{
    const wm::Crs& crs = d.counties->crs;
    const QString synthetic = QString::fromStdString((dir / SyntheticFile).string());
    const QString counties = QString::fromStdString((dir / CountiesFile).string());
    wm::writeGeoPackage(synthetic, crs,
                        {wm::outputLayerOf(d.villages, QStringLiteral("villages_synthetic")),
                         wm::outputLayerOf(d.facilities, QStringLiteral("facilities_synthetic")),
                         wm::outputLayerOf(d.pipes, QStringLiteral("pipes_synthetic"))});
    wm::writeGeoPackage(counties, crs,
                        {wm::outputLayerOf(*d.counties, QStringLiteral("counties"))});

    wm::Project project;
    project.name = QStringLiteral("Coverage benchmark (SYNTHETIC villages, facilities, pipes)");
    project.description =
        QStringLiteral(
            "Written by bench_check_run: real Xingtai counties, SYNTHETIC work layers (seed %1).")
            .arg(Seed);
    project.crs = crs;
    const auto entry = [](const char* id, const QString& source, const char* layer,
                          const char* role, bool isSynthetic) {
        wm::LayerEntry e;
        e.id = QLatin1String(id);
        e.source = source;
        e.layerName = QLatin1String(layer);
        e.role = QLatin1String(role);
        e.synthetic = isSynthetic;
        return e;
    };
    project.layers = {entry("counties", counties, "counties", "boundary", false),
                      entry("pipes", synthetic, "pipes_synthetic", "pipe", true),
                      entry("villages", synthetic, "villages_synthetic", "village", true),
                      entry("facilities", synthetic, "facilities_synthetic", "facility", true)};
    project.save(QString::fromStdString((dir / ProjectFile).string()));

    for (const CheckCase& c : cases) {
        QJsonArray rules;
        for (const std::string& id : c.rules)
            rules.append(ruleJson(QString::fromStdString(id), radiusKm));
        wm::writeJsonObjectAtomically(
            QString::fromStdString(c.rulesPath),
            {{"schemaVersion", 1},
             {"comment", "bench_check_run, case " + QString::fromStdString(c.name) +
                             ": rules on SYNTHETIC layers"},
             {"units", QJsonObject{{"county", "counties"}}},
             {"rules", rules}});
    }
}

Prepared prepare(const fs::path& dir, double radiusKm, int runs,
                 const std::vector<CheckCase>& cases)
{
    Prepared p;
    auto t0 = Clock::now();
    const CoverageDataset d = makeCoverageDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/boundaries/xingtai_counties.geojson"));
    p.generateSeconds = seconds(Clock::now() - t0);
    t0 = Clock::now();
    writeFiles(d, dir, radiusKm, cases);
    p.writeSeconds = seconds(Clock::now() - t0);

    const double radius = radiusKm * 1000.0;
    std::vector<double> parts[3];
    for (int i = 0; i < runs; ++i) {
        auto a = Clock::now();
        const std::vector<double> distance = wm::nearestDistances(d.villages, d.facilities);
        parts[NearestPart].push_back(seconds(Clock::now() - a));
        a = Clock::now();
        const std::vector<int> unit = wm::assignPointsToUnits(*d.units, d.villages);
        parts[PlacePart].push_back(seconds(Clock::now() - a));
        a = Clock::now();
        const wm::UncoveredArea gap = wm::uncoveredArea(*d.units, d.facilities, radius);
        parts[UncoveredPart].push_back(seconds(Clock::now() - a));
        if (i > 0)
            continue;
        double sum = 0;
        for (std::size_t v = 0; v < distance.size(); ++v) {
            sum += distance[v];
            p.villagesBeyond += distance[v] <= radius ? 0 : 1;
            p.villagesCounted += unit[v] >= 0 ? 1 : 0;
        }
        p.meanNearestM = sum / double(distance.size());
        for (const double km2 : gap.km2)
            p.uncoveredKm2 += km2;
    }
    for (int k = 0; k < 3; ++k) {
        p.firstSeconds[k] = parts[k].front();
        p.medianSeconds[k] = median(parts[k]);
    }
    for (const double km : wm::lengthPerUnitKm(*d.units, d.pipes))
        p.pipeKm += km;
    p.ok = true;
    return p;
}

// ---------------------------------------------------------------------------------
// worksmap-cli: its --timings lines and its per-unit report.

/// "timing load 0.412 s", "timing rule ID 0.081 s", "timing rules 0.190 s" from stderr.
bool parseTimings(const std::string& err, CheckCase& c)
{
    static const std::regex line(R"(^timing (load|rules|rule (\S+)) ([0-9.]+) s$)");
    std::istringstream in(err);
    std::string text;
    bool total = false;
    while (std::getline(in, text)) {
        std::smatch m;
        if (!std::regex_match(text, m, line))
            continue;
        const double s = std::stod(m[3]);
        if (m[1] == "load") {
            c.load.push_back(s);
        } else if (m[1] == "rules") {
            c.rulesTotal.push_back(s);
            total = true;
        } else {
            c.rule[m[2]].push_back(s);
        }
    }
    return total;
}

struct UnitRow {
    std::string code, name, verdict, text;
};

/// The unit rows of each rule block printCheck writes ("  130502    襄都区  pass   2,631").
std::map<std::string, std::vector<UnitRow>> parseReport(const std::string& out)
{
    static const std::regex header(R"(^(\S+)  .*\[[a-z-]+\].*$)");
    static const std::regex row(R"(^  (\d*)\s+(\S+)\s+(pass|FAIL|n/a)\s+(.*)$)");
    std::map<std::string, std::vector<UnitRow>> rules;
    std::vector<UnitRow>* current = nullptr;
    std::istringstream in(out);
    std::string text;
    while (std::getline(in, text)) {
        std::smatch m;
        if (std::regex_match(text, m, header))
            current = &rules[m[1]];
        else if (current && std::regex_match(text, m, row))
            current->push_back({m[1], m[2], m[3], m[4]});
    }
    return rules;
}

/// "2,631" or "1,234.57" (formatAmount) as a number; NaN if it is not one.
double amount(std::string text)
{
    text.erase(std::remove(text.begin(), text.end(), ','), text.end());
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    return end != text.c_str() && *end == '\0' ? v : std::nan("");
}

/// Per county code (empty for 邢台县): the rule's value; NaN where it is not a number.
std::map<std::string, double> valuesByCode(const std::vector<UnitRow>& rows)
{
    std::map<std::string, double> out;
    for (const UnitRow& r : rows)
        out[r.code] = amount(r.text);
    return out;
}

/// Villages beyond the radius per the service-radius rows: "N villages beyond R km (…)"
/// where the unit fails, none where it passes.
long long villagesBeyond(const std::vector<UnitRow>& rows)
{
    static const std::regex gap(R"(^(\d+) villages beyond.*)");
    long long n = 0;
    for (const UnitRow& r : rows) {
        std::smatch m;
        if (r.verdict == "FAIL" && std::regex_match(r.text, m, gap))
            n += std::stoll(m[1]);
    }
    return n;
}

double total(const std::map<std::string, double>& byCode)
{
    double sum = 0;
    for (const auto& [code, v] : byCode)
        sum += v;
    return sum;
}

void runCheckCase(CheckCase& c, const std::string& cli, const fs::path& dir, int runs)
{
    const std::string out = (dir / ("check_" + c.name + ".stdout.txt")).string();
    const std::string err = (dir / ("check_" + c.name + ".stderr.txt")).string();
    for (int i = 0; i < runs; ++i) {
        const CommandOutcome o = runCommand(
            {cli, "check", (dir / ProjectFile).string(), "--rules", c.rulesPath, "--timings"}, out,
            err);
        const std::string errText = readTextFile(err);
        // Exit 1 is also what a check with failing units returns (and the service-radius
        // rule fails where villages lie beyond the radius): the timings tell a run.
        const bool ran =
            o.failure.empty() && (o.exitCode == 0 || o.exitCode == 1) && parseTimings(errText, c);
        if (!ran) {
            c.failure = !o.failure.empty() ? o.failure
                        : o.signal         ? "killed by signal " + std::to_string(o.signal)
                                           : "exit " + std::to_string(o.exitCode);
            c.failure += "; stderr: " + errText.substr(0, 600);
            std::fprintf(stderr, "%-8s run %d/%d FAILED: %s\n", c.name.c_str(), i + 1, runs,
                         c.failure.c_str());
            return;
        }
        c.wall.push_back(o.wallSeconds);
        c.peakKb = std::max(c.peakKb, o.maxRssKb);
        std::fprintf(stderr,
                     "%-8s run %d/%d: load %.3f s, rules %.3f s, wall %.2f s, peak %.1f MB\n",
                     c.name.c_str(), i + 1, runs, c.load.back(), c.rulesTotal.back(), o.wallSeconds,
                     mib(o.maxRssKb));
    }
    c.lastStdout = readTextFile(out);
}

// ---------------------------------------------------------------------------------
// qgis_process.

/// The Debian wrapper /usr/bin/qgis_process adds $QGIS_OPTS from /etc/default/qgis
/// (--noversioncheck, meant for the desktop application), which qgis_process 3.22 rejects
/// ("Command --noversioncheck not known!"); the binary beside it is the program itself.
std::string findQgisProcess(const std::string& given, std::string& note)
{
    if (!given.empty())
        return given;
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    std::string d;
    while (std::getline(dirs, d, ':')) {
        const fs::path candidate = fs::path(d.empty() ? "." : d) / "qgis_process";
        if (::access(candidate.c_str(), X_OK) != 0)
            continue;
        const fs::path binary = candidate.string() + ".bin";
        if (::access(binary.c_str(), X_OK) == 0) {
            note = "the binary, not the Debian wrapper " + candidate.string() +
                   " (it adds $QGIS_OPTS of /etc/default/qgis, which qgis_process may reject)";
            return binary.string();
        }
        return candidate.string();
    }
    return {};
}

struct QgisCase {
    QgisCase(std::string n, std::vector<std::string> a, std::string o = {})
        : name(std::move(n)), args(std::move(a)), output(std::move(o))
    {
    }
    std::string name; ///< a measure name or "startup"
    std::vector<std::string> args;
    std::string output; ///< the GeoPackage it writes; empty for startup
    std::vector<double> wall;
    long peakKb = 0;
    std::string failure;
};

std::vector<QgisCase> qgisCases(const fs::path& dir)
{
    const std::string data = (dir / SyntheticFile).string();
    const std::string counties = (dir / CountiesFile).string() + "|layername=counties";
    const std::string villages = data + "|layername=villages_synthetic";
    const std::string out = (dir / "qgis_").string();
    // Planar (--ELLIPSOID=NONE, distances in layer units = metres of EPSG:4547), as
    // WorksMap measures.
    return {
        // `help` starts QGIS and its processing providers and runs nothing: the fixed cost
        // in every figure below.
        {"startup", {"help", "native:countpointsinpolygon"}},
        {MeasureNames[Count],
         {"run", "native:countpointsinpolygon", "--ELLIPSOID=NONE", "--POLYGONS=" + counties,
          "--POINTS=" + villages, "--FIELD=NUMPOINTS", "--OUTPUT=" + out + "count_synthetic.gpkg"},
         out + "count_synthetic.gpkg"},
        {MeasureNames[Nearest],
         {"run", "qgis:distancetonearesthubpoints", "--ELLIPSOID=NONE", "--INPUT=" + villages,
          "--HUBS=" + data + "|layername=facilities_synthetic", "--FIELD=name", "--UNIT=4",
          "--OUTPUT=" + out + "nearest_synthetic.gpkg"},
         out + "nearest_synthetic.gpkg"},
        {MeasureNames[Length],
         {"run", "native:sumlinelengths", "--ELLIPSOID=NONE", "--POLYGONS=" + counties,
          "--LINES=" + data + "|layername=pipes_synthetic", "--LEN_FIELD=LENGTH",
          "--COUNT_FIELD=COUNT", "--OUTPUT=" + out + "length_synthetic.gpkg"},
         out + "length_synthetic.gpkg"},
    };
}

void runQgisCase(QgisCase& q, const std::string& qgis, const fs::path& dir, int runs)
{
    const std::string out = (dir / ("qgis_" + q.name + ".stdout.txt")).string();
    const std::string err = (dir / ("qgis_" + q.name + ".stderr.txt")).string();
    std::vector<std::string> argv{qgis};
    argv.insert(argv.end(), q.args.begin(), q.args.end());
    for (int i = 0; i < runs; ++i) {
        if (!q.output.empty())
            fs::remove(q.output);
        const CommandOutcome o = runCommand(argv, out, err, {"QT_QPA_PLATFORM=offscreen"});
        if (!o.failure.empty() || o.exitCode != 0 || (!q.output.empty() && !fs::exists(q.output))) {
            q.failure = !o.failure.empty() ? o.failure
                        : o.signal         ? "killed by signal " + std::to_string(o.signal)
                        : o.exitCode != 0  ? "exit " + std::to_string(o.exitCode)
                                           : "no output " + q.output;
            q.failure += "; stderr: " + readTextFile(err).substr(0, 600);
            std::fprintf(stderr, "qgis %-8s run %d/%d FAILED: %s\n", q.name.c_str(), i + 1, runs,
                         q.failure.c_str());
            return;
        }
        q.wall.push_back(o.wallSeconds);
        q.peakKb = std::max(q.peakKb, o.maxRssKb);
        std::fprintf(stderr, "qgis %-8s run %d/%d: wall %.2f s, peak %.1f MB\n", q.name.c_str(),
                     i + 1, runs, o.wallSeconds, mib(o.maxRssKb));
    }
}

/// What the QGIS outputs hold, for the checks.
struct QgisFigures {
    std::map<std::string, double> villagesByCode, kmByCode;
    long long hubRows = 0, beyond = 0;
    double meanHubM = 0;
};

/// Calls `row` with each feature of the first layer of `path`; false if it cannot be read.
bool eachFeature(const std::string& path, const std::function<void(OGRFeature&)>& row)
{
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              nullptr, nullptr, nullptr));
    if (!ds || ds->GetLayerCount() == 0)
        return false;
    for (const auto& f : *ds->GetLayer(0))
        row(*f);
    return true;
}

QgisFigures readQgisOutputs(const std::vector<QgisCase>& cases, double radiusKm)
{
    QgisFigures q;
    double hubSum = 0;
    for (const QgisCase& c : cases) {
        if (c.output.empty() || !c.failure.empty())
            continue;
        const bool read = eachFeature(c.output, [&](OGRFeature& f) {
            if (c.name == MeasureNames[Count]) {
                q.villagesByCode[f.GetFieldAsString("code")] += f.GetFieldAsDouble("NUMPOINTS");
            } else if (c.name == MeasureNames[Length]) {
                q.kmByCode[f.GetFieldAsString("code")] += f.GetFieldAsDouble("LENGTH") / 1000.0;
            } else {
                const double m = f.GetFieldAsDouble("HubDist");
                ++q.hubRows;
                hubSum += m;
                q.beyond += m <= radiusKm * 1000.0 ? 0 : 1;
            }
        });
        if (!read)
            std::fprintf(stderr, "bench_check_run: cannot read QGIS's output %s\n",
                         c.output.c_str());
    }
    q.meanHubM = q.hubRows ? hubSum / double(q.hubRows) : 0;
    return q;
}

double maxDifference(const std::map<std::string, double>& a, const std::map<std::string, double>& b)
{
    double worst = 0;
    for (const auto& [code, v] : a) {
        const auto it = b.find(code);
        worst = std::max(worst, it == b.end() ? std::abs(v) : std::abs(v - it->second));
    }
    for (const auto& [code, v] : b)
        if (!a.count(code))
            worst = std::max(worst, std::abs(v));
    return worst;
}

// ---------------------------------------------------------------------------------

std::string fmt(const std::vector<double>& v, const char* format = "%9.3f")
{
    char buf[32];
    if (v.empty())
        std::snprintf(buf, sizeof buf, "%9s", "-");
    else
        std::snprintf(buf, sizeof buf, format, median(v));
    return buf;
}

void usage(std::FILE* out)
{
    std::fprintf(
        out, "usage: bench_check_run [--runs N] [--qgis-runs N] [--out-dir DIR] [--cli PATH]\n"
             "                       [--qgis PATH | --no-qgis] [--radius-km R]\n"
             "  --runs N        worksmap-cli check runs per case (default 5)\n"
             "  --qgis-runs N   qgis_process runs per algorithm (default 2; one set takes ~30 s)\n"
             "  --out-dir DIR   where the SYNTHETIC GeoPackage, project, rules and outputs go\n"
             "                  (default /tmp/worksmap-bench-check; rewritten on every run)\n"
             "  --cli PATH      worksmap-cli to time (default the one of this build)\n"
             "  --qgis PATH     qgis_process to compare with (default: found in PATH)\n"
             "  --no-qgis       skip the QGIS comparison\n"
             "  --radius-km R   service radius of the nearest-facility rule (default 3)\n");
}

} // namespace

int main(int argc, char** argv)
{
    wm::configureProcessMemory();
    const auto start = Clock::now();
    int runs = 5, qgisRuns = 2;
    double radiusKm = 3;
    std::string outDir = "/tmp/worksmap-bench-check", cli = WORKSMAP_CLI, qgisGiven;
    bool withQgis = true;
    for (Options o(argc, argv, "bench_check_run", usage); o.next();) {
        if (o.is("--runs"))
            runs = o.count(1, 100);
        else if (o.is("--qgis-runs"))
            qgisRuns = o.count(1, 20);
        else if (o.is("--out-dir"))
            outDir = o.value();
        else if (o.is("--cli"))
            cli = o.value();
        else if (o.is("--qgis"))
            qgisGiven = o.value();
        else if (o.is("--no-qgis"))
            withQgis = false;
        else if (o.is("--radius-km"))
            radiusKm = o.number(0.1, 100);
        else
            o.unknown();
    }
    if (::access(cli.c_str(), X_OK) != 0) {
        std::fprintf(stderr, "bench_check_run: cannot run %s (build worksmap-cli or give --cli)\n",
                     cli.c_str());
        return 1;
    }
    const fs::path dir = fs::absolute(outDir);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        std::fprintf(stderr, "bench_check_run: cannot create %s: %s\n", dir.c_str(),
                     ec.message().c_str());
        return 1;
    }

    QCoreApplication app(argc, argv);
    GDALAllRegister(); // once, before any fork, as the application does
    requireSingleThread("bench_check_run");

    std::string qgisNote;
    const std::string qgis = withQgis ? findQgisProcess(qgisGiven, qgisNote) : std::string();

    printReportHeader("WorksMap check run benchmark (issue 4): worksmap-cli check vs qgis_process");
    std::printf("  data    : 19 real Xingtai counties + SYNTHETIC (seed %llu) %lld villages, %lld "
                "facilities, %lld pipe segments of 2-20 vertices, EPSG:4547, in %s\n",
                static_cast<unsigned long long>(Seed), static_cast<long long>(CoverageVillageCount),
                static_cast<long long>(CoverageFacilityCount),
                static_cast<long long>(CoveragePipeCount), dir.c_str());
    std::printf("  cli     : %s check PROJECT --rules RULES --timings; %d runs per case, each a "
                "new process; times as --timings prints them, wall and peak RSS (ru_maxrss) of "
                "the process; medians; MB = MiB\n",
                cli.c_str(), runs);
    std::printf("  qgis    : %s\n", !withQgis      ? "skipped (--no-qgis)"
                                    : qgis.empty() ? "qgis_process not found: skipped"
                                                   : (qgis + ", " + std::to_string(qgisRuns) +
                                                      " run(s) per algorithm, "
                                                      "QT_QPA_PLATFORM=offscreen; " +
                                                      qgisNote)
                                                         .c_str());
    std::fflush(stdout);

    // ---- data, project and rules, in a child so that this process stays small
    std::vector<CheckCase> cases = checkCases();
    for (CheckCase& c : cases) // the child writes the files at these paths
        c.rulesPath = (dir / ("rules_" + c.name + "_synthetic.json")).string();
    const auto prepared = runInChild([&] { return prepare(dir, radiusKm, runs, cases); });
    if (!prepared.failure.empty()) {
        std::fprintf(stderr, "bench_check_run: preparing the data failed: %s\n",
                     prepared.failure.c_str());
        return 1;
    }
    const Prepared& p = prepared.result;
    std::printf("  prepare : generated in %.2f s, written in %.2f s (child peak %.1f MB)\n\n",
                p.generateSeconds, p.writeSeconds, mib(prepared.maxRssKb));
    std::fflush(stdout);

    // ---- worksmap-cli check
    bool allOk = true;
    for (CheckCase& c : cases) {
        runCheckCase(c, cli, dir, runs);
        allOk = allOk && c.failure.empty();
    }
    // ---- qgis_process
    std::vector<QgisCase> qcases;
    if (!qgis.empty()) {
        qcases = qgisCases(dir);
        for (QgisCase& q : qcases) {
            runQgisCase(q, qgis, dir, qgisRuns);
            allOk = allOk && q.failure.empty();
        }
    }
    const long parentHwmKb = readVmHwmKb();

    // ---- report: worksmap-cli
    std::printf("worksmap-cli check (median of %d runs)\n", runs);
    std::printf("%-8s %-22s %9s %9s %9s %9s %12s\n", "case", "rules", "load_s", "rules_s", "wall_s",
                "min_rules", "peak_rss_mb");
    const CheckCase* all = nullptr;
    const CheckCase* single[MeasureCount] = {};
    const CheckCase* loadOnly = nullptr;
    for (const CheckCase& c : cases) {
        if (c.name == "all")
            all = &c;
        else if (c.name == "load")
            loadOnly = &c;
        for (int m = 0; m < MeasureCount; ++m)
            if (c.name == MeasureNames[m])
                single[m] = &c;
        if (!c.failure.empty()) {
            std::printf("%-8s FAILED: %s\n", c.name.c_str(), c.failure.c_str());
            continue;
        }
        std::printf("%-8s %-22s %s %s %s %9.3f %12.1f\n", c.name.c_str(),
                    c.rules.size() == 1 ? c.rules[0].c_str() : "the three", fmt(c.load).c_str(),
                    fmt(c.rulesTotal).c_str(), fmt(c.wall, "%9.2f").c_str(), minimum(c.rulesTotal),
                    mib(c.peakKb));
    }
    const bool allRan = all && all->failure.empty();
    if (allRan) {
        const double together = median(all->rulesTotal);
        std::printf("\nin one check run (case all): ");
        for (int m = 0; m < MeasureCount; ++m)
            std::printf("%s %.3f s%s", RuleIds[m], ruleSeconds(*all, RuleIds[m]),
                        m + 1 < MeasureCount ? ", " : "\n");
        std::printf("all three rules after loading: median %.3f s, target %.1f s: %s\n", together,
                    TargetSeconds, together < TargetSeconds ? "met" : "NOT met");
    }
    const double ruleRadius = allRan ? ruleSeconds(*all, RuleIds[Nearest]) : 0;
    std::printf(
        "\n%s = nearest distances + placing villages in counties + uncovered area "
        "(%.0f km² at %g km); in-process on the same data, first call (as in a check "
        "process) %.3f + %.3f + %.3f s, median of %d %.3f + %.3f + %.3f s; the uncovered "
        "area's first call is %.0f %% of the rule's %.3f s in check\n",
        RuleIds[Nearest], p.uncoveredKm2, radiusKm, p.firstSeconds[NearestPart],
        p.firstSeconds[PlacePart], p.firstSeconds[UncoveredPart], runs,
        p.medianSeconds[NearestPart], p.medianSeconds[PlacePart], p.medianSeconds[UncoveredPart],
        ruleRadius > 0 ? 100.0 * p.firstSeconds[UncoveredPart] / ruleRadius : 0.0, ruleRadius);

    // ---- report: QGIS
    const QgisCase* startup = nullptr;
    const QgisCase* qgisOf[MeasureCount] = {};
    for (const QgisCase& q : qcases) {
        if (q.name == "startup")
            startup = &q;
        for (int m = 0; m < MeasureCount; ++m)
            if (q.name == MeasureNames[m])
                qgisOf[m] = &q;
    }
    const bool startupRan = startup && startup->failure.empty();
    const double startupS = startupRan ? median(startup->wall) : 0;
    if (!qcases.empty()) {
        std::printf("\nqgis_process (median of %d runs; startup = `help`, which starts QGIS and "
                    "its providers: %s)\n",
                    qgisRuns,
                    startupRan ? (fmt(startup->wall, "%.2f s, peak ") +
                                  fmt({mib(startup->peakKb)}, "%.1f MB"))
                                     .c_str()
                               : "FAILED, not subtracted");
        std::printf("%-8s %-32s %8s %8s %8s %9s %9s %8s %8s %8s\n", "measure", "algorithm",
                    "qgis_s", "net_s", "issue_s", "wm_rule_s", "wm_wall_s", "ratio", "ratio_w",
                    "qgis_mb");
        double qSum = 0, qNetSum = 0;
        bool complete = true;
        for (int m = 0; m < MeasureCount; ++m) {
            const QgisCase* q = qgisOf[m];
            if (!q || !q->failure.empty()) {
                std::printf("%-8s FAILED: %s\n", MeasureNames[m], q ? q->failure.c_str() : "-");
                complete = false;
                continue;
            }
            const double qs = median(q->wall), net = qs - startupS;
            const double rule = allRan ? ruleSeconds(*all, RuleIds[m]) : std::nan("");
            const double wall =
                single[m] && single[m]->failure.empty() ? median(single[m]->wall) : std::nan("");
            qSum += qs;
            qNetSum += net;
            std::printf("%-8s %-32s %8.2f %8.2f %8.0f %9.3f %9.2f %7.0fx %7.1fx %8.1f\n",
                        MeasureNames[m], q->args[1].c_str(), qs, net, IssueQgisSeconds[m], rule,
                        wall, net / rule, qs / wall, mib(q->peakKb));
        }
        if (complete && allRan) {
            const double rules = median(all->rulesTotal), wall = median(all->wall);
            std::printf("%-8s %-32s %8.2f %8.2f %8.0f %9.3f %9.2f %7.0fx %7.1fx\n", "together",
                        "(three qgis_process runs)", qSum, qNetSum,
                        IssueQgisSeconds[0] + IssueQgisSeconds[1] + IssueQgisSeconds[2], rules,
                        wall, qNetSum / rules, qSum / wall);
        }
        std::printf("  net_s = qgis_s - startup; issue_s = QGIS 3.22 as quoted in the issue; "
                    "wm_rule_s = the rule in the all-case check run (after loading); wm_wall_s = "
                    "the whole worksmap-cli process with that rule alone (start, load, rule, "
                    "report); ratio = net_s / wm_rule_s; ratio_w = qgis_s / wm_wall_s\n");
    }

    // ---- checks
    std::printf("\nchecks (SYNTHETIC data; the last run of each case):\n");
    const auto report =
        allRan ? parseReport(all->lastStdout) : std::map<std::string, std::vector<UnitRow>>{};
    const auto rowsOf = [&](const char* id) {
        const auto it = report.find(id);
        return it == report.end() ? std::vector<UnitRow>{} : it->second;
    };
    const auto wmVillages = valuesByCode(rowsOf(RuleIds[Count]));
    const auto wmKm = valuesByCode(rowsOf(RuleIds[Length]));
    const long long wmBeyond = villagesBeyond(rowsOf(RuleIds[Nearest]));
    const QgisFigures q = readQgisOutputs(qcases, radiusKm);
    const bool haveQgis = !q.villagesByCode.empty() || !q.kmByCode.empty() || q.hubRows > 0;
    const double villagesTotal = total(wmVillages);
    const bool countOk = villagesTotal == double(CoverageVillageCount);
    std::printf("  villages counted : worksmap-cli %.0f in %zu counties (must be %lld: %s), "
                "in-process %lld",
                villagesTotal, wmVillages.size(), static_cast<long long>(CoverageVillageCount),
                countOk ? "ok" : "WRONG", p.villagesCounted);
    if (haveQgis)
        std::printf(", QGIS %.0f; largest per-county difference %.0f", total(q.villagesByCode),
                    maxDifference(wmVillages, q.villagesByCode));
    std::printf("\n  beyond %g km     : worksmap-cli %lld villages, in-process %lld", radiusKm,
                wmBeyond, p.villagesBeyond);
    if (haveQgis)
        std::printf(", QGIS %lld (HubDist > %g m of %lld rows); mean nearest distance in-process "
                    "%.1f m, QGIS %.1f m",
                    q.beyond, radiusKm * 1000, q.hubRows, p.meanNearestM, q.meanHubM);
    const double kmTotal = total(wmKm);
    std::printf("\n  pipe km          : worksmap-cli %.2f (sum of the per-county values, 2 "
                "decimals), in-process %.2f",
                kmTotal, p.pipeKm);
    if (haveQgis)
        std::printf(", QGIS sumlinelengths %.2f (%+.4f %%); largest per-county difference "
                    "%.3f km",
                    total(q.kmByCode), 100.0 * (kmTotal - total(q.kmByCode)) / total(q.kmByCode),
                    maxDifference(wmKm, q.kmByCode));
    std::printf("\n");
    // A wrong count, or the CLI disagreeing with the same code run in-process, is a bug.
    const bool checksOk = countOk && wmBeyond == p.villagesBeyond &&
                          std::abs(kmTotal - p.pipeKm) < 0.01 * double(wmKm.size());
    if (!checksOk)
        std::printf("  CHECK FAILED: worksmap-cli's figures differ from the expected ones\n");
    if (loadOnly && loadOnly->failure.empty() && all && all->failure.empty())
        std::printf("  peak RSS rise of the three rules over loading alone: %.1f MB\n",
                    mib(all->peakKb - loadOnly->peakKb));
    std::printf("  this process's VmHWM: %.1f MB (a child's peak RSS includes this process's RSS "
                "at the fork, at most this much)\n",
                mib(parentHwmKb));

    // ---- JSON lines
    std::printf("\n");
    for (const CheckCase& c : cases) {
        if (!c.failure.empty())
            continue;
        std::printf("{\"tool\":\"worksmap-cli\",\"case\":\"%s\",\"load_s\":%.4f,\"rules_s\":%.4f,"
                    "\"wall_s\":%.3f,\"peak_rss_mb\":%.1f,\"runs\":%zu",
                    c.name.c_str(), median(c.load), median(c.rulesTotal), median(c.wall),
                    mib(c.peakKb), c.wall.size());
        for (const auto& [id, v] : c.rule)
            std::printf(",\"%s_s\":%.4f", id.c_str(), median(v));
        std::printf(",\"villages\":%lld,\"facilities\":%lld,\"pipes\":%lld,\"cores\":%u}\n",
                    static_cast<long long>(CoverageVillageCount),
                    static_cast<long long>(CoverageFacilityCount),
                    static_cast<long long>(CoveragePipeCount), std::thread::hardware_concurrency());
    }
    for (int k = 0; k < 3; ++k)
        std::printf("{\"tool\":\"in-process\",\"case\":\"radius_%s\",\"first_s\":%.4f,"
                    "\"median_s\":%.4f,\"runs\":%d,\"uncovered_km2\":%.1f,\"radius_km\":%g}\n",
                    RadiusPartNames[k], p.firstSeconds[k], p.medianSeconds[k], runs, p.uncoveredKm2,
                    radiusKm);
    for (const QgisCase& c : qcases)
        if (c.failure.empty())
            std::printf("{\"tool\":\"qgis_process\",\"case\":\"%s\",\"wall_s\":%.3f,"
                        "\"peak_rss_mb\":%.1f,\"runs\":%zu}\n",
                        c.name.c_str(), median(c.wall), mib(c.peakKb), c.wall.size());

    std::printf("\ntotal wall time: %.1f s\n", seconds(Clock::now() - start));
    return allOk && checksOk ? 0 : 1;
}
