#include "analysis/live_villages.h"

#include "analysis/check_units.h"
#include "analysis/measure_support.h"
#include "analysis/unit_set.h"
#include "core/layer.h"

namespace wm {

LiveVillages::LiveVillages(const Layer& villages, const CheckUnits& units, const QString& codeField,
                           Position position, double cellMetres)
    : mUnits(units)
{
    const std::vector<int> unitOf = units.unitOf(villages, codeField, {});
    mUnplaced.assign(std::size_t(units.size()), 0);
    GEOSContextHandle_t ctx = geosContext();
    for (qsizetype i = 0; i < villages.featureCount(); ++i) {
        const int unit = unitOf[std::size_t(i)];
        const GEOSGeometry* g = villages.geometry(i);
        double x = 0, y = 0;
        const bool placed = position == Position::OnSurface
                                ? detail::positionOf(g, x, y)
                                : g && GEOSGeomTypeId_r(ctx, g) == GEOS_POINT &&
                                      GEOSGeomGetX_r(ctx, g, &x) == 1 &&
                                      GEOSGeomGetY_r(ctx, g, &y) == 1;
        if (!placed) {
            if (unit >= 0)
                ++mUnplaced[std::size_t(unit)];
            continue;
        }
        mPoints.push_back({x, y});
        mUnit.push_back(unit);
        mFeature.push_back(i);
    }
    if (!units.polygons()) {
        std::vector<GridPoint> withUnit;
        for (std::size_t i = 0; i < mPoints.size(); ++i)
            if (mUnit[i] >= 0) {
                withUnit.push_back(mPoints[i]);
                mWithUnitIndex.push_back(int(i));
            }
        mWithUnit.emplace(withUnit, cellMetres);
    }
}

int LiveVillages::unitAt(double x, double y) const
{
    if (const UnitSet* polygons = mUnits.polygons())
        return polygons->unitAt(x, y);
    const int i = mWithUnit->nearest(x, y);
    return i < 0 ? -1 : mUnit[std::size_t(mWithUnitIndex[std::size_t(i)])];
}

} // namespace wm
