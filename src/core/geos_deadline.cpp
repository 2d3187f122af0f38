#include "core/geos_deadline.h"

#include <geos_c.h>

#include <cmath>
#include <mutex>

namespace wm {

namespace {
thread_local GeosDeadline* tCurrent = nullptr;
} // namespace

GeosDeadline::GeosDeadline(double seconds, std::function<bool()> keepGoing)
    : mKeepGoing(std::move(keepGoing)), mOuter(tCurrent)
{
    static std::once_flag installed;
    std::call_once(installed, [] { GEOS_interruptRegisterCallback(&GeosDeadline::check); });
    restart(seconds);
    tCurrent = this;
}

GeosDeadline::~GeosDeadline()
{
    tCurrent = mOuter;
}

void GeosDeadline::restart(double seconds)
{
    mLimitMs = qint64(std::llround(seconds * 1000));
    mExpired = false;
    mClock.start();
}

void GeosDeadline::check()
{
    GeosDeadline* d = tCurrent;
    if (!d)
        return;
    if (d->mKeepGoing && !d->mKeepGoing())
        d->mCancelled = true;
    else if (d->mClock.elapsed() > d->mLimitMs)
        d->mExpired = true;
    else
        return;
    GEOS_interruptRequest();
}

} // namespace wm
