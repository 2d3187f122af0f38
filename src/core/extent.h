#pragma once

#include <algorithm>
#include <limits>

namespace wm {

/// An axis-aligned rectangle in some CRS's units (x = easting/longitude, y =
/// northing/latitude). A default-constructed Extent is null and grows by include().
struct Extent {
    double xMin = std::numeric_limits<double>::infinity();
    double yMin = std::numeric_limits<double>::infinity();
    double xMax = -std::numeric_limits<double>::infinity();
    double yMax = -std::numeric_limits<double>::infinity();

    static Extent of(double x0, double y0, double x1, double y1)
    {
        return {std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)};
    }

    bool isNull() const { return !(xMin <= xMax && yMin <= yMax); }
    double width() const { return isNull() ? 0.0 : xMax - xMin; }
    double height() const { return isNull() ? 0.0 : yMax - yMin; }
    double centerX() const { return (xMin + xMax) / 2; }
    double centerY() const { return (yMin + yMax) / 2; }

    void include(double x, double y)
    {
        xMin = std::min(xMin, x);
        yMin = std::min(yMin, y);
        xMax = std::max(xMax, x);
        yMax = std::max(yMax, y);
    }
    void include(const Extent& other)
    {
        if (other.isNull())
            return;
        include(other.xMin, other.yMin);
        include(other.xMax, other.yMax);
    }
    bool intersects(const Extent& o) const
    {
        return !isNull() && !o.isNull() && xMin <= o.xMax && o.xMin <= xMax && yMin <= o.yMax &&
               o.yMin <= yMax;
    }
    /// Grown on every side by `fraction` of its width/height (0.05 = 5 %).
    Extent buffered(double fraction) const
    {
        if (isNull())
            return *this;
        const double dx = width() * fraction, dy = height() * fraction;
        return {xMin - dx, yMin - dy, xMax + dx, yMax + dy};
    }
    bool operator==(const Extent&) const = default;
};

} // namespace wm
