#include "core/string_dictionary.h"

#include <QHashFunctions>

#include <limits>
#include <stdexcept>

namespace wm {

std::size_t StringDictionary::slotOf(QByteArrayView utf8) const
{
    const std::size_t mask = mSlots.size() - 1;
    std::size_t slot = qHash(utf8, 0) & mask;
    while (mSlots[slot] != 0 && this->utf8(mSlots[slot] - 1) != utf8)
        slot = (slot + 1) & mask;
    return slot;
}

void StringDictionary::grow()
{
    mSlots.assign(std::max<std::size_t>(64, mSlots.size() * 2), 0);
    for (std::uint32_t code = 0; code < size(); ++code)
        mSlots[slotOf(utf8(code))] = code + 1;
}

std::uint32_t StringDictionary::intern(QByteArrayView utf8)
{
    if (++mInterned == DecideAfter && 2 * std::uint64_t(size()) > mInterned) {
        mPlain = true;
        mSlots = {};
    }
    std::size_t slot = 0;
    if (!mPlain) {
        // Kept at most half full, so probes stay short.
        if (2 * (std::size_t(size()) + 1) > mSlots.size())
            grow();
        slot = slotOf(utf8);
        if (mSlots[slot] != 0)
            return mSlots[slot] - 1;
    }
    if (size() == std::numeric_limits<std::uint32_t>::max() - 1)
        throw std::length_error("more than 4 billion strings in a column");
    if (mArena.size() + std::size_t(utf8.size()) > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("more than 4 GiB of text in a column");
    const std::uint32_t code = size();
    mArena.append(utf8.data(), std::size_t(utf8.size()));
    mOffsets.push_back(std::uint32_t(mArena.size()));
    if (!mPlain)
        mSlots[slot] = code + 1;
    return code;
}

std::optional<std::uint32_t> StringDictionary::find(QByteArrayView utf8) const
{
    if (mPlain) {
        for (std::uint32_t code = 0; code < size(); ++code)
            if (this->utf8(code) == utf8)
                return code;
        return std::nullopt;
    }
    if (mSlots.empty())
        return std::nullopt;
    const std::size_t slot = slotOf(utf8);
    if (mSlots[slot] == 0)
        return std::nullopt;
    return mSlots[slot] - 1;
}

} // namespace wm
