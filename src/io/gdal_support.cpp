#include "io/gdal_support.h"

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_spatialref.h>

#include <mutex>

namespace wm::gdal {

void ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

void ErrorCollector::handle(int level, int, const char* message)
{
    auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
    (level >= CE_Failure ? self->mFailures : self->mWarnings) << QString::fromUtf8(message);
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

} // namespace wm::gdal
