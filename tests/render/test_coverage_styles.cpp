#include "core/geos_context.h"
#include "core/layer.h"
#include "render/coverage_styles.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {
/// Units with one real column "v" (NaN = null).
Layer valuesLayer(const std::vector<double>& values)
{
    Layer layer;
    layer.kind = GeometryKind::Polygon;
    layer.attributes.setFields({{QStringLiteral("v"), FieldType::Real, QString()}});
    qint64 fid = 0;
    for (const double v : values) {
        const qsizetype r = layer.attributes.appendRow();
        if (!std::isnan(v))
            layer.attributes.setReal(r, 0, v);
        layer.addFeature(fid++, nullptr);
    }
    layer.buildIndex();
    return layer;
}

/// Index of the class a value falls in ((lower, upper], the first class closed), or -1.
int classOf(const Style& s, double v)
{
    for (int i = 0; i < s.classes.size(); ++i)
        if ((i == 0 ? v >= s.classes[i].lower : v > s.classes[i].lower) && v <= s.classes[i].upper)
            return i;
    return -1;
}
} // namespace

TEST(CoverageStyles, SharesFallInBulletinBandsWithRoundFiguresInTheBetterBand)
{
    const Layer layer = valuesLayer({0.0, 0.5, 0.79, 0.8, 1.0, 1.358});
    const Style s = choroplethStyle(layer, QStringLiteral("v"), true);
    EXPECT_EQ(s.type, StyleType::Graduated);
    ASSERT_EQ(s.classes.size(), 4);
    EXPECT_EQ(classOf(s, 0.0), 0);
    EXPECT_EQ(classOf(s, 0.4999), 0);
    EXPECT_EQ(classOf(s, 0.5), 1);
    EXPECT_EQ(classOf(s, 0.79), 1);
    EXPECT_EQ(classOf(s, 0.8), 2);
    EXPECT_EQ(classOf(s, 1.0), 3);
    EXPECT_EQ(classOf(s, 1.358), 3); // over-fulfilled still "reached"
    EXPECT_EQ(s.classes[3].label, QStringLiteral("≥ 100%"));
    EXPECT_EQ(s.labels.text, QStringLiteral("name"));
}

TEST(CoverageStyles, CountsGetNaturalBreaksOnARamp)
{
    // Two clear groups: Jenks with 2 distinct clusters puts 1,2,3 apart from 100,101.
    Layer layer = valuesLayer({1, 2, 3, 100, 101, std::nan("")});
    const Style s = choroplethStyle(layer, QStringLiteral("v"), false);
    ASSERT_GE(s.classes.size(), 2);
    EXPECT_DOUBLE_EQ(s.classes.front().lower, 1);
    EXPECT_DOUBLE_EQ(s.classes.back().upper, 101);
    EXPECT_NE(classOf(s, 3), classOf(s, 100));
    EXPECT_NE(s.classes.front().symbol.fill, s.classes.back().symbol.fill);
}

TEST(CoverageStyles, VerdictsAreCategories)
{
    const Style s = verdictStyle(QStringLiteral("r_verdict"));
    EXPECT_EQ(s.type, StyleType::Categorized);
    ASSERT_EQ(s.categories.size(), 3);
    EXPECT_EQ(s.categories[1].value, QStringLiteral("FAIL"));
    EXPECT_GT(s.categories[1].symbol.fill.red(), s.categories[1].symbol.fill.green());
}
