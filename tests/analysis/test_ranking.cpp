#include "analysis/ranking.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;
using namespace Qt::StringLiterals;

namespace {

/// A report with one unit per (name, target, actual), in table order.
ProgressReport report(const std::vector<std::tuple<const char16_t*, double, double>>& units)
{
    ProgressReport r;
    int row = 0;
    for (const auto& [name, target, actual] : units) {
        ProgressRow p;
        p.unitName = QString::fromUtf16(name);
        p.target = target;
        p.actual = actual;
        p.rate = target > 0 && std::isfinite(actual) ? actual / target : NAN;
        p.hasPolygon = true;
        p.sourceRow = ++row;
        (std::isfinite(target) && target != 0 ? r.rows : r.noTask).push_back(p);
    }
    return r;
}

QStringList names(const std::vector<RankEntry>& entries)
{
    QStringList out;
    for (const RankEntry& e : entries)
        out << e.row.unitName;
    return out;
}

std::vector<int> ranks(const std::vector<RankEntry>& entries)
{
    std::vector<int> out;
    for (const RankEntry& e : entries)
        out.push_back(e.rank);
    return out;
}

} // namespace

TEST(Ranking, EqualRatesShareARankAndTheNextIsSkipped)
{
    const Ranking k = rank(report({{u"巨鹿县", 100, 50},
                                   {u"威县", 10, 12},
                                   {u"清河县", 40, 20},
                                   {u"临西县", 200, 160},
                                   {u"广宗县", 30, 15},
                                   {u"新河县", 50, 5}}));
    EXPECT_EQ(names(k.ordered), (QStringList{u"威县"_s, u"临西县"_s, u"巨鹿县"_s, u"清河县"_s,
                                             u"广宗县"_s, u"新河县"_s}));
    EXPECT_EQ(ranks(k.ordered), (std::vector<int>{1, 2, 3, 3, 3, 6}));
    const bool tied[] = {false, false, true, true, true, false};
    for (size_t i = 0; i < k.ordered.size(); ++i)
        EXPECT_EQ(k.ordered[i].tied, tied[i]) << i;
}

TEST(Ranking, OneTwoTwoFour)
{
    const Ranking k = rank(
        report({{u"甲", 10, 9}, {u"乙", 10, 7}, {u"丙", 20, 14}, {u"丁", 10, 5}, {u"戊", 10, 1}}));
    EXPECT_EQ(ranks(k.ordered), (std::vector<int>{1, 2, 2, 4, 5}));
    // Equal rates keep the table's order: 乙 (row 2) before 丙 (row 3).
    EXPECT_EQ(names(k.ordered), (QStringList{u"甲"_s, u"乙"_s, u"丙"_s, u"丁"_s, u"戊"_s}));
    // Rates that are equal up to rounding (0.1 + 0.2 vs 0.3) tie too.
    const Ranking f = rank(report({{u"甲", 1, 0.1 + 0.2}, {u"乙", 10, 3}, {u"丙", 10, 1}}));
    EXPECT_EQ(ranks(f.ordered), (std::vector<int>{1, 1, 3}));
    EXPECT_TRUE(f.ordered[0].tied);
}

TEST(Ranking, TopAndBottomNTakeWholeTiesAtTheBoundary)
{
    const ProgressReport r = report({{u"甲", 10, 9},
                                     {u"乙", 10, 7},
                                     {u"丙", 20, 14},
                                     {u"丁", 10, 5},
                                     {u"戊", 10, 3},
                                     {u"己", 10, 2},
                                     {u"庚", 10, 2},
                                     {u"辛", 10, 1}});
    Ranking k = rank(r, 3, 3);
    EXPECT_EQ(names(k.top), (QStringList{u"甲"_s, u"乙"_s, u"丙"_s}));
    EXPECT_EQ(names(k.bottom), (QStringList{u"己"_s, u"庚"_s, u"辛"_s}));

    // Top 2 cannot name one of 乙 and 丙: both are listed.
    k = rank(r, 2, 2);
    EXPECT_EQ(names(k.top), (QStringList{u"甲"_s, u"乙"_s, u"丙"_s}));
    // Bottom 2 likewise takes both of 己 and 庚 (second from the bottom together).
    EXPECT_EQ(names(k.bottom), (QStringList{u"己"_s, u"庚"_s, u"辛"_s}));

    k = rank(r, 1, 1);
    EXPECT_EQ(names(k.top), QStringList{u"甲"_s});
    EXPECT_EQ(names(k.bottom), QStringList{u"辛"_s});
    k = rank(r, 0, 0);
    EXPECT_TRUE(k.top.empty());
    EXPECT_TRUE(k.bottom.empty());
}

TEST(Ranking, CompletedGroupAndBottomNeverNamesADoneOrPraisedUnit)
{
    const ProgressReport r = report({{u"甲", 10, 12}, // 120 %
                                     {u"乙", 10, 10}, // 100 %
                                     {u"丙", 10, 9},
                                     {u"丁", 10, 4}});
    Ranking k = rank(r, 1, 3);
    EXPECT_EQ(names(k.completed), (QStringList{u"甲"_s, u"乙"_s}));
    EXPECT_EQ(names(k.top), QStringList{u"甲"_s});
    EXPECT_EQ(names(k.bottom), (QStringList{u"丙"_s, u"丁"_s}));

    // Few units: the top three and bottom three would overlap; a unit is never in both.
    k = rank(r, 3, 3);
    EXPECT_EQ(names(k.top), (QStringList{u"甲"_s, u"乙"_s, u"丙"_s}));
    EXPECT_EQ(names(k.bottom), QStringList{u"丁"_s});

    // Everyone done: nobody is at the bottom.
    k = rank(report({{u"甲", 10, 12}, {u"乙", 10, 10}, {u"丙", 5, 5}, {u"丁", 1, 3}}), 1, 2);
    EXPECT_EQ(k.completed.size(), 4u);
    EXPECT_TRUE(k.bottom.empty());
}

TEST(Ranking, NoTaskUnitsAreNeverRankedAndUnratedUnitsComeLastWithoutRank)
{
    const ProgressReport r = report({{u"甲", 0, 0},        // target 0: no task
                                     {u"乙", NAN, 3},      // blank target: no task
                                     {u"市本级", 50, NAN}, // a task, nothing measured
                                     {u"丙", 10, 0},       // a task, nothing done: rank, at 0 %
                                     {u"丁", 10, 5}});
    ASSERT_EQ(r.noTask.size(), 2u);
    const Ranking k = rank(r);
    EXPECT_EQ(names(k.ordered), (QStringList{u"丁"_s, u"丙"_s, u"市本级"_s}));
    EXPECT_EQ(ranks(k.ordered), (std::vector<int>{1, 2, 0}));
    EXPECT_FALSE(k.ordered[2].tied);
    EXPECT_EQ(names(k.top), (QStringList{u"丁"_s, u"丙"_s}));
    EXPECT_TRUE(k.completed.empty());
    for (const RankEntry& e : k.bottom)
        EXPECT_NE(e.row.unitName, u"市本级"_s);
}

TEST(Ranking, EmptyReport)
{
    const Ranking k = rank(ProgressReport{});
    EXPECT_TRUE(k.ordered.empty());
    EXPECT_TRUE(k.top.empty());
    EXPECT_TRUE(k.bottom.empty());
    EXPECT_TRUE(k.completed.empty());
}
