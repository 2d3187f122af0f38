#include "charts/years_chart.h"
#include "core/error.h"
#include "core/layer.h"
#include "io/vector_reader.h"
#include "support/chart_fixture.h"
#include "support/test_support.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;
using namespace Qt::StringLiterals;

namespace {

const YearColumns kColumns{u"unit"_s, u"year"_s, u"value"_s};

/// `csv` written to a file and read as GDAL reads any table (SYNTHETIC values).
Layer table(const QTemporaryDir& dir, const QString& csv)
{
    const QString path = dir.filePath(u"table.csv"_s);
    test::writeText(path, csv);
    return VectorReader::read(path);
}

} // namespace

TEST(YearsChart, YearsAscendUnitsKeepTheirFirstAppearance)
{
    QTemporaryDir dir;
    test::writeChartProject(dir.path());
    const Layer years = VectorReader::read(QDir(dir.path()).filePath(u"years.csv"_s));
    const ChartData chart = yearsChart(years, kColumns);
    EXPECT_EQ(chart.kind, ChartKind::Lines);
    // The rows come 2021, 2019, 2019, 2021, 2020, 2020; "2021年" is 2021.
    EXPECT_EQ(chart.categories, (QStringList{u"2019"_s, u"2020"_s, u"2021"_s}));
    ASSERT_EQ(chart.series.size(), 2u);
    EXPECT_EQ(chart.series[0].name, u"甲县"_s);
    EXPECT_EQ(chart.series[0].values, (std::vector<double>{10, 20, 30}));
    EXPECT_EQ(chart.series[1].name, u"乙县"_s);
    EXPECT_DOUBLE_EQ(chart.series[1].values[0], 12);
    EXPECT_DOUBLE_EQ(chart.series[1].values[1], 15);
    EXPECT_TRUE(std::isnan(chart.series[1].values[2])); // blank: a gap in the line
    EXPECT_EQ(chart.title, u"value 历年变化"_s);
    EXPECT_EQ(yearsChart(years, kColumns, u"停车位"_s).title, u"停车位"_s);
}

TEST(YearsChart, AYearMissingForOneUnitIsAGapNotAShift)
{
    QTemporaryDir dir;
    const ChartData chart = yearsChart(
        table(dir, u"unit,year,value\n甲县,2019,1\n乙县,2020,2\n甲县,2021,3\n"_s), kColumns);
    EXPECT_EQ(chart.categories, (QStringList{u"2019"_s, u"2020"_s, u"2021"_s}));
    EXPECT_TRUE(std::isnan(chart.series[0].values[1]));
    EXPECT_DOUBLE_EQ(chart.series[0].values[2], 3);
    EXPECT_TRUE(std::isnan(chart.series[1].values[0]));
}

TEST(YearsChart, AUnitGivenTwiceForAYearIsAnErrorNamingItsRow)
{
    QTemporaryDir dir;
    try {
        yearsChart(table(dir, u"unit,year,value\n甲县,2019,1\n乙县,2019,2\n甲县,2019年,3\n"_s),
                   kColumns);
        FAIL() << "a duplicate was summed or dropped silently";
    } catch (const Error& e) {
        EXPECT_EQ(e.line(), 4) << e.message().toStdString(); // header is line 1
        EXPECT_TRUE(e.message().contains(u"甲县"_s)) << e.message().toStdString();
    }
}

TEST(YearsChart, BadCellsAndMissingColumnsAreNamed)
{
    QTemporaryDir dir;
    const Layer badYear = table(dir, u"unit,year,value\n甲县,二〇二一,1\n"_s);
    EXPECT_THROW(yearsChart(badYear, kColumns), Error);
    const Layer badValue = table(dir, u"unit,year,value\n甲县,2021,很多\n"_s);
    EXPECT_THROW(yearsChart(badValue, kColumns), Error);
    try {
        yearsChart(badValue, {u"unit"_s, u"年份"_s, u"value"_s});
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(u"年份"_s)) << e.message().toStdString();
    }
}
