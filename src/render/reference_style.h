#pragma once

#include "core/geometry_kind.h"

#include <QString>

namespace wm {

/// The style file in styles/ a reference layer starts with, until the planner styles it:
/// roads, railways and water recognised by the layer's or file's name (as OSM extracts and
/// Chinese surveys name them: gis_osm_roads_free_1, 道路, 铁路, 水系, 河流), else plain grey
/// by geometry so that reference data stays under the works.
QString referenceStyleFile(GeometryKind kind, const QString& layerName, const QString& sourcePath);

} // namespace wm
