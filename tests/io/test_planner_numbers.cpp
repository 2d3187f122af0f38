#include "io/planner_numbers.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {

double read(const char* text, const char* unit = "")
{
    const ParsedNumber p = parsePlannerNumber(QString::fromUtf8(text), QString::fromUtf8(unit));
    EXPECT_TRUE(p.error.isEmpty()) << text << ": " << p.error.toStdString();
    EXPECT_TRUE(p.value.has_value()) << text;
    return p.value.value_or(-1);
}

QString errorOf(const char* text, const char* unit = "")
{
    const ParsedNumber p = parsePlannerNumber(QString::fromUtf8(text), QString::fromUtf8(unit));
    EXPECT_FALSE(p.value.has_value()) << text;
    return p.error;
}

} // namespace

TEST(PlannerNumbers, PlainAndFullWidth)
{
    EXPECT_DOUBLE_EQ(read("123"), 123);
    EXPECT_DOUBLE_EQ(read("-4.5"), -4.5);
    EXPECT_DOUBLE_EQ(read(".5"), 0.5);
    EXPECT_DOUBLE_EQ(read("１２３．５"), 123.5);
    EXPECT_DOUBLE_EQ(read("　１２　"), 12);
    EXPECT_DOUBLE_EQ(read("−３"), -3);
}

TEST(PlannerNumbers, ThousandsSeparators)
{
    EXPECT_DOUBLE_EQ(read("12,001"), 12001);
    EXPECT_DOUBLE_EQ(read("12，001"), 12001);
    EXPECT_DOUBLE_EQ(read("1,234,567.25"), 1234567.25);
    EXPECT_FALSE(errorOf("12,0").isEmpty());
    EXPECT_FALSE(errorOf("1234,567").isEmpty());
}

TEST(PlannerNumbers, WanAndYi)
{
    EXPECT_EQ(read("1.2万"), 12000); // exact, not 12000.000000000002
    EXPECT_EQ(read("3亿"), 300000000);
    EXPECT_EQ(read("2.5万人", "persons"), 25000);
    EXPECT_EQ(read("１．２万"), 12000);
}

TEST(PlannerNumbers, LengthsIntoTheFieldsUnit)
{
    EXPECT_DOUBLE_EQ(read("24.58公里", "km"), 24.58);
    EXPECT_DOUBLE_EQ(read("24.58千米", "km"), 24.58);
    EXPECT_DOUBLE_EQ(read("24.58km", "km"), 24.58);
    EXPECT_DOUBLE_EQ(read("24.58KM", "km"), 24.58);
    EXPECT_DOUBLE_EQ(read("500米", "km"), 0.5);
    EXPECT_DOUBLE_EQ(read("500 m", "km"), 0.5);
    EXPECT_EQ(read("24.58公里", "m"), 24580);
    EXPECT_DOUBLE_EQ(read("24.58", "km"), 24.58); // no unit written: the field's
    EXPECT_DOUBLE_EQ(read("0.3米", "mm"), 300);
    EXPECT_DOUBLE_EQ(read("DN300", "mm"), 300);
    EXPECT_DOUBLE_EQ(read("Φ400", "mm"), 400);
    EXPECT_EQ(parsePlannerNumber(QStringLiteral("500米"), QStringLiteral("km")).writtenUnit,
              QStringLiteral("m"));
    // Without a unit to convert into, the number stays as written.
    EXPECT_DOUBLE_EQ(read("3.5公里"), 3.5);
}

TEST(PlannerNumbers, Areas)
{
    EXPECT_DOUBLE_EQ(read("1亩", "m2"), 10000.0 / 15.0);
    EXPECT_NEAR(read("1亩", "m2"), 666.67, 0.005);
    EXPECT_DOUBLE_EQ(read("15亩", "ha"), 1.0);
    EXPECT_DOUBLE_EQ(read("2公顷", "m2"), 20000);
    EXPECT_DOUBLE_EQ(read("1200㎡", "m2"), 1200);
    EXPECT_DOUBLE_EQ(read("1200m²", "m2"), 1200);
    EXPECT_DOUBLE_EQ(read("1200平方米", "ha"), 0.12);
    EXPECT_DOUBLE_EQ(read("3平方公里", "m2"), 3e6);
    EXPECT_DOUBLE_EQ(read("1公顷", "亩"), 15);
    EXPECT_FALSE(errorOf("500米", "m2").isEmpty());
    EXPECT_FALSE(errorOf("3亩", "km").isEmpty());
}

TEST(PlannerNumbers, CountWordsDropped)
{
    for (const char* s : {"12个", "12处", "12座", "12户", "12人", "12村", "12张", "１２个"})
        EXPECT_DOUBLE_EQ(read(s, "spaces"), 12) << s;
    EXPECT_DOUBLE_EQ(read("1,200个车位", "spaces"), 1200);
    EXPECT_DOUBLE_EQ(read("8所"), 8);
    EXPECT_FALSE(errorOf("12个", "km").isEmpty());
}

TEST(PlannerNumbers, Percentages)
{
    EXPECT_DOUBLE_EQ(read("62%", "share"), 0.62);
    EXPECT_DOUBLE_EQ(read("62％", "share"), 0.62);
    EXPECT_DOUBLE_EQ(read("0.62", "share"), 0.62);
    EXPECT_DOUBLE_EQ(read("62%", "percent"), 62);
    EXPECT_FALSE(errorOf("62%", "km").isEmpty());
}

TEST(PlannerNumbers, EmptyIsNoValueWithoutError)
{
    for (const char* s : {"", "  ", "　"}) {
        const ParsedNumber p = parsePlannerNumber(QString::fromUtf8(s), QStringLiteral("km"));
        EXPECT_FALSE(p.value.has_value());
        EXPECT_TRUE(p.error.isEmpty());
    }
}

TEST(PlannerNumbers, GarbageIsAnErrorQuotingTheInput)
{
    for (const char* s : {"待定", "约30", "10-20", "abc", "12斤", "1.2.3", "-"}) {
        const QString e = errorOf(s, "spaces");
        EXPECT_TRUE(e.contains(QString::fromUtf8(s))) << s << ": " << e.toStdString();
    }
}
