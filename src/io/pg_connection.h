#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include "core/error.h"

#include <memory>

struct pg_conn;
struct pg_result;

namespace wm {

/// A failure reported by the PostgreSQL server or by libpq. `sqlState` is the server's
/// five-character code ("40001", "42501" …), empty when the connection itself failed.
class PgError : public Error {
public:
    PgError(QString connection, QString what, QString sqlState);
    const QString& sqlState() const { return mSqlState; }
    /// The server refused for lack of a privilege or a row-level security policy.
    bool isPermissionDenied() const { return mSqlState == QLatin1String("42501"); }
    /// The connection is gone (server shut down, backend terminated, network).
    bool isConnectionLost() const
    {
        return mSqlState.isEmpty() || mSqlState.startsWith(QLatin1String("08")) ||
               mSqlState == QLatin1String("57P01");
    }

private:
    QString mSqlState;
};

/// The rows of one statement. Values are text (libpq's text format): the few conversions
/// callers need are here.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* r);
    int rows() const;
    int columns() const;
    QString name(int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const { return text(row, column).toLongLong(); }
    /// Rows changed by INSERT/UPDATE/DELETE.
    qint64 affected() const;

private:
    std::shared_ptr<pg_result> mResult;
};

/// One libpq connection to a PostGIS database. Made from a WorksMap source string
/// ("PG:service=worksmap dbname=…", the GDAL form) or a plain libpq connection string;
/// passwords come from ~/.pgpass or the service file, never from a project. Every failure
/// is thrown as PgError naming the connection (without any password).
class PgConnection {
public:
    explicit PgConnection(const QString& source);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// `source` without the "PG:" prefix and without GDAL's own keys (schemas, tables,
    /// active_schema), as libpq takes it.
    static QString connInfo(const QString& source);
    /// `source` with any password=… removed: what may be written to a project or a message.
    static QString withoutPassword(const QString& source);
    /// "PG:" + connInfo(source) minus password: the form a project stores.
    static QString projectSource(const QString& source);
    /// A double-quoted SQL identifier.
    static QString quoted(const QString& identifier);
    /// "schema"."table" from a layer name "schema.table" (or "table": public).
    static QString qualifiedTable(const QString& layerName);
    static QString schemaOf(const QString& layerName);
    static QString tableOf(const QString& layerName);

    /// Runs one statement with text parameters (a null QVariant is SQL NULL).
    PgResult exec(const QString& sql, const QVector<QVariant>& params = {});
    /// Runs statements separated by semicolons, no parameters (schema set-up).
    void execScript(const QString& sql);

    /// The connection string as messages show it.
    const QString& label() const { return mLabel; }
    /// The role the server knows this session as.
    QString user();
    int socket() const;
    /// Reads what the server sent (notifications) without blocking; false if the
    /// connection is gone. Each notification's payload is appended with its channel and
    /// the server process that sent it.
    bool consumeNotifications(QStringList* channels, QStringList* payloads,
                              QList<int>* senders = nullptr);
    /// The server process of this session (for pg_terminate_backend in tests).
    int backendPid() const;

private:
    [[noreturn]] void fail(pg_result* r);

    pg_conn* mConn = nullptr;
    QString mLabel;
};

/// A transaction that rolls back unless committed (a thrown error on the way out).
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& c);
    ~PgTransaction();
    void commit();

private:
    PgConnection& mConn;
    bool mDone = false;
};

} // namespace wm
