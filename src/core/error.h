#pragma once

#include <QString>
#include <stdexcept>

namespace wm {

/// A problem with the user's input (a file, a row, a JSON line) that the user can fix.
/// The CLI prints message() on one line and exits with code 2; the GUI shows it in a
/// dialog. Line and column are 1-based; 0 means "not applicable".
class Error : public std::runtime_error {
public:
    Error(QString file, QString what, int line = 0, int column = 0);

    const QString& file() const { return mFile; }
    const QString& detail() const { return mDetail; }
    int line() const { return mLine; }
    int column() const { return mColumn; }

    /// "file:line:column: detail", omitting the parts that are not known.
    QString message() const;

private:
    QString mFile;
    QString mDetail;
    int mLine = 0;
    int mColumn = 0;
};

/// A job the user (or a caller's progress callback) stopped. Derives from Error so a
/// caller that only reports errors still shows it, but callers that must tell a stop from
/// a failure (a panel that stays quiet on cancel) catch this type, never the message text.
class Cancelled : public Error {
public:
    explicit Cancelled(QString file = {});
};

} // namespace wm
