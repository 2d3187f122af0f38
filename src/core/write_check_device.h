#pragma once

#include <QIODevice>

namespace wm {

/// A write-only pass-through to another device that remembers the first write the target
/// did not take whole (a full disk, a closed pipe). Later writes fail at once, so a
/// writer that ignores return values (QPdfEngine, QSvgGenerator) stops filling a broken
/// file and the failure is still known when it has finished.
class WriteCheckDevice : public QIODevice {
public:
    /// `target` must be open for writing and outlive this device.
    explicit WriteCheckDevice(QIODevice& target);

    bool failed() const { return mFailed; }
    /// The target's reason for the first failed write (empty if it gave none).
    const QString& failure() const { return mFailure; }
    qint64 written() const { return mWritten; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice& mTarget;
    bool mFailed = false;
    QString mFailure;
    qint64 mWritten = 0;
};

} // namespace wm
