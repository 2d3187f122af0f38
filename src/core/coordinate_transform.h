#pragma once

#include "core/crs.h"
#include "core/extent.h"
#include "core/geos_context.h"

struct PJconsts;
struct pj_ctx;

namespace wm {

/// A PROJ transformation between two CRSs, in visualisation axis order (x = lon or
/// easting). Not shareable between threads: each loader thread makes its own.
class CoordinateTransform {
public:
    /// Throws wm::Error when PROJ cannot build a transformation.
    CoordinateTransform(const Crs& source, const Crs& target);
    ~CoordinateTransform();
    CoordinateTransform(const CoordinateTransform&) = delete;
    CoordinateTransform& operator=(const CoordinateTransform&) = delete;

    bool isIdentity() const { return mIdentity; }
    /// Transforms in place; false (coordinates unchanged) where PROJ fails.
    bool transform(double& x, double& y) const;
    /// Transforms `count` points stored as interleaved x, y in place, in one PROJ call;
    /// a point PROJ cannot transform becomes (inf, inf).
    void transformInterleaved(double* xy, std::size_t count) const;
    /// A transformed copy of `g`, or null when a coordinate fails to transform.
    GeomPtr transform(const GEOSGeometry* g) const;
    /// The extent of `e` after transformation, its edges densified to follow curvature.
    Extent transformExtent(const Extent& e, int pointsPerEdge = 21) const;

private:
    pj_ctx* mContext = nullptr;
    PJconsts* mTransform = nullptr;
    bool mIdentity = false;
};

} // namespace wm
