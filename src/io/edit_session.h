#pragma once

#include "core/crs.h"
#include "core/feature_edit_buffer.h"
#include "io/pg_connection.h"
#include "io/pg_edit_saver.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <map>
#include <memory>

namespace wm {

/// The layers a planner is editing, with one undo stack across all of them (an edit on
/// the pipes and one on the clinics undo in the order they were made) and one save.
/// Knows nothing of widgets: the app shows the buffers' layers and pushes commands.
class EditSession : public QObject {
    Q_OBJECT
public:
    explicit EditSession(QObject* parent = nullptr);
    ~EditSession() override;

    QUndoStack* undoStack() { return &mStack; }

    /// Starts editing layer `layerId` of the GeoPackage `packagePath` (GeoPackage layer
    /// `layerName`), holding `data` as read. Returns the existing buffer if already editing.
    FeatureEditBuffer* start(const QString& layerId, const QString& packagePath,
                             const QString& layerName, std::shared_ptr<const Layer> data);
    FeatureEditBuffer* buffer(const QString& layerId) const;
    bool isEditing(const QString& layerId) const { return buffer(layerId) != nullptr; }
    QStringList layerIds() const;
    bool hasChanges() const;
    /// Counts of what a save would write, for the prompt ("3 added, 1 moved …").
    struct Pending {
        int added = 0, removed = 0, modified = 0;
    };
    Pending pending() const;

    /// Pushes an edit (the session's stack takes ownership) and announces the change.
    void push(QUndoCommand* command) { mStack.push(command); }

    /// Writes every layer's edits, one transaction per GeoPackage, geometries from
    /// `projectCrs`. On success the buffers take the stored fids, the undo history is
    /// cleared (its new-feature ids are gone) and layerChanged is emitted. On failure
    /// throws wm::Error and changes nothing: the files are rolled back and every edit is
    /// still here.
    Pending save(const Crs& projectCrs);
    /// Settles a conflict a save of a shared (PostGIS) layer reported: what is stored now
    /// becomes what the feature is compared with and the next save expects, and the layer
    /// holds `result` (null: the feature is dropped, or stays deleted). The undo history
    /// is cleared: it may refer to the feature as it was.
    void resolve(const EditConflict& conflict, const EditableFeature* result);
    /// Whether the layer is edited in a shared PostGIS store (saves check versions).
    bool isShared(const QString& layerId) const;
    /// Whether `backendPid` is the server process of one of this session's connections
    /// (its own saves' change notifications carry it).
    bool isOwnBackend(int backendPid) const;
    /// How shared layers are saved (tests stop the server midway through a save).
    void setSharedSaveOptions(PgEditSaver::Options options) { mSharedOptions = std::move(options); }

    /// Drops every unsaved edit of every layer and stops editing.
    void discard();
    /// Stops editing a layer with no unsaved edits; false if it has some.
    bool stop(const QString& layerId);

Q_SIGNALS:
    /// A buffer's features changed (an edit, undo, redo or save): redraw this layer.
    void layerChanged(const QString& layerId);
    void editingChanged();

private:
    struct Entry {
        QString packagePath;
        QString layerName;
        std::unique_ptr<FeatureEditBuffer> buffer;
        quint64 seenRevision = 0;
        /// Shared layers: the version a save expects, where it is not the one read.
        QHash<qint64, qint64> versions;
    };
    void announceChanges();
    bool isShared(const Entry& e) const;
    /// Writes the layers of one GeoPackage in one transaction; throws as EditSaver::save.
    void saveGeoPackage(const QString& path, const std::vector<QString>& ids, const Crs& crs);
    /// Writes the shared layers of one database; throws as PgEditSaver::save does.
    void saveShared(const QString& source, const std::vector<QString>& ids, const Crs& crs);

    QUndoStack mStack;
    std::map<QString, Entry> mLayers;
    PgEditSaver::Options mSharedOptions;
    /// One connection per shared database, kept between saves; dropped when it is lost.
    std::map<QString, std::unique_ptr<PgConnection>> mConnections;
};

} // namespace wm
