#pragma once

// Shared by the libFuzzer targets of tests/fuzz: the input as text, as parts, or as a file
// for the readers that take a path, and a loud stop when a property does not hold.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace wm::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The input decoded as UTF-8 (invalid sequences become U+FFFD, as a file read would give).
inline QString text(const std::uint8_t* data, std::size_t size)
{
    return QString::fromUtf8(bytes(data, size));
}

/// The input cut at its first `count - 1` newlines into `count` parts (missing ones empty), so
/// a target taking several strings reads a corpus file a person can write and read.
inline QStringList parts(const std::uint8_t* data, std::size_t size, int count)
{
    QStringList out = text(data, size).split(QLatin1Char('\n'));
    while (out.size() > count) {
        out[count - 1] += QLatin1Char('\n') + out.takeAt(count);
    }
    while (out.size() < count)
        out << QString();
    return out;
}

/// Writes the input to `name` in a directory made once per fuzzing process and returns the
/// path. One directory for the whole run: making one per input would cost more than most of
/// the parsers. scripts/fuzz.sh points TMPDIR at its scratch directory, so a crashed run
/// leaves nothing in /tmp.
inline QString writeInput(const std::uint8_t* data, std::size_t size, const QString& name)
{
    static const QTemporaryDir dir; // function-local: the harness's one piece of state
    QFile file(dir.filePath(name));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz: cannot write the input to %s\n", qPrintable(file.fileName()));
        std::abort();
    }
    return file.fileName();
}

/// Stops the run (libFuzzer keeps the input as a crash reproducer) when `holds` is false.
inline void require(bool holds, const char* property)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: property violated: %s\n", property);
    std::abort();
}

} // namespace wm::fuzz
