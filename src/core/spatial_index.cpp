#include "core/spatial_index.h"

#include "core/geos_context.h"

#include <cstdint>
#include <utility>

namespace wm {

SpatialIndex::~SpatialIndex()
{
    if (mTree)
        GEOSSTRtree_destroy_r(geosContext(), mTree);
}

SpatialIndex::SpatialIndex(SpatialIndex&& other) noexcept
    : mTree(std::exchange(other.mTree, nullptr)), mSize(std::exchange(other.mSize, 0))
{
}

SpatialIndex& SpatialIndex::operator=(SpatialIndex&& other) noexcept
{
    if (this != &other) {
        if (mTree)
            GEOSSTRtree_destroy_r(geosContext(), mTree);
        mTree = std::exchange(other.mTree, nullptr);
        mSize = std::exchange(other.mSize, 0);
    }
    return *this;
}

void SpatialIndex::build(const std::vector<const GEOSGeometry*>& geometries)
{
    GEOSContextHandle_t ctx = geosContext();
    if (mTree)
        GEOSSTRtree_destroy_r(ctx, mTree);
    mTree = GEOSSTRtree_create_r(ctx, 10);
    mSize = 0;
    for (std::size_t i = 0; i < geometries.size(); ++i) {
        const GEOSGeometry* g = geometries[i];
        if (!g || GEOSisEmpty_r(ctx, g))
            continue;
        // GEOS only reads the envelope at insert time; the item is the feature index.
        GEOSSTRtree_insert_r(ctx, mTree, g,
                             reinterpret_cast<void*>(static_cast<std::uintptr_t>(i)));
        ++mSize;
    }
    // The tree is packed lazily on its first query; do it now so that later queries
    // from other threads only read.
    query(Extent::of(0, 0, 0, 0));
}

std::vector<qsizetype> SpatialIndex::query(const Extent& extent) const
{
    std::vector<qsizetype> hits;
    if (!mTree || extent.isNull())
        return hits;
    GEOSContextHandle_t ctx = geosContext();
    GEOSGeometry* box =
        GEOSGeom_createRectangle_r(ctx, extent.xMin, extent.yMin, extent.xMax, extent.yMax);
    GEOSSTRtree_query_r(
        ctx, mTree, box,
        [](void* item, void* out) {
            static_cast<std::vector<qsizetype>*>(out)->push_back(
                qsizetype(reinterpret_cast<std::uintptr_t>(item)));
        },
        &hits);
    GEOSGeom_destroy_r(ctx, box);
    return hits;
}

} // namespace wm
