#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wm {

/// Distinct strings of a column, each stored once as UTF-8 in one arena and addressed
/// by a dense code. A column of a million rows with a dozen kinds costs four bytes a
/// row; a column of a million different names about the names' own bytes.
class StringDictionary {
public:
    /// The code of `utf8`, added if new.
    std::uint32_t intern(QByteArrayView utf8);
    std::uint32_t intern(const QString& text) { return intern(QByteArrayView(text.toUtf8())); }
    /// The code of `utf8` if present.
    std::optional<std::uint32_t> find(QByteArrayView utf8) const;

    std::uint32_t size() const { return std::uint32_t(mOffsets.size() - 1); }
    QByteArrayView utf8(std::uint32_t code) const
    {
        return QByteArrayView(mArena.data() + mOffsets[code],
                              qsizetype(mOffsets[code + 1] - mOffsets[code]));
    }
    QString text(std::uint32_t code) const { return QString::fromUtf8(utf8(code)); }

    std::size_t memoryBytes() const
    {
        return mArena.capacity() + mOffsets.capacity() * sizeof(std::uint64_t) +
               mSlots.capacity() * sizeof(std::uint32_t);
    }

private:
    void grow();
    std::size_t slotOf(QByteArrayView utf8) const;

    std::string mArena;
    std::vector<std::uint64_t> mOffsets{0};
    /// Open addressing: 0 is an empty slot, otherwise code + 1.
    std::vector<std::uint32_t> mSlots;
};

} // namespace wm
