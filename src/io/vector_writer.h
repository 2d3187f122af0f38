#pragma once

#include "core/crs.h"
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
    QString name;
    QStringList columns;
    QVector<QVector<QVariant>> rows;             ///< QVariant doubles/ints/strings
    std::vector<const GEOSGeometry*> geometries; ///< borrowed, one per row
};

/// A layer's features and attributes as an output layer named `name`; the geometries are
/// borrowed from `layer`, which must outlive the result.
OutputLayer outputLayerOf(const Layer& layer, const QString& name);

/// Writes layers into a new GeoPackage at `path` (replacing a previous output file,
/// never a source: callers write into their output folder) in `crs`. Throws wm::Error.
void writeGeoPackage(const QString& path, const Crs& crs, const std::vector<OutputLayer>& layers);

} // namespace wm
