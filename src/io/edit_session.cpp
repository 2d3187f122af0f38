#include "io/edit_session.h"

#include "core/project.h"
#include "io/edit_saver.h"

namespace wm {

EditSession::EditSession(QObject* parent) : QObject(parent)
{
    connect(&mStack, &QUndoStack::indexChanged, this, &EditSession::announceChanges);
}

EditSession::~EditSession()
{
    // Commands point at the buffers: drop them first.
    mStack.clear();
}

FeatureEditBuffer* EditSession::start(const QString& layerId, const QString& packagePath,
                                      const QString& layerName, std::shared_ptr<const Layer> data)
{
    if (FeatureEditBuffer* existing = buffer(layerId))
        return existing;
    Entry e{packagePath, layerName, std::make_unique<FeatureEditBuffer>(std::move(data)), 0};
    e.seenRevision = e.buffer->revision();
    FeatureEditBuffer* b = e.buffer.get();
    mLayers.emplace(layerId, std::move(e));
    Q_EMIT editingChanged();
    return b;
}

FeatureEditBuffer* EditSession::buffer(const QString& layerId) const
{
    const auto it = mLayers.find(layerId);
    return it == mLayers.end() ? nullptr : it->second.buffer.get();
}

QStringList EditSession::layerIds() const
{
    QStringList ids;
    for (const auto& [id, e] : mLayers)
        ids << id;
    return ids;
}

EditSession::Pending EditSession::pending() const
{
    Pending p;
    for (const auto& [id, e] : mLayers) {
        const LayerChanges c = e.buffer->changes();
        p.added += int(c.added.size());
        p.removed += int(c.removed.size());
        p.modified += int(c.modified.size());
    }
    return p;
}

bool EditSession::hasChanges() const
{
    for (const auto& [id, e] : mLayers)
        if (e.buffer->hasChanges())
            return true;
    return false;
}

void EditSession::announceChanges()
{
    for (auto& [id, e] : mLayers)
        if (e.buffer->revision() != e.seenRevision) {
            e.seenRevision = e.buffer->revision();
            Q_EMIT layerChanged(id);
        }
}

EditSession::Pending EditSession::save(const Crs& projectCrs)
{
    const Pending written = pending();
    // Group by file: each GeoPackage gets all its layers' edits in one transaction.
    std::map<QString, std::vector<QString>> byPackage;
    for (const auto& [id, e] : mLayers)
        if (e.buffer->hasChanges())
            byPackage[e.packagePath].push_back(id);
    bool someSaved = false;
    for (const auto& [path, ids] : byPackage) {
        try {
            if (isShared(mLayers.at(ids.front())))
                saveShared(path, ids, projectCrs);
            else
                saveGeoPackage(path, ids, projectCrs);
        } catch (...) {
            // An earlier package was written and its new features renumbered: the history
            // would point at ids that are gone.
            if (someSaved)
                mStack.clear();
            announceChanges();
            throw;
        }
        someSaved = true;
    }
    mStack.clear();
    mStack.setClean();
    announceChanges();
    return written;
}

bool EditSession::isShared(const Entry& e) const
{
    return LayerEntry::isPostgisSource(e.packagePath);
}

void EditSession::saveGeoPackage(const QString& path, const std::vector<QString>& ids,
                                 const Crs& crs)
{
    std::vector<LayerEditsToSave> edits;
    for (const QString& id : ids) {
        const Entry& e = mLayers.at(id);
        edits.push_back({e.layerName, e.buffer->fields(), e.buffer->changes()});
    }
    const std::vector<QHash<qint64, qint64>> saved = EditSaver::save(path, crs, edits);
    for (std::size_t i = 0; i < ids.size(); ++i)
        mLayers.at(ids[i]).buffer->rebase(saved[i]);
}

bool EditSession::isOwnBackend(int backendPid) const
{
    for (const auto& [source, connection] : mConnections)
        if (connection && connection->backendPid() == backendPid)
            return true;
    return false;
}

bool EditSession::isShared(const QString& layerId) const
{
    const auto it = mLayers.find(layerId);
    return it != mLayers.end() && isShared(it->second);
}

void EditSession::saveShared(const QString& source, const std::vector<QString>& ids, const Crs& crs)
{
    std::vector<PgLayerEdits> edits;
    for (const QString& id : ids) {
        const Entry& e = mLayers.at(id);
        PgLayerEdits l{e.layerName, e.buffer->fields(), e.buffer->changes(), {}, {}};
        QSet<qint64> fids;
        for (const auto& m : l.changes.modified)
            fids.insert(m.feature.fid);
        for (qint64 fid : l.changes.removed)
            fids.insert(fid);
        l.base = e.buffer->baseFeatures(fids);
        int versionColumn = -1;
        for (int c = 0; c < l.fields.size(); ++c)
            if (l.fields[c].name == QLatin1String("version"))
                versionColumn = c;
        for (qint64 fid : fids)
            l.versions.insert(fid,
                              e.versions.contains(fid)
                                  ? e.versions.value(fid)
                                  : l.base.value(fid).values.value(versionColumn).toLongLong());
        edits.push_back(std::move(l));
    }
    std::unique_ptr<PgConnection>& connection = mConnections[source];
    if (!connection)
        connection = std::make_unique<PgConnection>(source);
    std::vector<PgSavedLayer> saved;
    try {
        saved = PgEditSaver::save(*connection, crs, edits, mSharedOptions);
    } catch (const PgError& e) {
        // The next save connects again.
        if (e.isConnectionLost())
            connection.reset();
        throw;
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        Entry& e = mLayers.at(ids[i]);
        FeatureEditBuffer& b = *e.buffer;
        const PgSavedLayer& s = saved[i];
        for (qint64 fid : edits[i].changes.removed)
            e.versions.remove(fid);
        // The store's own columns as the save left them, so the table shows them and the
        // next save expects the new version.
        for (auto it = s.versions.cbegin(); it != s.versions.cend(); ++it) {
            e.versions.insert(it.key(), it.value());
            const qint64 editFid = s.newFids.key(it.key(), it.key());
            if (!b.find(editFid))
                continue;
            for (int c = 0; c < b.fields().size(); ++c) {
                const QString& name = b.fields()[c].name;
                if (name == QLatin1String("version"))
                    b.setValue(editFid, c, it.value());
                else if (name == QLatin1String("updated_by"))
                    b.setValue(editFid, c, s.updatedBy.value(it.key()));
                else if (name == QLatin1String("updated_at"))
                    b.setValue(editFid, c, s.updatedAt.value(it.key()).toString(Qt::ISODate));
            }
        }
        b.rebase(s.newFids);
    }
}

void EditSession::resolve(const EditConflict& conflict, const EditableFeature* result)
{
    for (auto& [id, e] : mLayers) {
        if (!isShared(e) || e.layerName != conflict.layerName)
            continue;
        e.buffer->resolve(conflict.fid, conflict.theyDeleted ? nullptr : &conflict.theirs, result);
        if (conflict.theyDeleted)
            e.versions.remove(conflict.fid);
        else
            e.versions.insert(conflict.fid, conflict.theirVersion);
        mStack.clear();
        announceChanges();
        return;
    }
}

void EditSession::discard()
{
    mStack.clear();
    const QStringList ids = layerIds();
    mLayers.clear();
    for (const QString& id : ids)
        Q_EMIT layerChanged(id);
    Q_EMIT editingChanged();
}

bool EditSession::stop(const QString& layerId)
{
    const auto it = mLayers.find(layerId);
    if (it == mLayers.end())
        return true;
    if (it->second.buffer->hasChanges())
        return false;
    // Commands may point at this buffer; with no unsaved edits none of them matters.
    mStack.clear();
    mLayers.erase(it);
    Q_EMIT editingChanged();
    return true;
}

} // namespace wm
