#include "core/spatial_index.h"

#include <algorithm>
#include <cmath>

namespace wm {

namespace {

/// Position of (x, y) along the Hilbert curve through a 65536 × 65536 grid: items close
/// on the curve are close on the map, so consecutive items make tight nodes.
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y)
{
    constexpr std::uint32_t N = 1u << 16;
    std::uint32_t d = 0;
    for (std::uint32_t s = N / 2; s > 0; s /= 2) {
        const std::uint32_t rx = (x & s) ? 1 : 0;
        const std::uint32_t ry = (y & s) ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = N - 1 - x;
                y = N - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

/// Boxes with an infinite side have no place on the Hilbert curve (and their centre is
/// NaN). Readers refuse such coordinates (vector_reader, DXF import) with a note; a box that
/// still arrives here is left out of the index rather than poisoning every key.
bool indexable(const Extent& e)
{
    return !e.isNull() && std::isfinite(e.xMin) && std::isfinite(e.yMin) && std::isfinite(e.xMax) &&
           std::isfinite(e.yMax);
}

} // namespace

void SpatialIndex::build(std::size_t itemCount, const EnvelopeOf& envelopeOf)
{
    mBuilt = true;
    mLeafCount = 0;
    mBoxes.clear();
    mIndices.clear();
    mLevelEnds.clear();

    // Two passes over the envelopes (they are cheap to compute again) instead of a
    // temporary copy of every box: a million points build with 8 bytes of scratch each.
    Extent total;
    std::size_t m = 0;
    for (std::size_t i = 0; i < itemCount; ++i) {
        const Extent e = envelopeOf(i);
        if (!indexable(e))
            continue;
        total.include(e);
        ++m;
    }
    mLeafCount = m;
    if (m == 0)
        return;

    // Sort keys: the Hilbert value of the box centre above, the item below.
    std::vector<std::uint64_t> keys;
    keys.reserve(m);
    const double w = total.width() > 0 ? total.width() : 1.0;
    const double h = total.height() > 0 ? total.height() : 1.0;
    for (std::size_t i = 0; i < itemCount; ++i) {
        const Extent e = envelopeOf(i);
        if (!indexable(e))
            continue;
        const auto gx =
            std::uint32_t(std::clamp((e.centerX() - total.xMin) / w, 0.0, 1.0) * 65535.0);
        const auto gy =
            std::uint32_t(std::clamp((e.centerY() - total.yMin) / h, 0.0, 1.0) * 65535.0);
        keys.push_back((std::uint64_t(hilbert(gx, gy)) << 32) | std::uint64_t(i));
    }
    std::sort(keys.begin(), keys.end());

    std::size_t nodes = m;
    for (std::size_t n = m; n > 1;) {
        n = (n + NodeSize - 1) / NodeSize;
        nodes += n;
    }
    mBoxes.resize(4 * nodes);
    mIndices.resize(nodes);
    for (std::size_t pos = 0; pos < m; ++pos) {
        const auto item = std::uint32_t(keys[pos] & 0xFFFFFFFFu);
        const Extent e = envelopeOf(item);
        mBoxes[4 * pos] = floatDown(e.xMin);
        mBoxes[4 * pos + 1] = floatDown(e.yMin);
        mBoxes[4 * pos + 2] = floatUp(e.xMax);
        mBoxes[4 * pos + 3] = floatUp(e.yMax);
        mIndices[pos] = item;
    }
    keys = {};

    // Each level above: one node per NodeSize nodes below, its box their union.
    std::size_t levelBegin = 0, levelEnd = m, write = m;
    mLevelEnds.push_back(m);
    while (levelEnd - levelBegin > 1) {
        for (std::size_t child = levelBegin; child < levelEnd; child += NodeSize) {
            const std::size_t last = std::min(child + NodeSize, levelEnd);
            float b[4] = {mBoxes[4 * child], mBoxes[4 * child + 1], mBoxes[4 * child + 2],
                          mBoxes[4 * child + 3]};
            for (std::size_t c = child + 1; c < last; ++c) {
                b[0] = std::min(b[0], mBoxes[4 * c]);
                b[1] = std::min(b[1], mBoxes[4 * c + 1]);
                b[2] = std::max(b[2], mBoxes[4 * c + 2]);
                b[3] = std::max(b[3], mBoxes[4 * c + 3]);
            }
            std::copy_n(b, 4, &mBoxes[4 * write]);
            mIndices[write] = std::uint32_t(child);
            ++write;
        }
        levelBegin = levelEnd;
        levelEnd = write;
        mLevelEnds.push_back(write);
    }
}

std::vector<qsizetype> SpatialIndex::query(const Extent& extent) const
{
    std::vector<qsizetype> hits;
    visit(extent, [&hits](qsizetype i) {
        hits.push_back(i);
        return true;
    });
    return hits;
}

} // namespace wm
