#pragma once

#include "core/point_grid.h"

#include <QString>

#include <optional>
#include <vector>

namespace wm {

class CheckUnits;
class Layer;

/// The villages of a live coverage rule as its check places them: each one's position and
/// unit (CheckUnits::unitOf, so unit i is row i of the check's table), and per unit the
/// villages without a position, which the check counts as never covered.
class LiveVillages {
public:
    /// Points only (service-radius measures point villages), or a polygon's point on
    /// surface too (service-time, as its rule places them).
    enum class Position { Points, OnSurface };

    /// `cellMetres`: the grid cell for unitAt()'s nearest-village search at township
    /// level. Throws wm::Error when the villages cannot be placed in units.
    LiveVillages(const Layer& villages, const CheckUnits& units, const QString& codeField,
                 Position position, double cellMetres);

    /// Villages with a position, in feature order.
    int size() const { return int(mPoints.size()); }
    const std::vector<GridPoint>& points() const { return mPoints; }
    GridPoint at(int i) const { return mPoints[std::size_t(i)]; }
    int unitOf(int i) const { return mUnit[std::size_t(i)]; }
    qsizetype feature(int i) const { return mFeature[std::size_t(i)]; }
    /// Villages of `unit` without a position.
    int unplaced(int unit) const { return mUnplaced[std::size_t(unit)]; }

    /// The unit a facility at (x, y) serves: the unit polygon under it, else (township
    /// level, no polygons) the unit of the nearest village; -1 for none.
    int unitAt(double x, double y) const;

private:
    const CheckUnits& mUnits;
    std::vector<GridPoint> mPoints;
    std::vector<int> mUnit;
    std::vector<qsizetype> mFeature;
    std::vector<int> mUnplaced;
    std::optional<PointGrid> mWithUnit; ///< villages with a unit (township level only)
    std::vector<int> mWithUnitIndex;    ///< mWithUnit index → village
};

} // namespace wm
