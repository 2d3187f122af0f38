#include "io/gdal_raster_source.h"

#include "core/coordinate_transform.h"
#include "core/error.h"
#include "io/gdal_support.h"
#include "io/raster_overviews.h"
#include "io/raster_warp.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::GdalRasterSource)
};
} // namespace

namespace wm {

namespace {

/// A file this large without overviews reads every pixel for a view of all of it.
constexpr qint64 LargeRasterPixels = qint64(4096) * 4096;

/// One read's dataset: the file (or table, or cache VRT), and for a palette raster the
/// in-memory VRT that expands it to RGBA over the file.
struct Handle {
    GDALDatasetH file = nullptr;
    GDALDatasetH expanded = nullptr;
    GDALDatasetH drawn() const { return expanded ? expanded : file; }
};

QString openName(const QString& path, const QString& table)
{
    return table.isEmpty() ? path : QStringLiteral("GPKG:%1:%2").arg(path, table);
}

GDALDatasetH openRaster(const QString& name, gdal::ErrorCollector& errors)
{
    gdal::ensureRegistered();
    gdal::refuseSpecialFile(name);
    GDALDatasetH ds = GDALOpenEx(name.toUtf8().constData(),
                                 GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                 nullptr, nullptr);
    if (!ds)
        throw Error(name,
                    Tr::tr("cannot read as a raster: %1")
                        .arg(errors.lastFailure(Tr::tr("GDAL found no raster driver for it"))));
    return ds;
}

bool isElevationType(GDALDataType type)
{
    return type == GDT_Int16 || type == GDT_Int32 || type == GDT_Float32 || type == GDT_Float64;
}

/// Reads what a dataset is: size, bands, CRS, georeferenced extent, overviews.
RasterInfo describe(GDALDatasetH ds, const QString& name)
{
    RasterInfo info;
    info.driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(ds)));
    info.size = QSize(GDALGetRasterXSize(ds), GDALGetRasterYSize(ds));
    const int bands = GDALGetRasterCount(ds);
    if (bands == 0)
        throw Error(name, Tr::tr("has no raster band"));
    for (int b = 1; b <= bands; ++b)
        info.bandTypes << QString::fromUtf8(
            GDALGetDataTypeName(GDALGetRasterDataType(GDALGetRasterBand(ds, b))));
    double gt[6];
    if (GDALGetGeoTransform(ds, gt) != CE_None)
        throw Error(name, Tr::tr("is not georeferenced (no geotransform): it cannot be placed "
                                 "on a map"));
    info.sourceCrs = gdal::crsFromSrs(OGRSpatialReference::FromHandle(GDALGetSpatialRef(ds)));
    if (!info.sourceCrs.isValid())
        throw Error(name, Tr::tr("declares no coordinate system"));
    const int w = info.size.width(), h = info.size.height();
    for (const auto& [col, row] : {std::pair{0, 0}, {w, 0}, {0, h}, {w, h}})
        info.sourceExtent.include(gt[0] + col * gt[1] + row * gt[2],
                                  gt[3] + col * gt[4] + row * gt[5]);
    info.pixelSize = std::hypot(gt[1], gt[4]);
    GDALRasterBandH first = GDALGetRasterBand(ds, 1);
    for (int k = 0; k < GDALGetOverviewCount(first); ++k) {
        GDALRasterBandH o = GDALGetOverview(first, k);
        info.overviews << QSize(GDALGetRasterBandXSize(o), GDALGetRasterBandYSize(o));
    }
    return info;
}

} // namespace

RasterInfo GdalRasterSource::probe(const QString& path, const QString& table)
{
    gdal::ErrorCollector errors;
    const QString name = openName(path, table);
    GDALDatasetH ds = openRaster(name, errors);
    try {
        RasterInfo info = describe(ds, name);
        GDALClose(ds);
        return info;
    } catch (...) {
        GDALClose(ds);
        throw;
    }
}

GdalRasterSource::GdalRasterSource(const QString& path, const QString& table, const Crs& projectCrs,
                                   RasterRender render, const QString& attribution)
    : mPath(QFileInfo(path).absoluteFilePath()), mTable(table), mProjectCrs(projectCrs)
{
    mOpenName = openName(mPath, table);
    gdal::ErrorCollector errors;
    GDALDatasetH ds = openRaster(mOpenName, errors);
    try {
        mInfo = describe(ds, mOpenName);
        GDALRasterBandH first = GDALGetRasterBand(ds, 1);
        const GDALDataType type = GDALGetRasterDataType(first);
        const int bands = GDALGetRasterCount(ds);
        const bool alpha = bands > 1 && GDALGetRasterColorInterpretation(
                                            GDALGetRasterBand(ds, bands)) == GCI_AlphaBand;
        const bool palette = GDALGetRasterColorTable(first) != nullptr;
        const int dataBands = bands - (alpha ? 1 : 0);
        if (!mInfo.overviews.isEmpty()) {
            mInfo.overviewsFrom = QFileInfo::exists(mPath + QStringLiteral(".ovr"))
                                      ? QStringLiteral("sidecar")
                                      : QStringLiteral("internal");
        } else if (table.isEmpty()) {
            const QString vrt = cachedOverviews(mPath);
            if (!vrt.isEmpty()) {
                gdal::ErrorCollector vrtErrors;
                GDALDatasetH cached =
                    GDALOpenEx(vrt.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                               nullptr, nullptr);
                if (cached) {
                    const RasterInfo withOverviews = describe(cached, vrt);
                    GDALClose(cached);
                    mOpenName = vrt;
                    mInfo.overviews = withOverviews.overviews;
                    mInfo.overviewsFrom = vrt;
                }
            }
        }
        // Auto: three colour bands are imagery, a palette is expanded to colour, a single
        // band of heights (Int16/Int32/Float) is a DEM, any other single band is grey.
        if (render == RasterRender::Auto)
            render = dataBands >= 3 || palette ? RasterRender::Colour
                     : isElevationType(type)   ? RasterRender::Hillshade
                                               : RasterRender::Grey;
        if (render == RasterRender::Colour && dataBands != 3 && !palette)
            render = RasterRender::Grey;
        mInfo.render = render;
        mExpandPalette = palette && render == RasterRender::Colour;
        if (render == RasterRender::Grey) {
            double range[2] = {0, 0};
            if (GDALComputeRasterMinMax(first, TRUE, range) == CE_None) {
                mInfo.minimum = range[0];
                mInfo.maximum = range[1];
            }
        }
        QString credit = attribution;
        if (credit.isEmpty())
            credit = QString::fromUtf8(GDALGetMetadataItem(ds, "TIFFTAG_COPYRIGHT", nullptr));
        mInfo.attribution = credit;
        mInfo.extent =
            CoordinateTransform(mInfo.sourceCrs, mProjectCrs).transformExtent(mInfo.sourceExtent);
    } catch (...) {
        GDALClose(ds);
        throw;
    }
    // The handle is kept for the first read, unless reads go to the cache's VRT.
    if (mOpenName == openName(mPath, table))
        mPool.push_back(new Handle{ds, nullptr});
    else
        GDALClose(ds);
}

GdalRasterSource::~GdalRasterSource()
{
    for (void* p : mPool) {
        auto* h = static_cast<Handle*>(p);
        if (h->expanded)
            GDALClose(h->expanded);
        GDALClose(h->file);
        delete h;
    }
}

bool GdalRasterSource::needsOverviews() const
{
    return mInfo.overviews.isEmpty() && mTable.isEmpty() &&
           qint64(mInfo.size.width()) * mInfo.size.height() > LargeRasterPixels;
}

void* GdalRasterSource::acquire() const
{
    {
        std::lock_guard lock(mPoolMutex);
        if (!mPool.empty()) {
            void* h = mPool.back();
            mPool.pop_back();
            return h;
        }
    }
    gdal::ErrorCollector errors;
    auto* h = new Handle{openRaster(mOpenName, errors), nullptr};
    return h;
}

void GdalRasterSource::release(void* handle) const
{
    std::lock_guard lock(mPoolMutex);
    mPool.push_back(handle);
}

RasterPixels GdalRasterSource::read(const RasterRequest& request) const
{
    RasterPixels empty;
    empty.size = request.size;
    if (request.size.isEmpty() || request.extent.isNull() ||
        !mInfo.extent.intersects(request.extent))
        return empty;
    // The view's footprint in the source: how many source pixels it spans, hence the
    // overview to read (a view of the whole 10,000-pixel file on 1,920 screen pixels
    // reads the level 8× coarser, 1/64 of the pixels).
    const Extent inSource =
        CoordinateTransform(mProjectCrs, mInfo.sourceCrs).transformExtent(request.extent);
    if (inSource.isNull() || mInfo.pixelSize <= 0)
        return empty;
    const double sourcePixelsAcross = inSource.width() / mInfo.pixelSize;
    const int overview =
        raster::overviewFor(mInfo.overviews, mInfo.size, sourcePixelsAcross, request.size.width());

    auto* h = static_cast<Handle*>(acquire());
    struct Release {
        const GdalRasterSource* self;
        void* handle;
        ~Release() { self->release(handle); }
    } release{this, h};
    if (mExpandPalette && !h->expanded) {
        const char* args[] = {"-of", "VRT", "-expand", "rgba", nullptr};
        GDALTranslateOptions* options = GDALTranslateOptionsNew(const_cast<char**>(args), nullptr);
        gdal::ErrorCollector errors;
        h->expanded = GDALTranslate("", h->file, options, nullptr);
        GDALTranslateOptionsFree(options);
        if (!h->expanded)
            throw Error(mPath, errors.lastFailure(Tr::tr("cannot expand the palette")));
    }
    RasterPixels pixels =
        raster::warpToGrid(h->drawn(), mProjectCrs, request,
                           mInfo.render == RasterRender::Colour ? raster::WarpOutput::Colour
                                                                : raster::WarpOutput::Values,
                           overview);
    // Source pixels under the view at the level read, for tests and the benchmark.
    Extent covered = inSource;
    covered.xMin = std::max(covered.xMin, mInfo.sourceExtent.xMin);
    covered.yMin = std::max(covered.yMin, mInfo.sourceExtent.yMin);
    covered.xMax = std::min(covered.xMax, mInfo.sourceExtent.xMax);
    covered.yMax = std::min(covered.yMax, mInfo.sourceExtent.yMax);
    const double factor =
        overview < 0 ? 1.0
                     : double(mInfo.size.width()) / std::max(1, mInfo.overviews[overview].width());
    if (!covered.isNull())
        pixels.sourcePixelsRead = qint64(covered.width() / mInfo.pixelSize / factor *
                                         covered.height() / mInfo.pixelSize / factor);
    return pixels;
}

} // namespace wm
