#include "core/point_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

namespace wm {

PointGrid::PointGrid(const std::vector<GridPoint>& points, double cell)
{
    if (!(cell > 0) || !std::isfinite(cell))
        throw std::invalid_argument("point grid: the cell size must be positive and finite");
    const std::size_t n = points.size();
    mX.resize(n);
    mY.resize(n);
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const GridPoint& p = points[i];
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            throw std::invalid_argument("point grid: non-finite coordinates of point " +
                                        std::to_string(i));
        mX[i] = p.x;
        mY[i] = p.y;
        minX = i == 0 ? p.x : std::min(minX, p.x);
        maxX = i == 0 ? p.x : std::max(maxX, p.x);
        minY = i == 0 ? p.y : std::min(minY, p.y);
        maxY = i == 0 ? p.y : std::max(maxY, p.y);
    }
    mCell = cell;
    if (n == 0)
        return;
    const double width = maxX - minX, height = maxY - minY;
    if (!std::isfinite(width) || !std::isfinite(height))
        throw std::invalid_argument("point grid: the points' extent is too large");
    const double maxCells = std::max(4096.0, 4.0 * double(n));
    auto cells = [&](double c) {
        return (std::floor(width / c) + 1) * (std::floor(height / c) + 1);
    };
    while (cells(mCell) > maxCells)
        mCell *= 2;
    mOriginX = minX;
    mOriginY = minY;
    mNx = int(std::floor(width / mCell)) + 1;
    mNy = int(std::floor(height / mCell)) + 1;

    // Members by counting sort: every cell's members come out ascending.
    auto cellOf = [&](std::size_t i) {
        const int cx = std::clamp(int(std::floor((mX[i] - mOriginX) / mCell)), 0, mNx - 1);
        const int cy = std::clamp(int(std::floor((mY[i] - mOriginY) / mCell)), 0, mNy - 1);
        return std::size_t(cy) * std::size_t(mNx) + std::size_t(cx);
    };
    const std::size_t cellCount = std::size_t(mNx) * std::size_t(mNy);
    mOffsets.assign(cellCount + 1, 0);
    std::vector<std::size_t> cellOfPoint(n);
    for (std::size_t i = 0; i < n; ++i) {
        cellOfPoint[i] = cellOf(i);
        ++mOffsets[cellOfPoint[i] + 1];
    }
    for (std::size_t c = 0; c < cellCount; ++c)
        mOffsets[c + 1] += mOffsets[c];
    mMembers.resize(n);
    std::vector<std::size_t> next(mOffsets.begin(), mOffsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        mMembers[next[cellOfPoint[i]]++] = int(i);
}

bool PointGrid::cellRange(double x, double y, double radius, int& x0, int& x1, int& y0,
                          int& y1) const
{
    if (mNx == 0)
        return false;
    // The disc's box, widened by a hair: the distance test is the one that decides, and a
    // point it accepts at the rounding edge of the radius must not sit in a cell the box
    // missed.
    const double reach = radius * (1 + 1e-9);
    auto range = [&](double centre, double origin, int cells, int& lo, int& hi) {
        const double a = std::floor((centre - reach - origin) / mCell);
        const double b = std::floor((centre + reach - origin) / mCell);
        // Written so that NaN (a non-finite or overflowing position) gives an empty range.
        if (!(b >= 0) || !(a <= double(cells - 1)))
            return false;
        lo = a > 0 ? int(a) : 0;
        hi = b < double(cells - 1) ? int(b) : cells - 1;
        return true;
    };
    return range(x, mOriginX, mNx, x0, x1) && range(y, mOriginY, mNy, y0, y1);
}

std::vector<int> PointGrid::within(double x, double y, double radius) const
{
    std::vector<int> out;
    forEachWithin(x, y, radius, [&](int i) { out.push_back(i); });
    std::sort(out.begin(), out.end());
    return out;
}

int PointGrid::nearest(double x, double y) const
{
    if (mNx == 0 || !std::isfinite(x) || !std::isfinite(y))
        return -1;
    // The query's cell, unclamped (it may lie off the grid), kept in a range where ring
    // arithmetic cannot overflow.
    constexpr double Limit = 1e15;
    const auto qx = std::int64_t(std::clamp(std::floor((x - mOriginX) / mCell), -Limit, Limit));
    const auto qy = std::int64_t(std::clamp(std::floor((y - mOriginY) / mCell), -Limit, Limit));
    const std::int64_t nx = mNx, ny = mNy;
    // Rings (cells at Chebyshev distance r from the query's cell) nearer than the grid are
    // empty; rings beyond its far corner hold nothing either.
    const std::int64_t firstRing =
        std::max({std::int64_t(0), -qx, qx - (nx - 1), -qy, qy - (ny - 1)});
    const std::int64_t lastRing =
        std::max({std::abs(qx), std::abs(qx - (nx - 1)), std::abs(qy), std::abs(qy - (ny - 1))});
    int best = -1;
    double bestD2 = std::numeric_limits<double>::infinity();
    auto visitCell = [&](std::int64_t cx, std::int64_t cy) {
        const std::size_t c = std::size_t(cy) * std::size_t(nx) + std::size_t(cx);
        for (std::size_t m = mOffsets[c]; m < mOffsets[c + 1]; ++m) {
            const int i = mMembers[m];
            const double dx = mX[std::size_t(i)] - x, dy = mY[std::size_t(i)] - y;
            const double d2 = dx * dx + dy * dy;
            if (d2 < bestD2 || (d2 == bestD2 && i < best)) {
                bestD2 = d2;
                best = i;
            }
        }
    };
    for (std::int64_t ring = firstRing; ring <= lastRing; ++ring) {
        // Every point of ring r is at least r - 1 whole cells away.
        if (best >= 0 && ring >= 1) {
            const double gap = double(ring - 1) * mCell;
            if (gap * gap > bestD2)
                break;
        }
        const std::int64_t left = qx - ring, right = qx + ring;
        const std::int64_t cx0 = std::max<std::int64_t>(left, 0),
                           cx1 = std::min<std::int64_t>(right, nx - 1);
        for (std::int64_t cy = std::max<std::int64_t>(qy - ring, 0);
             cy <= std::min<std::int64_t>(qy + ring, ny - 1); ++cy) {
            if (cy == qy - ring || cy == qy + ring) {
                for (std::int64_t cx = cx0; cx <= cx1; ++cx)
                    visitCell(cx, cy);
            } else {
                if (left >= 0 && left <= nx - 1)
                    visitCell(left, cy);
                if (ring > 0 && right >= 0 && right <= nx - 1)
                    visitCell(right, cy);
            }
        }
    }
    return best;
}

} // namespace wm
