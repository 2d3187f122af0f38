#include "core/partial_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PartialFile)
};
} // namespace

namespace wm {

bool replaceFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

bool processIsGone(qint64 pid)
{
    if (pid <= 0)
        return true;
    return pid != qint64(::getpid()) && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString partialPathFor(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.partial-%2.%3")
                                   .arg(info.fileName())
                                   .arg(::getpid())
                                   .arg(info.suffix()));
}

QStringList removeStalePartials(const QString& path)
{
    const QFileInfo info(path);
    const QRegularExpression tagged(QStringLiteral("^\\.%1\\.partial-(\\d+)\\.")
                                        .arg(QRegularExpression::escape(info.fileName())));
    QStringList notes;
    const QDir dir = info.dir();
    const QStringList candidates = dir.entryList(
        {QStringLiteral(".%1.partial-*").arg(info.fileName())}, QDir::Files | QDir::Hidden);
    for (const QString& name : candidates) {
        const QRegularExpressionMatch m = tagged.match(name);
        if (!m.hasMatch() || !processIsGone(m.captured(1).toLongLong()))
            continue;
        if (QFile::remove(dir.filePath(name)))
            notes << Tr::tr("removed %1, left unfinished by a run that was stopped")
                         .arg(dir.filePath(name));
    }
    return notes;
}

} // namespace wm
