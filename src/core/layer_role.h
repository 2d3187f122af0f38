#pragma once

#include "core/attribute_table.h"
#include "core/geometry_kind.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace wm {

/// One field a role expects, with the column names it goes by in planners' files.
struct RoleField {
    QString name; ///< canonical name, e.g. "spaces"
    FieldType type = FieldType::String;
    bool required = false;
    QString unit; ///< e.g. "km", "spaces", "mm"; empty if none
    QString titleEn;
    QString titleZh;
    QStringList aliases; ///< column names that mean this field ("车位数", "spaces", …)
    QStringList values;  ///< allowed values for coded fields (kinds, statuses)
    /// Titles of coded values ("clinic" → "Village clinic" / "村卫生室"); may be partial.
    QHash<QString, QString> valueTitlesEn, valueTitlesZh;

    /// What a planner reads for `value`: its title in the language asked for (the other
    /// one if that is missing), else the value itself.
    QString valueTitle(const QString& value, bool chinese) const;
};

/// A layer role (boundary, village, parking, pipe, facility, target) as defined by one
/// JSON file in layers/: what geometry it takes and which fields it knows.
class LayerRole {
public:
    /// Parses a role definition; throws wm::Error naming `path` on a malformed one.
    static LayerRole fromJson(const QJsonObject& json, const QString& path);

    QString id;
    QString titleEn;
    QString titleZh;
    QVector<GeometryKind> geometries; ///< kinds a source may have (None for lists/tables)
    QString defaultStyle;             ///< file name in styles/; empty: chosen by geometry
    /// Takes any layer no other role fits (the reference role: roads, rivers, land use),
    /// so every readable dataset can be added rather than refused.
    bool fallback = false;
    QVector<RoleField> fields;

    bool acceptsGeometry(GeometryKind kind) const;
    const RoleField* field(const QString& name) const;
};

} // namespace wm
