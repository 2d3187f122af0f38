#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wm {

/// Passwords a planner typed for shared databases, for this run only. libpq reads them
/// from a password file (PGPASSFILE) that lives in a private temporary folder: the lines
/// of the user's own ~/.pgpass first, then one line per password typed, for exactly the
/// server, port, database and user it was typed for. Nothing reaches a project file, and
/// the file goes when this object does. GDAL's PostgreSQL driver uses libpq, so layer
/// reads see the same passwords as saves.
class PgPasswords {
public:
    PgPasswords();
    ~PgPasswords();
    PgPasswords(const PgPasswords&) = delete;
    PgPasswords& operator=(const PgPasswords&) = delete;

    /// Whether a connection failed for want of a password (or with a wrong one).
    static bool needsPassword(const QString& problem);
    /// "user@host:port/db" of a connection, as a prompt names it (resolved through the
    /// service file); empty if libpq cannot tell.
    static QString describe(const QString& source);

    /// Remembers `password` for the server, port, database and user of `source`. False
    /// when those cannot be told or the file cannot be written.
    bool add(const QString& source, const QString& password);

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mFile;
    QByteArray mPreviousPassFile;
    bool mHadPreviousPassFile = false;
};

} // namespace wm
