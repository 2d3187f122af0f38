#include "core/spatial_index.h"

#include <algorithm>

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

} // namespace

void SpatialIndex::build(std::size_t itemCount, const EnvelopeOf& envelopeOf)
{
    mBuilt = true;
    mLeafCount = 0;
    mBoxes.clear();
    mIndices.clear();
    mLevelEnds.clear();

    std::vector<float> boxes;
    std::vector<std::uint32_t> items;
    boxes.reserve(4 * itemCount);
    items.reserve(itemCount);
    Extent total;
    for (std::size_t i = 0; i < itemCount; ++i) {
        const Extent e = envelopeOf(i);
        if (e.isNull())
            continue;
        boxes.insert(boxes.end(),
                     {floatDown(e.xMin), floatDown(e.yMin), floatUp(e.xMax), floatUp(e.yMax)});
        items.push_back(std::uint32_t(i));
        total.include(e);
    }
    const std::size_t m = items.size();
    mLeafCount = m;
    if (m == 0)
        return;

    // Sort keys: the Hilbert value of the box centre above, the item's position below.
    std::vector<std::uint64_t> keys(m);
    const double w = total.width() > 0 ? total.width() : 1.0;
    const double h = total.height() > 0 ? total.height() : 1.0;
    for (std::size_t k = 0; k < m; ++k) {
        const double cx = (double(boxes[4 * k]) + boxes[4 * k + 2]) / 2;
        const double cy = (double(boxes[4 * k + 1]) + boxes[4 * k + 3]) / 2;
        const auto gx = std::uint32_t(std::clamp((cx - total.xMin) / w, 0.0, 1.0) * 65535.0);
        const auto gy = std::uint32_t(std::clamp((cy - total.yMin) / h, 0.0, 1.0) * 65535.0);
        keys[k] = (std::uint64_t(hilbert(gx, gy)) << 32) | std::uint64_t(k);
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
        const std::size_t k = std::size_t(keys[pos] & 0xFFFFFFFFu);
        std::copy_n(&boxes[4 * k], 4, &mBoxes[4 * pos]);
        mIndices[pos] = items[k];
    }
    keys = {};
    boxes = {};
    items = {};

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
