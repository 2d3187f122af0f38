#pragma once

#include "core/crs.h"
#include "core/output_layer.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <vector>

namespace wm {

/// Writes layers into a new GeoPackage at `path` (replacing a previous output file,
/// never a source: callers write into their output folder) in `crs`. Throws wm::Error.
/// Returns notes on partial files of killed runs it removed beside `path`.
QStringList writeGeoPackage(const QString& path, const Crs& crs,
                            const std::vector<OutputLayer>& layers);
/// Adds layers to the GeoPackage at `path` in one transaction (a failure leaves the file as
/// it was), or creates it as writeGeoPackage does. Names must not be taken. Throws wm::Error.
void appendToGeoPackage(const QString& path, const Crs& crs,
                        const std::vector<OutputLayer>& layers);
/// Writes `layers` as tables of `schema` in the PostGIS database `connection` ("PG:…"),
/// replacing tables of the same names, with `sqlBefore` and `sqlAfter` run around them in
/// the same transaction: all of it lands or none. Columns keep their names; the feature id
/// is "fid", the geometry "geom" with a GiST index. Throws wm::Error naming the connection.
void writePostgisTables(const QString& connection, const QString& schema, const Crs& crs,
                        const std::vector<OutputLayer>& layers, const QStringList& sqlBefore,
                        const QStringList& sqlAfter);
/// Names of the layers of an existing GeoPackage (empty when there is no file).
QStringList geoPackageLayerNames(const QString& path);
/// Table name → description (gpkg_contents) of a GeoPackage; empty if it cannot be read.
QHash<QString, QString> geoPackageDescriptions(const QString& path);
/// Features of `layer` in a GeoPackage; -1 when the file or the layer cannot be read.
qint64 geoPackageFeatureCount(const QString& path, const QString& layer);

} // namespace wm
