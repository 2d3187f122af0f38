#pragma once

#include "core/attribute_table.h"
#include "core/crs.h"
#include "core/geometry_kind.h"
#include "core/geos_context.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <vector>

namespace wm {

class Layer;

/// One output layer: columns, rows of values, a geometry per row (may be null).
struct OutputLayer {
    OutputLayer() = default;
    OutputLayer(QString name, QStringList columns, QVector<QVector<QVariant>> rows,
                std::vector<const GEOSGeometry*> geometries)
        : name(std::move(name)), columns(std::move(columns)), rows(std::move(rows)),
          geometries(std::move(geometries))
    {
    }

    QString name;
    QStringList columns;
    QVector<QVector<QVariant>> rows;             ///< QVariant doubles/ints/strings
    std::vector<const GEOSGeometry*> geometries; ///< borrowed, one per row
    /// Column types; empty: told by each column's first non-null value (text if none).
    QVector<FieldType> columnTypes;
    /// Declared geometry kind; None: told by the geometries (unknown if they are mixed).
    GeometryKind geometryKind = GeometryKind::None;
};

/// A layer's features and attributes as an output layer named `name`; the geometries are
/// borrowed from `layer`, which must outlive the result.
OutputLayer outputLayerOf(const Layer& layer, const QString& name);

/// Writes layers into a new GeoPackage at `path` (replacing a previous output file,
/// never a source: callers write into their output folder) in `crs`. Throws wm::Error.
void writeGeoPackage(const QString& path, const Crs& crs, const std::vector<OutputLayer>& layers);
/// Adds layers to the GeoPackage at `path` in one transaction (a failure leaves the file as
/// it was), or creates it as writeGeoPackage does. Names must not be taken. Throws wm::Error.
void appendToGeoPackage(const QString& path, const Crs& crs,
                        const std::vector<OutputLayer>& layers);
/// Names of the layers of an existing GeoPackage (empty when there is no file).
QStringList geoPackageLayerNames(const QString& path);

} // namespace wm
