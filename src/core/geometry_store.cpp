#include "core/geometry_store.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace wm {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
/// WKB nests collections in collections; deeper than this is an attack, not a map.
constexpr int MaxWkbDepth = 32;

bool needsStructure(StoredType t)
{
    return t != StoredType::Point && t != StoredType::LineString && t != StoredType::Null;
}

StoredType storedTypeOf(int geosType)
{
    switch (geosType) {
    case GEOS_POINT:
        return StoredType::Point;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        return StoredType::LineString;
    case GEOS_POLYGON:
        return StoredType::Polygon;
    case GEOS_MULTIPOINT:
        return StoredType::MultiPoint;
    case GEOS_MULTILINESTRING:
        return StoredType::MultiLineString;
    case GEOS_MULTIPOLYGON:
        return StoredType::MultiPolygon;
    case GEOS_GEOMETRYCOLLECTION:
        return StoredType::Collection;
    default:
        return StoredType::Null;
    }
}

/// Appends the vertices of a GEOS coordinate sequence (x, y only); returns their count.
std::uint32_t appendSequence(GEOSContextHandle_t ctx, const GEOSCoordSequence* seq,
                             std::vector<double>& xy)
{
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n) || n == 0)
        return 0;
    const std::size_t at = xy.size();
    xy.resize(at + 2 * std::size_t(n));
    GEOSCoordSeq_copyToBuffer_r(ctx, seq, xy.data() + at, 0, 0);
    return n;
}

/// Encodes `g` (a part when !top): vertices into xy, structure into st.
bool encodeGeos(GEOSContextHandle_t ctx, const GEOSGeometry* g, bool top,
                std::vector<std::uint32_t>& st, std::vector<double>& xy)
{
    const StoredType type = storedTypeOf(GEOSGeomTypeId_r(ctx, g));
    switch (type) {
    case StoredType::Point: {
        std::uint32_t n = 0;
        if (!GEOSisEmpty_r(ctx, g))
            n = appendSequence(ctx, GEOSGeom_getCoordSeq_r(ctx, g), xy);
        if (!top)
            st.push_back(n);
        return true;
    }
    case StoredType::LineString: {
        const std::uint32_t n = appendSequence(ctx, GEOSGeom_getCoordSeq_r(ctx, g), xy);
        if (!top)
            st.push_back(n);
        return true;
    }
    case StoredType::Polygon: {
        if (GEOSisEmpty_r(ctx, g)) {
            st.push_back(0);
            return true;
        }
        const int holes = GEOSGetNumInteriorRings_r(ctx, g);
        st.push_back(std::uint32_t(1 + holes));
        st.push_back(
            appendSequence(ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetExteriorRing_r(ctx, g)), xy));
        for (int r = 0; r < holes; ++r)
            st.push_back(appendSequence(
                ctx, GEOSGeom_getCoordSeq_r(ctx, GEOSGetInteriorRingN_r(ctx, g, r)), xy));
        return true;
    }
    case StoredType::Null:
        return false;
    default: {
        const int parts = GEOSGetNumGeometries_r(ctx, g);
        st.push_back(std::uint32_t(std::max(parts, 0)));
        for (int p = 0; p < parts; ++p) {
            const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, g, p);
            const StoredType pt = storedTypeOf(GEOSGeomTypeId_r(ctx, part));
            if (pt == StoredType::Null)
                return false;
            st.push_back(std::uint32_t(pt));
            if (!encodeGeos(ctx, part, false, st, xy))
                return false;
        }
        return true;
    }
    }
}

// ---- WKB

class WkbParser {
public:
    WkbParser(const std::uint8_t* data, std::size_t size) : mP(data), mEnd(data + size) {}

    /// Parses one geometry (a part when !top) into st/xy; its type in `type`.
    bool parse(bool top, int depth, StoredType& type, std::vector<std::uint32_t>& st,
               std::vector<double>& xy)
    {
        if (depth > MaxWkbDepth || !readByteOrder())
            return false;
        std::uint32_t code = 0;
        if (!readU32(code))
            return false;
        int dims = 2;
        if (code & 0x20000000u) { // EWKB SRID follows
            std::uint32_t srid;
            if (!readU32(srid))
                return false;
        }
        if (code & 0x80000000u)
            ++dims;
        if (code & 0x40000000u)
            ++dims;
        code &= 0x0FFFFFFFu;
        const std::uint32_t iso = code / 1000;
        if (iso > 3)
            return false;
        dims += iso == 3 ? 2 : iso != 0 ? 1 : 0;
        if (dims > 4) // Z and M flagged both the EWKB and the ISO way (found by fuzz_wkb)
            return false;
        switch (code % 1000) {
        case 1: {
            type = StoredType::Point;
            double c[4];
            if (!readDoubles(c, dims))
                return false;
            std::uint32_t n = 0;
            if (!(std::isnan(c[0]) && std::isnan(c[1]))) { // ISO writes POINT EMPTY as NaN
                xy.push_back(c[0]);
                xy.push_back(c[1]);
                n = 1;
            }
            if (!top)
                st.push_back(n);
            return true;
        }
        case 2: {
            type = StoredType::LineString;
            std::uint32_t n = 0;
            if (!readSequence(dims, n, xy))
                return false;
            if (!top)
                st.push_back(n);
            return true;
        }
        case 3: {
            type = StoredType::Polygon;
            std::uint32_t rings = 0;
            if (!readCount(rings, 4))
                return false;
            st.push_back(rings);
            for (std::uint32_t r = 0; r < rings; ++r) {
                std::uint32_t n = 0;
                if (!readSequence(dims, n, xy))
                    return false;
                st.push_back(n);
            }
            return true;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            type = StoredType(code % 1000);
            std::uint32_t parts = 0;
            if (!readCount(parts, 9)) // the smallest part: byte order, type, no coordinates
                return false;
            st.push_back(parts);
            for (std::uint32_t p = 0; p < parts; ++p) {
                const std::size_t typeAt = st.size();
                st.push_back(0);
                StoredType pt = StoredType::Null;
                if (!parse(false, depth + 1, pt, st, xy))
                    return false;
                // A multi type holds only its own kind of part.
                if ((type == StoredType::MultiPoint && pt != StoredType::Point) ||
                    (type == StoredType::MultiLineString && pt != StoredType::LineString) ||
                    (type == StoredType::MultiPolygon && pt != StoredType::Polygon))
                    return false;
                st[typeAt] = std::uint32_t(pt);
            }
            return true;
        }
        default:
            return false; // curves, surfaces, TINs: the caller linearises them
        }
    }

private:
    bool readByteOrder()
    {
        if (mP >= mEnd || *mP > 1)
            return false;
        mSwap = (*mP++ == 1) != (std::endian::native == std::endian::little);
        return true;
    }
    bool readU32(std::uint32_t& v)
    {
        if (mEnd - mP < 4)
            return false;
        std::memcpy(&v, mP, 4);
        mP += 4;
        if (mSwap)
            v = __builtin_bswap32(v);
        return true;
    }
    /// A count of items each at least `minBytes` long that the rest of the data can hold.
    bool readCount(std::uint32_t& n, std::size_t minBytes)
    {
        return readU32(n) && std::size_t(n) * minBytes <= std::size_t(mEnd - mP);
    }
    bool readDoubles(double* out, int n)
    {
        if (mEnd - mP < 8 * n)
            return false;
        for (int i = 0; i < n; ++i) {
            std::uint64_t bits;
            std::memcpy(&bits, mP + 8 * i, 8);
            if (mSwap)
                bits = __builtin_bswap64(bits);
            std::memcpy(out + i, &bits, 8);
        }
        mP += 8 * n;
        return true;
    }
    bool readSequence(int dims, std::uint32_t& n, std::vector<double>& xy)
    {
        if (!readCount(n, 8 * std::size_t(dims)))
            return false;
        const std::size_t at = xy.size();
        xy.resize(at + 2 * std::size_t(n));
        double c[4];
        for (std::uint32_t i = 0; i < n; ++i) {
            readDoubles(c, dims);
            xy[at + 2 * i] = c[0];
            xy[at + 2 * i + 1] = c[1];
        }
        return true;
    }

    const std::uint8_t* mP;
    const std::uint8_t* mEnd;
    bool mSwap = false;
};

// ---- GEOS

GEOSCoordSequence* sequenceOf(GEOSContextHandle_t ctx, const double* xy, std::uint32_t n)
{
    return GEOSCoordSeq_copyFromBuffer_r(ctx, xy, n, 0, 0);
}

GEOSGeometry* emptyOf(GEOSContextHandle_t ctx, StoredType t)
{
    switch (t) {
    case StoredType::Point:
        return GEOSGeom_createEmptyPoint_r(ctx);
    case StoredType::LineString:
        return GEOSGeom_createEmptyLineString_r(ctx);
    case StoredType::Polygon:
        return GEOSGeom_createEmptyPolygon_r(ctx);
    default:
        return GEOSGeom_createEmptyCollection_r(ctx, int(t));
    }
}

GEOSGeometry* buildNode(GEOSContextHandle_t ctx, StoredType type, std::uint32_t count,
                        const std::uint32_t*& s, const double*& xy);

/// Builds a node whose first structure word (count or rings/parts) is at *s.
GEOSGeometry* buildFromStructure(GEOSContextHandle_t ctx, StoredType type, const std::uint32_t*& s,
                                 const double*& xy)
{
    const std::uint32_t count = *s++;
    return buildNode(ctx, type, count, s, xy);
}

GEOSGeometry* buildNode(GEOSContextHandle_t ctx, StoredType type, std::uint32_t count,
                        const std::uint32_t*& s, const double*& xy)
{
    switch (type) {
    case StoredType::Point: {
        if (count == 0)
            return GEOSGeom_createEmptyPoint_r(ctx);
        GEOSGeometry* g = GEOSGeom_createPointFromXY_r(ctx, xy[0], xy[1]);
        xy += 2;
        return g;
    }
    case StoredType::LineString: {
        if (count == 0)
            return GEOSGeom_createEmptyLineString_r(ctx);
        GEOSGeometry* g = GEOSGeom_createLineString_r(ctx, sequenceOf(ctx, xy, count));
        xy += 2 * std::size_t(count);
        return g;
    }
    case StoredType::Polygon: {
        if (count == 0)
            return GEOSGeom_createEmptyPolygon_r(ctx);
        std::vector<GEOSGeometry*> rings;
        rings.reserve(count);
        for (std::uint32_t r = 0; r < count; ++r) {
            const std::uint32_t n = *s++;
            rings.push_back(GEOSGeom_createLinearRing_r(ctx, sequenceOf(ctx, xy, n)));
            xy += 2 * std::size_t(n);
        }
        bool ok = true;
        for (GEOSGeometry* r : rings)
            ok = ok && r;
        if (!ok) {
            for (GEOSGeometry* r : rings)
                if (r)
                    GEOSGeom_destroy_r(ctx, r);
            return nullptr;
        }
        return GEOSGeom_createPolygon_r(ctx, rings[0], rings.data() + 1, count - 1);
    }
    default: {
        std::vector<GEOSGeometry*> parts;
        parts.reserve(count);
        bool ok = true;
        for (std::uint32_t p = 0; p < count; ++p) {
            const StoredType pt = StoredType(*s++);
            GEOSGeometry* part = buildFromStructure(ctx, pt, s, xy);
            ok = ok && part;
            parts.push_back(part);
        }
        if (!ok) {
            for (GEOSGeometry* part : parts)
                if (part)
                    GEOSGeom_destroy_r(ctx, part);
            return nullptr;
        }
        if (parts.empty())
            return emptyOf(ctx, type);
        return GEOSGeom_createCollection_r(ctx, int(type), parts.data(), count);
    }
    }
}

} // namespace

void GeometryStore::reserve(std::size_t features, std::size_t vertices)
{
    mTypes.reserve(features);
    mXY.reserve(2 * std::max(vertices, pointsOnly() ? features : 0));
    if (!mCoordBegin.empty())
        mCoordBegin.reserve(features + 1);
}

void GeometryStore::makeOffsetsExplicit()
{
    if (!mCoordBegin.empty())
        return;
    mCoordBegin.resize(mTypes.size() + 1);
    for (std::size_t i = 0; i <= mTypes.size(); ++i)
        mCoordBegin[i] = std::uint32_t(i);
}

void GeometryStore::finishFeature(StoredType type, std::size_t structureBegin)
{
    if (mXY.size() / 2 > std::numeric_limits<std::uint32_t>::max() ||
        mStructure.size() > std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("a layer of more than 4 billion vertices");
    if (needsStructure(type) && mStructBegin.empty())
        mStructBegin.assign(mTypes.size() + 1, std::uint32_t(structureBegin));
    mTypes.push_back(std::uint8_t(type));
    if (!mCoordBegin.empty())
        mCoordBegin.push_back(std::uint32_t(mXY.size() / 2));
    if (!mStructBegin.empty())
        mStructBegin.push_back(std::uint32_t(mStructure.size()));
}

void GeometryStore::appendNull()
{
    if (pointsOnly()) {
        mXY.push_back(NaN);
        mXY.push_back(NaN);
    }
    finishFeature(StoredType::Null, mStructure.size());
}

void GeometryStore::appendPoint(double x, double y)
{
    mXY.push_back(x);
    mXY.push_back(y);
    finishFeature(StoredType::Point, mStructure.size());
}

bool GeometryStore::appendGeos(const GEOSGeometry* g)
{
    if (!g) {
        appendNull();
        return true;
    }
    GEOSContextHandle_t ctx = geosContext();
    const StoredType type = storedTypeOf(GEOSGeomTypeId_r(ctx, g));
    if (type == StoredType::Point && !GEOSisEmpty_r(ctx, g)) {
        double x, y;
        if (GEOSGeomGetX_r(ctx, g, &x) == 1 && GEOSGeomGetY_r(ctx, g, &y) == 1) {
            appendPoint(x, y);
            return true;
        }
    }
    if (type == StoredType::Null) {
        appendNull();
        return false;
    }
    std::vector<std::uint32_t> st;
    std::vector<double> xy;
    if (!encodeGeos(ctx, g, true, st, xy)) {
        appendNull();
        return false;
    }
    makeOffsetsExplicit();
    const std::size_t structureBegin = mStructure.size();
    mXY.insert(mXY.end(), xy.begin(), xy.end());
    mStructure.insert(mStructure.end(), st.begin(), st.end());
    finishFeature(type, structureBegin);
    return true;
}

bool GeometryStore::appendWkb(const std::uint8_t* wkb, std::size_t size)
{
    // The common cases straight into the arrays: a 2D point, a 2D line string.
    if (size == 21 && wkb[0] == 1 && std::endian::native == std::endian::little) {
        std::uint32_t code;
        std::memcpy(&code, wkb + 1, 4);
        if (code == 1) {
            double x, y;
            std::memcpy(&x, wkb + 5, 8);
            std::memcpy(&y, wkb + 13, 8);
            if (!(std::isnan(x) && std::isnan(y))) {
                appendPoint(x, y);
                return true;
            }
        }
    }
    thread_local ParsedGeometry parsed;
    if (!parseWkb(wkb, size, parsed))
        return false;
    append(parsed);
    return true;
}

bool GeometryStore::parseWkb(const std::uint8_t* wkb, std::size_t size, ParsedGeometry& out)
{
    out.structure.clear();
    out.xy.clear();
    out.type = StoredType::Null;
    WkbParser parser(wkb, size);
    return parser.parse(true, 0, out.type, out.structure, out.xy);
}

void GeometryStore::append(const ParsedGeometry& g)
{
    if (g.type == StoredType::Null) {
        appendNull();
        return;
    }
    if (g.type == StoredType::Point && g.xy.size() == 2) {
        appendPoint(g.xy[0], g.xy[1]);
        return;
    }
    makeOffsetsExplicit();
    const std::size_t structureBegin = mStructure.size();
    mXY.insert(mXY.end(), g.xy.begin(), g.xy.end());
    mStructure.insert(mStructure.end(), g.structure.begin(), g.structure.end());
    finishFeature(g.type, structureBegin);
}

GeometryView GeometryStore::view(std::size_t i) const
{
    GeometryView v;
    v.type = StoredType(mTypes[i]);
    if (v.type == StoredType::Null)
        return v;
    const std::uint32_t b = coordBegin(i);
    v.xy = mXY.data() + 2 * std::size_t(b);
    v.vertexCount = coordEnd(i) - b;
    if (!mStructBegin.empty()) {
        v.structure = mStructure.data() + mStructBegin[i];
        v.structureSize = mStructBegin[i + 1] - mStructBegin[i];
    }
    return v;
}

bool GeometryStore::point(std::size_t i, double& x, double& y) const
{
    if (mTypes[i] != std::uint8_t(StoredType::Point))
        return false;
    const std::uint32_t b = coordBegin(i);
    if (coordEnd(i) == b)
        return false;
    x = mXY[2 * std::size_t(b)];
    y = mXY[2 * std::size_t(b) + 1];
    return true;
}

Extent GeometryStore::envelope(std::size_t i) const
{
    Extent e;
    if (mTypes[i] == std::uint8_t(StoredType::Null))
        return e;
    const std::size_t b = coordBegin(i), end = coordEnd(i);
    for (std::size_t k = b; k < end; ++k)
        e.include(mXY[2 * k], mXY[2 * k + 1]);
    return e;
}

GeomPtr GeometryStore::toGeos(std::size_t i) const
{
    return wm::toGeos(view(i));
}

GeometryKind geometryKindOf(StoredType type)
{
    switch (type) {
    case StoredType::Point:
    case StoredType::MultiPoint:
        return GeometryKind::Point;
    case StoredType::LineString:
    case StoredType::MultiLineString:
        return GeometryKind::Line;
    case StoredType::Polygon:
    case StoredType::MultiPolygon:
        return GeometryKind::Polygon;
    case StoredType::Null:
        return GeometryKind::None;
    default:
        return GeometryKind::Mixed;
    }
}

GeomPtr toGeos(const GeometryView& v)
{
    if (v.isNull())
        return nullptr;
    GEOSContextHandle_t ctx = geosContext();
    const double* xy = v.xy;
    if (v.type == StoredType::Point || v.type == StoredType::LineString) {
        const std::uint32_t* none = nullptr;
        return GeomPtr(buildNode(ctx, v.type, v.vertexCount, none, xy));
    }
    const std::uint32_t* s = v.structure;
    return GeomPtr(buildFromStructure(ctx, v.type, s, xy));
}

namespace {
template <typename T> void squeezeVector(std::vector<T>& v)
{
    if (v.capacity() > v.size() + v.size() / 10 + 64)
        v.shrink_to_fit();
}
} // namespace

void GeometryStore::squeeze()
{
    squeezeVector(mTypes);
    squeezeVector(mXY);
    squeezeVector(mCoordBegin);
    squeezeVector(mStructBegin);
    squeezeVector(mStructure);
}

std::size_t GeometryStore::memoryBytes() const
{
    return mTypes.capacity() + mXY.capacity() * sizeof(double) +
           (mCoordBegin.capacity() + mStructBegin.capacity() + mStructure.capacity()) *
               sizeof(std::uint32_t);
}

} // namespace wm
