#include "io/tile_fetcher.h"

#include "io/tile_keys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <chrono>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::TileFetcher)
};

/// Requests in flight at once: what browsers allow per host, and what tile servers'
/// usage policies (OpenStreetMap's among them) accept from one client.
constexpr int MaxInFlight = 6;
constexpr int TransferTimeoutMs = 20000;
/// A tile that failed is not asked for again before this.
constexpr qint64 RetryAfterMs = 60000;
constexpr int MaxProblemsKept = 50;
/// Arrivals are announced at most this often (each announcement redraws the canvas).
constexpr int AnnounceEveryMs = 150;
} // namespace

namespace wm {

/// The fetch thread: owns the network manager and runs its event loop.
class TileFetcher::Thread : public QThread {
public:
    explicit Thread(TileFetcher* owner) : mOwner(owner) {}

    QNetworkAccessManager* network = nullptr;
    QObject* context = nullptr; ///< lives in this thread: queued calls run here
    QTimer* announceTimer = nullptr;
    QSemaphore ready;

protected:
    void run() override
    {
        QNetworkAccessManager nam;
        QObject ctx;
        QTimer timer;
        timer.setSingleShot(true);
        timer.setInterval(AnnounceEveryMs);
        TileFetcher* owner = mOwner;
        QObject::connect(&timer, &QTimer::timeout, &ctx,
                         [owner] { Q_EMIT owner->mUpdates->changed(); });
        network = &nam;
        context = &ctx;
        announceTimer = &timer;
        ready.release();
        exec();
        network = nullptr;
        context = nullptr;
        announceTimer = nullptr;
    }

private:
    TileFetcher* mOwner;
};

TileFetcher::TileFetcher(TileTemplate tiles, QString cacheDir)
    : mTemplate(std::move(tiles)), mCacheDir(std::move(cacheDir)),
      mUpdates(std::make_unique<RasterUpdates>())
{
    mThread = std::make_unique<Thread>(this);
    mThread->setObjectName(QStringLiteral("tile fetcher %1").arg(mTemplate.host()));
    mThread->start();
    mThread->ready.acquire();
}

TileFetcher::~TileFetcher()
{
    mThread->quit();
    mThread->wait();
}

QString TileFetcher::cachePath(const TileId& tile) const
{
    return QStringLiteral("%1/%2/%3/%4").arg(mCacheDir).arg(tile.z).arg(tile.x).arg(tile.y);
}

void TileFetcher::request(const QVector<TileId>& tiles)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool queued = false;
    {
        std::lock_guard lock(mMutex);
        for (const TileId& t : tiles) {
            const quint64 key = t.key();
            if (mPending.contains(key))
                continue;
            const auto failed = mFailed.constFind(key);
            if (failed != mFailed.constEnd() && now - failed->first < RetryAfterMs)
                continue;
            if (QFileInfo::exists(cachePath(t)))
                continue;
            mPending.insert(key);
            mQueue.push_back(t);
            queued = true;
        }
    }
    if (queued)
        QMetaObject::invokeMethod(
            mThread->context, [this] { pump(); }, Qt::QueuedConnection);
}

void TileFetcher::pump()
{
    Q_ASSERT(QThread::currentThread() == mThread.get()); // never on the UI thread
    for (;;) {
        TileId tile;
        {
            std::lock_guard lock(mMutex);
            if (mInFlight >= MaxInFlight || mQueue.empty())
                break;
            tile = mQueue.front();
            mQueue.pop_front();
            ++mInFlight;
        }
        QString key;
        if (mTemplate.needsKey()) {
            key = tileServiceKey(mTemplate.keyName());
            if (key.isEmpty()) {
                {
                    std::lock_guard lock(mMutex);
                    --mInFlight;
                }
                fail(tile, Tr::tr("no key for the tile service \"%1\" (set it in File ▸ Add "
                                  "Tile Service…, or in $WORKSMAP_TILE_KEY_%2)")
                               .arg(mTemplate.keyName(), mTemplate.keyName().toUpper()));
                continue;
            }
        }
        QNetworkRequest request(mTemplate.url(tile, key));
        // Tile servers ask clients to name themselves (OpenStreetMap blocks anonymous ones).
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QStringLiteral("WorksMap/%1 (desktop GIS)")
                              .arg(QCoreApplication::applicationVersion().isEmpty()
                                       ? QStringLiteral("0.1")
                                       : QCoreApplication::applicationVersion()));
        request.setTransferTimeout(TransferTimeoutMs);
        QNetworkReply* reply = mThread->network->get(request);
        ++mSent;
        QObject::connect(reply, &QNetworkReply::finished, mThread->context,
                         [this, reply, tile] { finished(reply, tile); });
    }
}

void TileFetcher::finished(QNetworkReply* reply, const TileId& tile)
{
    reply->deleteLater();
    const QByteArray data = reply->readAll();
    QString why;
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        why =
            status > 0
                ? QStringLiteral("HTTP %1 %2")
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : reply->errorString();
    } else if (QImage::fromData(data).isNull()) {
        // Some services answer a missing tile with 200 and an error page or an XML body.
        why = Tr::tr("the answer is not an image (%1 bytes)").arg(data.size());
    } else {
        const QString path = cachePath(tile);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            why = Tr::tr("cannot write the cache file %1").arg(path);
    }
    {
        std::lock_guard lock(mMutex);
        --mInFlight;
    }
    if (!why.isEmpty()) {
        fail(tile, why);
    } else {
        std::lock_guard lock(mMutex);
        mPending.remove(tile.key());
        ++mDone;
    }
    mArrived.notify_all();
    announce();
    pump();
}

void TileFetcher::fail(const TileId& tile, const QString& why)
{
    {
        std::lock_guard lock(mMutex);
        mPending.remove(tile.key());
        mFailed.insert(tile.key(), {QDateTime::currentMSecsSinceEpoch(), why});
        mProblems << QStringLiteral("%1: %2").arg(tile.text(), why);
        while (mProblems.size() > MaxProblemsKept)
            mProblems.removeFirst();
        ++mFailures;
    }
    mArrived.notify_all();
    announce();
}

void TileFetcher::announce()
{
    int pending, done, failed;
    {
        std::lock_guard lock(mMutex);
        pending = int(mPending.size());
        done = mDone;
        failed = mFailures;
        if (pending == 0)
            mDone = mFailures = 0;
    }
    Q_EMIT mUpdates->progress(pending, done, failed);
    if (!mThread->announceTimer->isActive())
        mThread->announceTimer->start();
}

void TileFetcher::waitFor(const QVector<TileId>& tiles, int ms, const std::atomic<bool>* cancel)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    std::unique_lock lock(mMutex);
    for (;;) {
        const bool busy = std::any_of(tiles.begin(), tiles.end(), [this](const TileId& t) {
            return mPending.contains(t.key());
        });
        if (!busy || (cancel && cancel->load()) || std::chrono::steady_clock::now() >= deadline)
            return;
        // Woken by each arrival; the slice lets a cancel through.
        mArrived.wait_for(lock, std::chrono::milliseconds(100));
    }
}

QString TileFetcher::failure(const TileId& tile) const
{
    std::lock_guard lock(mMutex);
    return mFailed.value(tile.key()).second;
}

QStringList TileFetcher::problems() const
{
    std::lock_guard lock(mMutex);
    return mProblems;
}

} // namespace wm
