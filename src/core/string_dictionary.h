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
///
/// A column whose values are mostly distinct (names, addresses, ids) gains nothing from
/// the hash lookups: after 65,536 values with more than half of them new, the
/// dictionary stops looking up and appends every value (codes then repeat values).
class StringDictionary {
public:
    /// The code of `utf8`, added if new.
    std::uint32_t intern(QByteArrayView utf8);
    std::uint32_t intern(const QString& text) { return intern(QByteArrayView(text.toUtf8())); }
    /// The code of `utf8` if present (the first, once the dictionary appends every value).
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
        return mArena.capacity() + mOffsets.capacity() * sizeof(std::uint32_t) +
               mSlots.capacity() * sizeof(std::uint32_t);
    }

private:
    void grow();
    static constexpr std::uint64_t DecideAfter = 65536;
    std::uint64_t mInterned = 0;
    bool mPlain = false; ///< no lookups any more: every value appended
    std::size_t slotOf(QByteArrayView utf8) const;

    std::string mArena;
    std::vector<std::uint32_t> mOffsets{0}; ///< the arena holds at most 4 GiB
    /// Open addressing: 0 is an empty slot, otherwise code + 1.
    std::vector<std::uint32_t> mSlots;
};

} // namespace wm
