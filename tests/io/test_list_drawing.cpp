#include "core/layer.h"
#include "io/list_import.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {
ListRow matched(const QString& code)
{
    ListRow r;
    r.state = ListRow::State::Matched;
    r.code = code;
    return r;
}
} // namespace

// Rows matched by name are drawn at their village's point, else at the centre of their
// township's village points (approximate), else left without a point.
TEST(ListDrawing, VillagePointThenTownshipCentreThenNothing)
{
    // Two villages of township 130502001 and one of 130502002 (lon/lat, by hand).
    const auto villages =
        test::makeLayer(GeometryKind::Point, {QStringLiteral("code")},
                        {{"POINT (114.5 37.0)", {QStringLiteral("130502001001")}},
                         {"POINT (114.6 37.2)", {QStringLiteral("130502001002")}},
                         {"POINT (115.0 36.5)", {QStringLiteral("130502002001")}}});
    QVector<ListRow> rows{matched(QStringLiteral("130502001002")),
                          matched(QStringLiteral("130502001099")),
                          matched(QStringLiteral("130503001001"))};
    ListRow onMap = matched(QStringLiteral("130502001001"));
    onMap.state = ListRow::State::OnMap;
    onMap.point = LonLat{116.0, 38.0}; // its own coordinates win
    rows << onMap;

    const DrawnRows drawn = drawMatchedRows(rows, {villages.get(), 0});
    EXPECT_EQ(drawn.atVillage, 1);
    EXPECT_EQ(drawn.atTownship, 1);
    ASSERT_TRUE(rows[0].point);
    EXPECT_DOUBLE_EQ(rows[0].point->lon, 114.6);
    EXPECT_DOUBLE_EQ(rows[0].point->lat, 37.2);
    EXPECT_EQ(rows[0].drawnAt, QStringLiteral("village"));
    // Not in the layer: the mean of 130502001's two points.
    ASSERT_TRUE(rows[1].point);
    EXPECT_DOUBLE_EQ(rows[1].point->lon, 114.55);
    EXPECT_DOUBLE_EQ(rows[1].point->lat, 37.1);
    EXPECT_EQ(rows[1].drawnAt, QStringLiteral("township"));
    EXPECT_EQ(rows[1].state, ListRow::State::Matched);
    // A township without points: listed, not drawn.
    EXPECT_FALSE(rows[2].point);
    EXPECT_TRUE(rows[2].drawnAt.isEmpty());
    EXPECT_DOUBLE_EQ(rows[3].point->lon, 116.0);
    EXPECT_TRUE(rows[3].drawnAt.isEmpty());
}
