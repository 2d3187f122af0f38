#include "analysis/live_radius_coverage.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

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
    : m_radius(radius), m_radius2(radius * radius)
{
    if (!(radius > 0) || !std::isfinite(radius) || !std::isfinite(m_radius2))
        throw std::invalid_argument("live radius coverage: the radius must be positive and finite");
    if (unitCount < 0)
        throw std::invalid_argument("live radius coverage: negative unit count");

    const std::size_t n = demand.size();
    m_x.resize(n);
    m_y.resize(n);
    m_unitOf.resize(n);
    m_units.assign(static_cast<std::size_t>(unitCount), LiveUnitStats{});
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const LiveDemandPoint& d = demand[i];
        requireFinite(d.x, d.y, "demand point", i);
        if (d.unit < -1 || d.unit >= unitCount)
            throw std::invalid_argument("live radius coverage: demand point " + std::to_string(i) +
                                        " has unit " + std::to_string(d.unit) +
                                        ", expected -1 .. " + std::to_string(unitCount - 1));
        m_x[i] = d.x;
        m_y[i] = d.y;
        m_unitOf[i] = d.unit;
        if (d.unit >= 0)
            ++m_units[static_cast<std::size_t>(d.unit)].villages;
        minX = i == 0 ? d.x : std::min(minX, d.x);
        maxX = i == 0 ? d.x : std::max(maxX, d.x);
        minY = i == 0 ? d.y : std::min(minY, d.y);
        maxY = i == 0 ? d.y : std::max(maxY, d.y);
    }

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

    if (n > 0) {
        const double width = maxX - minX, height = maxY - minY;
        if (!std::isfinite(width) || !std::isfinite(height))
            throw std::invalid_argument("live radius coverage: the demand's extent is too large");
        // Cells one radius wide, unless a tiny radius over a wide extent would make the dense
        // grid far larger than the demand itself; wider cells stay correct (the scanned cell
        // range comes from the disc's box), they only hold more points.
        const double maxCells = std::max(4096.0, 4.0 * double(n));
        double cell = radius;
        auto cells = [&](double c) {
            return (std::floor(width / c) + 1) * (std::floor(height / c) + 1);
        };
        while (cells(cell) > maxCells)
            cell *= 2;
        m_cell = cell;
        m_originX = minX;
        m_originY = minY;
        m_nx = static_cast<int>(std::floor(width / cell)) + 1;
        m_ny = static_cast<int>(std::floor(height / cell)) + 1;

        auto cellOf = [&](std::size_t i) {
            const int cx = std::clamp(static_cast<int>(std::floor((m_x[i] - m_originX) / m_cell)),
                                      0, m_nx - 1);
            const int cy = std::clamp(static_cast<int>(std::floor((m_y[i] - m_originY) / m_cell)),
                                      0, m_ny - 1);
            return static_cast<std::size_t>(cy) * static_cast<std::size_t>(m_nx) +
                   static_cast<std::size_t>(cx);
        };
        const std::size_t cellCount = static_cast<std::size_t>(m_nx) * std::size_t(m_ny);
        m_cellOffsets.assign(cellCount + 1, 0);
        std::vector<std::size_t> cellOfPoint(n);
        for (std::size_t i = 0; i < n; ++i) {
            cellOfPoint[i] = cellOf(i);
            ++m_cellOffsets[cellOfPoint[i] + 1];
        }
        for (std::size_t c = 0; c < cellCount; ++c)
            m_cellOffsets[c + 1] += m_cellOffsets[c];
        m_cellMembers.resize(n);
        std::vector<std::size_t> next(m_cellOffsets.begin(), m_cellOffsets.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            m_cellMembers[next[cellOfPoint[i]]++] = static_cast<int>(i);
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
    if (m_nx == 0)
        return;
    // The disc's box, widened by a hair: the distance test below is the one that decides,
    // and a point it accepts at the rounding edge of the radius must not sit in a cell the
    // box missed.
    const double reach = m_radius * (1 + 1e-9);
    auto range = [&](double centre, double origin, int cells, int& lo, int& hi) {
        const double a = std::floor((centre - reach - origin) / m_cell);
        const double b = std::floor((centre + reach - origin) / m_cell);
        // Written so that NaN (an overflowing far position) also gives an empty range.
        if (!(b >= 0) || !(a <= double(cells - 1)))
            return false;
        lo = a > 0 ? static_cast<int>(a) : 0;
        hi = b < double(cells - 1) ? static_cast<int>(b) : cells - 1;
        return true;
    };
    int x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    if (!range(x, m_originX, m_nx, x0, x1) || !range(y, m_originY, m_ny, y0, y1))
        return;
    for (int cy = y0; cy <= y1; ++cy) {
        const std::size_t row = static_cast<std::size_t>(cy) * static_cast<std::size_t>(m_nx);
        const std::size_t begin = m_cellOffsets[row + static_cast<std::size_t>(x0)];
        // Cells of one row are contiguous, so the x range is one run of members.
        const std::size_t end = m_cellOffsets[row + static_cast<std::size_t>(x1) + 1];
        for (std::size_t m = begin; m < end; ++m) {
            const int i = m_cellMembers[m];
            const double dx = m_x[static_cast<std::size_t>(i)] - x;
            const double dy = m_y[static_cast<std::size_t>(i)] - y;
            if (dx * dx + dy * dy <= m_radius2)
                f(i);
        }
    }
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
