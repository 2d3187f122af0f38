#pragma once

#include "core/china_coordinates.h"

#include <optional>

namespace wm {

class Crs;
class Layer;

/// How far a layer's vertices lie from a reference layer's boundaries, read as they are
/// and read with each Chinese web-map offset (median metres, over the vertices that lie
/// near the reference in some reading).
struct OffsetEvidence {
    int vertices = 0;        ///< vertices compared
    double asRead = 0;       ///< median distance taken as declared (WGS84/CGCS2000)
    double asGcj02 = 0;      ///< taken as GCJ-02 and moved back to WGS84
    double asBd09 = 0;       ///< taken as BD-09 and moved back
    double referenceGcj = 0; ///< the layer moved *into* GCJ-02: the reference is the offset one
    /// The reading that puts the layer on the reference's boundaries, when one does clearly
    /// better than the layer as read: Gcj02 or Bd09 (the layer is offset), or nullopt.
    std::optional<ChinaOffset> layerOffset;
    /// True when the reference, not the layer, carries a GCJ-02 offset.
    bool referenceLooksGcj02 = false;
};

/// Compares the lines or polygon outlines of `layer` with the polygon outlines (or lines)
/// of `reference`, both in `crs` (the project's projected CRS, metres). Made for a boundary
/// layer from another source (a web-map export) against the project's boundaries: a GCJ-02
/// layer declared as WGS84 lies 300–700 m off in one direction, which a median over many
/// vertices shows while the quantisation of real data (~100 m) does not. Returns nullopt
/// when fewer than 30 vertices lie within 1.5 km of the reference in any reading (nothing
/// to compare). Samples at most 3,000 vertices, so it stays in the tens of milliseconds.
/// Throws wm::Error when PROJ cannot convert `crs` to WGS84.
std::optional<OffsetEvidence> compareWithReference(const Layer& layer, const Layer& reference,
                                                   const Crs& crs);

} // namespace wm
