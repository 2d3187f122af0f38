#include "io/pg_change_listener.h"

#include "io/pg_connection.h"
#include "io/postgis_publisher.h"

#include <QSocketNotifier>

namespace wm {

PgChangeListener::PgChangeListener(QString source, QString schema, QObject* parent)
    : QObject(parent), mSource(std::move(source)), mSchema(std::move(schema))
{
    mRetry.setInterval(5000);
    connect(&mRetry, &QTimer::timeout, this, [this] {
        if (start())
            mRetry.stop();
    });
}

PgChangeListener::~PgChangeListener()
{
    drop();
}

void PgChangeListener::drop()
{
    delete mNotifier;
    mNotifier = nullptr;
    mConn.reset();
}

bool PgChangeListener::start()
{
    drop();
    try {
        mConn = std::make_unique<PgConnection>(mSource);
        mConn->exec(QStringLiteral("LISTEN %1")
                        .arg(PgConnection::quoted(PostgisPublisher::channelFor(mSchema))));
    } catch (const Error& e) {
        mLastError = e.message();
        mConn.reset();
        if (!mRetry.isActive())
            mRetry.start();
        return false;
    }
    mLastError.clear();
    mNotifier = new QSocketNotifier(qintptr(mConn->socket()), QSocketNotifier::Read, this);
    connect(mNotifier, &QSocketNotifier::activated, this, &PgChangeListener::onReadable);
    return true;
}

void PgChangeListener::onReadable()
{
    QStringList channels, payloads;
    QList<int> senders;
    if (!mConn->consumeNotifications(&channels, &payloads, &senders)) {
        mLastError = tr("the connection to the shared database was lost; retrying");
        drop();
        mRetry.start();
        return;
    }
    QStringList tables;
    for (qsizetype i = 0; i < payloads.size(); ++i)
        if (!mIsOwn || !mIsOwn(senders.value(i)))
            tables << payloads[i];
    tables.removeDuplicates();
    if (!tables.isEmpty())
        Q_EMIT tablesChanged(tables);
}

} // namespace wm
