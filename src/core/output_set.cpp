#include "core/output_set.h"

#include "core/error.h"
#include "core/json_file.h"
#include "core/kill_point.h"
#include "core/partial_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::OutputSet)
};

const QString kJournal = QStringLiteral(".worksmap-replacing.json");
const QString kStagingPrefix = QStringLiteral(".worksmap-run-");

/// Whether the process that made staging folder `name` (".worksmap-run-<pid>-…") is gone.
bool ownerIsGone(const QString& name)
{
    bool ok = false;
    const qint64 pid =
        name.mid(kStagingPrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    return !ok || wm::processIsGone(pid);
}
} // namespace

namespace wm {

QStringList OutputSet::recover(const QString& dir)
{
    QStringList notes;
    const QDir folder(dir);
    const QString journal = folder.filePath(kJournal);
    if (QFileInfo::exists(journal)) {
        const QJsonObject j = readJsonObject(journal);
        const QString staging = folder.filePath(j.value(QStringLiteral("staging")).toString());
        int moved = 0;
        for (const QJsonValue& v : j.value(QStringLiteral("files")).toArray()) {
            const QString name = QFileInfo(v.toString()).fileName(); // never a path
            const QString from = QDir(staging).filePath(name);
            if (!name.isEmpty() && QFileInfo::exists(from)) {
                if (!replaceFile(from, folder.filePath(name)))
                    throw Error(folder.filePath(name),
                                Tr::tr("cannot complete the replacement an interrupted run "
                                       "left under way"));
                ++moved;
            }
        }
        QDir(staging).removeRecursively();
        QFile::remove(journal);
        notes << Tr::tr("completed the replacement of %1 file(s) an interrupted run left under "
                        "way in %2")
                     .arg(moved)
                     .arg(dir);
    }
    for (const QString& name :
         folder.entryList({kStagingPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden)) {
        if (!ownerIsGone(name))
            continue;
        QDir(folder.filePath(name)).removeRecursively();
        notes << Tr::tr("removed %1, the unfinished outputs of a run that was stopped")
                     .arg(folder.filePath(name));
    }
    return notes;
}

OutputSet::OutputSet(QString dir) : mDir(QFileInfo(dir).absoluteFilePath())
{
    if (!QDir().mkpath(mDir))
        throw Error(mDir, Tr::tr("cannot create the output folder"));
    mNotes = recover(mDir);
    const QString name = QStringLiteral("%1%2-%3")
                             .arg(kStagingPrefix)
                             .arg(::getpid())
                             .arg(QString::number(quintptr(this), 16));
    mStaging = QDir(mDir).filePath(name);
    QDir(mStaging).removeRecursively();
    if (!QDir().mkpath(mStaging))
        throw Error(mDir, Tr::tr("cannot create a temporary folder"));
}

OutputSet::~OutputSet()
{
    if (!mCommitted)
        QDir(mStaging).removeRecursively();
}

QString OutputSet::stagingPath(const QString& name)
{
    const QString file = QFileInfo(name).fileName();
    if (!mNames.contains(file))
        mNames << file;
    return QDir(mStaging).filePath(file);
}

QString OutputSet::finalPath(const QString& name) const
{
    return QDir(mDir).filePath(QFileInfo(name).fileName());
}

QStringList OutputSet::commit()
{
    QStringList written;
    for (const QString& name : mNames)
        if (!QFileInfo::exists(QDir(mStaging).filePath(name)))
            throw Error(finalPath(name), Tr::tr("was not written"));
    killPoint("output-set:before-journal");
    QJsonArray files;
    for (const QString& name : mNames)
        files.append(name);
    writeJsonObjectAtomically(
        QDir(mDir).filePath(kJournal),
        QJsonObject{{QStringLiteral("staging"), QFileInfo(mStaging).fileName()},
                    {QStringLiteral("files"), files}});
    killPoint("output-set:journal-written");
    for (const QString& name : mNames) {
        if (!replaceFile(QDir(mStaging).filePath(name), finalPath(name)))
            throw Error(finalPath(name), Tr::tr("cannot replace the file"));
        written << finalPath(name);
        killPoint("output-set:one-renamed");
    }
    QDir(mStaging).removeRecursively();
    QFile::remove(QDir(mDir).filePath(kJournal));
    mCommitted = true;
    return written;
}

} // namespace wm
