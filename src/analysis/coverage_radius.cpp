#include "analysis/measures.h"

#include "core/layer.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace wm {

RadiusCoverage radiusCoverage(const UnitSet& units, const Layer& villages,
                              const std::vector<double>& distances, double radiusMetres)
{
    if (qsizetype(distances.size()) != villages.featureCount())
        throw std::invalid_argument("radiusCoverage: " + std::to_string(distances.size()) +
                                    " distances for " + std::to_string(villages.featureCount()) +
                                    " villages");
    if (std::isnan(radiusMetres))
        throw std::invalid_argument("radiusCoverage: the radius is NaN");
    const std::size_t n = std::size_t(units.size());
    RadiusCoverage out;
    out.share.assign(n, 0.0);
    out.total.assign(n, 0);
    out.beyond.assign(n, 0);
    out.unitOfVillage = assignPointsToUnits(units, villages);
    for (std::size_t f = 0; f < out.unitOfVillage.size(); ++f) {
        const int u = out.unitOfVillage[f];
        if (u < 0)
            continue;
        ++out.total[std::size_t(u)];
        // "!(d <= r)" so that a village with no facility at all (infinity) or an unknown
        // distance (NaN) is reported beyond, never silently covered.
        if (!(distances[f] <= radiusMetres)) {
            ++out.beyond[std::size_t(u)];
            out.villagesBeyond.push_back(qsizetype(f));
        }
    }
    for (std::size_t u = 0; u < n; ++u)
        if (out.total[u] > 0)
            out.share[u] = double(out.total[u] - out.beyond[u]) / double(out.total[u]);
    return out;
}

} // namespace wm
