#include "io/raster_overviews.h"

#include "core/error.h"
#include "io/gdal_support.h"
#include "io/raster_cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal.h>
#include <gdal_utils.h>

#include <vector>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RasterOverviews)
};

const char* const VrtName = "source.vrt";
} // namespace

namespace wm {

QString cachedOverviews(const QString& path)
{
    const QDir dir(rasterCacheDir(path));
    const QString vrt = dir.filePath(QLatin1String(VrtName));
    return QFileInfo::exists(vrt) && QFileInfo::exists(vrt + QStringLiteral(".ovr")) ? vrt
                                                                                     : QString();
}

QString buildOverviews(const QString& path, const ProgressCallback& progress)
{
    gdal::ensureRegistered();
    const QString done = cachedOverviews(path);
    if (!done.isEmpty())
        return done;
    const QString finalDir = rasterCacheDir(path);
    const QString workDir =
        finalDir + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
    QDir(workDir).removeRecursively();
    if (!QDir().mkpath(workDir))
        throw Error(workDir, Tr::tr("cannot create the cache folder for overviews"));
    const QString vrt = QDir(workDir).filePath(QLatin1String(VrtName));

    gdal::ErrorCollector errors;
    GDALDatasetH source = GDALOpenEx(QFileInfo(path).absoluteFilePath().toUtf8().constData(),
                                     GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!source) {
        QDir(workDir).removeRecursively();
        throw Error(path, errors.lastFailure(Tr::tr("cannot read as a raster")));
    }
    const bool palette = GDALGetRasterColorTable(GDALGetRasterBand(source, 1)) != nullptr;
    const int width = GDALGetRasterXSize(source), height = GDALGetRasterYSize(source);
    const char* translateArgs[] = {"-of", "VRT", nullptr};
    GDALTranslateOptions* translate =
        GDALTranslateOptionsNew(const_cast<char**>(translateArgs), nullptr);
    GDALDatasetH copy = GDALTranslate(vrt.toUtf8().constData(), source, translate, nullptr);
    GDALTranslateOptionsFree(translate);
    // The VRT refers to the open source until it is closed: closed first.
    if (copy)
        GDALClose(copy);
    GDALClose(source);
    if (!copy) {
        QDir(workDir).removeRecursively();
        throw Error(path, errors.lastFailure(Tr::tr("cannot describe the raster as a VRT")));
    }
    // Opened again from disk: overviews of a VRT opened read-only go to <vrt>.ovr.
    GDALDatasetH vrtDataset = GDALOpenEx(
        vrt.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    std::vector<int> factors;
    for (int f = 2; std::max(width, height) / f >= 256 || factors.empty(); f *= 2)
        factors.push_back(f);
    struct Progress {
        const ProgressCallback* callback;
        bool cancelled = false;
    } state{&progress};
    const auto report = [](double complete, const char*, void* data) -> int {
        auto* s = static_cast<Progress*>(data);
        if (*s->callback && !(*s->callback)(qint64(complete * 1000), 1000))
            s->cancelled = true;
        return s->cancelled ? FALSE : TRUE;
    };
    // Deflate keeps the .ovr near a quarter of the file's size for imagery and DEMs.
    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", "DEFLATE");
    const CPLErr result =
        vrtDataset
            ? GDALBuildOverviews(vrtDataset, palette ? "NEAREST" : "AVERAGE", int(factors.size()),
                                 factors.data(), 0, nullptr, report, &state)
            : CE_Failure;
    CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", nullptr);
    if (vrtDataset)
        GDALClose(vrtDataset);
    if (state.cancelled) {
        QDir(workDir).removeRecursively();
        throw Cancelled(path);
    }
    if (result != CE_None) {
        QDir(workDir).removeRecursively();
        throw Error(path, errors.lastFailure(Tr::tr("cannot build overviews")));
    }
    QDir(finalDir).removeRecursively();
    if (!QDir().rename(workDir, finalDir)) {
        QDir(workDir).removeRecursively();
        throw Error(finalDir, Tr::tr("cannot move the overviews into the cache"));
    }
    return QDir(finalDir).filePath(QLatin1String(VrtName));
}

} // namespace wm
