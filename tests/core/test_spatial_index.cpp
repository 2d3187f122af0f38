#include "core/geos_context.h"
#include "core/layer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace wm;

TEST(SpatialIndex, FindsExactlyWhatABruteForceScanFinds)
{
    GEOSContextHandle_t ctx = geosContext();
    Layer layer;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0, 1000);
    for (int i = 0; i < 5000; ++i) {
        if (i % 97 == 0) {
            layer.addFeature(i, nullptr); // features without geometry are never hits
            continue;
        }
        const double x = u(rng), y = u(rng);
        layer.addFeature(i, GeomPtr(i % 2 ? GEOSGeom_createPointFromXY_r(ctx, x, y)
                                          : GEOSGeom_createRectangle_r(ctx, x, y, x + 5, y + 3)));
    }
    layer.buildIndex();
    EXPECT_EQ(layer.index().size(), 5000 - (5000 + 96) / 97);

    for (const Extent& q :
         {Extent::of(100, 100, 200, 150), Extent::of(0, 0, 1000, 1000),
          Extent::of(500, 500, 500.5, 500.5), Extent::of(2000, 2000, 3000, 3000)}) {
        std::vector<qsizetype> expected;
        for (qsizetype i = 0; i < layer.featureCount(); ++i)
            if (layer.envelope(i).intersects(q))
                expected.push_back(i);
        std::vector<qsizetype> got = layer.featuresIn(q);
        std::sort(got.begin(), got.end());
        EXPECT_EQ(got, expected);
    }
}

TEST(SpatialIndex, RandomQueriesAtProjectedCoordinatesMatchABruteForceScan)
{
    // Coordinates of a Gauss-Kruger zone (millions of metres), where a float box is
    // coarser than a metre: the rounded boxes and the exact refinement must still give
    // exactly the envelopes that intersect, also for queries touching an edge.
    GEOSContextHandle_t ctx = geosContext();
    for (const bool pointsOnly : {true, false}) {
        Layer layer;
        std::mt19937 rng(pointsOnly ? 11 : 12);
        std::uniform_real_distribution<double> ux(38'400'000, 38'500'000), uy(4'050'000, 4'150'000);
        for (int i = 0; i < 20000; ++i) {
            const double x = ux(rng), y = uy(rng);
            if (pointsOnly || i % 3)
                layer.addPoint(i, x, y);
            else
                layer.addFeature(i,
                                 GeomPtr(GEOSGeom_createRectangle_r(ctx, x, y, x + 0.3, y + 700)));
        }
        layer.buildIndex();
        std::uniform_real_distribution<double> size(0, 3000);
        for (int q = 0; q < 300; ++q) {
            Extent query;
            if (q % 3 == 0) {
                // Exactly on a feature's edge or point.
                const Extent e = layer.envelope(qsizetype(rng() % 20000));
                query = Extent::of(e.xMax, e.yMax, e.xMax + size(rng), e.yMax + size(rng));
            } else {
                const double x = ux(rng), y = uy(rng);
                query = Extent::of(x, y, x + size(rng), y + size(rng));
            }
            std::vector<qsizetype> expected;
            for (qsizetype i = 0; i < layer.featureCount(); ++i)
                if (layer.envelope(i).intersects(query))
                    expected.push_back(i);
            std::vector<qsizetype> got = layer.featuresIn(query);
            std::sort(got.begin(), got.end());
            ASSERT_EQ(got, expected) << "query " << q;
        }
    }
}
