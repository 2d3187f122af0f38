#pragma once

// A layer as results are handed to a writer: analysis builds these from its results (core
// types only), io writes them (GeoPackage), so analysis never opens a file itself.

#include "core/attribute_table.h"
#include "core/geometry_kind.h"
#include "core/geos_context.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>
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
    /// The table's description in a GeoPackage (gpkg_contents); marks a works-package copy.
    QString description;
    QStringList columns;
    QVector<QVector<QVariant>> rows;             ///< QVariant doubles/ints/strings
    std::vector<const GEOSGeometry*> geometries; ///< borrowed, one per row
    /// Geometries the layer itself keeps alive (a result made for output only); the
    /// pointers in `geometries` may point into these.
    std::vector<std::shared_ptr<const GEOSGeometry>> owned;
    /// Column types; empty: told by each column's first non-null value (text if none).
    QVector<FieldType> columnTypes;
    /// Declared geometry kind; None: told by the geometries (unknown if they are mixed).
    GeometryKind geometryKind = GeometryKind::None;
};

/// A layer's features and attributes as an output layer named `name`; the geometries are
/// borrowed from `layer`, which must outlive the result.
OutputLayer outputLayerOf(const Layer& layer, const QString& name);

/// A table as results are handed to a CSV writer: a header and rows of text.
struct TextTable {
    QStringList header;
    QVector<QStringList> rows;
};

} // namespace wm
