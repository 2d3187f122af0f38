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

void writeGeoPackage(const QString& path, const Crs& crs, const std::vector<OutputLayer>& layers)
{
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    QFile::remove(path);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> ds(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw Error(path, QStringLiteral("cannot create: %1")
                              .arg(errors.lastFailure(QStringLiteral("unknown error"))));
    OGRSpatialReference srs;
    srs.SetFromUserInput(crs.definition().toUtf8().constData());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    GEOSContextHandle_t ctx = geosContext();
    for (const OutputLayer& out : layers) {
        OGRwkbGeometryType type = wkbUnknown;
        for (const GEOSGeometry* g : out.geometries)
            if (g) {
                const int t = GEOSGeomTypeId_r(ctx, g);
                type = t == GEOS_POINT                                 ? wkbPoint
                       : (t == GEOS_POLYGON || t == GEOS_MULTIPOLYGON) ? wkbMultiPolygon
                                                                       : wkbUnknown;
                break;
            }
        OGRLayer* layer = ds->CreateLayer(out.name.toUtf8().constData(), &srs, type, nullptr);
        if (!layer)
            throw Error(path, QStringLiteral("cannot create layer %1").arg(out.name));
        for (int c = 0; c < out.columns.size(); ++c) {
            OGRFieldType ft = OFTString;
            for (const auto& row : out.rows)
                if (!row[c].isNull()) {
                    ft = row[c].typeId() == QMetaType::Double ? OFTReal
                         : (row[c].typeId() == QMetaType::Int ||
                            row[c].typeId() == QMetaType::LongLong)
                             ? OFTInteger64
                             : OFTString;
                    break;
                }
            OGRFieldDefn defn(out.columns[c].toUtf8().constData(), ft);
            layer->CreateField(&defn);
        }
        ds->StartTransaction();
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
            if (g) {
                std::size_t size = 0;
                unsigned char* wkb = GEOSGeomToWKB_buf_r(ctx, g, &size);
                OGRGeometry* geometry = nullptr;
                OGRGeometryFactory::createFromWkb(wkb, nullptr, &geometry, size);
                GEOSFree_r(ctx, wkb);
                if (geometry && type == wkbMultiPolygon)
                    geometry = OGRGeometryFactory::forceToMultiPolygon(geometry);
                f.SetGeometryDirectly(geometry);
            }
            if (layer->CreateFeature(&f) != OGRERR_NONE)
                throw Error(
                    path, QStringLiteral("cannot write to layer %1: %2")
                              .arg(out.name, errors.lastFailure(QStringLiteral("unknown error"))));
        }
        ds->CommitTransaction();
    }
}

} // namespace wm
