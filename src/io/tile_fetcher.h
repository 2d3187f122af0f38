#pragma once

#include "core/raster_source.h"
#include "io/tile_template.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

class QNetworkReply;

namespace wm {

/// Fetches the tiles of one service over HTTP(S) into a disk cache, on a thread of its
/// own (a QNetworkAccessManager in that thread's event loop): callers on the UI thread or
/// a render thread only queue tiles and return; `updates()` announces arrivals and
/// progress. A tile in the cache is never fetched again; a failed one not for a minute.
class TileFetcher {
public:
    /// Tiles of `tiles` kept in `cacheDir` as z/x/y.
    TileFetcher(TileTemplate tiles, QString cacheDir);
    ~TileFetcher();
    TileFetcher(const TileFetcher&) = delete;
    TileFetcher& operator=(const TileFetcher&) = delete;

    /// The file a tile is cached in (which may not exist yet).
    QString cachePath(const TileId& tile) const;
    /// Queues the tiles not cached, not already queued and not failed within the last
    /// minute; returns at once.
    void request(const QVector<TileId>& tiles);
    /// Blocks until none of `tiles` is queued or in flight, `ms` have passed or `cancel`
    /// is set. The fetching goes on in the fetcher's thread meanwhile.
    void waitFor(const QVector<TileId>& tiles, int ms, const std::atomic<bool>* cancel);
    /// The failure of a tile, or empty if it has not failed.
    QString failure(const TileId& tile) const;

    RasterUpdates* updates() const { return mUpdates.get(); }
    /// Failures so far, most recent last ("12/3371/1552: HTTP 404 Not Found").
    QStringList problems() const;
    /// Requests sent over the network so far (tests: a cached tile is not fetched again).
    int requestsSent() const { return mSent.load(); }

private:
    class Thread;
    friend class Thread;
    void pump(); ///< on the fetch thread: starts queued requests
    void finished(QNetworkReply* reply, const TileId& tile); ///< on the fetch thread
    void fail(const TileId& tile, const QString& why);
    void announce();

    TileTemplate mTemplate;
    QString mCacheDir;
    std::unique_ptr<RasterUpdates> mUpdates;
    std::unique_ptr<Thread> mThread;

    mutable std::mutex mMutex;
    std::condition_variable mArrived;
    std::deque<TileId> mQueue;
    QSet<quint64> mPending;                         ///< queued or in flight
    QHash<quint64, QPair<qint64, QString>> mFailed; ///< when (ms since epoch) and why
    QStringList mProblems;
    int mInFlight = 0;
    int mDone = 0, mFailures = 0; ///< since the fetcher was last idle
    std::atomic<int> mSent = 0;
};

} // namespace wm
