#pragma once

#include "core/china_coordinates.h"
#include "core/crs.h"
#include "core/extent.h"
#include "core/layer.h"
#include "core/progress.h"
#include "core/role_registry.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

#include <functional>
#include <memory>

namespace wm {

struct ReadOptions {
    QString layerName; ///< GDAL layer; empty: the first (or only) layer
    Crs targetCrs;     ///< CRS of the Layer's geometries; invalid: keep the source's
    Crs sourceCrs;     ///< overrides the CRS the source declares (or lacks)
    /// The source's lon/lat carry a web-map offset: every vertex (points, lines, polygons)
    /// is moved back to WGS84 before anything else, and the source CRS is WGS84.
    ChinaOffset chinaOffset = ChinaOffset::None;
    QString encoding; ///< force an attribute encoding ("GBK"); empty: declared/detected
    /// Coordinate-column aliases for plain tables; null: tables are read without geometry.
    const RoleRegistry::CoordinateAliases* coordinateAliases = nullptr;
    ProgressCallback progress;
    /// Read through GDAL's Arrow stream where the driver offers a fast one; false: always
    /// feature by feature (the reference path the tests compare the bulk path with).
    bool bulk = true;
    /// Only the features matching this attribute filter: OGR SQL for files, the database's
    /// own SQL for PostGIS ("fid = ANY('{3,7}')"); empty: every feature.
    QString where;
    /// Only the features whose envelope meets this rectangle, in the source CRS (a map's
    /// view over a table too large to read whole); null: every feature.
    Extent within;
};

/// What a source holds, read without reading its features (extent may need a scan
/// for formats without a header extent, such as CSV).
struct SourceProbe {
    QString driver;
    QStringList layerNames;
    QString layerName; ///< the layer probed
    GeometryKind kind = GeometryKind::None;
    QString geometryType; ///< as GDAL names it
    Crs crs;              ///< declared or, for lon/lat tables, assumed CRS
    Extent extent;        ///< in `crs` units; null if unknown or no geometry
    qint64 featureCount = -1;
    QStringList fieldNames;
    QString fidColumn;      ///< the column GDAL reads feature ids from; empty if none
    QString geometryColumn; ///< the geometry column's name in a database; empty for files
};

/// Reads vector data through GDAL: GeoPackage, Shapefile (+ .cpg, or GBK detected),
/// GeoJSON, CSV/XLSX/ODS with lon/lat or WKT columns, DXF, and anything else GDAL opens.
/// Source files are opened read-only. All errors are thrown as wm::Error naming the file.
class VectorReader {
public:
    static SourceProbe probe(const QString& path, const ReadOptions& options = {});
    static Layer read(const QString& path, const ReadOptions& options = {});

    /// The median of the features' centres (x and y apart) in the source CRS, over at most
    /// `maxFeatures` features, ignoring coordinates that are not finite or beyond ±1e10:
    /// a centre a few outliers cannot move. Empty for a layer without positions.
    static std::optional<QPointF> medianCentre(const QString& path, const ReadOptions& options,
                                               qint64 maxFeatures = 100000);
    /// The first layer of `path` read into `targetCrs`, indexed and shared, as an analysis
    /// takes a layer from outside the project (excluded zones from a file).
    static std::shared_ptr<const Layer> readShared(const QString& path, const Crs& targetCrs);
};

} // namespace wm
