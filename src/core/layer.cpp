#include "core/layer.h"

namespace wm {

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

void Layer::reserve(qsizetype n)
{
    mFids.reserve(n);
    mGeometries.reserve(n);
    mEnvelopes.reserve(n);
}

qsizetype Layer::addFeature(qint64 fid, GeomPtr geometry)
{
    Extent envelope;
    if (geometry) {
        GEOSContextHandle_t ctx = geosContext();
        double x0, y0, x1, y1;
        if (!GEOSisEmpty_r(ctx, geometry.get()) &&
            GEOSGeom_getExtent_r(ctx, geometry.get(), &x0, &y0, &x1, &y1) == 1)
            envelope = Extent::of(x0, y0, x1, y1);
    }
    mExtent.include(envelope);
    mFids.push_back(fid);
    mGeometries.push_back(std::move(geometry));
    mEnvelopes.push_back(envelope);
    return qsizetype(mGeometries.size()) - 1;
}

void Layer::buildIndex()
{
    std::vector<const GEOSGeometry*> raw;
    raw.reserve(mGeometries.size());
    for (const GeomPtr& g : mGeometries)
        raw.push_back(g.get());
    mIndex.build(raw);
}

} // namespace wm
