#include "io/raster_warp.h"

#include "core/error.h"
#include "io/gdal_support.h"

#include <QCoreApplication>

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <memory>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RasterWarp)
};
} // namespace

namespace wm::raster {

namespace {

struct DatasetCloser {
    void operator()(void* ds) const
    {
        if (ds)
            GDALClose(ds);
    }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

/// A MEM dataset of the request's grid: `bands` bands of `type`, the last one alpha.
DatasetPtr gridDataset(const Crs& crs, const RasterRequest& request, int bands, GDALDataType type)
{
    GDALDriverH mem = GDALGetDriverByName("MEM");
    DatasetPtr ds(
        GDALCreate(mem, "", request.size.width(), request.size.height(), bands, type, nullptr));
    if (!ds)
        return ds;
    const Extent& e = request.extent;
    double transform[6] = {e.xMin, e.width() / request.size.width(),   0, e.yMax,
                           0,      -e.height() / request.size.height()};
    GDALSetGeoTransform(ds.get(), transform);
    OGRSpatialReference srs;
    srs.SetFromUserInput(crs.definition().toUtf8().constData());
    // x is easting/longitude in every WorksMap grid, whatever the CRS's official order.
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    GDALSetSpatialRef(ds.get(), OGRSpatialReference::ToHandle(&srs));
    GDALSetRasterColorInterpretation(GDALGetRasterBand(ds.get(), bands), GCI_AlphaBand);
    return ds;
}

int progressCallback(double, const char*, void* cancel)
{
    const auto* flag = static_cast<const std::atomic<bool>*>(cancel);
    return flag && flag->load() ? FALSE : TRUE;
}

} // namespace

int overviewFor(const QVector<QSize>& overviews, QSize full, double sourcePixels, double viewPixels)
{
    if (viewPixels <= 0 || full.width() <= 0)
        return -1;
    const double needed = sourcePixels / viewPixels; // source pixels per output pixel
    int best = -1;
    for (int k = 0; k < overviews.size(); ++k) {
        const double factor = double(full.width()) / std::max(1, overviews[k].width());
        // A little slack, as GDAL's own choice: a level 1.2× coarser is not visibly worse.
        if (factor <= needed * 1.2)
            best = k;
    }
    return best;
}

RasterPixels warpToGrid(GDALDatasetH source, const Crs& targetCrs, const RasterRequest& request,
                        WarpOutput output, int overview)
{
    gdal::ensureRegistered();
    RasterPixels out;
    out.size = request.size;
    out.overviewLevel = overview;
    const bool colour = output == WarpOutput::Colour;
    const int sourceBands = GDALGetRasterCount(source);
    const bool sourceAlpha =
        sourceBands > 1 &&
        GDALGetRasterColorInterpretation(GDALGetRasterBand(source, sourceBands)) == GCI_AlphaBand;
    const int dataBands = sourceBands - (sourceAlpha ? 1 : 0);
    if (colour && dataBands != 3)
        throw Error(QString(), Tr::tr("colour drawing needs 3 bands (and an optional alpha band), "
                                      "the raster has %1")
                                   .arg(sourceBands));
    // GDALWarp maps source band i to grid band i and takes the grid's last band as alpha.
    const int gridBands = dataBands + 1;
    const DatasetPtr grid =
        gridDataset(targetCrs, request, gridBands, colour ? GDT_Byte : GDT_Float32);
    if (!grid)
        throw Error(QString(), Tr::tr("cannot make a %1×%2 raster in memory")
                                   .arg(request.size.width())
                                   .arg(request.size.height()));

    const QByteArray level = overview < 0 ? QByteArray("NONE") : QByteArray::number(overview);
    const char* args[] = {"-r",        "bilinear", "-ovr",        level.constData(),
                          "-dstalpha", "-wo",      "INIT_DEST=0", "-wm",
                          "256",       nullptr};
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(const_cast<char**>(args), nullptr);
    GDALWarpAppOptionsSetProgress(options, progressCallback,
                                  const_cast<std::atomic<bool>*>(request.cancel));
    gdal::ErrorCollector errors;
    int usageError = FALSE;
    GDALDatasetH sources[] = {source};
    GDALDatasetH result = GDALWarp(nullptr, grid.get(), 1, sources, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (request.cancel && request.cancel->load()) {
        out.cancelled = true;
        return out;
    }
    if (!result)
        throw Error(QString(), Tr::tr("cannot resample the raster: %1")
                                   .arg(errors.lastFailure(Tr::tr("GDALWarp failed"))));

    const int w = request.size.width(), h = request.size.height();
    if (colour) {
        // QImage::Format_ARGB32 is B, G, R, A in memory on every platform Qt supports.
        out.colour = QImage(request.size, QImage::Format_ARGB32);
        int order[] = {3, 2, 1, 4};
        if (GDALDatasetRasterIO(grid.get(), GF_Read, 0, 0, w, h, out.colour.bits(), w, h, GDT_Byte,
                                4, order, 4, out.colour.bytesPerLine(), 1) != CE_None)
            throw Error(QString(), errors.lastFailure(Tr::tr("cannot read the resampled raster")));
    } else {
        out.values.resize(std::size_t(w) * h);
        std::vector<float> alpha(out.values.size());
        if (GDALRasterIO(GDALGetRasterBand(grid.get(), 1), GF_Read, 0, 0, w, h, out.values.data(),
                         w, h, GDT_Float32, 0, 0) != CE_None ||
            GDALRasterIO(GDALGetRasterBand(grid.get(), gridBands), GF_Read, 0, 0, w, h,
                         alpha.data(), w, h, GDT_Float32, 0, 0) != CE_None)
            throw Error(QString(), errors.lastFailure(Tr::tr("cannot read the resampled raster")));
        out.valid.resize(alpha.size());
        // Bilinear resampling blends alpha at the raster's edge; half covered is in.
        for (std::size_t i = 0; i < alpha.size(); ++i)
            out.valid[i] = alpha[i] >= 127.5f ? 1 : 0;
    }
    return out;
}

} // namespace wm::raster
