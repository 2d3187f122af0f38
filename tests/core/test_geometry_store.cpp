#include "core/geometry_store.h"
#include "core/geos_context.h"
#include "core/layer.h"

#include <gtest/gtest.h>

#include <cstring>
#include <thread>
#include <vector>

using namespace wm;

namespace {

GeomPtr fromWkt(const char* wkt)
{
    return GeomPtr(GEOSGeomFromWKT_r(geosContext(), wkt));
}

std::vector<std::uint8_t> wkbOf(const GEOSGeometry* g, int byteOrder, int dimensions, bool srid)
{
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBWriter* w = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setByteOrder_r(ctx, w, byteOrder);
    GEOSWKBWriter_setOutputDimension_r(ctx, w, dimensions);
    GEOSWKBWriter_setIncludeSRID_r(ctx, w, srid ? 1 : 0);
    if (srid)
        GEOSSetSRID_r(ctx, const_cast<GEOSGeometry*>(g), 4547);
    std::size_t size = 0;
    unsigned char* bytes = GEOSWKBWriter_write_r(ctx, w, g, &size);
    std::vector<std::uint8_t> out(bytes, bytes + size);
    GEOSFree_r(ctx, bytes);
    GEOSWKBWriter_destroy_r(ctx, w);
    return out;
}

bool sameGeometry(const GEOSGeometry* a, const GEOSGeometry* b)
{
    GEOSContextHandle_t ctx = geosContext();
    return GEOSGeomTypeId_r(ctx, a) == GEOSGeomTypeId_r(ctx, b) &&
           GEOSisEmpty_r(ctx, a) == GEOSisEmpty_r(ctx, b) && GEOSEqualsExact_r(ctx, a, b, 0) == 1;
}

// Every type the store holds, single- and multi-part, with holes, empties and nesting.
const char* const Geometries[] = {
    "POINT (4200000.25 513000.5)",
    "LINESTRING (0 0, 10 0, 10 10)",
    "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2))",
    "MULTIPOINT ((1 2), (3 4), (5 6))",
    "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3, 4 2))",
    "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 9 5, 9 9, 5 9, 5 5), (6 6, 7 6, 7 7, 6 6)))",
    "GEOMETRYCOLLECTION (POINT (1 1), LINESTRING (0 0, 2 2), POLYGON ((0 0, 3 0, 3 3, 0 0)))",
    "GEOMETRYCOLLECTION (MULTIPOINT ((1 1), (2 2)), GEOMETRYCOLLECTION (POINT (7 7)))",
    "LINESTRING EMPTY",
    "POLYGON EMPTY",
    "MULTIPOLYGON EMPTY",
    "GEOMETRYCOLLECTION EMPTY",
};

} // namespace

TEST(GeometryStore, EveryTypeRoundTripsThroughGeos)
{
    GeometryStore store;
    for (const char* wkt : Geometries)
        ASSERT_TRUE(store.appendGeos(fromWkt(wkt).get())) << wkt;
    store.appendGeos(nullptr);
    ASSERT_EQ(store.size(), std::size(Geometries) + 1);
    for (std::size_t i = 0; i < std::size(Geometries); ++i) {
        const GeomPtr back = store.toGeos(i);
        ASSERT_TRUE(back) << Geometries[i];
        EXPECT_TRUE(sameGeometry(back.get(), fromWkt(Geometries[i]).get())) << Geometries[i];
    }
    EXPECT_TRUE(store.isNull(std::size(Geometries)));
    EXPECT_FALSE(store.toGeos(std::size(Geometries)));
}

TEST(GeometryStore, EveryTypeRoundTripsThroughWkbInBothByteOrdersWithZAndSrid)
{
    for (const int byteOrder : {0, 1})
        for (const int dims : {2, 3})
            for (const bool srid : {false, true}) {
                GeometryStore store;
                for (const char* wkt : Geometries) {
                    if (std::strstr(wkt, "EMPTY"))
                        continue; // GEOS cannot write every empty type as WKB
                    const GeomPtr g = fromWkt(wkt);
                    const std::vector<std::uint8_t> wkb = wkbOf(g.get(), byteOrder, dims, srid);
                    ASSERT_TRUE(store.appendWkb(wkb.data(), wkb.size()))
                        << wkt << " order " << byteOrder << " dims " << dims << " srid " << srid;
                    const GeomPtr back = store.toGeos(store.size() - 1);
                    EXPECT_TRUE(sameGeometry(back.get(), g.get())) << wkt;
                }
            }
}

TEST(GeometryStore, ZAndMAreReadAndDropped)
{
    const std::vector<std::uint8_t> wkb =
        wkbOf(fromWkt("LINESTRING Z (0 0 5, 1 1 6, 2 0 7)").get(), 1, 3, false);
    GeometryStore store;
    ASSERT_TRUE(store.appendWkb(wkb.data(), wkb.size()));
    EXPECT_EQ(store.view(0).vertexCount, 3u);
    EXPECT_EQ(store.envelope(0), Extent::of(0, 0, 2, 1));
    // ISO LineString M (2002) and ZM (3002): 3 and 4 numbers per vertex.
    std::vector<std::uint8_t> m = {1, 0xD2, 0x07, 0, 0, 2, 0, 0, 0};
    std::vector<std::uint8_t> zm = {1, 0xBA, 0x0B, 0, 0, 2, 0, 0, 0};
    for (const double v : {1.0, 2.0, 9.0, 3.0, 4.0, 9.0})
        m.insert(m.end(), reinterpret_cast<const std::uint8_t*>(&v),
                 reinterpret_cast<const std::uint8_t*>(&v) + 8);
    for (const double v : {1.0, 2.0, 8.0, 9.0, 3.0, 4.0, 8.0, 9.0})
        zm.insert(zm.end(), reinterpret_cast<const std::uint8_t*>(&v),
                  reinterpret_cast<const std::uint8_t*>(&v) + 8);
    ASSERT_TRUE(store.appendWkb(m.data(), m.size()));
    ASSERT_TRUE(store.appendWkb(zm.data(), zm.size()));
    EXPECT_EQ(store.envelope(1), Extent::of(1, 2, 3, 4));
    EXPECT_EQ(store.envelope(2), Extent::of(1, 2, 3, 4));
}

TEST(GeometryStore, PointsKeepImplicitOffsetsUntilAnotherTypeComes)
{
    GeometryStore store;
    store.appendPoint(1, 2);
    store.appendNull();
    store.appendPoint(3, 4);
    EXPECT_TRUE(store.pointsOnly());
    store.appendGeos(fromWkt("LINESTRING (0 0, 5 5)").get());
    store.appendPoint(7, 8);
    EXPECT_FALSE(store.pointsOnly());
    double x = 0, y = 0;
    ASSERT_TRUE(store.point(0, x, y));
    EXPECT_EQ(x, 1);
    EXPECT_EQ(y, 2);
    EXPECT_TRUE(store.isNull(1));
    EXPECT_TRUE(store.envelope(1).isNull());
    ASSERT_TRUE(store.point(2, x, y));
    EXPECT_EQ(x, 3);
    EXPECT_EQ(store.view(3).vertexCount, 2u);
    EXPECT_EQ(store.envelope(3), Extent::of(0, 0, 5, 5));
    ASSERT_TRUE(store.point(4, x, y));
    EXPECT_EQ(y, 8);
    EXPECT_FALSE(store.point(3, x, y)); // a line is not a point
}

TEST(GeometryStore, MalformedWkbIsRefusedAndNothingIsAppended)
{
    const GeomPtr g = fromWkt(Geometries[5]);
    const std::vector<std::uint8_t> wkb = wkbOf(g.get(), 1, 2, false);
    GeometryStore store;
    store.appendPoint(0, 0);
    // Every truncation of a valid multipolygon.
    for (std::size_t n = 0; n < wkb.size(); ++n)
        EXPECT_FALSE(store.appendWkb(wkb.data(), n)) << n;
    // A count far beyond the bytes that follow.
    std::vector<std::uint8_t> huge = wkb;
    const std::uint32_t parts = 0x7FFFFFFF;
    std::memcpy(huge.data() + 5, &parts, 4);
    EXPECT_FALSE(store.appendWkb(huge.data(), huge.size()));
    // A byte order that is neither 0 nor 1, an unknown type, a curve.
    std::vector<std::uint8_t> bad = wkb;
    bad[0] = 7;
    EXPECT_FALSE(store.appendWkb(bad.data(), bad.size()));
    const std::uint8_t circular[] = {1, 8, 0, 0, 0, 0, 0, 0, 0};
    EXPECT_FALSE(store.appendWkb(circular, sizeof circular));
    // Collections nested deeper than any map holds.
    std::vector<std::uint8_t> deep;
    for (int i = 0; i < 100; ++i)
        deep.insert(deep.end(), {1, 7, 0, 0, 0, 1, 0, 0, 0});
    deep.insert(deep.end(), {1, 7, 0, 0, 0, 0, 0, 0, 0});
    EXPECT_FALSE(store.appendWkb(deep.data(), deep.size()));
    // Z and M flagged twice, EWKB and ISO: six numbers a vertex, which no WKB has (found by
    // fuzz_wkb, a stack overflow before).
    std::vector<std::uint8_t> twice = {1, 0xB9, 0x0B, 0, 0xC0};
    twice.resize(twice.size() + 6 * 8, 0);
    EXPECT_FALSE(store.appendWkb(twice.data(), twice.size()));
    // A multipoint holding a line.
    const std::vector<std::uint8_t> line =
        wkbOf(fromWkt("LINESTRING (0 0, 1 1)").get(), 1, 2, false);
    std::vector<std::uint8_t> mixed = {1, 4, 0, 0, 0, 1, 0, 0, 0};
    mixed.insert(mixed.end(), line.begin(), line.end());
    EXPECT_FALSE(store.appendWkb(mixed.data(), mixed.size()));
    EXPECT_EQ(store.size(), 1u);
}

TEST(Layer, MakesGeosGeometriesOnFirstUseFromSeveralThreadsAlike)
{
    Layer layer;
    for (int i = 0; i < 2000; ++i)
        layer.addPoint(i + 1, i, 2 * i);
    layer.addFeature(2001, fromWkt("LINESTRING (0 0, 3 4)"));
    layer.buildIndex();
    EXPECT_EQ(layer.fid(0), 1);
    EXPECT_EQ(layer.fid(2000), 2001);
    std::vector<const GEOSGeometry*> a(2001), b(2001);
    std::thread t1([&] {
        for (int i = 0; i < 2001; ++i)
            a[std::size_t(i)] = layer.geometry(i);
    });
    std::thread t2([&] {
        for (int i = 2000; i >= 0; --i)
            b[std::size_t(i)] = layer.geometry(i);
    });
    t1.join();
    t2.join();
    EXPECT_EQ(a, b); // one geometry per feature, whichever thread made it
    double x = 0;
    GEOSGeomGetX_r(geosContext(), a[1234], &x);
    EXPECT_EQ(x, 1234);
    double length = 0;
    GEOSLength_r(geosContext(), a[2000], &length);
    EXPECT_DOUBLE_EQ(length, 5);
}

TEST(Layer, FidsThatDoNotRunOnAreKept)
{
    Layer layer;
    layer.addPoint(10, 0, 0);
    layer.addPoint(11, 1, 1);
    layer.addPoint(5, 2, 2);
    layer.addNull(-1);
    EXPECT_EQ(layer.fid(0), 10);
    EXPECT_EQ(layer.fid(1), 11);
    EXPECT_EQ(layer.fid(2), 5);
    EXPECT_EQ(layer.fid(3), -1);
    EXPECT_FALSE(layer.hasGeometry(3));
}
