#include "io/extent_reader.h"

#include "core/feature_edit_buffer.h"

#include <algorithm>
#include <numeric>

namespace wm {

ExtentReader::ExtentReader(QString path, ReadOptions options)
    : mPath(std::move(path)), mOptions(std::move(options))
{
}

namespace {
bool covers(const Extent& outer, const Extent& inner)
{
    return !outer.isNull() && outer.xMin <= inner.xMin && outer.yMin <= inner.yMin &&
           outer.xMax >= inner.xMax && outer.yMax >= inner.yMax;
}
/// `layer` in fid order. The database answers a spatial filter in its index's order, and
/// a map draws later features over earlier ones: in fid order the view draws exactly as
/// the table read whole does.
std::shared_ptr<const Layer> inFidOrder(Layer&& layer)
{
    std::vector<qsizetype> order(std::size_t(layer.featureCount()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    const auto byFid = [&layer](qsizetype a, qsizetype b) { return layer.fid(a) < layer.fid(b); };
    if (std::is_sorted(order.begin(), order.end(), byFid))
        return std::make_shared<const Layer>(std::move(layer));
    std::stable_sort(order.begin(), order.end(), byFid);
    std::shared_ptr<Layer> out = layer.emptyCopy();
    out->reserve(layer.featureCount());
    out->attributes.reserve(layer.featureCount());
    for (const qsizetype i : order) {
        const qsizetype row = out->attributes.appendRow();
        for (int c = 0; c < layer.attributes.fieldCount(); ++c)
            setTableValue(out->attributes, row, c, layer.attributes.value(i, c));
        double x = 0, y = 0;
        if (layer.point(i, x, y))
            out->addPoint(layer.fid(i), x, y);
        else if (!layer.hasGeometry(i))
            out->addNull(layer.fid(i));
        else
            out->addFeature(layer.fid(i), cloneGeometry(layer.geometry(i)));
    }
    out->report = layer.report;
    out->buildIndex();
    return out;
}

} // namespace

std::shared_ptr<const Layer> ExtentReader::featuresIn(const Extent& extent) const
{
    std::lock_guard lock(mMutex);
    if (mKept && covers(mRead, extent))
        return mKept;
    const double dx = extent.width() / 2, dy = extent.height() / 2;
    ReadOptions o = mOptions;
    o.within = {extent.xMin - dx, extent.yMin - dy, extent.xMax + dx, extent.yMax + dy};
    o.progress = {};
    mKept = inFidOrder(VectorReader::read(mPath, o));
    mRead = o.within;
    return mKept;
}

} // namespace wm
