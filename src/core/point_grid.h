#pragma once

// Points bucketed in a uniform grid, for the analyses that ask "which points lie within r
// of here" or "which point is nearest" thousands of times per second (site suggestion, the
// live service radius while a facility is dragged, the village nearest a township point).
// Plain data in projected metres: no GEOS, no layer.
//
// Why dense: the grid covers the points' extent and a cell lookup is an index, not a hash;
// cells of one row are contiguous, so a row of a disc's box is one run of members. A query
// off the extent clamps the cell range (far away it touches no cell at all). A cell size
// that would make the grid far larger than the points (a tiny radius over a wide extent) is
// doubled until it fits: wider cells stay correct, they only hold more points.

#include <cstddef>
#include <vector>

namespace wm {

struct GridPoint {
    double x = 0; ///< metres, projected CRS
    double y = 0;
};

class PointGrid {
public:
    /// Points get indices 0 .. points.size() - 1 in order. `cell` is the wanted cell width
    /// in metres (the radius of the usual query). Throws std::invalid_argument on a cell
    /// that is not positive and finite, non-finite coordinates, or an extent too wide to
    /// measure.
    PointGrid(const std::vector<GridPoint>& points, double cell);

    int size() const { return int(mX.size()); }
    double x(int i) const { return mX[std::size_t(i)]; }
    double y(int i) const { return mY[std::size_t(i)]; }
    /// The cell width used, in metres (>= the one asked for).
    double cellSize() const { return mCell; }

    /// Calls f(i) for every point i at a distance <= `radius` metres of (x, y) (a point
    /// exactly on the radius is within), cells in row order, members in index order within
    /// a cell. Non-finite (x, y) visits nothing.
    template <typename F> void forEachWithin(double x, double y, double radius, F&& f) const
    {
        int x0 = 0, x1 = 0, y0 = 0, y1 = 0;
        if (!cellRange(x, y, radius, x0, x1, y0, y1))
            return;
        const double r2 = radius * radius;
        for (int cy = y0; cy <= y1; ++cy) {
            const std::size_t row = std::size_t(cy) * std::size_t(mNx);
            const std::size_t end = mOffsets[row + std::size_t(x1) + 1];
            for (std::size_t m = mOffsets[row + std::size_t(x0)]; m < end; ++m) {
                const int i = mMembers[m];
                const double dx = mX[std::size_t(i)] - x, dy = mY[std::size_t(i)] - y;
                if (dx * dx + dy * dy <= r2)
                    f(i);
            }
        }
    }

    /// Indices of the points within `radius` metres of (x, y), ascending.
    std::vector<int> within(double x, double y, double radius) const;

    /// Index of the point nearest (x, y); the lowest index among equally near ones; -1 when
    /// the grid is empty or (x, y) is not finite.
    int nearest(double x, double y) const;

private:
    /// Cells of the box of the disc of `radius` around (x, y), clamped to the grid; false
    /// when the box misses the grid.
    bool cellRange(double x, double y, double radius, int& x0, int& x1, int& y0, int& y1) const;

    std::vector<double> mX, mY;
    double mOriginX = 0, mOriginY = 0, mCell = 1;
    int mNx = 0, mNy = 0;
    /// Cell c = cy * mNx + cx holds mMembers[mOffsets[c] .. mOffsets[c + 1]).
    std::vector<std::size_t> mOffsets;
    std::vector<int> mMembers;
};

} // namespace wm
