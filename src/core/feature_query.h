#pragma once

#include "core/extent.h"

#include <QtGlobal>

#include <vector>

namespace wm {

class Layer;

/// Features of `layer` within `tolerance` (layer CRS units, metres) of (x, y), nearest
/// first; the spatial index narrows the candidates, GEOS measures the distance.
std::vector<qsizetype> featuresAt(const Layer& layer, double x, double y, double tolerance);

/// Features of `layer` whose geometry intersects `rect` (not just their envelope).
std::vector<qsizetype> featuresIntersecting(const Layer& layer, const Extent& rect);

} // namespace wm
