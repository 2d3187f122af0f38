// One very large point layer: load (bulk) and draw at 1920x1080, with wall times and the
// process's peak resident memory. For the "5,000,000 points without running out of
// memory" figure of issue 18; the file is made from bench_load's SYNTHETIC 1M-point
// GeoPackage appended N times:
//
//   for i in 1 2 3 4 5; do ogr2ogr -append -nln points5m /tmp/points_5m.gpkg \
//       /tmp/worksmap-bench/synthetic_points_1m.gpkg -unsetFid; done
//   build/bench/bench_big_layer /tmp/points_5m.gpkg
//
// A plain timed main (one run): the figure is the peak, not a median.

#include "core/crs.h"
#include "core/layer.h"
#include "core/process_memory.h"
#include "io/vector_reader.h"
#include "render/map_renderer.h"
#include "render/map_settings.h"
#include "render/style.h"

#include <QGuiApplication>
#include <QImage>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace {
double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}
double since(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

int main(int argc, char** argv)
{
    wm::configureProcessMemory();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_big_layer FILE.gpkg [png]\n");
        return 2;
    }
    const double idle = peakMb();
    wm::ReadOptions options;
    options.targetCrs = wm::Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    auto t0 = std::chrono::steady_clock::now();
    auto layer = std::make_shared<const wm::Layer>(wm::VectorReader::read(argv[1], options));
    const double loadS = since(t0);
    const double loadPeak = peakMb();

    wm::Style style;
    style.type = wm::StyleType::Single;
    style.symbol.shape = wm::MarkerShape::Circle;
    style.symbol.size = 2;
    style.symbol.fill = QColor(31, 96, 180);
    style.symbol.strokeWidth = 0;
    wm::MapSettings settings;
    settings.extent = layer->extent().buffered(0.03);
    settings.size = QSize(1920, 1080);
    settings.dpi = 96;
    const wm::MapRenderer renderer(
        settings, {{QStringLiteral("points"), layer, style, 1.0, {}, {}, {}, {}, {}}});
    t0 = std::chrono::steady_clock::now();
    wm::RenderStats stats;
    const QImage image = renderer.renderImage(Qt::white, nullptr, &stats);
    const double renderS = since(t0);
    if (argc > 2)
        image.save(QString::fromLocal8Bit(argv[2]));
    std::printf("{\"case\":\"big_layer\",\"features\":%lld,\"bulk\":%s,\"load_s\":%.3f,"
                "\"render_s\":%.3f,\"drawn\":%lld,\"merged\":%lld,\"idle_rss_mb\":%.1f,"
                "\"load_peak_rss_mb\":%.1f,\"peak_rss_mb\":%.1f,\"layer_mb\":%.1f}\n",
                static_cast<long long>(layer->featureCount()),
                layer->report.readInBulk ? "true" : "false", loadS, renderS,
                static_cast<long long>(stats.featuresDrawn),
                static_cast<long long>(stats.pointsMerged), idle, loadPeak, peakMb(),
                double(layer->memoryBytes()) / 1048576.0);
    return 0;
}
