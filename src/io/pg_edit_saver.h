#pragma once

#include "core/crs.h"
#include "core/error.h"
#include "core/feature_edit_buffer.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <vector>

namespace wm {

class PgConnection;

/// The edits of one table of a shared PostGIS database, with the version of each feature
/// the edits were made from (optimistic concurrency).
struct PgLayerEdits {
    QString layerName; ///< "schema.table"
    QVector<FieldDef> fields;
    LayerChanges changes;
    /// Version of each changed or deleted feature as this session last knew it.
    QHash<qint64, qint64> versions;
    /// As the session read them: a conflict shows what each side changed since.
    QHash<qint64, EditableFeature> base;
};

/// A feature someone else changed or deleted after this session read it: both versions,
/// so a planner can take theirs, keep theirs, or merge field by field.
struct EditConflict {
    QString layerName;
    qint64 fid = 0;
    bool theyDeleted = false; ///< gone from the table (theirs is empty)
    bool iDeleted = false;    ///< this session deletes it (mine is the base)
    EditableFeature base;     ///< as this session read it
    EditableFeature mine;     ///< as this session would write it
    EditableFeature theirs;   ///< as stored now
    qint64 theirVersion = 0;
    QString theirUser;
    QDateTime theirTime;
    QVector<int> changedColumns; ///< columns this session changed (modified features)
    bool geometryChanged = false;
};

/// The usual merge: the feature as stored now with the fields (and the geometry) this
/// session changed; for a feature they deleted, this session's.
EditableFeature mergedFeature(const EditConflict& c);
/// Columns both sides changed since this session read the feature: there the planner
/// chooses, the merge takes this session's by default.
QVector<int> columnsBothChanged(const EditConflict& c);

/// Thrown when a save met conflicts: nothing was written (the transaction was rolled back)
/// and every conflict is listed.
class EditConflictError : public Error {
public:
    EditConflictError(QString connection, std::vector<EditConflict> conflicts);
    const std::vector<EditConflict>& conflicts() const { return mConflicts; }

private:
    std::vector<EditConflict> mConflicts;
};

/// What a successful save stored.
struct PgSavedLayer {
    QHash<qint64, qint64> newFids;  ///< negative edit fid → fid the table gave it
    QHash<qint64, qint64> versions; ///< stored fid → its version now (written features)
    QHash<qint64, QString> updatedBy;
    QHash<qint64, QDateTime> updatedAt;
};

/// Writes edits into tables published by WorksMap (io/postgis_publisher), all of them in
/// one transaction. Every update and delete names the version it was made from
/// (`WHERE fid = $1 AND version = $2`); a feature someone changed or deleted since is a
/// conflict, never overwritten. A feature the database refuses (another county's, under
/// row-level security) fails the save with a message naming it. On any failure, the
/// connection dropping midway included, nothing is written and the caller keeps its edits.
class PgEditSaver {
public:
    struct Options {
        /// Called after each statement of the transaction with the server process running
        /// it (tests terminate that process there, as a dropped connection would).
        std::function<void(int statement, int backendPid)> afterStatement;
    };
    /// Saves over `connection` (kept by the caller: a new connection costs the server a
    /// fresh backend, several times the save itself); geometries are in `projectCrs`.
    static std::vector<PgSavedLayer> save(PgConnection& connection, const Crs& projectCrs,
                                          const std::vector<PgLayerEdits>& layers,
                                          const Options& options);
    /// The same over a connection of its own to `source` ("PG:…").
    static std::vector<PgSavedLayer> save(const QString& source, const Crs& projectCrs,
                                          const std::vector<PgLayerEdits>& layers,
                                          const Options& options);
    static std::vector<PgSavedLayer> save(const QString& source, const Crs& projectCrs,
                                          const std::vector<PgLayerEdits>& layers)
    {
        return save(source, projectCrs, layers, Options{});
    }
    /// Columns the database keeps itself: never written by a save.
    static bool isStoreColumn(const QString& name);
};

} // namespace wm
