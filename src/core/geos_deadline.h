#pragma once

#include <QElapsedTimer>

#include <functional>

namespace wm {

/// While alive, GEOS operations on this thread are interrupted (they return null, or 2 for
/// predicates) once `seconds` have passed or `keepGoing` returns false. GEOS 3.11 has only
/// a process-wide interrupt hook; it is installed once and reads a per-thread deadline, so
/// threads without a GeosDeadline are not slowed. The request flag itself is process-wide:
/// rarely, another thread's GEOS call may see an interrupt meant for this one.
class GeosDeadline {
public:
    GeosDeadline(double seconds, std::function<bool()> keepGoing);
    ~GeosDeadline();
    GeosDeadline(const GeosDeadline&) = delete;
    GeosDeadline& operator=(const GeosDeadline&) = delete;

    /// Starts the clock again with `seconds` (for a fallback after a first attempt).
    void restart(double seconds);
    bool expired() const { return mExpired; }
    bool cancelled() const { return mCancelled; }
    qint64 elapsedMs() const { return mClock.elapsed(); }

private:
    static void check();

    QElapsedTimer mClock;
    qint64 mLimitMs = 0;
    std::function<bool()> mKeepGoing;
    bool mExpired = false;
    bool mCancelled = false;
    GeosDeadline* mOuter = nullptr;
};

} // namespace wm
