#include "core/dms.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {

// 114°30′15″ = 114 + 30/60 + 15/3600 = 114.5041666…
constexpr double k114_30_15 = 114.0 + 30.0 / 60.0 + 15.0 / 3600.0;

void expectDegrees(const QString& text, double expected)
{
    const DegreesParse p = parseDegreesDetailed(text);
    ASSERT_TRUE(p.ok()) << text.toStdString() << ": " << p.error.toStdString();
    EXPECT_NEAR(*p.value, expected, 1e-12) << text.toStdString();
    EXPECT_TRUE(p.error.isEmpty());
}

void expectError(const QString& text, const QString& reasonPart)
{
    const DegreesParse p = parseDegreesDetailed(text);
    EXPECT_FALSE(p.ok()) << text.toStdString() << " gave " << p.value.value_or(0.0);
    EXPECT_TRUE(p.error.contains(reasonPart))
        << text.toStdString() << ": " << p.error.toStdString();
    EXPECT_FALSE(parseDegrees(text));
}

} // namespace

TEST(Dms, HandComputedValue)
{
    EXPECT_NEAR(k114_30_15, 114.50416666666666, 1e-12);
}

TEST(Dms, ReadsDecimalDegrees)
{
    expectDegrees(QStringLiteral("114.5"), 114.5);
    expectDegrees(QStringLiteral(" 114.5 "), 114.5);
    expectDegrees(QStringLiteral("114.5°"), 114.5);
    expectDegrees(QStringLiteral("E114.5"), 114.5);
    expectDegrees(QStringLiteral("114.5E"), 114.5);
    expectDegrees(QStringLiteral("37.07N"), 37.07);
    expectDegrees(QStringLiteral("-37.07"), -37.07);
    expectDegrees(QStringLiteral("114"), 114.0);
    EXPECT_EQ(parseDegrees(QStringLiteral("114.5")), 114.5);
}

TEST(Dms, ReadsDegreesMinutesSecondsInThePlannersForms)
{
    expectDegrees(QStringLiteral("114°30′15″"), k114_30_15);
    expectDegrees(QStringLiteral("114°30'15\""), k114_30_15);
    expectDegrees(QStringLiteral("114°30'15''"), k114_30_15);
    expectDegrees(QStringLiteral("114º30’15”"), k114_30_15); // Word's smart quotes
    expectDegrees(QStringLiteral("114度30分15秒"), k114_30_15);
    expectDegrees(QStringLiteral("114 30 15"), k114_30_15);
    expectDegrees(QStringLiteral("114° 30′ 15″"), k114_30_15);
    expectDegrees(QStringLiteral("114:30:15"), k114_30_15);
    expectDegrees(QStringLiteral("114:30:15.5"), 114.0 + 30.0 / 60.0 + 15.5 / 3600.0);
    expectDegrees(QStringLiteral("114°30′"), 114.5);
    expectDegrees(QStringLiteral("114°30.25′"), 114.0 + 30.25 / 60.0);
    expectDegrees(QStringLiteral("114 30"), 114.5);
    expectDegrees(QStringLiteral("37°04′12″"), 37.0 + 4.0 / 60.0 + 12.0 / 3600.0);
}

TEST(Dms, ReadsFullWidthDigits)
{
    expectDegrees(QStringLiteral("１１４°３０′"), 114.5);
    expectDegrees(QStringLiteral("１１４．５"), 114.5);
    expectDegrees(QStringLiteral("１１４　３０　１５"), k114_30_15); // ideographic spaces
    expectDegrees(QStringLiteral("１１４：３０：１５"), k114_30_15);
}

TEST(Dms, ReadsHemispheresAndChinesePrefixes)
{
    expectDegrees(QStringLiteral("N37°04′12″"), 37.0 + 4.0 / 60.0 + 12.0 / 3600.0);
    expectDegrees(QStringLiteral("114°30′15″E"), k114_30_15);
    expectDegrees(QStringLiteral("114°30′15″ e"), k114_30_15);
    expectDegrees(QStringLiteral("东经114°30′15″"), k114_30_15);
    expectDegrees(QStringLiteral("北纬37.07"), 37.07);
    expectDegrees(QStringLiteral("东经 114度30分15秒"), k114_30_15);
    expectDegrees(QStringLiteral("南纬33°52′"), -(33.0 + 52.0 / 60.0));
    expectDegrees(QStringLiteral("西经74.006"), -74.006);
    expectDegrees(QStringLiteral("S33°52′"), -(33.0 + 52.0 / 60.0));
    expectDegrees(QStringLiteral("33°52′S"), -(33.0 + 52.0 / 60.0));
    expectDegrees(QStringLiteral("W74.006"), -74.006);
    expectDegrees(QStringLiteral("74 0 21.6 W"), -(74.0 + 21.6 / 3600.0));
}

TEST(Dms, RefusesWithAReason)
{
    expectError(QStringLiteral("114°61′"), QStringLiteral("minutes"));
    expectError(QStringLiteral("114 61 00"), QStringLiteral("minutes"));
    expectError(QStringLiteral("114°60′"), QStringLiteral("minutes"));
    expectError(QStringLiteral("114°30′61″"), QStringLiteral("seconds"));
    expectError(QStringLiteral("114:30:60"), QStringLiteral("seconds"));
    expectError(QStringLiteral(""), QStringLiteral("empty"));
    expectError(QStringLiteral("abc"), QStringLiteral("unexpected character"));
    expectError(QStringLiteral("114.5.1"), QStringLiteral("not a number"));
    expectError(QStringLiteral("114.5°30′"), QStringLiteral("decimals"));
    expectError(QStringLiteral("30′114°"), QStringLiteral("order"));
    expectError(QStringLiteral("114 30 15 2"), QStringLiteral("more than"));
    expectError(QStringLiteral("-E114.5"), QStringLiteral("unexpected"));
    expectError(QStringLiteral("E-114.5"), QStringLiteral("sign and a hemisphere"));
    expectError(QStringLiteral("200.5"), QStringLiteral("180"));
    expectError(QStringLiteral("N"), QStringLiteral("no number"));
    // The error names the input, so a rejects list can show it as is.
    EXPECT_TRUE(
        parseDegreesDetailed(QStringLiteral("114°61′")).error.contains(QStringLiteral("114°61′")));
}
