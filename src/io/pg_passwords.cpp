#include "io/pg_passwords.h"

#include "io/pg_connection.h"

#include <QDir>
#include <QFile>

#include <libpq-fe.h>

namespace wm {

namespace {

struct Target {
    QString host, port, db, user;
    bool isValid() const { return !host.isEmpty() && !db.isEmpty() && !user.isEmpty(); }
};

/// Where `source` connects to. libpq resolves the service file and defaults even for a
/// connection that fails for want of a password.
Target targetOf(const QString& source)
{
    Target t;
    QString info = PgConnection::connInfo(source) + QStringLiteral(" connect_timeout=5");
    PGconn* c = PQconnectdb(info.toUtf8().constData());
    if (!c)
        return t;
    t.host = QString::fromUtf8(PQhost(c));
    t.port = QString::fromUtf8(PQport(c));
    t.db = QString::fromUtf8(PQdb(c));
    t.user = QString::fromUtf8(PQuser(c));
    PQfinish(c);
    return t;
}

/// A field of a password file line: ':' and '\' escaped.
QString escaped(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char(':'), QLatin1String("\\:"));
    return s;
}

} // namespace

PgPasswords::PgPasswords()
{
    mHadPreviousPassFile = qEnvironmentVariableIsSet("PGPASSFILE");
    mPreviousPassFile = qgetenv("PGPASSFILE");
}

PgPasswords::~PgPasswords()
{
    if (mFile.isEmpty())
        return;
    if (mHadPreviousPassFile)
        qputenv("PGPASSFILE", mPreviousPassFile);
    else
        qunsetenv("PGPASSFILE");
}

bool PgPasswords::needsPassword(const QString& problem)
{
    return problem.contains(QLatin1String("no password supplied")) ||
           problem.contains(QLatin1String("password authentication failed"));
}

QString PgPasswords::describe(const QString& source)
{
    const Target t = targetOf(source);
    if (!t.isValid())
        return {};
    return QStringLiteral("%1@%2:%3/%4").arg(t.user, t.host, t.port, t.db);
}

bool PgPasswords::add(const QString& source, const QString& password)
{
    const Target t = targetOf(source);
    if (!t.isValid())
        return false;
    if (!mDir) {
        mDir = std::make_unique<QTemporaryDir>();
        if (!mDir->isValid())
            return false;
        mFile = mDir->filePath(QStringLiteral("pgpass"));
        // The user's own file first: setting PGPASSFILE stops libpq reading it.
        const QString own = mHadPreviousPassFile ? QString::fromLocal8Bit(mPreviousPassFile)
                                                 : QDir::home().filePath(QStringLiteral(".pgpass"));
        QFile in(own);
        QByteArray lines;
        if (in.open(QIODevice::ReadOnly))
            lines = in.readAll();
        if (!lines.isEmpty() && !lines.endsWith('\n'))
            lines += '\n';
        QFile out(mFile);
        if (!out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
            out.write(lines) != lines.size())
            return false;
    }
    QFile out(mFile);
    if (!out.open(QIODevice::ReadOnly))
        return false;
    // Typed now: before the user's lines, since libpq takes the first that matches.
    const QByteArray existing = out.readAll();
    out.close();
    const QByteArray line = QStringLiteral("%1:%2:%3:%4:%5\n")
                                .arg(escaped(t.host), escaped(t.port), escaped(t.db),
                                     escaped(t.user), escaped(password))
                                .toUtf8();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(line + existing) != line.size() + existing.size())
        return false;
    out.close();
    qputenv("PGPASSFILE", QFile::encodeName(mFile));
    return true;
}

} // namespace wm
