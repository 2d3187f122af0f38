#include "core/atomic_output.h"

#include "core/error.h"
#include "core/write_check_device.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::AtomicOutput)
};
} // namespace

namespace wm {

AtomicOutput::AtomicOutput(QString path)
    : mPath(std::move(path)), mFile(std::make_unique<QSaveFile>(mPath))
{
    if (!mFile->open(QIODevice::WriteOnly))
        throw Error(mPath, Tr::tr("cannot write: %1").arg(mFile->errorString()));
    mChecked = std::make_unique<WriteCheckDevice>(*mFile);
}

AtomicOutput::AtomicOutput(QString path, QIODevice& sink)
    : mPath(std::move(path)), mChecked(std::make_unique<WriteCheckDevice>(sink))
{
}

// QSaveFile's destructor removes a temporary file that was not committed.
AtomicOutput::~AtomicOutput() = default;

QIODevice& AtomicOutput::device()
{
    return *mChecked;
}

void AtomicOutput::fail(const QString& reason)
{
    if (mFile)
        mFile->cancelWriting();
    mFile.reset(); // removes the temporary file now, not when the caller unwinds
    throw Error(mPath, reason.isEmpty() ? Tr::tr("cannot write the file (disk full?)")
                                        : Tr::tr("cannot write: %1").arg(reason));
}

void AtomicOutput::checkWrites()
{
    if (mChecked->failed())
        fail(mChecked->failure());
}

void AtomicOutput::commit()
{
    checkWrites();
    if (!mFile)
        return;
    // QSaveFile (Qt 6.4) ignores a failed flush when it closes the temporary file and
    // would rename a truncated file into place; flushing first surfaces that error.
    if (!mFile->flush() || mFile->error() != QFileDevice::NoError)
        fail(mFile->errorString());
    if (!mFile->commit()) {
        const QString reason = mFile->errorString();
        mFile.reset();
        throw Error(mPath, Tr::tr("cannot save: %1").arg(reason));
    }
    mFile.reset();
}

} // namespace wm
