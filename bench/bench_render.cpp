// Render benchmark: wall time and peak resident memory of
//   demo        the bundled Xingtai 2021 demo project (openProjectOrDataset,
//               loadProjectStyles, renderLayers), extent = project extent + 3 %,
//   dense       the 19 Xingtai counties (styles/boundary.json, labelled by name) under
//               1,000,000 SYNTHETIC points (one small circle) and 200,000 SYNTHETIC pipe
//               segments (styles/pipe.json, categorized by kind), extent = the
//               counties' extent + 3 %,
// each drawn by MapRenderer::renderImage() at 1920×1080, 96 dpi, features and labels;
// and the
//   pan         repaint of a panned view: one cached 1920×1080 image drawn with an offset
//               onto a widget-sized target (background fill + one QPainter::drawImage to
//               a target rect, as MapCanvas::paintEvent does), and
//   pan_scaled  the same with a target rect 1.25× the image (a zoom in progress) and
//               SmoothPixmapTransform.
//
// Every run happens in a freshly forked child so that its peak RSS (ru_maxrss from
// wait4) belongs to that run alone; an idle child is measured as the baseline. Loading
// is not timed (but reported): the clock covers renderImage() only. The child then
// renders the same view again ("repeat") and one wheel notch in ("zoom": the extent × 0.8
// about its centre, as MapCanvas zooms): what a redraw of an open map costs once the
// renderer's caches (glyphs, markers) are warm. The parent creates the
// QGuiApplication (offscreen platform) and populates the font database before any fork,
// as a running application has.
//
// The GeoPackages are SYNTHETIC (fixed seed, see synthetic_data.h), generated into
// --data-dir on first use (the 1M-point file is the one bench_load uses). The images of
// the first run of demo and dense are saved there as render_demo.png and
// render_dense.png.
//
//   bench_render [--runs N] [--case demo|dense|pan|all] [--data-dir DIR]

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
#include "render/map_renderer.h"
#include "render/map_settings.h"
#include "render/project_styles.h"
#include "render/style.h"

#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QString>
#include <QtConcurrent/QtConcurrentMap>
#include <QtGlobal>

#include <gdal_priv.h>
#include <geos_c.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace wmbench;

constexpr int Width = 1920, Height = 1080;
constexpr double Dpi = 96.0;
constexpr double Buffer = 0.03; // the extent is grown by 3 % on every side
constexpr int PanReps = 200;
constexpr int PanWarmup = 10;
constexpr double ZoomFactor = 1.25;
const QColor CanvasBackground(250, 250, 248); // MapCanvas::paintEvent's fill

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

/// User + system CPU time of this process (all its threads), in seconds.
double cpuSeconds()
{
    struct rusage u {};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

// ---------------------------------------------------------------------------------
// What a child sends back through its pipe (same binary on both ends of the fork).

struct RunResult {
    bool ok = false;
    double loadSeconds = 0;   ///< reading the data (not part of the timing)
    double seconds = 0;       ///< the timed renderImage(): the child's first render
    double cpuSeconds = 0;    ///< CPU time (all threads) of that render
    double repeatSeconds = 0; ///< a second renderImage() in the same child
    qint64 features = 0;      ///< features of the rendered layers
    int layers = 0;           ///< rendered layers
    qint64 featuresDrawn = 0;
    qint64 featuresCulled = 0;
    qint64 pointsMerged = 0;
    int labelsDrawn = 0;
    double scaleDenominator = 0;
    double metresPerPixel = 0;
    double firstFrameSeconds = 0; ///< the canvas's first partial image (see timeRender)
    double zoomSeconds = 0;       ///< after repeat: one wheel notch in (extent × 0.8, same centre)
    double layerSeconds[3] = {};  ///< dense: each layer rendered alone (with its labels)
    long rssBeforeRenderKb = -1;  ///< VmRSS just before the first render
    long loadHwmKb = -1;          ///< VmHWM once loaded, before any render (the loading peak)
    long renderHwmKb = -1;        ///< VmHWM over the first render (reset just before it)
    // pan / pan_scaled: PanReps repaints each, milliseconds
    double panMedianMs = 0, panMinMs = 0, panP90Ms = 0;
    double zoomMedianMs = 0, zoomMinMs = 0, zoomP90Ms = 0;
    long vmHwmKb = -1; ///< the child's own VmHWM, read just before it exits
    char message[512] = {};

    void setMessage(const std::string& text)
    {
        std::snprintf(message, sizeof message, "%s", text.c_str());
    }
};

wm::MapSettings settingsFor(const wm::Extent& extent)
{
    wm::MapSettings s;
    s.extent = extent.buffered(Buffer);
    s.size = QSize(Width, Height);
    s.dpi = Dpi;
    return s;
}

/// Renders `layers` twice (the first one timed, the second as "repeat"), fills the
/// counts, and saves the first image to `png` if not empty.
void timeRender(RunResult& r, const wm::MapSettings& settings, std::vector<wm::RenderLayer> layers,
                const std::string& png)
{
    for (const wm::RenderLayer& l : layers) {
        r.features += l.data ? l.data->featureCount() : 0;
        ++r.layers;
    }
    r.scaleDenominator = settings.scaleDenominator();
    r.metresPerPixel = settings.mapUnitsPerPixel();
    // One wheel notch in about the centre (MapCanvas::WheelStep: the extent × 0.8).
    wm::MapSettings zoomed = settings;
    const double cx = settings.extent.centerX(), cy = settings.extent.centerY();
    const double hw = settings.extent.width() * 0.4, hh = settings.extent.height() * 0.4;
    zoomed.extent = wm::Extent::of(cx - hw, cy - hh, cx + hw, cy + hh);
    const wm::MapRenderer zoomRenderer(zoomed, layers);
    const wm::MapRenderer renderer(settings, std::move(layers));

    r.loadHwmKb = readVmHwmKb();
    r.rssBeforeRenderKb = readVmRssKb();
    const bool hwmReset = resetVmHwm();
    wm::RenderStats stats;
    const double cpu0 = cpuSeconds();
    const auto t0 = Clock::now();
    QImage image = renderer.renderImage(Qt::white, nullptr, &stats);
    const auto t1 = Clock::now();
    r.cpuSeconds = cpuSeconds() - cpu0;
    r.seconds = seconds(t1 - t0);
    r.renderHwmKb = hwmReset ? readVmHwmKb() : -1;
    r.featuresDrawn = stats.featuresDrawn;
    r.featuresCulled = stats.featuresCulled;
    r.pointsMerged = stats.pointsMerged;
    r.labelsDrawn = stats.labelsDrawn;

    // As on the canvas, the last image is kept while the next one renders and is then
    // replaced: at most two map images at a time.
    r.ok = !image.isNull() && !stats.cancelled;
    if (!r.ok) {
        r.setMessage("renderImage returned no image");
        return;
    }
    if (!png.empty() && !image.save(QString::fromStdString(png), "PNG")) {
        r.ok = false;
        r.setMessage("cannot write " + png);
        return;
    }
    const auto t2 = Clock::now();
    image = renderer.renderImage(Qt::white);
    r.repeatSeconds = seconds(Clock::now() - t2);
    const bool again = !image.isNull();
    // What MapCanvas shows first when it has nothing yet: a copy of the image after the
    // first layer finished 30 ms or more into the render (the whole map if none did).
    double firstFrame = -1;
    const auto tf = Clock::now();
    image = renderer.renderImage(Qt::white, nullptr, nullptr, [&](const QImage& drawing) {
        if (firstFrame >= 0 || seconds(Clock::now() - tf) < 0.030)
            return;
        const QImage shown = drawing.copy();
        firstFrame = seconds(Clock::now() - tf);
    });
    r.firstFrameSeconds = firstFrame >= 0 ? firstFrame : seconds(Clock::now() - tf);
    const auto t3 = Clock::now();
    image = zoomRenderer.renderImage(Qt::white);
    r.zoomSeconds = seconds(Clock::now() - t3);
    if (!again || image.isNull()) {
        r.ok = false;
        r.setMessage("renderImage returned no image");
    }
}

// ---------------------------------------------------------------------------------
// The cases, each run inside a child.

RunResult renderDemo(const std::string& png)
{
    RunResult r;
    const auto t0 = Clock::now();
    const wm::RoleRegistry roles = wm::RoleRegistry::load(wm::layerRolesDir());
    const wm::LoadedProject project = wm::openProjectOrDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json"), roles);
    QStringList notes;
    const QVector<wm::Style> styles = wm::loadProjectStyles(project, roles, &notes);
    std::vector<wm::RenderLayer> layers = wm::renderLayers(project, styles);
    r.loadSeconds = seconds(Clock::now() - t0);
    for (const QString& note : notes)
        std::fprintf(stderr, "  demo: %s\n", qPrintable(note));
    if (project.extent.isNull())
        throw std::runtime_error("the demo project has no extent");
    timeRender(r, settingsFor(project.extent), std::move(layers), png);
    return r;
}

std::shared_ptr<const wm::Layer> readLayer(const std::string& path, const wm::Crs& crs)
{
    wm::ReadOptions options;
    options.targetCrs = crs;
    return std::make_shared<const wm::Layer>(
        wm::VectorReader::read(QString::fromStdString(path), options));
}

RunResult renderDense(const std::string& pointsPath, const std::string& pipesPath,
                      const std::string& png)
{
    RunResult r;
    const wm::Crs crs = wm::Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    if (!crs.isValid())
        throw std::runtime_error("PROJ does not know EPSG:4547");
    const QDir styles(wm::stylesDir());

    // The three layers are read at once, as ProjectLoader reads a project's layers.
    const auto t0 = Clock::now();
    const std::vector<std::string> paths = {
        WORKSMAP_DEMO_DIR "/boundaries/xingtai_counties.geojson", pointsPath, pipesPath};
    const std::vector<std::shared_ptr<const wm::Layer>> read = QtConcurrent::blockingMapped(
        paths, [&crs](const std::string& path) { return readLayer(path, crs); });
    wm::RenderLayer counties{QStringLiteral("counties"),
                             read[0],
                             wm::Style::load(styles.filePath(QStringLiteral("boundary.json"))),
                             1.0,
                             {},
                             {},
                             {},
                             {},
                             {}};
    wm::Style pointStyle; // a single small circle
    pointStyle.type = wm::StyleType::Single;
    pointStyle.symbol.shape = wm::MarkerShape::Circle;
    pointStyle.symbol.size = 2;
    pointStyle.symbol.fill = QColor(31, 96, 180);
    pointStyle.symbol.strokeWidth = 0;
    wm::RenderLayer points{QStringLiteral("points"), read[1], pointStyle, 1.0, {}, {}, {}, {}, {}};
    wm::RenderLayer pipes{QStringLiteral("pipes"),
                          read[2],
                          wm::Style::load(styles.filePath(QStringLiteral("pipe.json"))),
                          1.0,
                          {},
                          {},
                          {},
                          {},
                          {}};
    r.loadSeconds = seconds(Clock::now() - t0);
    if (points.data->featureCount() != PointCount || pipes.data->featureCount() != PipeCount ||
        counties.data->featureCount() != 19) {
        r.setMessage("unexpected feature counts: " + std::to_string(counties.data->featureCount()) +
                     " counties, " + std::to_string(points.data->featureCount()) + " points, " +
                     std::to_string(pipes.data->featureCount()) + " pipes");
        return r;
    }
    const wm::MapSettings settings = settingsFor(counties.data->extent());
    // Bottom to top: county polygons, points, pipes; labels above everything.
    timeRender(r, settings, {counties, points, pipes}, png);
    // Where the time goes: each layer alone, after the full renders (caches warm).
    const wm::RenderLayer* alone[] = {&counties, &points, &pipes};
    for (int i = 0; i < 3; ++i) {
        const wm::MapRenderer renderer(settings, {*alone[i]});
        const auto t1 = Clock::now();
        renderer.renderImage(Qt::white);
        r.layerSeconds[i] = seconds(Clock::now() - t1);
    }
    return r;
}

struct RepaintTimes {
    double medianMs = 0, minMs = 0, p90Ms = 0;
};

/// What MapCanvas::paintEvent does on every frame of a drag or a wheel zoom: fill the
/// widget, draw the cached image once into the rect where its extent now lies.
RepaintTimes timeRepaints(QImage& target, const QImage& cached, double zoom)
{
    const bool scaled = zoom != 1.0;
    const QSizeF size(cached.width() * zoom, cached.height() * zoom);
    const QPointF centreShift((target.width() - size.width()) / 2,
                              (target.height() - size.height()) / 2);
    std::vector<double> ms;
    for (int i = -PanWarmup; i < PanReps; ++i) {
        // A drag: the offset changes every frame, by up to ±120 × ±60 px.
        const QPointF offset(-120 + (i * 7 + 1000) % 240, -60 + (i * 5 + 1000) % 120);
        const auto t0 = Clock::now();
        {
            QPainter painter(&target);
            painter.fillRect(target.rect(), CanvasBackground);
            painter.setRenderHint(QPainter::SmoothPixmapTransform, scaled);
            painter.drawImage(QRectF(centreShift + offset, size), cached);
        }
        const double elapsed = seconds(Clock::now() - t0) * 1000;
        if (i >= 0)
            ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    return {median(ms), ms.front(), ms[std::size_t(double(ms.size() - 1) * 0.9)]};
}

RunResult repaint()
{
    RunResult r;
    // The cached image: a render of the demo, as the canvas holds it (not timed).
    const wm::RoleRegistry roles = wm::RoleRegistry::load(wm::layerRolesDir());
    const wm::LoadedProject project = wm::openProjectOrDataset(
        QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json"), roles);
    const QVector<wm::Style> styles = wm::loadProjectStyles(project, roles);
    const wm::MapRenderer renderer(settingsFor(project.extent), wm::renderLayers(project, styles));
    const QImage cached = renderer.renderImage(CanvasBackground);
    // The widget's backing store: Format_RGB32 on the offscreen and xcb platforms.
    QImage target(Width, Height, QImage::Format_RGB32);
    target.fill(CanvasBackground);

    const RepaintTimes pan = timeRepaints(target, cached, 1.0);
    const RepaintTimes zoom = timeRepaints(target, cached, ZoomFactor);
    r.panMedianMs = pan.medianMs;
    r.panMinMs = pan.minMs;
    r.panP90Ms = pan.p90Ms;
    r.zoomMedianMs = zoom.medianMs;
    r.zoomMinMs = zoom.minMs;
    r.zoomP90Ms = zoom.p90Ms;
    r.ok = true;
    return r;
}

// ---------------------------------------------------------------------------------

struct CaseSummary {
    std::string name;
    bool ok = true;
    std::string failure;
    RunResult last; ///< counts of the last successful run
    std::vector<double> times, repeats, zooms, firsts, cpu, loads;
    std::vector<double> layerTimes[3]; ///< dense: counties, points, pipes alone
    long peakKb = 0;                   ///< the highest ru_maxrss over the runs
    long renderKb = 0;                 ///< the highest (VmHWM over the render − VmRSS before it)
};

void usage(std::FILE* out)
{
    std::fprintf(out,
                 "usage: bench_render [--runs N] [--case demo|dense|pan|all] [--data-dir DIR]\n"
                 "  --runs N        timed runs of demo and dense, each in a fresh forked child "
                 "(default 3)\n"
                 "  --case C        which case to run (default all; pan includes pan_scaled)\n"
                 "  --data-dir DIR  cache of the synthetic GeoPackages and the rendered PNGs\n"
                 "                  (default /tmp/worksmap-bench)\n");
}

} // namespace

int main(int argc, char** argv)
{
    wm::configureProcessMemory();
    const auto start = Clock::now();
    int runs = 3;
    std::string which = "all";
    std::string dataDir = "/tmp/worksmap-bench";
    for (Options o(argc, argv, "bench_render", usage); o.next();) {
        if (o.is("--runs"))
            runs = o.count(1, 1000);
        else if (o.is("--case"))
            which = o.choice({"demo", "dense", "pan", "all"});
        else if (o.is("--data-dir"))
            dataDir = o.value();
        else
            o.unknown();
    }
    const bool wantDemo = which == "all" || which == "demo";
    const bool wantDense = which == "all" || which == "dense";
    const bool wantPan = which == "all" || which == "pan";

    // Rendering needs fonts, hence a QGuiApplication; no display is needed or used.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // resourceRoot() looks next to the executable
    GDALAllRegister();               // once, before any fork, as the application does
    // Populate the font database and the CJK font's engine once, as a running
    // application has by the time it renders a map.
    {
        const QStringList families = QFontDatabase::families();
        QFont font;
        for (const char* f : {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC"})
            if (families.contains(QString::fromLatin1(f))) {
                font.setFamily(QString::fromLatin1(f));
                break;
            }
        QPainterPath warm;
        warm.addText(QPointF(0, 0), font, QStringLiteral("邢台市 Xingtai"));
    }

    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec) {
        std::fprintf(stderr, "bench_render: cannot create %s: %s\n", dataDir.c_str(),
                     ec.message().c_str());
        return 1;
    }
    const std::filesystem::path dir(dataDir);
    const std::string pointsPath = (dir / PointsFile).string();
    const std::string pipesPath = (dir / PipesFile).string();
    const std::string demoPng = (dir / "render_demo.png").string();
    const std::string densePng = (dir / "render_dense.png").string();

    // fork() only carries the calling thread over: the parent must not have others.
    if (const int threads = threadCount(); threads != 1) {
        std::fprintf(stderr, "bench_render: the parent runs %d threads; forking it is unsafe\n",
                     threads);
        return 1;
    }

#ifdef NDEBUG
    const char* build = "NDEBUG (release)";
#else
    const char* build = "assertions on (NOT a release build: timings are not representative)";
#endif
    std::printf("WorksMap render benchmark\n");
    std::printf("  machine : %u cores (std::thread::hardware_concurrency), %s\n",
                std::thread::hardware_concurrency(), cpuModel().c_str());
    std::printf("  build   : %s; Qt %s (%s), GDAL %s, GEOS %s\n", build, qVersion(),
                qPrintable(QGuiApplication::platformName()), GDALVersionInfo("RELEASE_NAME"),
                GEOSversion());
    std::printf("  output  : %dx%d px, %.0f dpi, extent = data extent + %.0f %% per side\n", Width,
                Height, Dpi, Buffer * 100);
    std::printf("  runs    : %d per render case, each in a fresh forked child; time = the "
                "child's first renderImage() (features + labels), repeat = a second one; peak "
                "RSS = the child's ru_maxrss, max over runs (MB = MiB); render_mb = VmHWM over "
                "the render minus VmRSS before it\n",
                runs);
    std::printf("  data    : %s (synthetic, seed %llu)\n\n", dataDir.c_str(),
                static_cast<unsigned long long>(Seed));
    std::fflush(stdout);

    bool allOk = true;

    // Synthetic data, generated (or checked) in children so the parent stays small.
    auto prepare = [&](const std::string& path, qint64 expected,
                       void (*generate)(const std::string&)) {
        std::fprintf(stderr, "preparing %s ...\n", path.c_str());
        const auto c = runInChild([&] { return ensureDataset(path, expected, generate); });
        const std::string file = std::filesystem::path(path).filename().string();
        if (!c.failure.empty()) {
            std::printf("data  %-28s FAILED: %s\n", file.c_str(), c.failure.c_str());
            allOk = false;
            return false;
        }
        const DatasetStatus& s = c.result;
        if (s.reused)
            std::printf("data  %-28s reused     %9lld features  %7.1f MB on disk\n", file.c_str(),
                        static_cast<long long>(s.features), double(s.fileBytes) / (1 << 20));
        else
            std::printf("data  %-28s generated  %9lld features  %7.1f MB on disk  in %.1f s "
                        "(peak RSS %.1f MB)\n",
                        file.c_str(), static_cast<long long>(s.features),
                        double(s.fileBytes) / (1 << 20), s.seconds, mib(c.maxRssKb));
        return true;
    };
    bool haveDense = false;
    if (wantDense) {
        const bool points = prepare(pointsPath, PointCount, generatePoints);
        const bool pipes = prepare(pipesPath, PipeCount, generatePipes);
        haveDense = points && pipes;
    }

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
    auto measure = [&](const std::string& name,
                       const std::function<RunResult(bool firstRun)>& work) {
        CaseSummary s;
        s.name = name;
        for (int i = 0; i < runs; ++i) {
            const auto c = runInChild([&] { return work(i == 0); });
            if (!c.failure.empty()) {
                s.ok = false;
                s.failure = c.failure;
                std::fprintf(stderr, "%-6s run %d/%d FAILED: %s\n", name.c_str(), i + 1, runs,
                             c.failure.c_str());
                break;
            }
            const RunResult& r = c.result;
            s.times.push_back(r.seconds);
            s.repeats.push_back(r.repeatSeconds);
            s.zooms.push_back(r.zoomSeconds);
            s.firsts.push_back(r.firstFrameSeconds);
            s.cpu.push_back(r.cpuSeconds);
            s.loads.push_back(r.loadSeconds);
            for (int l = 0; l < 3; ++l)
                s.layerTimes[l].push_back(r.layerSeconds[l]);
            s.peakKb = std::max(s.peakKb, c.maxRssKb);
            if (r.renderHwmKb >= 0 && r.rssBeforeRenderKb >= 0)
                s.renderKb = std::max(s.renderKb, r.renderHwmKb - r.rssBeforeRenderKb);
            s.last = r;
            std::fprintf(stderr,
                         "%-6s run %d/%d: load %.2f s (not timed), render %.3f s (first frame %.3f "
                         "s, cpu %.3f s), "
                         "repeat %.3f s, wheel zoom %.3f s, peak RSS %.1f MB (loading peak %.1f "
                         "MB, loaded %.1f MB)\n",
                         name.c_str(), i + 1, runs, r.loadSeconds, r.seconds, r.firstFrameSeconds,
                         r.cpuSeconds, r.repeatSeconds, r.zoomSeconds, mib(c.maxRssKb),
                         mib(r.loadHwmKb), mib(r.rssBeforeRenderKb));
        }
        allOk = allOk && s.ok;
        summaries.push_back(std::move(s));
    };

    if (wantDemo)
        measure("demo", [&](bool first) { return renderDemo(first ? demoPng : std::string()); });
    if (wantDense) {
        if (haveDense)
            measure("dense", [&](bool first) {
                return renderDense(pointsPath, pipesPath, first ? densePng : std::string());
            });
        else {
            CaseSummary failed;
            failed.name = "dense";
            failed.ok = false;
            failed.failure = "no data (generation failed)";
            summaries.push_back(std::move(failed));
        }
    }

    ChildOutcome<RunResult> pan;
    long panPeakKb = 0;
    if (wantPan) {
        std::fprintf(stderr, "pan    %d repaints each, unscaled and %.2fx ...\n", PanReps,
                     ZoomFactor);
        pan = runInChild(repaint);
        panPeakKb = pan.maxRssKb;
        if (!pan.failure.empty()) {
            std::fprintf(stderr, "pan    FAILED: %s\n", pan.failure.c_str());
            allOk = false;
        }
    }

    // ---- the table
    std::printf("\n%-6s %8s %6s %8s %8s %8s %6s %4s %8s %8s %8s %8s %7s %11s %10s %9s\n", "case",
                "features", "layers", "drawn", "merged", "culled", "labels", "runs", "median_s",
                "min_s", "cpu_s", "repeat_s", "load_s", "peak_rss_mb", "minus_idle", "render_mb");
    std::printf("%-6s %8s %6s %8s %8s %8s %6s %4s %8s %8s %8s %8s %7s %11.1f %10s %9s\n", "idle",
                "-", "-", "-", "-", "-", "-", "3", "-", "-", "-", "-", "-", mib(baselineKb), "-",
                "-");
    for (const CaseSummary& s : summaries) {
        if (s.times.empty()) {
            std::printf("%-6s FAILED: %s\n", s.name.c_str(), s.failure.c_str());
            continue;
        }
        const RunResult& r = s.last;
        std::printf("%-6s %8lld %6d %8lld %8lld %8lld %6d %4zu %8.3f %8.3f %8.3f %8.3f %7.2f "
                    "%11.1f %10.1f %9.1f%s\n",
                    s.name.c_str(), static_cast<long long>(r.features), r.layers,
                    static_cast<long long>(r.featuresDrawn), static_cast<long long>(r.pointsMerged),
                    static_cast<long long>(r.featuresCulled), r.labelsDrawn, s.times.size(),
                    median(s.times), *std::min_element(s.times.begin(), s.times.end()),
                    median(s.cpu), median(s.repeats), median(s.loads), mib(s.peakKb),
                    mib(s.peakKb - baselineKb), mib(s.renderKb),
                    s.ok ? "" : "  (incomplete: see stderr)");
    }
    for (const CaseSummary& s : summaries)
        if (s.name == "dense" && !s.times.empty())
            std::printf("dense, each layer rendered alone after the full renders (median): "
                        "counties %.3f s, points %.3f s, pipes %.3f s\n",
                        median(s.layerTimes[0]), median(s.layerTimes[1]), median(s.layerTimes[2]));
    if (wantPan && pan.failure.empty()) {
        const RunResult& r = pan.result;
        std::printf("\n%-10s %12s %5s %9s %9s %9s %11s\n", "repaint", "target", "reps", "median_ms",
                    "min_ms", "p90_ms", "peak_rss_mb");
        std::printf("%-10s %12s %5d %9.3f %9.3f %9.3f %11.1f\n", "pan", "1920x1080", PanReps,
                    r.panMedianMs, r.panMinMs, r.panP90Ms, mib(panPeakKb));
        std::printf("%-10s %12s %5d %9.3f %9.3f %9.3f %11.1f\n", "pan_scaled", "2400x1350", PanReps,
                    r.zoomMedianMs, r.zoomMinMs, r.zoomP90Ms, mib(panPeakKb));
    }
    std::string images;
    for (const CaseSummary& s : summaries)
        if (!s.times.empty())
            images += "  " + (s.name == "demo" ? demoPng : densePng);
    std::printf("%s%s\n\n", images.empty() ? "" : "\nimages (first run):", images.c_str());

    // ---- one JSON line per case
    for (const CaseSummary& s : summaries) {
        if (s.times.empty())
            continue;
        const RunResult& r = s.last;
        std::string layers;
        if (s.name == "dense") {
            char buffer[160];
            std::snprintf(buffer, sizeof buffer,
                          ",\"alone_counties_s\":%.4f,\"alone_points_s\":%.4f,"
                          "\"alone_pipes_s\":%.4f",
                          median(s.layerTimes[0]), median(s.layerTimes[1]),
                          median(s.layerTimes[2]));
            layers = buffer;
        }
        std::printf("{\"case\":\"%s\",\"features\":%lld,\"layers\":%d,\"features_drawn\":%lld,"
                    "\"points_merged\":%lld,\"features_culled\":%lld,\"labels_drawn\":%d,"
                    "\"median_s\":%.4f,\"min_s\":%.4f,\"cpu_s\":%.4f,\"repeat_median_s\":%.4f,"
                    "\"zoom_median_s\":%.4f,\"first_frame_s\":%.4f,"
                    "\"load_s\":%.3f,\"peak_rss_mb\":%.1f,\"idle_rss_mb\":%.1f,"
                    "\"render_rss_mb\":%.1f,\"runs\":%zu,\"width\":%d,\"height\":%d,\"dpi\":%.0f,"
                    "\"scale\":%.0f,\"m_per_px\":%.2f,\"cores\":%u%s}\n",
                    s.name.c_str(), static_cast<long long>(r.features), r.layers,
                    static_cast<long long>(r.featuresDrawn), static_cast<long long>(r.pointsMerged),
                    static_cast<long long>(r.featuresCulled), r.labelsDrawn, median(s.times),
                    *std::min_element(s.times.begin(), s.times.end()), median(s.cpu),
                    median(s.repeats), median(s.zooms), median(s.firsts), median(s.loads),
                    mib(s.peakKb), mib(baselineKb), mib(s.renderKb), s.times.size(), Width, Height,
                    Dpi, r.scaleDenominator, r.metresPerPixel, std::thread::hardware_concurrency(),
                    layers.c_str());
    }
    if (wantPan && pan.failure.empty()) {
        const RunResult& r = pan.result;
        std::printf("{\"case\":\"pan\",\"reps\":%d,\"median_ms\":%.4f,\"min_ms\":%.4f,"
                    "\"p90_ms\":%.4f,\"image\":\"%dx%d\",\"target\":\"%dx%d\",\"smooth\":false,"
                    "\"peak_rss_mb\":%.1f,\"cores\":%u}\n",
                    PanReps, r.panMedianMs, r.panMinMs, r.panP90Ms, Width, Height, Width, Height,
                    mib(panPeakKb), std::thread::hardware_concurrency());
        std::printf("{\"case\":\"pan_scaled\",\"reps\":%d,\"median_ms\":%.4f,\"min_ms\":%.4f,"
                    "\"p90_ms\":%.4f,\"image\":\"%dx%d\",\"target\":\"%dx%d\",\"smooth\":true,"
                    "\"peak_rss_mb\":%.1f,\"cores\":%u}\n",
                    PanReps, r.zoomMedianMs, r.zoomMinMs, r.zoomP90Ms, Width, Height,
                    int(Width * ZoomFactor), int(Height * ZoomFactor), mib(panPeakKb),
                    std::thread::hardware_concurrency());
    }
    std::printf("\ntotal wall time: %.1f s\n", seconds(Clock::now() - start));
    return allOk ? 0 : 1;
}
