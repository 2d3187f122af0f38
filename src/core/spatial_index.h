#pragma once

#include "core/extent.h"

#include <QtGlobal>
#include <geos_c.h>

#include <vector>

namespace wm {

/// A static R-tree (GEOS STRtree) over feature envelopes, addressed by feature index.
/// Built once after loading; queries are read-only and may run from several threads.
class SpatialIndex {
public:
    SpatialIndex() = default;
    ~SpatialIndex();
    SpatialIndex(SpatialIndex&& other) noexcept;
    SpatialIndex& operator=(SpatialIndex&& other) noexcept;
    SpatialIndex(const SpatialIndex&) = delete;
    SpatialIndex& operator=(const SpatialIndex&) = delete;

    /// Indexes geometries[i] as item i; null entries are skipped.
    void build(const std::vector<const GEOSGeometry*>& geometries);
    bool isBuilt() const { return mTree != nullptr; }
    qsizetype size() const { return mSize; }

    /// Indices of the items whose envelope intersects `extent`, in no particular order.
    std::vector<qsizetype> query(const Extent& extent) const;

private:
    GEOSSTRtree* mTree = nullptr;
    qsizetype mSize = 0;
};

} // namespace wm
