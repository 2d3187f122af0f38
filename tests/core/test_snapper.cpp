#include "core/geometry_kind.h"
#include "core/snapper.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {
/// A pipe (0 0)–(100 0)–(100 100) and a clinic at (50 40), in metres.
std::shared_ptr<Layer> pipes()
{
    return test::makeLayer(GeometryKind::Line, {QStringLiteral("kind")},
                           {{"LINESTRING (0 0, 100 0, 100 100)", {"heating"}}});
}
} // namespace

TEST(Snapper, AVertexWithinToleranceWinsOverANearerSegment)
{
    const auto line = pipes();
    Snapper s;
    s.addLayer(line.get());
    // (97, 2): the segment y = 0 is 2 m away, the corner (100, 0) √13 = 3.6 m.
    const SnapResult r = s.snap(97, 2, 5);
    EXPECT_EQ(r.kind, SnapResult::Kind::Vertex);
    EXPECT_DOUBLE_EQ(r.x, 100);
    EXPECT_DOUBLE_EQ(r.y, 0);
    EXPECT_EQ(r.feature, 0);
}

TEST(Snapper, OntoTheSegmentOrNothing)
{
    const auto line = pipes();
    Snapper s;
    s.addLayer(line.get());
    // (40, 3): perpendicular foot (40, 0) on the first segment, 3 m away.
    SnapResult r = s.snap(40, 3, 5);
    EXPECT_EQ(r.kind, SnapResult::Kind::Segment);
    EXPECT_DOUBLE_EQ(r.x, 40);
    EXPECT_DOUBLE_EQ(r.y, 0);
    // (104, 50) is 4 m from the second segment; (40, 6) is 6 m from any: no snap.
    r = s.snap(104, 50, 5);
    EXPECT_DOUBLE_EQ(r.x, 100);
    EXPECT_DOUBLE_EQ(r.y, 50);
    r = s.snap(40, 6, 5);
    EXPECT_FALSE(r.snapped());
    EXPECT_DOUBLE_EQ(r.x, 40);
    EXPECT_DOUBLE_EQ(r.y, 6);
    // The feature being reshaped does not snap to itself.
    EXPECT_FALSE(s.snap(97, 2, 5, line.get(), 0).snapped());
}
