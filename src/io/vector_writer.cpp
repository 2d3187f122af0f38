#include "io/vector_writer.h"

#include "core/error.h"
#include "core/layer.h"
#include "core/partial_file.h"
#include "io/gdal_support.h"

#include <QFile>

#include <QCoreApplication>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::VectorWriter)
};
} // namespace

namespace wm {

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

OGRwkbGeometryType declaredType(GeometryKind kind, OGRwkbGeometryType told)
{
    switch (kind) {
    case GeometryKind::Point:
        return told == wkbMultiPoint ? wkbMultiPoint : wkbPoint;
    case GeometryKind::Line:
        return wkbMultiLineString;
    case GeometryKind::Polygon:
        return wkbMultiPolygon;
    default:
        return told;
    }
}

OGRFieldType ogrType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return OFTInteger;
    case FieldType::Integer64:
        return OFTInteger64;
    case FieldType::Real:
        return OFTReal;
    default:
        return OFTString;
    }
}

void writeLayer(GDALDataset& ds, const QString& path, OGRSpatialReference& srs,
                const OutputLayer& out, gdal::ErrorCollector& errors,
                const QStringList& creationOptions = {})
{
    GEOSContextHandle_t ctx = geosContext();
    const OGRwkbGeometryType type = declaredType(out.geometryKind, layerType(ctx, out.geometries));
    const QByteArray description = out.description.toUtf8();
    char** options = nullptr;
    if (!description.isEmpty())
        options = CSLSetNameValue(options, "DESCRIPTION", description.constData());
    for (const QString& o : creationOptions)
        options = CSLAddString(options, o.toUtf8().constData());
    OGRLayer* layer = ds.CreateLayer(out.name.toUtf8().constData(), &srs, type, options);
    CSLDestroy(options);
    if (!layer)
        throw Error(path, Tr::tr("cannot create layer %1").arg(out.name));
    for (int c = 0; c < out.columns.size(); ++c) {
        OGRFieldType ft = OFTString;
        if (c < out.columnTypes.size())
            ft = ogrType(out.columnTypes[c]);
        else
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
    for (qsizetype r = 0; r < out.rows.size(); ++r) {
        OGRFeature f(layer->GetLayerDefn());
        for (int c = 0; c < out.columns.size(); ++c) {
            if (!gdal::setOgrField(f, c, out.rows[r][c]))
                throw Error(path, Tr::tr("layer %1, row %2: \"%3\" is not a number for "
                                         "field %4")
                                      .arg(out.name)
                                      .arg(r + 1)
                                      .arg(out.rows[r][c].toString(), out.columns[c]));
        }
        const GEOSGeometry* g =
            r < qsizetype(out.geometries.size()) ? out.geometries[std::size_t(r)] : nullptr;
        if (g)
            f.SetGeometryDirectly(gdal::toOgrGeometry(g, type));
        if (layer->CreateFeature(&f) != OGRERR_NONE)
            throw Error(path, Tr::tr("cannot write to layer %1: %2")
                                  .arg(out.name, errors.lastFailure(Tr::tr("unknown error"))));
    }
}

OGRSpatialReference srsOf(const Crs& crs)
{
    OGRSpatialReference srs;
    srs.SetFromUserInput(crs.definition().toUtf8().constData());
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

/// Writes `layers` into the open dataset in one transaction; rolls back and rethrows.
void writeLayers(GDALDataset& ds, const QString& path, const Crs& crs,
                 const std::vector<OutputLayer>& layers, gdal::ErrorCollector& errors)
{
    OGRSpatialReference srs = srsOf(crs);
    if (ds.StartTransaction() != OGRERR_NONE)
        throw Error(path, Tr::tr("cannot start a transaction: %1")
                              .arg(errors.lastFailure(Tr::tr("unknown error"))));
    try {
        for (const OutputLayer& out : layers)
            writeLayer(ds, path, srs, out, errors);
    } catch (...) {
        ds.RollbackTransaction();
        throw;
    }
    if (ds.CommitTransaction() != OGRERR_NONE) {
        ds.RollbackTransaction();
        throw Error(path,
                    Tr::tr("cannot write: %1").arg(errors.lastFailure(Tr::tr("unknown error"))));
    }
}
} // namespace

QStringList writeGeoPackage(const QString& path, const Crs& crs,
                            const std::vector<OutputLayer>& layers)
{
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    // Written beside the target and renamed into place once complete, so a failure
    // midway (disk full, a bad value) leaves a previous file as it was; what a killed
    // run left beside it goes first.
    const QStringList notes = removeStalePartials(path);
    const QString partial = partialPathFor(path);
    QFile::remove(partial);
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    std::unique_ptr<GDALDataset> ds(
        driver->Create(partial.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw Error(path,
                    Tr::tr("cannot create: %1").arg(errors.lastFailure(Tr::tr("unknown error"))));
    try {
        writeLayers(*ds, path, crs, layers, errors);
    } catch (...) {
        ds.reset();
        QFile::remove(partial);
        throw;
    }
    ds.reset(); // closes the file: the GeoPackage is complete on disk
    if (!replaceFile(partial, path))
        throw Error(path, Tr::tr("cannot replace the file (the new one is %1)").arg(partial));
    return notes;
}

void appendToGeoPackage(const QString& path, const Crs& crs, const std::vector<OutputLayer>& layers)
{
    if (!QFile::exists(path)) {
        writeGeoPackage(path, crs, layers);
        return;
    }
    gdal::ErrorCollector errors;
    std::unique_ptr<GDALDataset> ds = gdal::openForUpdate(path, errors);
    for (const OutputLayer& out : layers)
        if (ds->GetLayerByName(out.name.toUtf8().constData()))
            throw Error(path, Tr::tr("already has a layer \"%1\"").arg(out.name));
    writeLayers(*ds, path, crs, layers, errors);
}

void writePostgisTables(const QString& connection, const QString& schema, const Crs& crs,
                        const std::vector<OutputLayer>& layers, const QStringList& sqlBefore,
                        const QStringList& sqlAfter)
{
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    const QString source = connection.startsWith(QLatin1String("PG:"))
                               ? connection
                               : QStringLiteral("PG:") + connection;
    // GDAL's PostgreSQL driver lists every table of the database on open unless told a
    // schema; the one being written may not exist yet, so no SCHEMAS open option.
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
        source.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    const QString label = connection;
    if (!ds)
        throw Error(label, Tr::tr("cannot open the database: %1")
                               .arg(errors.lastFailure(Tr::tr("unknown error"))));
    const auto run = [&](const QString& sql) {
        errors.clear();
        OGRLayer* result = ds->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
        if (result)
            ds->ReleaseResultSet(result);
        if (!errors.failures().isEmpty())
            throw Error(label, errors.lastFailure(Tr::tr("unknown error")));
    };
    OGRSpatialReference srs = srsOf(crs);
    if (ds->StartTransaction() != OGRERR_NONE)
        throw Error(label, Tr::tr("cannot start a transaction: %1")
                               .arg(errors.lastFailure(Tr::tr("unknown error"))));
    try {
        for (const QString& sql : sqlBefore)
            run(sql);
        // Column names as the project maps them (no laundering to lower case), the
        // feature id as "fid" and the geometry as "geom", as in a GeoPackage; a GiST index.
        const QStringList options{
            QStringLiteral("SCHEMA=") + schema, QStringLiteral("GEOMETRY_NAME=geom"),
            QStringLiteral("FID=fid"),          QStringLiteral("LAUNDER=NO"),
            QStringLiteral("OVERWRITE=YES"),    QStringLiteral("SPATIAL_INDEX=GIST")};
        for (const OutputLayer& out : layers)
            writeLayer(*ds, label, srs, out, errors, options);
        for (const QString& sql : sqlAfter)
            run(sql);
    } catch (...) {
        ds->RollbackTransaction();
        throw;
    }
    if (ds->CommitTransaction() != OGRERR_NONE) {
        ds->RollbackTransaction();
        throw Error(label,
                    Tr::tr("cannot write: %1").arg(errors.lastFailure(Tr::tr("unknown error"))));
    }
}

QHash<QString, QString> geoPackageDescriptions(const QString& path)
{
    QHash<QString, QString> out;
    if (!QFile::exists(path))
        return out;
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return out;
    OGRLayer* rows =
        ds->ExecuteSQL("SELECT table_name, description FROM gpkg_contents", nullptr, nullptr);
    if (!rows)
        return out;
    for (auto& f : *rows)
        out.insert(QString::fromUtf8(f->GetFieldAsString(0)),
                   QString::fromUtf8(f->GetFieldAsString(1)));
    ds->ReleaseResultSet(rows);
    return out;
}

qint64 geoPackageFeatureCount(const QString& path, const QString& layer)
{
    if (!QFile::exists(path))
        return -1;
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    OGRLayer* l = ds ? ds->GetLayerByName(layer.toUtf8().constData()) : nullptr;
    return l ? l->GetFeatureCount() : -1;
}

QStringList geoPackageLayerNames(const QString& path)
{
    QStringList names;
    if (!QFile::exists(path))
        return names;
    gdal::ensureRegistered();
    gdal::ErrorCollector errors;
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (ds)
        for (OGRLayer* l : ds->GetLayers())
            names << QString::fromUtf8(l->GetName());
    return names;
}

} // namespace wm
