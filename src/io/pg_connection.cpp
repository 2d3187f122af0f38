#include "io/pg_connection.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PgConnection)
};

/// key=value pairs of a connection string; values may be 'single quoted' with \' inside.
QList<QPair<QString, QString>> parseConnInfo(const QString& text)
{
    QList<QPair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            pairs.append({text.mid(i).trimmed(), QString()});
            break;
        }
        const QString key = text.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == QLatin1Char('\'')) {
            for (++i; i < n && text[i] != QLatin1Char('\''); ++i) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += text[i];
            }
            ++i;
        } else {
            while (i < n && !text[i].isSpace())
                value += text[i++];
        }
        pairs.append({key, value});
    }
    return pairs;
}

QString joinConnInfo(const QList<QPair<QString, QString>>& pairs)
{
    QStringList parts;
    for (const auto& [key, value] : pairs) {
        const bool plain = !value.isEmpty() && !value.contains(QLatin1Char(' ')) &&
                           !value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\\'));
        QString v = value;
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), "\\'");
        parts << key + QLatin1Char('=') +
                     (plain ? value : QLatin1Char('\'') + v + QLatin1Char('\''));
    }
    return parts.join(QLatin1Char(' '));
}

QString stripPrefix(const QString& source)
{
    return source.startsWith(QLatin1String("PG:")) ? source.mid(3) : source;
}

bool isGdalKey(const QString& key)
{
    return key == QLatin1String("schemas") || key == QLatin1String("tables") ||
           key == QLatin1String("active_schema");
}

QString resultMessage(const PGresult* r, PGconn* c)
{
    QString text = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(c)).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(PQerrorMessage(c)).trimmed();
    return text;
}
} // namespace

namespace wm {

PgError::PgError(QString connection, QString what, QString sqlState)
    : Error(std::move(connection), std::move(what)), mSqlState(std::move(sqlState))
{
}

PgResult::PgResult(pg_result* r) : mResult(r, PQclear) {}

int PgResult::rows() const
{
    return mResult ? PQntuples(mResult.get()) : 0;
}
int PgResult::columns() const
{
    return mResult ? PQnfields(mResult.get()) : 0;
}
QString PgResult::name(int column) const
{
    return QString::fromUtf8(PQfname(mResult.get(), column));
}
bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(mResult.get(), row, column) != 0;
}
QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(mResult.get(), row, column),
                             PQgetlength(mResult.get(), row, column));
}
qint64 PgResult::affected() const
{
    return mResult ? QByteArray(PQcmdTuples(mResult.get())).toLongLong() : 0;
}

QString PgConnection::connInfo(const QString& source)
{
    QList<QPair<QString, QString>> pairs = parseConnInfo(stripPrefix(source));
    pairs.removeIf([](const auto& p) { return isGdalKey(p.first); });
    return joinConnInfo(pairs);
}

QString PgConnection::withoutPassword(const QString& source)
{
    const bool prefixed = source.startsWith(QLatin1String("PG:"));
    QList<QPair<QString, QString>> pairs = parseConnInfo(stripPrefix(source));
    pairs.removeIf([](const auto& p) { return p.first == QLatin1String("password"); });
    return (prefixed ? QStringLiteral("PG:") : QString()) + joinConnInfo(pairs);
}

QString PgConnection::projectSource(const QString& source)
{
    return QStringLiteral("PG:") + withoutPassword(connInfo(source));
}

QString PgConnection::quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString PgConnection::schemaOf(const QString& layerName)
{
    const qsizetype dot = layerName.indexOf(QLatin1Char('.'));
    return dot < 0 ? QStringLiteral("public") : layerName.left(dot);
}

QString PgConnection::tableOf(const QString& layerName)
{
    const qsizetype dot = layerName.indexOf(QLatin1Char('.'));
    return dot < 0 ? layerName : layerName.mid(dot + 1);
}

QString PgConnection::qualifiedTable(const QString& layerName)
{
    return quoted(schemaOf(layerName)) + QLatin1Char('.') + quoted(tableOf(layerName));
}

PgConnection::PgConnection(const QString& source)
    : mLabel(QStringLiteral("PG:") + withoutPassword(connInfo(source)))
{
    // Connecting to a dead host must not hang a save or a test for minutes.
    QString info = connInfo(source);
    if (!info.contains(QLatin1String("connect_timeout")))
        info += QStringLiteral(" connect_timeout=10");
    if (!info.contains(QLatin1String("application_name")))
        info += QStringLiteral(" application_name=WorksMap");
    mConn = PQconnectdb(info.toUtf8().constData());
    if (PQstatus(mConn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(mConn)).trimmed();
        PQfinish(mConn);
        mConn = nullptr;
        throw PgError(mLabel, Tr::tr("cannot connect: %1").arg(why), QString());
    }
    PQsetClientEncoding(mConn, "UTF8");
    // Server notices (NOTICE: … already exists) are not the user's business.
    PQsetNoticeProcessor(
        mConn, [](void*, const char*) {}, nullptr);
}

PgConnection::~PgConnection()
{
    if (mConn)
        PQfinish(mConn);
}

void PgConnection::fail(pg_result* r)
{
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    QString message = resultMessage(r, mConn);
    const QString code = QString::fromLatin1(state ? state : "");
    if (r)
        PQclear(r);
    if (PQstatus(mConn) != CONNECTION_OK && code.isEmpty())
        message = Tr::tr("the connection was lost: %1").arg(message);
    throw PgError(mLabel, message, code);
}

PgResult PgConnection::exec(const QString& sql, const QVector<QVariant>& params)
{
    const QByteArray text = sql.toUtf8();
    std::vector<QByteArray> storage;
    std::vector<const char*> values;
    storage.reserve(std::size_t(params.size()));
    for (const QVariant& v : params) {
        if (v.isNull()) {
            values.push_back(nullptr);
            continue;
        }
        if (v.typeId() == QMetaType::Bool)
            storage.push_back(v.toBool() ? "true" : "false");
        else if (v.typeId() == QMetaType::Double)
            storage.push_back(QByteArray::number(v.toDouble(), 'g', 17));
        else
            storage.push_back(v.toString().toUtf8());
        values.push_back(storage.back().constData());
    }
    PGresult* r = PQexecParams(mConn, text.constData(), int(values.size()), nullptr, values.data(),
                               nullptr, nullptr, 0);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(r);
    return PgResult(r);
}

void PgConnection::execScript(const QString& sql)
{
    PGresult* r = PQexec(mConn, sql.toUtf8().constData());
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(r);
    PQclear(r);
}

QString PgConnection::user()
{
    return exec(QStringLiteral("SELECT current_user")).text(0, 0);
}

int PgConnection::socket() const
{
    return PQsocket(mConn);
}

int PgConnection::backendPid() const
{
    return PQbackendPID(mConn);
}

bool PgConnection::consumeNotifications(QStringList* channels, QStringList* payloads,
                                        QList<int>* senders)
{
    if (!PQconsumeInput(mConn))
        return false;
    while (PGnotify* n = PQnotifies(mConn)) {
        if (channels)
            *channels << QString::fromUtf8(n->relname);
        if (payloads)
            *payloads << QString::fromUtf8(n->extra);
        if (senders)
            *senders << n->be_pid;
        PQfreemem(n);
    }
    return PQstatus(mConn) == CONNECTION_OK;
}

PgTransaction::PgTransaction(PgConnection& c) : mConn(c)
{
    mConn.exec(QStringLiteral("BEGIN"));
}

PgTransaction::~PgTransaction()
{
    if (mDone)
        return;
    try {
        mConn.exec(QStringLiteral("ROLLBACK"));
    } catch (const Error&) {
        // A lost connection has rolled back on the server already.
    }
}

void PgTransaction::commit()
{
    mConn.exec(QStringLiteral("COMMIT"));
    mDone = true;
}

} // namespace wm
