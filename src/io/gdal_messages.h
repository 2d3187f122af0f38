#pragma once

#include <QString>

#include <functional>
#include <mutex>

namespace wm::gdal {

/// A GDAL message as one line a planner can read: control characters and runs of blanks
/// become one space, and a message longer than `maxChars` (GDAL quotes SQL, paths and
/// sometimes whole rows of the input) is cut with its full length said.
QString summarise(const QString& message, int maxChars = 240);

/// GDAL's messages for the whole run of a face (the CLI's verb, the window): what no
/// ErrorCollector took, on any thread, is passed to `show` summarised, a few at most, never
/// printed raw as "ERROR 1: …" with the bytes of a broken input. Restores the handler it
/// replaced when destroyed.
class MessageSink {
public:
    using Show = std::function<void(const QString& line)>;
    explicit MessageSink(Show show, int maxShown = 5);
    ~MessageSink();
    MessageSink(const MessageSink&) = delete;
    MessageSink& operator=(const MessageSink&) = delete;

    /// Messages seen beyond the first `maxShown`.
    int unshown() const;

private:
    void take(int level, const char* message);

    Show mShow;
    int mMaxShown;
    int mSeen = 0;
    mutable std::mutex mMutex;
    void* mPrevious = nullptr;
    void* mPreviousData = nullptr;
};

} // namespace wm::gdal
