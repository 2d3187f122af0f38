#include "io/gdal_support.h"

#include <cpl_error.h>
#include <gdal.h>
#include <gdal_priv.h>
#include <ogr_feature.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include "core/error.h"
#include "core/geos_context.h"
#include "io/gdal_messages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <mutex>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::GdalSupport)
};
} // namespace

namespace wm::gdal {

void refuseSpecialFile(const QString& path)
{
    // QFileInfo follows links, so a link to a FIFO is refused too; isFile() is false for
    // pipes, sockets and devices.
    const QFileInfo info(path);
    if (!info.exists() || info.isFile() || info.isDir())
        return; // missing: the caller says "file not found"
    throw Error(path, Tr::tr("not a regular file (a pipe, socket or device): refused, since "
                             "reading it could block forever"));
}

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

void ErrorCollector::handle(int level, int, const char* message)
{
    auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
    if (level < CE_Warning)
        return;
    QStringList& list = level >= CE_Failure ? self->mFailures : self->mWarnings;
    // One line each, and not thousands of them: a broken file raises one per feature.
    if (list.size() < MaxKept)
        list << summarise(QString::fromUtf8(message));
    else
        list.last() = summarise(QString::fromUtf8(message));
}

ErrorCollector::ErrorCollector()
{
    CPLPushErrorHandlerEx([](CPLErr level, CPLErrorNum code,
                             const char* message) { handle(int(level), int(code), message); },
                          this);
    CPLErrorReset();
}

ErrorCollector::~ErrorCollector()
{
    CPLPopErrorHandler();
}

QString ErrorCollector::lastFailure(const QString& fallback) const
{
    return mFailures.isEmpty() ? fallback : mFailures.last();
}

void ErrorCollector::clear()
{
    mFailures.clear();
    mWarnings.clear();
}

Crs crsFromSrs(const OGRSpatialReference* srs)
{
    if (!srs)
        return Crs();
    const char* auth = srs->GetAuthorityName(nullptr);
    const char* code = srs->GetAuthorityCode(nullptr);
    if (auth && code) {
        Crs crs = Crs::fromDefinition(QStringLiteral("%1:%2").arg(auth, code));
        if (crs.isValid())
            return crs;
    }
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    srs->exportToWkt(&wkt, options);
    Crs crs = Crs::fromDefinition(QString::fromUtf8(wkt));
    CPLFree(wkt);
    return crs;
}

bool dataIsNorthingFirst(const OGRSpatialReference* srs)
{
    if (!srs)
        return false;
    const std::vector<int>& mapping = srs->GetDataAxisToSRSAxisMapping();
    if (mapping.empty())
        return false;
    OGRAxisOrientation orientation = OAO_Other;
    srs->GetAxis(srs->IsGeographic() ? "GEOGCS" : "PROJCS", std::abs(mapping[0]) - 1, &orientation);
    return orientation == OAO_North || orientation == OAO_South;
}

std::unique_ptr<GDALDataset> openForUpdate(const QString& path, ErrorCollector& errors)
{
    ensureRegistered();
    std::unique_ptr<GDALDataset> ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!ds)
        throw Error(
            path,
            Tr::tr("cannot open for writing: %1").arg(errors.lastFailure(Tr::tr("unknown error"))));
    return ds;
}

OGRGeometry* toOgrGeometry(const GEOSGeometry* g, OGRwkbGeometryType layerType)
{
    GEOSContextHandle_t ctx = geosContext();
    std::size_t size = 0;
    unsigned char* wkb = GEOSGeomToWKB_buf_r(ctx, g, &size);
    if (!wkb)
        return nullptr;
    OGRGeometry* geometry = nullptr;
    OGRGeometryFactory::createFromWkb(wkb, nullptr, &geometry, size);
    GEOSFree_r(ctx, wkb);
    if (!geometry)
        return nullptr;
    switch (wkbFlatten(layerType)) {
    case wkbMultiPolygon:
        return OGRGeometryFactory::forceToMultiPolygon(geometry);
    case wkbMultiLineString:
        return OGRGeometryFactory::forceToMultiLineString(geometry);
    case wkbMultiPoint:
        return OGRGeometryFactory::forceToMultiPoint(geometry);
    default:
        return geometry;
    }
}

bool setOgrField(OGRFeature& feature, int index, const QVariant& v)
{
    const OGRFieldType type = feature.GetFieldDefnRef(index)->GetType();
    const bool number = type == OFTInteger || type == OFTInteger64 || type == OFTReal;
    if (v.isNull() || (number && v.toString().trimmed().isEmpty())) {
        feature.SetFieldNull(index);
        return true;
    }
    bool ok = true;
    if (type == OFTInteger || type == OFTInteger64) {
        const qlonglong i = v.toLongLong(&ok);
        if (ok)
            feature.SetField(index, GIntBig(i));
    } else if (type == OFTReal) {
        const double d = v.toDouble(&ok);
        if (ok)
            feature.SetField(index, d);
    } else {
        feature.SetField(index, v.toString().toUtf8().constData());
    }
    return ok;
}

} // namespace wm::gdal
