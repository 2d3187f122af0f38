#include "io/vector_writer.h"

#include "core/error.h"
#include "core/layer.h"
#include "io/gdal_support.h"

#include <QFile>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace wm {

OutputLayer outputLayerOf(const Layer& layer, const QString& name)
{
    OutputLayer out{name, {}, {}, {}};
    for (const FieldDef& f : layer.attributes.fields())
        out.columns << f.name;
    out.rows.reserve(layer.featureCount());
    out.geometries.reserve(std::size_t(layer.featureCount()));
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        QVector<QVariant> row;
        row.reserve(layer.attributes.fieldCount());
        for (int c = 0; c < layer.attributes.fieldCount(); ++c)
            row << layer.attributes.value(i, c);
        out.rows << row;
        out.geometries.push_back(layer.geometry(i));
    }
    return out;
}

namespace {
/// The layer type for all of a layer's geometries: multi types where any is multi, so
/// a GeoPackage reader sees one declared type (a layer of unknown type confuses some).
OGRwkbGeometryType layerType(GEOSContextHandle_t ctx, const std::vector<const GEOSGeometry*>& all)
{
    bool point = false, multiPoint = false, line = false, polygon = false;
    for (const GEOSGeometry* g : all) {
        if (!g)
            continue;
        switch (GEOSGeomTypeId_r(ctx, g)) {
        case GEOS_POINT:
            point = true;
            break;
        case GEOS_MULTIPOINT:
            multiPoint = true;
            break;
        case GEOS_LINESTRING:
        case GEOS_MULTILINESTRING:
            line = true;
            break;
        case GEOS_POLYGON:
        case GEOS_MULTIPOLYGON:
            polygon = true;
            break;
        default:
            return wkbUnknown;
        }
    }
    if (int(point || multiPoint) + int(line) + int(polygon) != 1)
        return wkbUnknown;
    if (polygon)
        return wkbMultiPolygon;
    if (line)
        return wkbMultiLineString;
    return multiPoint ? wkbMultiPoint : wkbPoint;
}

OGRGeometry* toOgr(GEOSContextHandle_t ctx, const GEOSGeometry* g, OGRwkbGeometryType type)
{
    std::size_t size = 0;
    unsigned char* wkb = GEOSGeomToWKB_buf_r(ctx, g, &size);
    OGRGeometry* geometry = nullptr;
    OGRGeometryFactory::createFromWkb(wkb, nullptr, &geometry, size);
    GEOSFree_r(ctx, wkb);
    if (!geometry)
        return nullptr;
    if (type == wkbMultiPolygon)
        return OGRGeometryFactory::forceToMultiPolygon(geometry);
    if (type == wkbMultiLineString)
        return OGRGeometryFactory::forceToMultiLineString(geometry);
    if (type == wkbMultiPoint)
        return OGRGeometryFactory::forceToMultiPoint(geometry);
    return geometry;
}

void writeLayer(GDALDataset& ds, const QString& path, OGRSpatialReference& srs,
                const OutputLayer& out, gdal::ErrorCollector& errors)
{
    GEOSContextHandle_t ctx = geosContext();
    const OGRwkbGeometryType type = layerType(ctx, out.geometries);
    OGRLayer* layer = ds.CreateLayer(out.name.toUtf8().constData(), &srs, type, nullptr);
    if (!layer)
        throw Error(path, QStringLiteral("cannot create layer %1").arg(out.name));
    for (int c = 0; c < out.columns.size(); ++c) {
        OGRFieldType ft = OFTString;
        for (const auto& row : out.rows)
            if (!row[c].isNull()) {
                ft = row[c].typeId() == QMetaType::Double ? OFTReal
                     : (row[c].typeId() == QMetaType::Int || row[c].typeId() == QMetaType::LongLong)
                         ? OFTInteger64
                         : OFTString;
                break;
            }
        OGRFieldDefn defn(out.columns[c].toUtf8().constData(), ft);
        layer->CreateField(&defn);
    }
    ds.StartTransaction();
    for (qsizetype r = 0; r < out.rows.size(); ++r) {
        OGRFeature f(layer->GetLayerDefn());
        for (int c = 0; c < out.columns.size(); ++c) {
            const QVariant& v = out.rows[r][c];
            if (v.isNull())
                continue;
            if (v.typeId() == QMetaType::Double)
                f.SetField(c, v.toDouble());
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                f.SetField(c, GIntBig(v.toLongLong()));
            else
                f.SetField(c, v.toString().toUtf8().constData());
        }
        const GEOSGeometry* g =
            r < qsizetype(out.geometries.size()) ? out.geometries[std::size_t(r)] : nullptr;
        if (g)
            f.SetGeometryDirectly(toOgr(ctx, g, type));
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            throw Error(path,
                        QStringLiteral("cannot write to layer %1: %2")
                            .arg(out.name, errors.lastFailure(QStringLiteral("unknown error"))));
    }
    if (ds.CommitTransaction() != OGRERR_NONE)
        throw Error(path, QStringLiteral("cannot write layer %1: %2")
                              .arg(out.name, errors.lastFailure(QStringLiteral("unknown error"))));
}
} // namespace

void writeGeoPackage(const QString& path, const Crs& crs, const std::vector<OutputLayer>& layers)
{
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    // Written beside the target and renamed into place once complete, so a failure
    // midway (disk full, a bad value) leaves a previous file as it was.
    const QString partial = path + QStringLiteral(".partial.gpkg");
    QFile::remove(partial);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> ds(
        driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw Error(path, QStringLiteral("cannot create: %1")
                              .arg(errors.lastFailure(QStringLiteral("unknown error"))));
    OGRSpatialReference srs;
    srs.SetFromUserInput(crs.definition().toUtf8().constData());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    try {
        for (const OutputLayer& out : layers)
            writeLayer(*ds, path, srs, out, errors);
    } catch (...) {
        ds.reset();
        QFile::remove(partial);
        throw;
    }
    ds.reset(); // closes the file: the GeoPackage is complete on disk
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        throw Error(path,
                    QStringLiteral("cannot replace the file (the new one is %1)").arg(partial));
}

} // namespace wm
