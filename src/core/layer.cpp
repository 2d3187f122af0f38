#include "core/layer.h"

#include <algorithm>
#include <atomic>
#include <mutex>

namespace wm {

/// GEOS geometries made or kept, one slot per feature, allocated on the first
/// geometry() call; before that, geometries kept by addFeature wait in `pending`.
struct Layer::GeosCache {
    std::once_flag once;
    bool ready = false;
    std::unique_ptr<std::atomic<GEOSGeometry*>[]> slots;
    std::size_t size = 0;
    std::vector<GEOSGeometry*> pending;

    void allocate(std::size_t n)
    {
        auto grown = std::make_unique<std::atomic<GEOSGeometry*>[]>(n);
        for (std::size_t i = 0; i < n; ++i)
            grown[i].store(i < size             ? slots[i].load(std::memory_order_relaxed)
                           : i < pending.size() ? pending[i]
                                                : nullptr,
                           std::memory_order_relaxed);
        slots = std::move(grown);
        size = n;
        pending = {};
        ready = true;
    }
};

Layer::Layer() : mGeos(std::make_unique<GeosCache>()) {}

Layer::~Layer()
{
    releaseGeos();
}

Layer::Layer(Layer&&) noexcept = default;

Layer& Layer::operator=(Layer&& other) noexcept
{
    if (this != &other) {
        releaseGeos();
        name = std::move(other.name);
        sourcePath = std::move(other.sourcePath);
        driver = std::move(other.driver);
        sourceGeometryType = std::move(other.sourceGeometryType);
        sourceCrs = std::move(other.sourceCrs);
        crs = std::move(other.crs);
        kind = other.kind;
        attributes = std::move(other.attributes);
        report = std::move(other.report);
        mGeometries = std::move(other.mGeometries);
        mFirstFid = other.mFirstFid;
        mFids = std::move(other.mFids);
        mEnvelopes = std::move(other.mEnvelopes);
        mExtent = other.mExtent;
        mIndex = std::move(other.mIndex);
        mGeos = std::move(other.mGeos);
    }
    return *this;
}

void Layer::releaseGeos()
{
    if (!mGeos)
        return;
    GEOSContextHandle_t ctx = geosContext();
    for (std::size_t i = 0; i < mGeos->size; ++i)
        if (GEOSGeometry* g = mGeos->slots[i].load(std::memory_order_relaxed))
            GEOSGeom_destroy_r(ctx, g);
    for (GEOSGeometry* g : mGeos->pending)
        if (g)
            GEOSGeom_destroy_r(ctx, g);
    mGeos.reset();
}

std::shared_ptr<Layer> Layer::emptyCopy() const
{
    auto copy = std::make_shared<Layer>();
    copy->name = name;
    copy->sourcePath = sourcePath;
    copy->driver = driver;
    copy->sourceGeometryType = sourceGeometryType;
    copy->sourceCrs = sourceCrs;
    copy->crs = crs;
    copy->kind = kind;
    copy->report = report;
    copy->attributes.setFields(attributes.fields());
    return copy;
}

void Layer::reserve(qsizetype n, qsizetype vertices)
{
    mGeometries.reserve(std::size_t(n), std::size_t(vertices));
}

void Layer::noteFid(qint64 fid)
{
    const qsizetype i = featureCount(); // the index the feature will get
    if (mFids.empty()) {
        if (i == 0)
            mFirstFid = fid;
        if (fid == mFirstFid + i)
            return;
        mFids.reserve(std::size_t(i) + 1);
        for (qsizetype k = 0; k < i; ++k)
            mFids.push_back(mFirstFid + k);
    }
    mFids.push_back(fid);
}

void Layer::noteAdded(GeomPtr kept)
{
    const std::size_t i = mGeometries.size() - 1;
    const Extent e = mGeometries.envelope(i);
    mExtent.include(e);
    if (mEnvelopes.empty() && !mGeometries.pointsOnly()) {
        mEnvelopes.reserve(mGeometries.size());
        for (std::size_t k = 0; k < i; ++k)
            mEnvelopes.push_back(mGeometries.envelope(k));
    }
    if (!mEnvelopes.empty() || !mGeometries.pointsOnly())
        mEnvelopes.push_back(e);
    GeosCache& cache = *mGeos;
    if (cache.ready) {
        if (cache.size <= i)
            cache.allocate(std::max(i + 1, 2 * cache.size));
        cache.slots[i].store(kept.release(), std::memory_order_relaxed);
    } else if (kept) {
        cache.pending.resize(i + 1, nullptr);
        cache.pending[i] = kept.release();
    }
}

qsizetype Layer::addFeature(qint64 fid, GeomPtr geometry)
{
    noteFid(fid);
    mGeometries.appendGeos(geometry.get());
    // Polygons are kept as GEOS made them: units are clipped, prepared and unioned in
    // every check, and a repaired polygon need not be rebuilt. Points and lines are
    // rebuilt from the arrays in the rare analysis that needs them as GEOS.
    GEOSContextHandle_t ctx = geosContext();
    const int type = geometry ? GEOSGeomTypeId_r(ctx, geometry.get()) : -1;
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
        geometry.reset();
    noteAdded(std::move(geometry));
    return featureCount() - 1;
}

qsizetype Layer::addPoint(qint64 fid, double x, double y)
{
    noteFid(fid);
    mGeometries.appendPoint(x, y);
    noteAdded(nullptr);
    return featureCount() - 1;
}

qsizetype Layer::addNull(qint64 fid)
{
    noteFid(fid);
    mGeometries.appendNull();
    noteAdded(nullptr);
    return featureCount() - 1;
}

qsizetype Layer::addParsed(qint64 fid, const ParsedGeometry& geometry)
{
    noteFid(fid);
    mGeometries.append(geometry);
    noteAdded(nullptr);
    return featureCount() - 1;
}

bool Layer::addWkb(qint64 fid, const std::uint8_t* wkb, std::size_t size)
{
    const std::vector<qint64>::size_type fidsBefore = mFids.size();
    const qint64 firstBefore = mFirstFid;
    noteFid(fid);
    if (!mGeometries.appendWkb(wkb, size)) {
        mFids.resize(fidsBefore);
        mFirstFid = firstBefore;
        return false;
    }
    noteAdded(nullptr);
    return true;
}

Extent Layer::envelope(qsizetype i) const
{
    if (!mEnvelopes.empty())
        return mEnvelopes[std::size_t(i)];
    return mGeometries.envelope(std::size_t(i));
}

const GEOSGeometry* Layer::geometry(qsizetype i) const
{
    if (mGeometries.isNull(std::size_t(i)))
        return nullptr;
    GeosCache& cache = *mGeos;
    std::call_once(cache.once, [&] {
        if (!cache.ready)
            cache.allocate(mGeometries.size());
    });
    std::atomic<GEOSGeometry*>& slot = cache.slots[std::size_t(i)];
    GEOSGeometry* g = slot.load(std::memory_order_acquire);
    if (g)
        return g;
    GeomPtr made = mGeometries.toGeos(std::size_t(i));
    GEOSGeometry* expected = nullptr;
    if (slot.compare_exchange_strong(expected, made.get(), std::memory_order_acq_rel))
        return made.release();
    return expected; // another thread made it first
}

void Layer::buildIndex()
{
    mGeometries.squeeze();
    const std::size_t n = mGeometries.size();
    mExtent = Extent();
    if (!mEnvelopes.empty()) {
        for (std::size_t i = 0; i < n; ++i) {
            mEnvelopes[i] = mGeometries.envelope(i);
            mExtent.include(mEnvelopes[i]);
        }
        mIndex.build(n, [this](std::size_t i) { return mEnvelopes[i]; });
    } else {
        for (std::size_t i = 0; i < n; ++i)
            mExtent.include(mGeometries.envelope(i));
        mIndex.build(n, [this](std::size_t i) { return mGeometries.envelope(i); });
    }
}

template <typename Hit> void Layer::visitIn(const Extent& extent, Hit&& hit) const
{
    if (extent.isNull())
        return;
    // The index's float boxes may hold a feature that only touches the rounded box.
    if (mEnvelopes.empty()) {
        const double* xy = mGeometries.coordinates().data();
        const bool implicit = mGeometries.pointsOnly();
        mIndex.visit(extent, [&](qsizetype i) {
            double x, y;
            if (implicit) {
                x = xy[2 * i];
                y = xy[2 * i + 1];
            } else if (!mGeometries.point(std::size_t(i), x, y)) {
                if (envelope(i).intersects(extent))
                    hit(i);
                return true;
            }
            if (x >= extent.xMin && x <= extent.xMax && y >= extent.yMin && y <= extent.yMax)
                hit(i);
            return true;
        });
        return;
    }
    mIndex.visit(extent, [&](qsizetype i) {
        if (mEnvelopes[std::size_t(i)].intersects(extent))
            hit(i);
        return true;
    });
}

std::vector<qsizetype> Layer::featuresIn(const Extent& extent) const
{
    std::vector<qsizetype> hits;
    visitIn(extent, [&hits](qsizetype i) { hits.push_back(i); });
    return hits;
}

std::vector<qsizetype> Layer::featuresInOrder(const Extent& extent) const
{
    // A query over a good part of a large layer: marking a byte per feature and reading
    // them in order beats sorting, and the hits are counted before their vector is
    // allocated once (growing it by doubling left freed blocks resident, and each new
    // block of a million hits costs its page faults again).
    const double layerArea = mExtent.width() * mExtent.height();
    Extent overlap; // null (zero width) when the two do not meet
    overlap.xMin = std::max(extent.xMin, mExtent.xMin);
    overlap.yMin = std::max(extent.yMin, mExtent.yMin);
    overlap.xMax = std::min(extent.xMax, mExtent.xMax);
    overlap.yMax = std::min(extent.yMax, mExtent.yMax);
    const bool large = featureCount() >= 65536 && layerArea > 0 &&
                       overlap.width() * overlap.height() > layerArea / 32;
    if (!large) {
        std::vector<qsizetype> hits = featuresIn(extent);
        std::sort(hits.begin(), hits.end());
        return hits;
    }
    std::vector<char> marked(std::size_t(featureCount()), 0);
    std::size_t count = 0;
    visitIn(extent, [&](qsizetype i) {
        count += !marked[std::size_t(i)];
        marked[std::size_t(i)] = 1;
    });
    std::vector<qsizetype> hits;
    hits.reserve(count);
    for (qsizetype i = 0; i < featureCount(); ++i)
        if (marked[std::size_t(i)])
            hits.push_back(i);
    return hits;
}

std::size_t Layer::memoryBytes() const
{
    return mGeometries.memoryBytes() + mFids.capacity() * sizeof(qint64) +
           mEnvelopes.capacity() * sizeof(Extent) + mIndex.memoryBytes() + attributes.memoryBytes();
}

} // namespace wm
