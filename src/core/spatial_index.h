#pragma once

#include "core/extent.h"

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

namespace wm {

/// A static packed R-tree over item envelopes, addressed by item (feature) index.
///
/// Built once, in bulk: items are sorted along a Hilbert curve through their centres and
/// packed 16 to a node, level by level, so a million items build in a fraction of a
/// second with no per-item insertion. Boxes are kept as floats rounded outwards (20
/// bytes per item): a query returns every item whose true envelope intersects, and may
/// return an item whose envelope only touches the rounded box; Layer::featuresIn
/// removes those with the exact envelopes. Queries only read and may run from several
/// threads.
/// The largest float not above `v` and the smallest not below it: boxes kept as floats
/// must still contain what they bound.
inline float floatDown(double v)
{
    const float f = float(v);
    return double(f) > v ? std::nextafter(f, -INFINITY) : f;
}
inline float floatUp(double v)
{
    const float f = float(v);
    return double(f) < v ? std::nextafter(f, INFINITY) : f;
}

class SpatialIndex {
public:
    /// Envelope of item i, or a null extent for an item not to index.
    using EnvelopeOf = std::function<Extent(std::size_t)>;

    void build(std::size_t itemCount, const EnvelopeOf& envelopeOf);
    bool isBuilt() const { return mBuilt; }
    /// Items indexed (items with a null envelope are left out).
    qsizetype size() const { return qsizetype(mLeafCount); }

    /// Indices of the items whose (rounded) box intersects `extent`, in no particular
    /// order.
    std::vector<qsizetype> query(const Extent& extent) const;
    /// Calls visit(item) for each item query() would return; stops when visit is false.
    template <typename Visit> void visit(const Extent& extent, Visit&& visit) const;

    std::size_t memoryBytes() const
    {
        return mBoxes.capacity() * sizeof(float) + mIndices.capacity() * sizeof(std::uint32_t) +
               mLevelEnds.capacity() * sizeof(std::size_t);
    }

private:
    static constexpr std::size_t NodeSize = 16;
    bool mBuilt = false;
    std::size_t mLeafCount = 0;
    std::vector<float> mBoxes;           ///< 4 per node: minX, minY, maxX, maxY
    std::vector<std::uint32_t> mIndices; ///< leaf: item; inner node: first child
    std::vector<std::size_t> mLevelEnds; ///< end (in nodes) of each level, leaves first
};

template <typename Visit> void SpatialIndex::visit(const Extent& extent, Visit&& visit) const
{
    if (!mBuilt || mLeafCount == 0 || extent.isNull())
        return;
    const float qx0 = floatDown(extent.xMin), qy0 = floatDown(extent.yMin);
    const float qx1 = floatUp(extent.xMax), qy1 = floatUp(extent.yMax);
    // The root is the last node; a stack of (node, level) to visit.
    std::size_t stack[64 * NodeSize];
    int top = 0;
    std::size_t node = mBoxes.size() / 4 - 1;
    std::size_t level = mLevelEnds.size() - 1;
    std::size_t levelStack[64 * NodeSize];
    while (true) {
        const std::size_t end = std::min(node + NodeSize, mLevelEnds[level]);
        for (std::size_t pos = node; pos < end; ++pos) {
            const float* b = &mBoxes[4 * pos];
            // Boxes and query both rounded outwards: no true hit is lost.
            if (qx1 < b[0] || qy1 < b[1] || qx0 > b[2] || qy0 > b[3])
                continue;
            if (level == 0) {
                if (!visit(qsizetype(mIndices[pos])))
                    return;
            } else {
                stack[top] = mIndices[pos];
                levelStack[top] = level - 1;
                ++top;
            }
        }
        if (top == 0)
            return;
        --top;
        node = stack[top];
        level = levelStack[top];
    }
}

} // namespace wm
