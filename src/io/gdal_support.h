#pragma once

#include "core/crs.h"

#include <QString>
#include <QStringList>

class OGRSpatialReference;

namespace wm::gdal {

/// Registers GDAL's drivers once per process (GDAL's registry is process-wide).
void ensureRegistered();

/// Collects GDAL errors and warnings raised on this thread while it lives, instead of
/// letting GDAL print them to stderr.
class ErrorCollector {
public:
    ErrorCollector();
    ~ErrorCollector();
    ErrorCollector(const ErrorCollector&) = delete;
    ErrorCollector& operator=(const ErrorCollector&) = delete;

    const QStringList& failures() const { return mFailures; }
    const QStringList& warnings() const { return mWarnings; }
    /// The last failure message, or `fallback` if GDAL said nothing.
    QString lastFailure(const QString& fallback) const;
    void clear();

private:
    static void handle(int level, int code, const char* message);
    QStringList mFailures;
    QStringList mWarnings;
};

/// The Crs of a GDAL spatial reference ("EPSG:xxxx" when it has one); invalid for null.
Crs crsFromSrs(const OGRSpatialReference* srs);

/// True when OGR hands out this SRS's coordinates with latitude/northing first (a
/// source whose data axis mapping follows an authority's lat/lon order).
bool dataIsNorthingFirst(const OGRSpatialReference* srs);

} // namespace wm::gdal
