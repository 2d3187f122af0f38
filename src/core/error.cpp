#include "core/error.h"

#include <QCoreApplication>

namespace wm {

namespace {
QString format(const QString& file, const QString& detail, int line, int column)
{
    QString where = file;
    if (line > 0) {
        where += QStringLiteral(":%1").arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    return where.isEmpty() ? detail : where + QStringLiteral(": ") + detail;
}
} // namespace

Error::Error(QString file, QString what, int line, int column)
    : std::runtime_error(format(file, what, line, column).toStdString()), mFile(std::move(file)),
      mDetail(std::move(what)), mLine(line), mColumn(column)
{
}

QString Error::message() const
{
    return format(mFile, mDetail, mLine, mColumn);
}

Cancelled::Cancelled(QString file)
    : Error(std::move(file), QCoreApplication::translate("wm::Error", "cancelled"))
{
}

} // namespace wm
