#include "core/coordinate_transform.h"

#include "core/error.h"

#include <proj.h>

#include <QCoreApplication>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::CoordinateTransform)
};
} // namespace

namespace wm {

CoordinateTransform::CoordinateTransform(const Crs& source, const Crs& target)
{
    if (!source.isValid() || !target.isValid())
        throw Error(QString(), Tr::tr("cannot transform between an unknown CRS and %1")
                                   .arg(source.isValid() ? target.id() : source.id()));
    mIdentity = source == target;
    if (mIdentity)
        return;
    mContext = proj_context_create();
    proj_log_level(mContext, PJ_LOG_NONE);
    PJ* raw = proj_create_crs_to_crs(mContext, source.definition().toUtf8().constData(),
                                     target.definition().toUtf8().constData(), nullptr);
    if (raw) {
        mTransform = proj_normalize_for_visualization(mContext, raw);
        proj_destroy(raw);
    }
    if (!mTransform) {
        proj_context_destroy(mContext);
        mContext = nullptr;
        throw Error(QString(),
                    Tr::tr("PROJ cannot transform from %1 to %2").arg(source.id(), target.id()));
    }
}

CoordinateTransform::~CoordinateTransform()
{
    if (mTransform)
        proj_destroy(mTransform);
    if (mContext)
        proj_context_destroy(mContext);
}

bool CoordinateTransform::transform(double& x, double& y) const
{
    if (mIdentity)
        return true;
    const PJ_COORD out = proj_trans(mTransform, PJ_FWD, proj_coord(x, y, 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return false;
    x = out.xy.x;
    y = out.xy.y;
    return true;
}

void CoordinateTransform::transformInterleaved(double* xy, std::size_t count) const
{
    if (mIdentity || count == 0)
        return;
    constexpr std::size_t Stride = 2 * sizeof(double);
    proj_trans_generic(mTransform, PJ_FWD, xy, Stride, count, xy + 1, Stride, count, nullptr, 0, 0,
                       nullptr, 0, 0);
    for (std::size_t i = 0; i < 2 * count; ++i)
        if (!std::isfinite(xy[i]) || std::abs(xy[i]) == HUGE_VAL)
            xy[i] = INFINITY;
}

GeomPtr CoordinateTransform::transform(const GEOSGeometry* g) const
{
    GEOSContextHandle_t ctx = geosContext();
    if (mIdentity)
        return GeomPtr(GEOSGeom_clone_r(ctx, g));
    GEOSGeometry* out = GEOSGeom_transformXY_r(
        ctx, g,
        [](double* x, double* y, void* self) -> int {
            return static_cast<const CoordinateTransform*>(self)->transform(*x, *y) ? 1 : 0;
        },
        const_cast<CoordinateTransform*>(this));
    return GeomPtr(out);
}

Extent CoordinateTransform::transformExtent(const Extent& e, int pointsPerEdge) const
{
    if (mIdentity || e.isNull())
        return e;
    Extent result;
    for (int i = 0; i < pointsPerEdge; ++i) {
        const double t = double(i) / (pointsPerEdge - 1);
        const double xs[4] = {e.xMin + t * e.width(), e.xMin + t * e.width(), e.xMin, e.xMax};
        const double ys[4] = {e.yMin, e.yMax, e.yMin + t * e.height(), e.yMin + t * e.height()};
        for (int k = 0; k < 4; ++k) {
            double x = xs[k], y = ys[k];
            if (transform(x, y))
                result.include(x, y);
        }
    }
    return result;
}

} // namespace wm
