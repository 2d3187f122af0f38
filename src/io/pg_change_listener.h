#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace wm {

class PgConnection;

/// Hears the changes others save to a published schema: LISTENs on the channel the
/// publish triggers notify ("worksmap_<schema>", payload: the table) over a connection of
/// its own, woken by its socket (no polling), and reconnects every few seconds while the
/// server is away. Lives on the thread that made it (the window's).
class PgChangeListener : public QObject {
    Q_OBJECT
public:
    PgChangeListener(QString source, QString schema, QObject* parent = nullptr);
    ~PgChangeListener() override;

    /// Connects and listens; false (with lastError()) when the server cannot be reached
    /// now: it keeps trying.
    bool start();
    bool isListening() const { return mConn != nullptr; }
    const QString& lastError() const { return mLastError; }
    const QString& schema() const { return mSchema; }
    /// Changes sent by a server process this returns true for are not announced (the
    /// window's own saves: it has them already).
    void setOwnSenders(std::function<bool(int backendPid)> isOwn) { mIsOwn = std::move(isOwn); }
    const QString& source() const { return mSource; }

Q_SIGNALS:
    /// Tables of the schema (without the schema) that others changed.
    void tablesChanged(const QStringList& tables);

private:
    void onReadable();
    void drop();

    QString mSource, mSchema;
    std::unique_ptr<PgConnection> mConn;
    QSocketNotifier* mNotifier = nullptr;
    QTimer mRetry;
    QString mLastError;
    std::function<bool(int)> mIsOwn;
};

} // namespace wm
