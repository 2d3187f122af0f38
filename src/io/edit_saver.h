#pragma once

#include "core/crs.h"
#include "core/feature_edit_buffer.h"

#include <QHash>
#include <QString>

#include <vector>

namespace wm {

/// The edits of one layer of a GeoPackage, as FeatureEditBuffer::changes() gives them.
struct LayerEditsToSave {
    QString layerName; ///< layer in the GeoPackage
    QVector<FieldDef> fields;
    LayerChanges changes;
};

/// Writes edits of layers of one GeoPackage. All of them go into the file in one GDAL
/// (SQLite) transaction: a failure anywhere (file locked or read-only, a value the field
/// cannot take, a feature someone else deleted) rolls everything back, so the file is as
/// it was and the caller's buffers still hold every edit to retry or save elsewhere.
class EditSaver {
public:
    /// `projectCrs`: the CRS the edited geometries are in; they are transformed into each
    /// layer's own CRS. Returns, per layer, the fid the file gave each new feature (keyed by
    /// its negative edit fid). Throws wm::Error naming the file, the layer and the feature.
    static std::vector<QHash<qint64, qint64>> save(const QString& path, const Crs& projectCrs,
                                                   const std::vector<LayerEditsToSave>& layers);
};

} // namespace wm
