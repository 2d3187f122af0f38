#include "analysis/live_radius_coverage.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

namespace wm {

namespace {

void requireFinite(double x, double y, const char* what, std::size_t i)
{
    if (!std::isfinite(x) || !std::isfinite(y))
        throw std::invalid_argument(std::string("live radius coverage: non-finite coordinates "
                                                "of ") +
                                    what + " " + std::to_string(i));
}

} // namespace

LiveRadiusCoverage::LiveRadiusCoverage(const std::vector<LiveDemandPoint>& demand, int unitCount,
                                       const std::vector<LiveFacilityPoint>& facilities,
                                       double radius)
    : m_radius(radius)
{
    if (!(radius > 0) || !std::isfinite(radius) || !std::isfinite(radius * radius))
        throw std::invalid_argument("live radius coverage: the radius must be positive and finite");
    if (unitCount < 0)
        throw std::invalid_argument("live radius coverage: negative unit count");

    const std::size_t n = demand.size();
    std::vector<GridPoint> points(n);
    m_unitOf.resize(n);
    m_units.assign(static_cast<std::size_t>(unitCount), LiveUnitStats{});
    for (std::size_t i = 0; i < n; ++i) {
        const LiveDemandPoint& d = demand[i];
        requireFinite(d.x, d.y, "demand point", i);
        if (d.unit < -1 || d.unit >= unitCount)
            throw std::invalid_argument("live radius coverage: demand point " + std::to_string(i) +
                                        " has unit " + std::to_string(d.unit) +
                                        ", expected -1 .. " + std::to_string(unitCount - 1));
        points[i] = {d.x, d.y};
        m_unitOf[i] = d.unit;
        if (d.unit >= 0)
            ++m_units[static_cast<std::size_t>(d.unit)].villages;
    }
    // Cells one radius wide: a disc touches at most the 3 x 3 cells around its centre.
    m_grid = PointGrid(points, radius);

    // Members of each unit by counting sort, so every row comes out ascending.
    m_unitOffsets.assign(m_units.size() + 1, 0);
    for (int u : m_unitOf) {
        if (u >= 0)
            ++m_unitOffsets[static_cast<std::size_t>(u) + 1];
    }
    for (std::size_t u = 0; u < m_units.size(); ++u)
        m_unitOffsets[u + 1] += m_unitOffsets[u];
    m_unitMembers.resize(m_unitOffsets.back());
    {
        std::vector<std::size_t> next(m_unitOffsets.begin(), m_unitOffsets.end() - 1);
        for (std::size_t i = 0; i < n; ++i) {
            if (m_unitOf[i] >= 0)
                m_unitMembers[next[static_cast<std::size_t>(m_unitOf[i])]++] = static_cast<int>(i);
        }
    }

    m_count.assign(n, 0);
    m_dropped.assign(n, 0);
    m_unitDelta.assign(m_units.size(), 0);
    m_facilities.reserve(facilities.size());
    for (std::size_t f = 0; f < facilities.size(); ++f) {
        const LiveFacilityPoint& p = facilities[f];
        requireFinite(p.x, p.y, "facility", f);
        m_facilities.push_back({p.x, p.y, true});
        forEachWithin(p.x, p.y, [&](int i) { ++m_count[static_cast<std::size_t>(i)]; });
    }
    m_liveFacilities = static_cast<int>(facilities.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (m_unitOf[i] >= 0 && m_count[i] > 0)
            ++m_units[static_cast<std::size_t>(m_unitOf[i])].covered;
    }
}

template <typename F> void LiveRadiusCoverage::forEachWithin(double x, double y, F&& f) const
{
    m_grid.forEachWithin(x, y, m_radius, std::forward<F>(f));
}

void LiveRadiusCoverage::relocate(const LiveFacilityPoint* from, const LiveFacilityPoint* to,
                                  LiveCoverageChange& change)
{
    change.units.clear();
    change.flipped.clear();
    // A point inside both discs drops to 0 in the first pass and comes back in the second:
    // it did not flip. m_dropped marks the points of the first pass for the second.
    std::vector<int> dropped;
    if (from) {
        forEachWithin(from->x, from->y, [&](int i) {
            if (--m_count[static_cast<std::size_t>(i)] == 0) {
                m_dropped[static_cast<std::size_t>(i)] = 1;
                dropped.push_back(i);
            }
        });
    }
    if (to) {
        forEachWithin(to->x, to->y, [&](int i) {
            if (m_count[static_cast<std::size_t>(i)]++ == 0 &&
                !m_dropped[static_cast<std::size_t>(i)])
                change.flipped.push_back(i);
        });
    }
    for (int i : dropped) {
        m_dropped[static_cast<std::size_t>(i)] = 0;
        if (m_count[static_cast<std::size_t>(i)] == 0)
            change.flipped.push_back(i);
    }
    std::sort(change.flipped.begin(), change.flipped.end());

    m_touchedUnits.clear();
    for (int i : change.flipped) {
        const int u = m_unitOf[static_cast<std::size_t>(i)];
        if (u < 0)
            continue;
        m_unitDelta[static_cast<std::size_t>(u)] +=
            m_count[static_cast<std::size_t>(i)] > 0 ? 1 : -1;
        m_touchedUnits.push_back(u);
    }
    std::sort(m_touchedUnits.begin(), m_touchedUnits.end());
    m_touchedUnits.erase(std::unique(m_touchedUnits.begin(), m_touchedUnits.end()),
                         m_touchedUnits.end());
    for (int u : m_touchedUnits) {
        int& delta = m_unitDelta[static_cast<std::size_t>(u)];
        if (delta != 0) {
            m_units[static_cast<std::size_t>(u)].covered += delta;
            change.units.push_back(u);
        }
        delta = 0;
    }
}

int LiveRadiusCoverage::addFacility(double x, double y, LiveCoverageChange* change)
{
    requireFinite(x, y, "facility", m_facilities.size());
    const LiveFacilityPoint to{x, y};
    LiveCoverageChange local;
    relocate(nullptr, &to, change ? *change : local);
    m_facilities.push_back({x, y, true});
    ++m_liveFacilities;
    return static_cast<int>(m_facilities.size()) - 1;
}

LiveCoverageChange LiveRadiusCoverage::moveFacility(int id, double x, double y)
{
    Facility& f = m_facilities[static_cast<std::size_t>(checkFacility(id))];
    requireFinite(x, y, "facility", static_cast<std::size_t>(id));
    const LiveFacilityPoint from{f.x, f.y}, to{x, y};
    LiveCoverageChange change;
    relocate(&from, &to, change);
    f.x = x;
    f.y = y;
    return change;
}

LiveCoverageChange LiveRadiusCoverage::removeFacility(int id)
{
    Facility& f = m_facilities[static_cast<std::size_t>(checkFacility(id))];
    const LiveFacilityPoint from{f.x, f.y};
    LiveCoverageChange change;
    relocate(&from, nullptr, change);
    f.live = false;
    --m_liveFacilities;
    return change;
}

bool LiveRadiusCoverage::covered(int demand) const
{
    checkDemand(demand);
    return m_count[static_cast<std::size_t>(demand)] > 0;
}

int LiveRadiusCoverage::coveringCount(int demand) const
{
    checkDemand(demand);
    return m_count[static_cast<std::size_t>(demand)];
}

LiveUnitStats LiveRadiusCoverage::unitStats(int unit) const
{
    checkUnit(unit);
    return m_units[static_cast<std::size_t>(unit)];
}

std::vector<int> LiveRadiusCoverage::uncoveredIn(int unit) const
{
    checkUnit(unit);
    const LiveUnitStats& s = m_units[static_cast<std::size_t>(unit)];
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(s.villages - s.covered));
    for (std::size_t m = m_unitOffsets[static_cast<std::size_t>(unit)];
         m < m_unitOffsets[static_cast<std::size_t>(unit) + 1]; ++m) {
        const int i = m_unitMembers[m];
        if (m_count[static_cast<std::size_t>(i)] == 0)
            out.push_back(i);
    }
    return out;
}

LiveFacilityPoint LiveRadiusCoverage::facilityPosition(int id) const
{
    const Facility& f = m_facilities[static_cast<std::size_t>(checkFacility(id))];
    return {f.x, f.y};
}

bool LiveRadiusCoverage::hasFacility(int id) const
{
    return id >= 0 && id < static_cast<int>(m_facilities.size()) &&
           m_facilities[static_cast<std::size_t>(id)].live;
}

void LiveRadiusCoverage::checkUnit(int unit) const
{
    if (unit < 0 || unit >= unitCount())
        throw std::out_of_range("live radius coverage: unit index out of range");
}

void LiveRadiusCoverage::checkDemand(int demand) const
{
    if (demand < 0 || demand >= demandCount())
        throw std::out_of_range("live radius coverage: demand index out of range");
}

int LiveRadiusCoverage::checkFacility(int id) const
{
    if (!hasFacility(id))
        throw std::out_of_range("live radius coverage: no facility with id " + std::to_string(id));
    return id;
}

} // namespace wm
