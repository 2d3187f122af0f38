#pragma once

#include "core/extent.h"
#include "core/geometry_kind.h"
#include "core/geos_context.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wm {

/// Geometry types as stored; the values are GEOS's type ids, so that a stored type
/// and GEOSGeomTypeId agree.
enum class StoredType : std::uint8_t {
    Point = 0,
    LineString = 1,
    Polygon = 3,
    MultiPoint = 4,
    MultiLineString = 5,
    MultiPolygon = 6,
    Collection = 7,
    Null = 255, ///< no geometry at all (a list row, an unreadable position)
};

/// One feature's geometry as the store holds it: its type, its vertices (x, y
/// interleaved, every part's in order) and, for polygons and multi-part types, its
/// structure (see GeometryStore). A view stays valid while the store is not changed.
struct GeometryView {
    StoredType type = StoredType::Null;
    const double* xy = nullptr;
    std::uint32_t vertexCount = 0;
    const std::uint32_t* structure = nullptr;
    std::uint32_t structureSize = 0;

    bool isNull() const { return type == StoredType::Null; }
    bool isEmpty() const { return vertexCount == 0; }
};

/// The geometries of a layer in contiguous arrays instead of one heap object per
/// feature: a million points cost 17 bytes each (x, y and a type byte), lines and
/// polygons 16 bytes per vertex plus a few words of structure. GEOS geometries are
/// made from it where GEOS is needed (toGeos), not kept for every feature.
///
/// Structure, for the types that need it (a point or a line string is its vertices):
///   Polygon:                [rings, vertices of ring 0, vertices of ring 1, …]
///   Multi*/Collection:      [parts, then each part as type, followed by its own
///                            structure (a point or line string: its vertex count)]
/// While every feature is a single point (or null), vertex offsets are implicit
/// (feature i is vertex i) and no offset array is kept.
/// A geometry parsed from WKB but not yet stored: the reader looks at it (kind,
/// plausibility, validity of lines) before deciding how to keep it.
struct ParsedGeometry {
    StoredType type = StoredType::Null;
    std::vector<std::uint32_t> structure;
    std::vector<double> xy;

    GeometryView view() const
    {
        return {type, xy.data(), std::uint32_t(xy.size() / 2), structure.data(),
                std::uint32_t(structure.size())};
    }
};

class GeometryStore {
public:
    std::size_t size() const { return mTypes.size(); }
    void reserve(std::size_t features, std::size_t vertices = 0);

    /// Appends a feature without geometry.
    void appendNull();
    /// Appends a point.
    void appendPoint(double x, double y);
    /// Appends a copy of `g` (null: appendNull). Z and M are dropped: planning maps are
    /// two-dimensional. Returns false (and appends null) for a type it cannot hold.
    bool appendGeos(const GEOSGeometry* g);
    /// Appends a geometry from (ISO or extended) WKB; false, with nothing appended, for
    /// malformed WKB or a type other than points, lines, polygons and their collections
    /// (curves are for the caller to linearise).
    bool appendWkb(const std::uint8_t* wkb, std::size_t size);

    /// Parses WKB as appendWkb does, without storing it.
    static bool parseWkb(const std::uint8_t* wkb, std::size_t size, ParsedGeometry& out);
    /// Appends a parsed geometry.
    void append(const ParsedGeometry& g);
    /// Makes feature i a feature without geometry (its vertices stay, unreferenced).
    void setNull(std::size_t i) { mTypes[i] = std::uint8_t(StoredType::Null); }
    /// Vertices held, all features together.
    std::size_t vertexCount() const { return mXY.size() / 2; }

    GeometryView view(std::size_t i) const;
    StoredType type(std::size_t i) const { return StoredType(mTypes[i]); }
    bool isNull(std::size_t i) const { return mTypes[i] == std::uint8_t(StoredType::Null); }
    /// The point of a single-point feature; false for any other (or an empty point).
    bool point(std::size_t i, double& x, double& y) const;
    /// Envelope of feature i (null for a null or empty geometry), from its vertices.
    Extent envelope(std::size_t i) const;
    /// True while every feature is a single point or null (offsets implicit).
    bool pointsOnly() const { return mCoordBegin.empty(); }

    /// A new GEOS geometry equal to feature i; null for a null feature.
    GeomPtr toGeos(std::size_t i) const;

    /// Vertices of all features, interleaved x, y; transformed in place by a bulk
    /// coordinate transformation (the structure does not change).
    std::vector<double>& coordinates() { return mXY; }
    const std::vector<double>& coordinates() const { return mXY; }

    /// Gives back capacity grown past a tenth above what is held (after loading).
    void squeeze();

    /// Bytes held (capacity), for memory reports.
    std::size_t memoryBytes() const;

private:
    std::uint32_t coordBegin(std::size_t i) const
    {
        return mCoordBegin.empty() ? std::uint32_t(i) : mCoordBegin[i];
    }
    std::uint32_t coordEnd(std::size_t i) const
    {
        return mCoordBegin.empty() ? std::uint32_t(i + 1) : mCoordBegin[i + 1];
    }
    /// Leaves implicit offsets (the first feature that is not a single point).
    void makeOffsetsExplicit();
    void finishFeature(StoredType type, std::size_t structureBegin);

    std::vector<std::uint8_t> mTypes;
    std::vector<double> mXY;
    std::vector<std::uint32_t> mCoordBegin;  ///< size()+1 entries, or empty (implicit)
    std::vector<std::uint32_t> mStructBegin; ///< size()+1 entries, or empty (none yet)
    std::vector<std::uint32_t> mStructure;
};

/// The dimension of a stored type (Mixed for a collection, None for no geometry).
GeometryKind geometryKindOf(StoredType type);

/// A new GEOS geometry equal to `v`; null for a null geometry (or one GEOS refuses, such
/// as an unclosed ring).
GeomPtr toGeos(const GeometryView& v);

/// Calls visit(type, xy, count, ringIndex) for every point, line string and polygon ring
/// of `v` (ringIndex 0 for an exterior ring and for points and lines).
template <typename Visit> void forEachPart(const GeometryView& v, Visit&& visit);

namespace detail {
template <typename Visit>
const std::uint32_t* visitNode(StoredType type, const std::uint32_t* s, const double*& xy,
                               Visit& visit)
{
    switch (type) {
    case StoredType::Point:
    case StoredType::LineString: {
        const std::uint32_t n = *s++;
        visit(type, xy, n, 0);
        xy += 2 * std::size_t(n);
        return s;
    }
    case StoredType::Polygon: {
        const std::uint32_t rings = *s++;
        for (std::uint32_t r = 0; r < rings; ++r) {
            const std::uint32_t n = *s++;
            visit(StoredType::Polygon, xy, n, int(r));
            xy += 2 * std::size_t(n);
        }
        return s;
    }
    default: {
        const std::uint32_t parts = *s++;
        for (std::uint32_t p = 0; p < parts; ++p) {
            const StoredType t = StoredType(*s++);
            s = visitNode(t, s, xy, visit);
        }
        return s;
    }
    }
}
} // namespace detail

template <typename Visit> void forEachPart(const GeometryView& v, Visit&& visit)
{
    if (v.type == StoredType::Null)
        return;
    if (v.type == StoredType::Point || v.type == StoredType::LineString) {
        visit(v.type, v.xy, v.vertexCount, 0);
        return;
    }
    const double* xy = v.xy;
    detail::visitNode(v.type, v.structure, xy, visit);
}

} // namespace wm
