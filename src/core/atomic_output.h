#pragma once

#include <QString>

#include <memory>

class QIODevice;
class QSaveFile;

namespace wm {

class WriteCheckDevice;

/// One output file written whole or not at all, for writers that stream through a
/// QIODevice (QPdfWriter, QSvgGenerator, QImageWriter). Qt's painters do not report a
/// failed write (a full disk cuts a PDF off in silence), so every write goes through a
/// device that latches the first short or failed write; commit() then checks that, the
/// final flush and the rename into place, and throws wm::Error naming the file. A
/// temporary file not committed is removed when the object goes.
class AtomicOutput {
public:
    /// Writes to a temporary file beside `path` (same file system, so the commit is a rename).
    explicit AtomicOutput(QString path);
    /// Writes to `sink` instead (the seam tests use to inject a failing device); commit()
    /// then only checks the writes.
    AtomicOutput(QString path, QIODevice& sink);
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    /// The device to write to, open for writing.
    QIODevice& device();
    const QString& path() const { return mPath; }

    /// Throws wm::Error naming path() (and removes the temporary file) if a write failed:
    /// for a writer that reports failure without saying why.
    void checkWrites();

    /// Checks every write and the final flush, then renames the file into place; on
    /// failure the temporary file is removed and wm::Error thrown naming path().
    void commit();

private:
    [[noreturn]] void fail(const QString& reason);

    QString mPath;
    std::unique_ptr<QSaveFile> mFile;
    std::unique_ptr<WriteCheckDevice> mChecked;
};

} // namespace wm
