#pragma once

#include "core/crs.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

#include <geos_c.h>
#include <ogr_core.h>

class GDALDataset;
class OGRFeature;
class OGRGeometry;
class OGRSpatialReference;

namespace wm::gdal {

/// Registers GDAL's drivers once per process (GDAL's registry is process-wide).
void ensureRegistered();

/// Throws wm::Error naming `path` if it exists but is neither a regular file nor a folder
/// (a FIFO, a socket, a device): GDAL would block reading a FIFO forever. Folders pass,
/// since a shapefile folder or a .gdb is a dataset.
void refuseSpecialFile(const QString& path);

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
    static constexpr qsizetype MaxKept = 100; ///< beyond: the last one replaces the 100th
    QStringList mFailures;
    QStringList mWarnings;
};

/// The Crs of a GDAL spatial reference ("EPSG:xxxx" when it has one); invalid for null.
Crs crsFromSrs(const OGRSpatialReference* srs);

/// True when OGR hands out this SRS's coordinates with latitude/northing first (a
/// source whose data axis mapping follows an authority's lat/lon order).
bool dataIsNorthingFirst(const OGRSpatialReference* srs);

/// Opens a vector dataset for writing; throws wm::Error naming the file (and GDAL's reason,
/// e.g. read-only or locked) when it cannot.
std::unique_ptr<GDALDataset> openForUpdate(const QString& path, ErrorCollector& errors);

/// `g` as a new OGR geometry (owned by the caller), made multi when `layerType` is a multi
/// type so every feature of a layer has its declared type; null if GEOS cannot write it.
OGRGeometry* toOgrGeometry(const GEOSGeometry* g, OGRwkbGeometryType layerType);

/// Stores `v` in field `index` with the field's OGR type (null for a null or, in a
/// number field, empty value); false when the text is not a number the field can take.
bool setOgrField(OGRFeature& feature, int index, const QVariant& v);

} // namespace wm::gdal
