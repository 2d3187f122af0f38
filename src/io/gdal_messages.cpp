#include "io/gdal_messages.h"

#include <QCoreApplication>

#include <cpl_error.h>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::GdalMessages)
};
} // namespace

namespace wm::gdal {

QString summarise(const QString& message, int maxChars)
{
    QString line;
    line.reserve(std::min<qsizetype>(message.size(), maxChars + 1));
    bool blank = false;
    qsizetype kept = 0;
    for (const QChar c : message) {
        const bool isBlank = c.isSpace() || c.category() == QChar::Other_Control ||
                             c.category() == QChar::Other_NotAssigned ||
                             c == QChar::ReplacementCharacter;
        if (isBlank) {
            blank = !line.isEmpty();
            continue;
        }
        if (line.size() >= maxChars) {
            ++kept; // count what is cut, not build it
            continue;
        }
        if (blank)
            line += QLatin1Char(' ');
        blank = false;
        line += c;
    }
    if (kept > 0)
        line += Tr::tr("… (%1 characters)").arg(message.size());
    return line;
}

MessageSink::MessageSink(Show show, int maxShown) : mShow(std::move(show)), mMaxShown(maxShown)
{
    mPreviousData = CPLGetErrorHandlerUserData();
    // The global handler, not a pushed one: worker threads (rendering, checks) raise
    // messages too, and a pushed handler is per thread.
    mPrevious = reinterpret_cast<void*>(CPLSetErrorHandlerEx(
        [](CPLErr level, CPLErrorNum, const char* message) {
            static_cast<MessageSink*>(CPLGetErrorHandlerUserData())->take(int(level), message);
        },
        this));
}

MessageSink::~MessageSink()
{
    CPLSetErrorHandlerEx(reinterpret_cast<CPLErrorHandler>(mPrevious), mPreviousData);
}

int MessageSink::unshown() const
{
    std::lock_guard lock(mMutex);
    return std::max(0, mSeen - mMaxShown);
}

void MessageSink::take(int level, const char* message)
{
    if (level < CE_Warning)
        return; // debug output, only there when CPL_DEBUG asks for it
    std::lock_guard lock(mMutex);
    if (++mSeen > mMaxShown)
        return;
    const QString text = summarise(QString::fromUtf8(message));
    mShow(level >= CE_Failure ? Tr::tr("GDAL error: %1").arg(text)
                              : Tr::tr("GDAL warning: %1").arg(text));
}

} // namespace wm::gdal
