#pragma once

#include "core/loaded_project.h"
#include "core/role_registry.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace wm {

struct PublishOptions {
    QString target;       ///< "PG:service=worksmap" or any libpq connection string
    QString schema;       ///< empty: from the project file's name (schemaFor())
    QString projectOut;   ///< the project copy pointing at the tables; empty: beside the project
    bool roles = false;   ///< create the reader, city and county roles with row-level security
    bool replace = false; ///< publish again over edits made in the database since last time
};

struct PublishResult {
    struct Table {
        QString layerId;
        QString table; ///< schema.table
        qint64 features = 0;
        qint64 repaired = 0; ///< geometries MakeValid repaired on reading
        QStringList addedFields;
    };
    QVector<Table> tables;
    QString schema;
    QString projectOut;
    bool republished = false; ///< the schema held this project already and was replaced
    QStringList rolesCreated; ///< roles this run created (others existed already)
    QStringList counties;     ///< county codes given a role
    QStringList notes;        ///< layers kept as files (rasters, tile services)
};

/// Copies a loaded project into a PostGIS schema that its counties then edit together: one
/// table per vector layer (as the project shows it: decoded text, repaired geometries, in
/// the project CRS, with the role's fields it lacked), a GiST index, and the columns the
/// shared store keeps per feature: `version` (raised by a trigger on every update, for
/// optimistic concurrency), `updated_by` and `updated_at`. A trigger notifies channel
/// "worksmap_<schema>" on every change, so open maps can reload. Everything happens in one
/// transaction. Then a copy of the project is written that reads those tables.
///
/// Refuses a schema that holds another project or tables WorksMap did not publish, and a
/// second publish over edits made in the database since the first unless `replace`.
class PostgisPublisher {
public:
    /// The schema a project publishes to by default: the project file's name made an SQL
    /// identifier ("xingtai-2021.worksmap.json" → "xingtai_2021").
    static QString schemaFor(const QString& projectPath);
    /// Why `schema` cannot be used (empty if it can): lower-case ASCII, digits and '_'.
    static QString schemaProblem(const QString& schema);
    /// The table a layer is published as (its id as an identifier).
    static QString tableFor(const QString& layerId);
    /// The role names publish --roles creates for `schema`.
    static QString readerRole(const QString& schema) { return schema + QStringLiteral("_reader"); }
    static QString cityRole(const QString& schema) { return schema + QStringLiteral("_city"); }
    static QString editorRole(const QString& schema) { return schema + QStringLiteral("_editor"); }
    static QString countyRole(const QString& schema, const QString& code)
    {
        return schema + QStringLiteral("_county_") + code;
    }
    /// The channel changes are announced on.
    static QString channelFor(const QString& schema)
    {
        return QStringLiteral("worksmap_") + schema;
    }

    /// Throws wm::Error naming the database or the layer.
    static PublishResult publish(const LoadedProject& project, const RoleRegistry& roles,
                                 const PublishOptions& options);
};

} // namespace wm
