#include "app/shared_layer_watcher.h"

#include "app/map_document.h"
#include "io/edit_session.h"
#include "io/pg_change_listener.h"
#include "io/pg_connection.h"

#include <QSet>

namespace wm {

SharedLayerWatcher::SharedLayerWatcher(MapDocument* document, EditSession* session, QObject* parent)
    : QObject(parent), mDocument(document), mSession(session)
{
    connect(mDocument, &MapDocument::projectChanged, this, &SharedLayerWatcher::rebuild);
    rebuild();
}

SharedLayerWatcher::~SharedLayerWatcher() = default;

void SharedLayerWatcher::rebuild()
{
    mListeners.clear();
    if (!mDocument->hasProject())
        return;
    QSet<QString> seen;
    for (const LoadedLayer& l : mDocument->project().layers) {
        if (!l.entry.isPostgis())
            continue;
        const QString schema = PgConnection::schemaOf(l.entry.layerName);
        const QString key = l.entry.source + QLatin1Char('\n') + schema;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        auto listener = std::make_unique<PgChangeListener>(l.entry.source, schema);
        if (mSession)
            listener->setOwnSenders([this](int pid) { return mSession->isOwnBackend(pid); });
        const QString source = l.entry.source;
        connect(listener.get(), &PgChangeListener::tablesChanged, this,
                [this, source, schema](const QStringList& tables) {
                    onTablesChanged(source, schema, tables);
                });
        if (!listener->start())
            Q_EMIT message(
                tr("Not hearing others' changes to %1 yet: %2").arg(schema, listener->lastError()));
        mListeners.push_back(std::move(listener));
    }
}

void SharedLayerWatcher::onTablesChanged(const QString& source, const QString& schema,
                                         const QStringList& tables)
{
    for (int i = 0; i < mDocument->layerCount(); ++i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (l.entry.source != source || PgConnection::schemaOf(l.entry.layerName) != schema ||
            !tables.contains(PgConnection::tableOf(l.entry.layerName)))
            continue;
        if (mSession && mSession->isEditing(l.entry.id)) {
            Q_EMIT editedLayerChanged(l.entry.id);
            continue;
        }
        const LayerEntry entry = l.entry;
        if (const QString problem = mDocument->readAgain(i); !problem.isEmpty()) {
            Q_EMIT message(tr("%1 could not be read again: %2").arg(entry.displayName(), problem));
            continue;
        }
        Q_EMIT message(tr("%1: changes saved by others are shown.").arg(entry.displayName()));
        Q_EMIT layerReloaded(entry.id);
    }
}

} // namespace wm
