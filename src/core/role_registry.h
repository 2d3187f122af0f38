#pragma once

#include "core/field_mapping.h"
#include "core/layer_role.h"

#include <QVector>

namespace wm {

/// The layer roles of layers/*.json, and the coordinate-column aliases of
/// layers/coordinates.json used to find points in plain tables.
class RoleRegistry {
public:
    /// Reads every role definition in `dir`; throws wm::Error naming a malformed file.
    static RoleRegistry load(const QString& dir);

    const QVector<LayerRole>& roles() const { return mRoles; }
    const LayerRole* role(const QString& id) const;
    QStringList roleIds() const;

    struct CoordinateAliases {
        QStringList longitude, latitude, wkt;
        QStringList x, y; ///< projected easting/northing (Gauss-Krüger lists)
    };
    const CoordinateAliases& coordinateAliases() const { return mCoordinates; }

    struct Guess {
        const LayerRole* role = nullptr;
        FieldMapping mapping;
        double score = 0; ///< share of required fields found, plus a little per optional
    };
    /// Roles that accept `kind`, best first; a role is only listed if at least one of
    /// its required fields (or, with none required, any field) was found. Fallback roles
    /// (reference) come last, listed for any kind they accept whatever the columns.
    QVector<Guess> guess(GeometryKind kind, const QStringList& columns) const;

private:
    QVector<LayerRole> mRoles;
    CoordinateAliases mCoordinates;
};

} // namespace wm
