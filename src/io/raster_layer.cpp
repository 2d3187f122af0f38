#include "io/raster_layer.h"

#include "core/error.h"
#include "io/gdal_raster_source.h"
#include "io/gdal_support.h"
#include "io/tile_raster_source.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal.h>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RasterLayer)
};

const QLatin1String TileServicePrefix("xyz:");
} // namespace

namespace wm {

std::shared_ptr<const RasterSource> openRasterLayer(const QString& source, const LayerEntry& entry,
                                                    const Crs& projectCrs)
{
    const RasterRender render = rasterRenderFromName(entry.render);
    if (source.startsWith(TileServicePrefix))
        return std::make_shared<TileRasterSource>(source.mid(TileServicePrefix.size()), projectCrs,
                                                  entry.maxZoom, entry.attribution);
    if (!QFileInfo::exists(source))
        throw Error(source, Tr::tr("file not found"));
    return std::make_shared<GdalRasterSource>(source, entry.layerName, projectCrs, render,
                                              entry.attribution);
}

QStringList rasterTablesIn(const QString& path)
{
    gdal::ensureRegistered();
    gdal::ErrorCollector quiet;
    const bool geopackage =
        QFileInfo(path).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0;
    GDALDatasetH ds =
        GDALOpenEx(path.toUtf8().constData(),
                   GDAL_OF_RASTER | GDAL_OF_READONLY | (geopackage ? GDAL_OF_VECTOR : 0), nullptr,
                   nullptr, nullptr);
    if (!ds)
        return {};
    QStringList tables;
    if (geopackage) {
        // A GeoPackage may hold vector layers and several tile tables side by side.
        OGRLayerH result = GDALDatasetExecuteSQL(
            ds,
            "SELECT table_name FROM gpkg_contents WHERE data_type = '2d-gridded-coverage' "
            "OR data_type = 'tiles' ORDER BY table_name",
            nullptr, nullptr);
        if (result) {
            while (OGRFeatureH f = OGR_L_GetNextFeature(result)) {
                tables << QString::fromUtf8(OGR_F_GetFieldAsString(f, 0));
                OGR_F_Destroy(f);
            }
            GDALDatasetReleaseResultSet(ds, result);
        }
    } else if (GDALGetRasterCount(ds) > 0) {
        double gt[6];
        if (GDALGetGeoTransform(ds, gt) == CE_None)
            tables << QString();
    }
    GDALClose(ds);
    return tables;
}

QPair<Extent, Crs> rasterFootprint(const QString& source, const LayerEntry& entry)
{
    if (source.startsWith(TileServicePrefix))
        return {};
    try {
        const RasterInfo info = GdalRasterSource::probe(source, entry.layerName);
        return {info.sourceExtent, info.sourceCrs};
    } catch (const Error&) {
        return {};
    }
}

bool looksLikeRasterFile(const QString& path)
{
    static const QStringList suffixes = {QStringLiteral("tif"),     QStringLiteral("tiff"),
                                         QStringLiteral("mbtiles"), QStringLiteral("jp2"),
                                         QStringLiteral("img"),     QStringLiteral("vrt"),
                                         QStringLiteral("asc")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace wm
