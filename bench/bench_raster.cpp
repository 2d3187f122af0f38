// Raster benchmark: a SYNTHETIC 10,000 × 10,000 GeoTIFF (a single Int16 band of
// elevations, 5 m pixels over 50 km × 50 km in EPSG:4547, tiled 256 × 256, not
// compressed: 200 MB; smooth hills from a fixed sum of sines, so every machine gets the
// same file) drawn as a hillshade layer, as the window adds it and draws it:
//   add          GdalRasterSource on the file (open, describe, CRS, extent),
//   first draw   MapRenderer::renderImage() of the whole raster at 1920×1080, 96 dpi,
//                without overviews (GDALWarp reads every one of the 100 M pixels),
//   overviews    buildOverviews(): a VRT with its .ovr (factors 2 … 32, averaged,
//                deflate) in the cache folder, the GeoTIFF untouched,
//   add + first draw with overviews (the whole 50 km fitted to 1,920 pixels is 46 m a
//                pixel, so the level 8× coarser than the file is read: 1,250² pixels),
//   repeat draw  the same view again (a pan or zoom of an open map), and
//   detail       a 1,920 × 1,080 view of 9.6 km × 5.4 km (5 m a pixel: full resolution).
// The file was just written, so its pages are in the OS cache for the first draw (a
// cold read from disk takes longer). One process, times of single runs except "repeat"
// (median of --runs).
//
//   bench_raster [--runs N] [--data-dir DIR] [--keep]

#include "bench_process.h"

#include "core/crs.h"
#include "io/gdal_raster_source.h"
#include "io/raster_overviews.h"
#include "render/map_renderer.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>

#include <gdal.h>
#include <ogr_spatialref.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace wmbench;

constexpr int Side = 10000;       // pixels per side
constexpr double PixelM = 5.0;    // metres per pixel
constexpr double Left = 480000.0; // EPSG:4547, Xingtai's zone (114°E)
constexpr double Top = 4120000.0;
constexpr int Width = 1920, Height = 1080;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

/// Writes the SYNTHETIC DEM: hills of a few hundred metres from a fixed sum of sines.
void writeDem(const std::string& path)
{
    const char* options[] = {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", nullptr};
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), Side, Side, 1,
                                 GDT_Int16, const_cast<char**>(options));
    if (!ds) {
        std::fprintf(stderr, "bench_raster: cannot create %s\n", path.c_str());
        std::exit(1);
    }
    double transform[6] = {Left, PixelM, 0, Top, 0, -PixelM};
    GDALSetGeoTransform(ds, transform);
    OGRSpatialReference srs;
    srs.importFromEPSG(4547);
    GDALSetSpatialRef(ds, OGRSpatialReference::ToHandle(&srs));
    std::vector<std::int16_t> row(Side);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    for (int y = 0; y < Side; ++y) {
        for (int x = 0; x < Side; ++x)
            row[x] = std::int16_t(400 + 180 * std::sin(x * 0.0021) * std::cos(y * 0.0017) +
                                  60 * std::sin((x + 2 * y) * 0.011) +
                                  15 * std::cos((3 * x - y) * 0.043));
        if (GDALRasterIO(band, GF_Write, 0, y, Side, 1, row.data(), Side, 1, GDT_Int16, 0, 0) !=
            CE_None) {
            std::fprintf(stderr, "bench_raster: cannot write %s\n", path.c_str());
            std::exit(1);
        }
    }
    GDALClose(ds);
}

struct Draw {
    double seconds = 0;
    qint64 pixelsRead = 0;
    int overview = -1;
    QImage image;
};

/// Renders `source` over `extent` at 1920×1080 as the canvas does; the read's counts
/// come from a second read of the same request (not timed).
Draw draw(const std::shared_ptr<const wm::RasterSource>& source, const wm::Extent& extent)
{
    wm::MapSettings settings;
    settings.extent = extent;
    settings.size = QSize(Width, Height);
    wm::RenderLayer layer;
    layer.id = QStringLiteral("dem");
    layer.raster = source;
    Draw d;
    const auto start = Clock::now();
    d.image = wm::MapRenderer(settings, {layer}).renderImage(Qt::white);
    d.seconds = secondsSince(start);
    wm::RasterRequest request;
    request.extent = settings.visibleExtent();
    request.size = settings.size;
    const wm::RasterPixels pixels = source->read(request);
    d.pixelsRead = pixels.sourcePixelsRead;
    d.overview = pixels.overviewLevel;
    return d;
}

std::string level(int overview)
{
    return overview < 0 ? std::string("full resolution")
                        : "overview " + std::to_string(overview) + " (" +
                              std::to_string(1 << (overview + 1)) + "x coarser)";
}

void printDraw(const char* what, const Draw& d)
{
    std::printf("  %-34s %8.3f s   %11lld source pixels read, %s\n", what, d.seconds,
                static_cast<long long>(d.pixelsRead), level(d.overview).c_str());
}

} // namespace

int main(int argc, char** argv)
{
    int runs = 5;
    std::string dataDir = "/tmp/worksmap-bench/raster";
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--data-dir" && i + 1 < argc)
            dataDir = argv[++i];
        else if (a == "--keep")
            keep = true;
        else {
            std::fprintf(stderr, "usage: bench_raster [--runs N] [--data-dir DIR] [--keep]\n");
            return 2;
        }
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    GDALAllRegister();
    QDir().mkpath(QString::fromStdString(dataDir));
    const QString cache = QDir(QString::fromStdString(dataDir)).filePath(QStringLiteral("cache"));
    QDir(cache).removeRecursively(); // overviews built by this run, not an earlier one
    qputenv("WORKSMAP_CACHE_DIR", cache.toUtf8());
    const std::string path = dataDir + "/synthetic_dem_10000.tif";

    std::printf("WorksMap raster benchmark\n");
    std::printf("  machine : %s, %u threads\n", cpuModel().c_str(),
                std::thread::hardware_concurrency());
    std::printf("  data    : SYNTHETIC 10,000 x 10,000 GeoTIFF, 1 band Int16 (a DEM, drawn as a "
                "hillshade), 5 m pixels, EPSG:4547, tiled 256, uncompressed\n");
    std::printf("  view    : %d x %d pixels, 96 dpi, the whole raster (project CRS = the "
                "raster's)\n\n",
                Width, Height);

    auto start = Clock::now();
    writeDem(path);
    std::printf("  %-34s %8.3f s   (%.0f MB)\n", "generate the file (not the app)",
                secondsSince(start), QFileInfo(QString::fromStdString(path)).size() / 1e6);

    const wm::Crs crs = wm::Crs::fromDefinition(QStringLiteral("EPSG:4547"));
    const wm::Extent whole = wm::Extent::of(Left, Top - Side * PixelM, Left + Side * PixelM, Top);

    start = Clock::now();
    auto plain =
        std::make_shared<wm::GdalRasterSource>(QString::fromStdString(path), QString(), crs);
    const double addPlain = secondsSince(start);
    const Draw first = draw(plain, whole);
    std::printf("  %-34s %8.3f s   (needs overviews: %s)\n", "add, without overviews", addPlain,
                plain->needsOverviews() ? "yes" : "no");
    printDraw("first draw, without overviews", first);
    std::printf("  %-34s %8.3f s\n", "add + first draw, without", addPlain + first.seconds);
    plain.reset();

    start = Clock::now();
    const QString vrt = wm::buildOverviews(QString::fromStdString(path));
    const double build = secondsSince(start);
    std::printf("  %-34s %8.3f s   (.ovr %.1f MB in the cache)\n", "build overviews", build,
                QFileInfo(vrt + QStringLiteral(".ovr")).size() / 1e6);

    start = Clock::now();
    auto fast =
        std::make_shared<wm::GdalRasterSource>(QString::fromStdString(path), QString(), crs);
    const double addFast = secondsSince(start);
    const Draw withOverviews = draw(fast, whole);
    std::printf("  %-34s %8.3f s   (%lld levels)\n", "add, with overviews", addFast,
                static_cast<long long>(fast->info().overviews.size()));
    printDraw("first draw, with overviews", withOverviews);
    std::printf("  %-34s %8.3f s\n", "add + first draw, with", addFast + withOverviews.seconds);

    std::vector<double> repeats;
    for (int r = 0; r < runs; ++r)
        repeats.push_back(draw(fast, whole).seconds);
    std::printf("  %-34s %8.3f s   (median of %d)\n", "repeat draw, with overviews",
                median(repeats), runs);

    const wm::Extent detail = wm::Extent::of(whole.centerX() - 4800, whole.centerY() - 2700,
                                             whole.centerX() + 4800, whole.centerY() + 2700);
    printDraw("detail 9.6 x 5.4 km (5 m a pixel)", draw(fast, detail));

    // The same picture either way: the mean absolute grey difference of the two draws.
    double difference = 0;
    for (int y = 0; y < Height; y += 4)
        for (int x = 0; x < Width; x += 4)
            difference +=
                std::abs(qGray(first.image.pixel(x, y)) - qGray(withOverviews.image.pixel(x, y)));
    std::printf("\n  mean grey difference, without vs with overviews: %.2f of 255\n",
                difference / ((Height / 4) * (Width / 4)));
    std::printf("  speed-up of the first draw: %.1fx\n", first.seconds / withOverviews.seconds);
    if (!keep) {
        QFile::remove(QString::fromStdString(path));
        QDir(cache).removeRecursively();
    }
    return 0;
}
