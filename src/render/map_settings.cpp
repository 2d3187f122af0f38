#include "render/map_settings.h"

#include <algorithm>

namespace wm {

namespace {
constexpr double MetresPerInch = 0.0254;
}

Extent MapSettings::visibleExtent() const
{
    if (extent.isNull() || size.isEmpty())
        return extent;
    const double upp = std::max(extent.width() / size.width(), extent.height() / size.height());
    const double halfW = upp * size.width() / 2, halfH = upp * size.height() / 2;
    return {extent.centerX() - halfW, extent.centerY() - halfH, extent.centerX() + halfW,
            extent.centerY() + halfH};
}

double MapSettings::mapUnitsPerPixel() const
{
    const Extent e = visibleExtent();
    return e.isNull() || size.isEmpty() ? 0.0 : e.width() / size.width();
}

QTransform MapSettings::worldToPixel() const
{
    const Extent e = visibleExtent();
    const double upp = mapUnitsPerPixel();
    if (upp <= 0)
        return QTransform();
    const double s = 1.0 / upp;
    return QTransform(s, 0, 0, -s, -e.xMin * s, e.yMax * s);
}

double MapSettings::scaleDenominator() const
{
    return mapUnitsPerPixel() * dpi / MetresPerInch;
}

Extent MapSettings::extentForScale(double cx, double cy, double denominator) const
{
    const double upp = denominator * MetresPerInch / dpi;
    const double halfW = upp * size.width() / 2, halfH = upp * size.height() / 2;
    return {cx - halfW, cy - halfH, cx + halfW, cy + halfH};
}

} // namespace wm
