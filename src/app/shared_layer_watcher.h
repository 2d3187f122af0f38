#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace wm {

class EditSession;
class MapDocument;
class PgChangeListener;

/// Keeps the layers of a shared PostGIS project current: one listener per database schema
/// the project reads (io/pg_change_listener), and when others save a table, its layers are
/// read again and redrawn. A layer being edited is left as it is (the planner's edits are
/// on it); the next save reports what collides.
class SharedLayerWatcher : public QObject {
    Q_OBJECT
public:
    SharedLayerWatcher(MapDocument* document, EditSession* session, QObject* parent = nullptr);
    ~SharedLayerWatcher() override;

    /// Schemas listened to now (for the status bar and tests).
    int listenerCount() const { return int(mListeners.size()); }

Q_SIGNALS:
    void message(const QString& text);
    /// A layer was read again after others changed its table.
    void layerReloaded(const QString& layerId);
    /// Others changed the table of a layer being edited: the editor decides (it may hold
    /// unsaved edits).
    void editedLayerChanged(const QString& layerId);

private:
    void rebuild();
    void onTablesChanged(const QString& source, const QString& schema, const QStringList& tables);

    MapDocument* mDocument;
    EditSession* mSession;
    std::vector<std::unique_ptr<PgChangeListener>> mListeners;
};

} // namespace wm
