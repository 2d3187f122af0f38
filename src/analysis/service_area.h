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

/// The polyline of one stretch, in the network's CRS.
std::vector<RoadNetwork::Point> stretchPoints(const RoadNetwork& net, const ReachedStretch& r);

/// The stretches as lines (a MultiLineString in the network's CRS; empty if none).
GeomPtr stretchLines(const RoadNetwork& net, const std::vector<ReachedStretch>& stretches);

/// The service area as QGIS and pgRouting users draw it: the reached lines buffered by
/// `bufferMetres` and dissolved (null for no stretch).
GeomPtr serviceAreaPolygon(const RoadNetwork& net, const std::vector<ReachedStretch>& stretches,
                           double bufferMetres);

/// One facility's service area, as `service-area` writes it.
struct FacilityServiceArea {
    std::vector<ReachedStretch> reached;
    double km = 0;              ///< road reached
    std::vector<GeomPtr> lines; ///< one line per stretch, in `reached` order
    GeomPtr area;               ///< serviceAreaPolygon (null when nothing is reached)
};

/// The service area of each of `facilities` on its own within `limitMinutes`, area polygons
/// buffered by `bufferMetres`. The facilities are independent, so they run on all cores
/// (each thread with its own GEOS context); the result is in the facilities' order.
std::vector<FacilityServiceArea>
facilityServiceAreas(const RoadNetwork& net, const std::vector<RoadNetwork::Attachment>& facilities,
                     double limitMinutes, double bufferMetres);

} // namespace wm
