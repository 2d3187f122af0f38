#include "io/edit_session.h"

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
        std::vector<LayerEditsToSave> edits;
        for (const QString& id : ids) {
            const Entry& e = mLayers.at(id);
            edits.push_back({e.layerName, e.buffer->fields(), e.buffer->changes()});
        }
        std::vector<QHash<qint64, qint64>> saved;
        try {
            saved = EditSaver::save(path, projectCrs, edits);
        } catch (...) {
            // An earlier package was written and its new features renumbered: the history
            // would point at ids that are gone.
            if (someSaved)
                mStack.clear();
            announceChanges();
            throw;
        }
        someSaved = true;
        for (std::size_t i = 0; i < ids.size(); ++i)
            mLayers.at(ids[i]).buffer->rebase(saved[i]);
    }
    mStack.clear();
    mStack.setClean();
    announceChanges();
    return written;
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
