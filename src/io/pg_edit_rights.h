#pragma once

#include <QString>
#include <QStringList>

namespace wm {

class PgConnection;

/// What the database lets the connected role do to a published table, as the editor shows
/// it before a save would be refused: nothing (a reader), everything (the city bureau, the
/// owner), or the features of some counties (row-level security of publish --roles).
struct PgEditRights {
    bool versioned = false; ///< published by WorksMap (saves can check versions)
    bool canEdit = false;   ///< INSERT/UPDATE/DELETE granted
    bool allCounties = true;
    QStringList counties; ///< when !allCounties: the county codes the role may edit
    QString role;

    /// Whether a feature of `countyCode` may be changed or deleted.
    bool allows(const QString& countyCode) const
    {
        return canEdit && (allCounties || counties.contains(countyCode));
    }

    /// Reads the rights of the connection's role on `layerName` ("schema.table").
    static PgEditRights of(PgConnection& connection, const QString& layerName);
};

} // namespace wm
