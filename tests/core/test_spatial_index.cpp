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
