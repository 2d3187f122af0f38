#pragma once

#include "analysis/road_network.h"
#include "core/geos_context.h"

#include <vector>

namespace wm {

/// A stretch of an edge reached within the time: from fraction `from` to `to` (0..1,
/// along the edge from its `from` node), and the minutes at either end of it.
struct ReachedStretch {
    int edge = -1;
    double from = 0, to = 0;
    double minutesAtFrom = 0, minutesAtTo = 0;
};

/// The parts of the network reached within `limitMinutes` of `sources`, given their
/// nodeMinutes(): whole edges whose both ends are reached, and the part of an edge a
/// traveller gets along before the time runs out (from either end, or from a source on the
/// edge), respecting one-way roads. One or two stretches per edge reached; none repeated.
std::vector<ReachedStretch> reachedStretches(const RoadNetwork& net,
                                             const std::vector<double>& nodeMinutes,
                                             const std::vector<RoadNetwork::Attachment>& sources,
                                             double limitMinutes);

/// The stretches as lines (a MultiLineString in the network's CRS; empty if none).
GeomPtr stretchLines(const RoadNetwork& net, const std::vector<ReachedStretch>& stretches);

/// The service area as QGIS and pgRouting users draw it: the reached lines buffered by
/// `bufferMetres` and dissolved (null for no stretch).
GeomPtr serviceAreaPolygon(const RoadNetwork& net, const std::vector<ReachedStretch>& stretches,
                           double bufferMetres);

} // namespace wm
