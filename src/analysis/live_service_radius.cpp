#include "analysis/live_service_radius.h"

#include "analysis/measures.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/loaded_project.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::LiveServiceRadius)
};
} // namespace

namespace wm {

namespace {

bool pointOf(const GEOSGeometry* g, double& x, double& y)
{
    GEOSContextHandle_t ctx = geosContext();
    return g && GEOSGeomTypeId_r(ctx, g) == GEOS_POINT && GEOSGeomGetX_r(ctx, g, &x) == 1 &&
           GEOSGeomGetY_r(ctx, g, &y) == 1;
}

} // namespace

LiveServiceRadius::LiveServiceRadius(const LoadedProject& project, const CheckUnits& units,
                                     const QJsonObject& rule, qint64 leaveOut)
    : mUnits(units), mParameters(ServiceRadiusParameters::read(rule))
{
    const Layer& villages = *liveLayer(project, mParameters.villages).data;
    mFacilityLayer = liveLayer(project, mParameters.facilities).data;

    // The units and village placement the check uses, so unit i is row i of its table.
    mVillages.emplace(villages, units, mParameters.codeField, LiveVillages::Position::Points,
                      radiusMetres());
    std::vector<LiveDemandPoint> demand;
    demand.reserve(std::size_t(mVillages->size()));
    for (int i = 0; i < mVillages->size(); ++i)
        demand.push_back({mVillages->at(i).x, mVillages->at(i).y, mVillages->unitOf(i)});

    const Layer& f = *mFacilityLayer;
    const std::vector<std::uint8_t> match = mParameters.filter.matchAll(f);
    mStaying.assign(std::size_t(f.featureCount()), 0);
    std::vector<LiveFacilityPoint> sites;
    for (qsizetype i = 0; i < f.featureCount(); ++i) {
        if (!f.geometry(i) || !match[std::size_t(i)])
            continue;
        if (leaveOut != 0 && f.fid(i) == leaveOut) {
            mLeftOut = true;
            continue;
        }
        mStaying[std::size_t(i)] = 1;
        double x = 0, y = 0;
        if (pointOf(f.geometry(i), x, y))
            sites.push_back({x, y});
    }
    mLive = std::make_unique<LiveRadiusCoverage>(demand, units.size(), sites, radiusMetres());
    mStayingUncovered.resize(std::size_t(units.size()));
}

LiveServiceRadius::~LiveServiceRadius() = default;

int LiveServiceRadius::addFacility(double x, double y)
{
    const int id = mLive->addFacility(x, y);
    mAdded.push_back(id);
    return id;
}

std::vector<int> LiveServiceRadius::unitsNear(double x, double y) const
{
    const UnitSet* polygons = mUnits.polygons();
    if (!polygons)
        return {};
    const double r = radiusMetres();
    return polygons->unitsIn({x - r, y - r, x + r, y + r});
}

std::vector<int> LiveServiceRadius::moveFacility(int id, double x, double y)
{
    const LiveFacilityPoint from = mLive->facilityPosition(id);
    std::vector<int> out = mLive->moveFacility(id, x, y).units;
    for (const GridPoint& p : {GridPoint{from.x, from.y}, GridPoint{x, y}})
        for (const int u : unitsNear(p.x, p.y))
            out.push_back(u);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

LiveUnitStats LiveServiceRadius::stats(int unit) const
{
    LiveUnitStats s = mLive->unitStats(unit);
    s.villages += mVillages->unplaced(unit);
    return s;
}

double LiveServiceRadius::uncoveredKm2(int unit) const
{
    const UnitSet* polygons = mUnits.polygons();
    if (!polygons)
        return std::numeric_limits<double>::quiet_NaN();
    std::optional<GeomPtr>& staying = mStayingUncovered[std::size_t(unit)];
    if (!staying)
        staying = wm::uncoveredIn(*polygons, unit, *mFacilityLayer, mStaying, radiusMetres());
    if (!*staying)
        return 0;
    GEOSContextHandle_t ctx = geosContext();
    GeomPtr now(GEOSGeom_clone_r(ctx, staying->get()));
    for (const int id : mAdded) {
        if (!mLive->hasFacility(id))
            continue;
        const LiveFacilityPoint p = mLive->facilityPosition(id);
        const GeomPtr point(GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
        const GeomPtr circle(
            GEOSBuffer_r(ctx, point.get(), radiusMetres(), BufferQuadrantSegments));
        if (circle && now)
            now.reset(GEOSDifference_r(ctx, now.get(), circle.get()));
    }
    double area = 0;
    return now && GEOSArea_r(ctx, now.get(), &area) == 1 ? area / 1e6 : 0.0;
}

UnitVerdict LiveServiceRadius::verdict(int unit) const
{
    const LiveUnitStats s = stats(unit);
    UnitVerdict v;
    v.unit = unit;
    const int beyond = s.villages - s.covered;
    serviceRadiusVerdict(v, s.villages, beyond, mParameters.radiusKm, mParameters.minShare,
                         std::numeric_limits<double>::quiet_NaN());
    // The area only matters to a failing unit's gap text, and costs a GEOS difference.
    if (!v.pass && mUnits.polygons())
        serviceRadiusVerdict(v, s.villages, beyond, mParameters.radiusKm, mParameters.minShare,
                             uncoveredKm2(unit));
    return v;
}

std::vector<int> LiveServiceRadius::uncoveredIn(int unit) const
{
    return mLive->uncoveredIn(unit);
}

GridPoint LiveServiceRadius::village(int index) const
{
    return mVillages->at(index);
}

int LiveServiceRadius::unitAt(double x, double y) const
{
    return mVillages->unitAt(x, y);
}

QString LiveServiceRadius::reachText() const
{
    return Tr::tr("%1 km").arg(mParameters.radiusKm);
}

} // namespace wm
