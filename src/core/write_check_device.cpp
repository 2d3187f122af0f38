#include "core/write_check_device.h"

namespace wm {

WriteCheckDevice::WriteCheckDevice(QIODevice& target) : mTarget(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 WriteCheckDevice::readData(char*, qint64)
{
    return -1;
}

qint64 WriteCheckDevice::writeData(const char* data, qint64 size)
{
    if (mFailed)
        return -1;
    // A short write is retried, as write(2) callers must: the retry gives the reason.
    for (qint64 done = 0; done < size;) {
        const qint64 n = mTarget.write(data + done, size - done);
        if (n <= 0) {
            mFailed = true;
            mFailure = mTarget.errorString();
            setErrorString(mFailure);
            return -1;
        }
        done += n;
        mWritten += n;
    }
    return size;
}

} // namespace wm
