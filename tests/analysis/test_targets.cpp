#include "analysis/ranking.h"
#include "analysis/target_table.h"
#include "core/error.h"
#include "core/unit_name_matcher.h"
#include "io/vector_reader.h"

#include "support/test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace wm;

namespace {

/// The 19 real Xingtai polygons as units: the name as drawn, then today's name if it differs.
const std::vector<UnitName>& xingtaiUnits()
{
    static const std::vector<UnitName> units = [] {
        const Layer l =
            VectorReader::read(test::demo(QStringLiteral("boundaries/xingtai_counties.geojson")));
        const AttributeTable& a = l.attributes;
        const int name = a.indexOf(QStringLiteral("name"));
        const int current = a.indexOf(QStringLiteral("name_current"));
        const int code = a.indexOf(QStringLiteral("code"));
        std::vector<UnitName> out;
        for (qsizetype r = 0; r < a.rowCount(); ++r) {
            UnitName u;
            u.code = a.toString(r, code);
            u.names << a.toString(r, name);
            const QString now = a.toString(r, current);
            if (!now.isEmpty() && now != u.names.front())
                u.names << now;
            out.push_back(u);
        }
        return out;
    }();
    return units;
}

/// The same units with one name each (as drawn, or current), to see renames at work.
std::vector<UnitName> unitsNamed(int which)
{
    std::vector<UnitName> out;
    for (UnitName u : xingtaiUnits()) {
        u.names = QStringList{which == 0 ? u.names.front() : u.names.back()};
        out.push_back(u);
    }
    return out;
}

/// Index of the unit going by `name`, or -1.
int unitIndex(const QString& name)
{
    const auto& units = xingtaiUnits();
    for (size_t i = 0; i < units.size(); ++i)
        if (units[i].names.contains(name))
            return int(i);
    return -1;
}

QString nameOf(const UnitNameMatcher& m, const UnitMatch& match)
{
    return match.unit < 0 ? QString() : m.units()[size_t(match.unit)].names.front();
}

Layer readTarget(const QString& file)
{
    return VectorReader::read(test::demo(QStringLiteral("targets/") + file));
}

const ProgressRow* findRow(const std::vector<ProgressRow>& rows, const QString& name)
{
    for (const ProgressRow& r : rows)
        if (r.unitName == name)
            return &r;
    return nullptr;
}

QStringList names(const std::vector<ProgressRow>& rows)
{
    QStringList out;
    for (const ProgressRow& r : rows)
        out << r.unitName;
    return out;
}

} // namespace

// ---- unit names -------------------------------------------------------------------------

TEST(UnitNameMatcher, ReadsTheNineteenRealXingtaiUnits)
{
    ASSERT_EQ(xingtaiUnits().size(), 19u);
    const UnitName& qiaodong = xingtaiUnits()[size_t(unitIndex(QStringLiteral("桥东区")))];
    EXPECT_EQ(qiaodong.code, QStringLiteral("130502"));
    EXPECT_EQ(qiaodong.names, (QStringList{QStringLiteral("桥东区"), QStringLiteral("襄都区")}));
    EXPECT_TRUE(xingtaiUnits()[size_t(unitIndex(QStringLiteral("邢台县")))].code.isEmpty());
}

TEST(UnitNameMatcher, MatchesCodesAndExactNames)
{
    const UnitNameMatcher m(xingtaiUnits());
    UnitMatch r = m.match(QStringLiteral("130533"));
    EXPECT_EQ(r.quality, MatchQuality::Code);
    EXPECT_EQ(nameOf(m, r), QStringLiteral("威县"));
    // A county code padded to village length is still the county.
    EXPECT_EQ(nameOf(m, m.match(QStringLiteral("130581000000"))), QStringLiteral("南宫市"));
    EXPECT_EQ(m.match(QStringLiteral("130599")).quality, MatchQuality::None);

    r = m.match(QStringLiteral("巨鹿县"));
    EXPECT_EQ(r.quality, MatchQuality::Exact);
    EXPECT_EQ(nameOf(m, r), QStringLiteral("巨鹿县"));
    // Both names a unit goes by are its own: drawn and current.
    EXPECT_EQ(m.match(QStringLiteral("襄都区")).quality, MatchQuality::Exact);
    EXPECT_EQ(nameOf(m, m.match(QStringLiteral("襄都区"))), QStringLiteral("桥东区"));
    // 邢台县 has a polygon but no code since it was abolished.
    EXPECT_EQ(m.match(QStringLiteral("邢台县")).quality, MatchQuality::Exact);
}

TEST(UnitNameMatcher, NormalisesSpacesFullWidthAndSuffixes)
{
    const UnitNameMatcher m(xingtaiUnits());
    EXPECT_EQ(UnitNameMatcher::normalise(QStringLiteral(" 威　县 ")), QStringLiteral("威县"));
    EXPECT_EQ(UnitNameMatcher::normalise(QStringLiteral("１３０５３３")), QStringLiteral("130533"));

    struct Case {
        const char16_t* written;
        const char16_t* unit;
    };
    const Case cases[] = {{u"威 县", u"威县"},  {u"威　县", u"威县"},     {u" 广宗 ", u"广宗县"},
                          {u"广宗", u"广宗县"}, {u"临西", u"临西县"},     {u"沙河", u"沙河市"},
                          {u"南宫", u"南宫市"}, {u"巨 鹿 县", u"巨鹿县"}, {u"任泽", u"任县"},
                          {u"南和", u"南和县"}, {u"信都", u"桥西区"},     {u"邢台", u"邢台县"}};
    for (const Case& c : cases) {
        const QString written = QString::fromUtf16(c.written);
        const UnitMatch r = m.match(written);
        EXPECT_EQ(r.quality, MatchQuality::Normalised) << written.toStdString();
        EXPECT_EQ(nameOf(m, r), QString::fromUtf16(c.unit)) << written.toStdString();
        EXPECT_FALSE(r.note.isEmpty()) << written.toStdString();
    }
    EXPECT_EQ(m.match(QStringLiteral("威 县")).note, QStringLiteral("威 县 read as 威县"));
    // A BOM glued to the first cell of a CSV is not part of the name.
    EXPECT_EQ(nameOf(m, m.match(QString(QChar(0xFEFF)) + QStringLiteral("清河县"))),
              QStringLiteral("清河县"));
    // The code written with full-width digits is still the code.
    EXPECT_EQ(m.match(QStringLiteral("１３０５３３")).quality, MatchQuality::Code);
}

TEST(UnitNameMatcher, NeverSwapsOneSuffixForAnother)
{
    // 南宫县 is not 南宫市: a different suffix may be a different unit; it is only suggested.
    const UnitNameMatcher m(xingtaiUnits());
    const UnitMatch r = m.match(QStringLiteral("南宫县"));
    EXPECT_EQ(r.quality, MatchQuality::None);
    EXPECT_EQ(r.unit, -1);
    // Offered, with every other name one edit away (南和县 is one character from 南宫县 too).
    EXPECT_TRUE(m.suggestions(QStringLiteral("南宫县")).contains(QStringLiteral("南宫市")));
}

TEST(UnitNameMatcher, MatchesOldAndNewNamesOfThe2020RedistrictingBothWays)
{
    // A boundary layer drawn before 2020 and a plan written after it.
    const UnitNameMatcher drawn(unitsNamed(0));
    struct Case {
        const char16_t* written;
        const char16_t* unit;
    };
    const Case toOld[] = {{u"襄都区", u"桥东区"}, {u"信都区", u"桥西区"}, {u"任泽区", u"任县"},
                          {u"南和区", u"南和县"}, {u"襄都", u"桥东区"},   {u"信 都 区", u"桥西区"}};
    for (const Case& c : toOld) {
        const QString written = QString::fromUtf16(c.written);
        const UnitMatch r = drawn.match(written);
        EXPECT_EQ(r.quality, MatchQuality::Renamed) << written.toStdString();
        EXPECT_EQ(nameOf(drawn, r), QString::fromUtf16(c.unit)) << written.toStdString();
        EXPECT_TRUE(r.note.contains(QStringLiteral("2020"))) << r.note.toStdString();
    }
    // A layer with today's names and an old list.
    const UnitNameMatcher current(unitsNamed(1));
    const Case toNew[] = {{u"桥东区", u"襄都区"},
                          {u"桥西区", u"信都区"},
                          {u"任县", u"任泽区"},
                          {u"南和县", u"南和区"},
                          {u"桥东", u"襄都区"}};
    for (const Case& c : toNew) {
        const QString written = QString::fromUtf16(c.written);
        const UnitMatch r = current.match(written);
        EXPECT_EQ(r.quality, MatchQuality::Renamed) << written.toStdString();
        EXPECT_EQ(nameOf(current, r), QString::fromUtf16(c.unit)) << written.toStdString();
    }
    // 南和 (no suffix) matches 南和县 by its suffix before any rename is needed.
    EXPECT_EQ(drawn.match(QStringLiteral("南和")).quality, MatchQuality::Normalised);
    // The old codes of 任县 (130526) and 南和县 (130527) find today's units.
    const UnitNameMatcher both(xingtaiUnits());
    UnitMatch r = both.match(QStringLiteral("130526"));
    EXPECT_EQ(r.quality, MatchQuality::Renamed);
    EXPECT_EQ(nameOf(both, r), QStringLiteral("任县"));
    EXPECT_EQ(nameOf(both, both.match(QStringLiteral("130527"))), QStringLiteral("南和县"));
}

TEST(UnitNameMatcher, LeavesTyposUnmatchedAndSuggestsTheUnitOneEditAway)
{
    const UnitNameMatcher m(xingtaiUnits());
    for (const QString& typo : {QStringLiteral("南官市"), QStringLiteral("南安市")}) {
        const UnitMatch r = m.match(typo);
        EXPECT_EQ(r.quality, MatchQuality::None) << typo.toStdString();
        EXPECT_EQ(r.unit, -1);
        EXPECT_EQ(m.suggestions(typo), QStringList{QStringLiteral("南宫市")}) << typo.toStdString();
        EXPECT_TRUE(r.note.contains(QStringLiteral("南宫市"))) << r.note.toStdString();
    }
    // Without its suffix, compared with the names' stems: 南宫 (南宫市), 南和 (南和县/南和区).
    EXPECT_EQ(m.suggestions(QStringLiteral("南官")),
              (QStringList{QStringLiteral("南和县"), QStringLiteral("南和区"),
                           QStringLiteral("南宫市")}));
    EXPECT_TRUE(m.suggestions(QStringLiteral("北京市")).isEmpty());
    EXPECT_EQ(m.match(QStringLiteral("北京市")).quality, MatchQuality::None);
    EXPECT_EQ(m.match(QStringLiteral("")).quality, MatchQuality::None);
}

TEST(UnitNameMatcher, AmbiguousNamesMatchNothing)
{
    // Hebei has more than one 桥东区 (邢台, 张家口): a bare name cannot choose.
    const UnitNameMatcher m({{QStringLiteral("130502"), {QStringLiteral("桥东区")}},
                             {QStringLiteral("130702"), {QStringLiteral("桥东区")}}});
    const UnitMatch r = m.match(QStringLiteral("桥东区"));
    EXPECT_EQ(r.unit, -1);
    EXPECT_TRUE(r.note.contains(QStringLiteral("ambiguous")));
    EXPECT_EQ(m.match(QStringLiteral("130702")).unit, 1);
}

TEST(UnitNameMatcher, RecognisesUnitsWithoutPolygon)
{
    for (const QString& n :
         {QStringLiteral("市本级"), QStringLiteral("开发区"), QStringLiteral("邢东新区"),
          QStringLiteral("河北邢台经济开发区"), QStringLiteral("邢 东 新 区")})
        EXPECT_TRUE(UnitNameMatcher::isUnitWithoutPolygon(n)) << n.toStdString();
    for (const QString& n :
         {QStringLiteral("南官市"), QStringLiteral("襄都区"), QStringLiteral("")})
        EXPECT_FALSE(UnitNameMatcher::isUnitWithoutPolygon(n)) << n.toStdString();
}

// ---- target tables ----------------------------------------------------------------------

struct TableCase {
    const char* file;
    size_t unitRows;
    std::vector<int> excluded; ///< data rows of totals and notes
    double statedTotal;        ///< NaN: the table states none
    double sum;
    const char16_t* indicator;
};

class RealTargetTable : public ::testing::TestWithParam<TableCase> {};

TEST_P(RealTargetTable, ReadsUnitRowsAndExcludesTotalsThatAgreeWithTheRows)
{
    const TableCase& c = GetParam();
    const TargetTable t = TargetTable::fromLayer(readTarget(QString::fromLatin1(c.file)));
    EXPECT_EQ(t.rows.size(), c.unitRows);
    EXPECT_EQ(t.totalRows, c.excluded);
    EXPECT_EQ(t.indicator, QString::fromUtf16(c.indicator));
    EXPECT_NEAR(t.sumOfRows(), c.sum, 1e-9);
    if (std::isnan(c.statedTotal)) {
        EXPECT_TRUE(std::isnan(t.statedTotal));
    } else {
        EXPECT_NEAR(t.statedTotal, c.statedTotal, 1e-9);
        EXPECT_NEAR(t.sumOfRows(), t.statedTotal, 1e-9);
    }
    EXPECT_TRUE(t.totalAgrees());
    EXPECT_EQ(t.notes.size(), qsizetype(c.excluded.size()));
    for (const TargetRow& r : t.rows) {
        EXPECT_FALSE(r.unitText.isEmpty()) << "row " << r.sourceRow;
        EXPECT_FALSE(r.unitText.contains(QStringLiteral("计"))) << r.unitText.toStdString();
        EXPECT_TRUE(std::isnan(r.actual)); // none of these tables reports progress
    }
    // Rows are in file order and numbered as data rows.
    for (size_t i = 1; i < t.rows.size(); ++i)
        EXPECT_LT(t.rows[i - 1].sourceRow, t.rows[i].sourceRow);
}

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

INSTANTIATE_TEST_SUITE_P(
    Xingtai2021, RealTargetTable,
    ::testing::Values(
        TableCase{"xingtai2021_parking_spaces.csv",
                  17,
                  {18},
                  12001,
                  12001,
                  u"城市公共停车位建设任务数量（个）"},
        TableCase{"xingtai2021_heating_pipes_km.csv", 9, {10}, 8.7, 8.7, u"供热管网 （公里）"},
        TableCase{"xingtai2021_old_compounds.csv", 15, {16}, 327, 327, u"任务数（个）"},
        TableCase{"xingtai2021_rural_sewage_villages.csv",
                  20,
                  {21},
                  461,
                  461,
                  u"2021年覆盖村庄目标任务数量"},
        TableCase{"xingtai2021_rural_roads_km.csv", 17, {18}, 670, 670, u"建设任务目标"},
        TableCase{
            "xingtai2021_kindergartens.csv", 19, {}, kNone, 25, u"新建、改扩建公办 幼儿园（所）"},
        TableCase{"xingtai2021_shantytown_units.csv", 7, {8}, 6500, 6500, u"开工量"},
        // 总计 and the 备注 row, whose prose sits in the first number column.
        TableCase{"xingtai2021_elderly_care.csv",
                  20,
                  {21, 22},
                  2000,
                  2000,
                  u"新（增）养老机构养老床位（张）"}),
    [](const ::testing::TestParamInfo<TableCase>& info) {
        std::string name = info.param.file;
        name = name.substr(std::string("xingtai2021_").size());
        return name.substr(0, name.find('.'));
    });

TEST(TargetTable, KeepsUnitsAsWrittenWithTheirDataRows)
{
    const TargetTable t =
        TargetTable::fromLayer(readTarget(QStringLiteral("xingtai2021_parking_spaces.csv")));
    ASSERT_EQ(t.rows.size(), 17u);
    EXPECT_EQ(t.rows[0].unitText, QStringLiteral("市本级"));
    EXPECT_EQ(t.rows[0].sourceRow, 1);
    EXPECT_EQ(t.rows[0].target, 1777);
    EXPECT_EQ(t.rows[6].unitText, QStringLiteral("威 县"));
    EXPECT_EQ(t.rows[10].unitText, QStringLiteral("南官市"));
    EXPECT_EQ(t.rows[10].sourceRow, 11);
    EXPECT_EQ(t.unitColumn, QStringLiteral("县、市、区"));
    EXPECT_TRUE(t.actualColumn.isEmpty());
    EXPECT_TRUE(t.notes.front().contains(QStringLiteral("合计")));
}

TEST(TargetTable, ListsEveryIndicatorOfMultiIndicatorTables)
{
    const Layer elderly = readTarget(QStringLiteral("xingtai2021_elderly_care.csv"));
    const QStringList columns = TargetTable::indicatorColumns(elderly);
    ASSERT_EQ(columns, (QStringList{QStringLiteral("新（增）养老机构养老床位（张）"),
                                    QStringLiteral("改造康复护理型床位（张）"),
                                    QStringLiteral("新建社区日间照料服务站点（个）")}));
    const double totals[] = {2000, 1500, 158};
    for (int i = 0; i < 3; ++i) {
        const TargetTable t = TargetTable::fromLayer(elderly, {}, columns[i]);
        EXPECT_EQ(t.indicator, columns[i]);
        EXPECT_EQ(t.rows.size(), 20u);
        EXPECT_EQ(t.statedTotal, totals[i]);
        EXPECT_NEAR(t.sumOfRows(), totals[i], 1e-9) << columns[i].toStdString();
    }
    // Blank cells are "no task", not zero and not an error.
    const TargetTable beds = TargetTable::fromLayer(elderly, {}, columns[0]);
    EXPECT_TRUE(std::isnan(beds.rows[0].target));
    EXPECT_EQ(beds.rows[8].target, 500); // 柏乡县

    const Layer shanty = readTarget(QStringLiteral("xingtai2021_shantytown_units.csv"));
    EXPECT_EQ(TargetTable::indicatorColumns(shanty),
              (QStringList{QStringLiteral("开工量"), QStringLiteral("基本建成量")}));
    const TargetTable built = TargetTable::fromLayer(shanty, {}, QStringLiteral("基本建成量"));
    EXPECT_EQ(built.statedTotal, 2793);
    EXPECT_EQ(built.sumOfRows(), 2793);

    const Layer sewage = readTarget(QStringLiteral("xingtai2021_rural_sewage_villages.csv"));
    EXPECT_EQ(TargetTable::indicatorColumns(sewage),
              (QStringList{QStringLiteral("行政村数量"), QStringLiteral("已覆盖村庄数量"),
                           QStringLiteral("2021年覆盖村庄目标任务数量")}));
    const TargetTable villages = TargetTable::fromLayer(sewage, {}, QStringLiteral("行政村数量"));
    EXPECT_EQ(villages.statedTotal, 5167);
    EXPECT_EQ(villages.sumOfRows(), 5167);
    EXPECT_EQ(villages.unitColumn, QStringLiteral("县（市、区）")); // not 地市 ("邢 台")

    // Single-indicator tables: the 序号 column is never an indicator.
    EXPECT_EQ(
        TargetTable::indicatorColumns(readTarget(QStringLiteral("xingtai2021_kindergartens.csv"))),
        QStringList{QStringLiteral("新建、改扩建公办 幼儿园（所）")});
    EXPECT_EQ(
        TargetTable::indicatorColumns(readTarget(QStringLiteral("xingtai2021_rural_roads_km.csv"))),
        QStringList{QStringLiteral("建设任务目标")});
}

TEST(TargetTable, ThrowsNamingFileAndRowForATargetThatIsNotANumber)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    test::writeText(path, QStringLiteral("序号,县（市、区）,任务数（个）\n"
                                         "1,巨鹿县,12\n"
                                         "2,威县,约30\n"
                                         "合计,,42\n"));
    const Layer l = VectorReader::read(path);
    try {
        TargetTable::fromLayer(l);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_EQ(e.line(), 3); // line 3 of the file: the header, then two data rows
        EXPECT_TRUE(e.detail().contains(QStringLiteral("data row 2"))) << e.message().toStdString();
        EXPECT_TRUE(e.detail().contains(QStringLiteral("约30")));
        EXPECT_TRUE(e.detail().contains(QStringLiteral("威县")));
    }
    EXPECT_THROW(TargetTable::fromLayer(l, {}, QStringLiteral("no such column")), Error);
}

TEST(TargetTable, AsksWhichColumnWhenSeveralNumbersAndNoHeaderSaysTarget)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.csv"));
    test::writeText(path, QStringLiteral("县（市、区）,甲,乙\n巨鹿县,1,2\n威县,3,4\n"));
    const Layer l = VectorReader::read(path);
    EXPECT_THROW(TargetTable::fromLayer(l), Error);
    EXPECT_EQ(TargetTable::indicatorColumns(l),
              (QStringList{QStringLiteral("甲"), QStringLiteral("乙")}));
    EXPECT_EQ(TargetTable::fromLayer(l, {}, QStringLiteral("乙")).sumOfRows(), 6);
}

TEST(TargetTable, ReadsActualsDashesAndGroupedThousands)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.csv"));
    test::writeText(path,
                    QStringLiteral("县（市、区）,任务数,完成量\n"
                                   "巨鹿县,\"1,148\",574\n"
                                   "威县,-,\n"
                                   "市本级,100,120\n"
                                   "合计,1248,694\n"),
                    "CP936");
    const TargetTable t = TargetTable::fromLayer(VectorReader::read(path));
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.actualColumn, QStringLiteral("完成量"));
    EXPECT_EQ(t.rows[0].target, 1148);
    EXPECT_EQ(t.rows[0].actual, 574);
    EXPECT_TRUE(std::isnan(t.rows[1].target));
    EXPECT_TRUE(std::isnan(t.rows[1].actual));
    EXPECT_EQ(t.statedTotal, 1248);
    EXPECT_TRUE(t.totalAgrees());
}

// ---- joins ------------------------------------------------------------------------------

TEST(JoinTargets, ParkingTableReportsOnlyTheTypoAndKeepsTheCityProper)
{
    const TargetTable t =
        TargetTable::fromLayer(readTarget(QStringLiteral("xingtai2021_parking_spaces.csv")));
    const UnitNameMatcher m(xingtaiUnits());
    const ProgressReport r = joinTargets(t, m, xingtaiUnits(), {});

    ASSERT_EQ(r.unmatched.size(), 1u);
    EXPECT_EQ(r.unmatched[0].unitText, QStringLiteral("南官市"));
    EXPECT_EQ(r.unmatched[0].sourceRow, 11);
    ASSERT_EQ(r.unmatchedNotes.size(), 1);
    EXPECT_TRUE(r.unmatchedNotes[0].contains(QStringLiteral("南宫市")))
        << r.unmatchedNotes[0].toStdString();

    ASSERT_EQ(r.rows.size(), 16u);
    const ProgressRow* city = findRow(r.rows, QStringLiteral("市本级"));
    ASSERT_NE(city, nullptr);
    EXPECT_FALSE(city->hasPolygon);
    EXPECT_EQ(city->unit, -1);
    EXPECT_EQ(city->target, 1777);
    EXPECT_EQ(city->sourceRow, 1);

    // Matched under today's names and codes, whatever the table wrote.
    const ProgressRow* wei = findRow(r.rows, QStringLiteral("威县"));
    ASSERT_NE(wei, nullptr);
    EXPECT_EQ(wei->unitCode, QStringLiteral("130533"));
    EXPECT_TRUE(wei->hasPolygon);
    EXPECT_EQ(wei->target, 950);
    const ProgressRow* nanhe = findRow(r.rows, QStringLiteral("南和区"));
    ASSERT_NE(nanhe, nullptr);
    EXPECT_EQ(nanhe->unitCode, QStringLiteral("130506"));
    EXPECT_EQ(nanhe->unit, unitIndex(QStringLiteral("南和县")));

    // Units the table leaves out have no task; 南宫市 is not among them, its row is misspelt.
    EXPECT_EQ(names(r.noTask), (QStringList{QStringLiteral("襄都区"), QStringLiteral("邢台县"),
                                            QStringLiteral("信都区")}));
    for (const ProgressRow& p : r.noTask)
        EXPECT_EQ(p.sourceRow, 0);
    double sum = 0;
    for (const ProgressRow& p : r.rows)
        sum += p.target;
    EXPECT_EQ(sum + r.unmatched[0].target, 12001);
}

TEST(JoinTargets, OtherRealTablesJoinWithTheirTyposAndZonesOnly)
{
    const UnitNameMatcher m(xingtaiUnits());
    struct Case {
        const char* file;
        const char16_t* targetColumn;
        QStringList unmatched;
        QStringList withoutPolygon;
    };
    const Case cases[] = {
        {"xingtai2021_heating_pipes_km.csv",
         u"",
         {QStringLiteral("南安市")},
         {QStringLiteral("市本级")}},
        {"xingtai2021_old_compounds.csv", u"", {QStringLiteral("南安市")}, {}},
        {"xingtai2021_kindergartens.csv", u"", {}, {QStringLiteral("开发区")}},
        {"xingtai2021_rural_roads_km.csv", u"", {}, {}},
        {"xingtai2021_rural_sewage_villages.csv", u"", {}, {QStringLiteral("邢东新区")}},
        {"xingtai2021_shantytown_units.csv", u"", {}, {QStringLiteral("邢东新区")}},
        {"xingtai2021_elderly_care.csv",
         u"新建社区日间照料服务站点（个）",
         {QStringLiteral("南官市")},
         {QStringLiteral("邢东新区"), QStringLiteral("开发区")}},
    };
    for (const Case& c : cases) {
        const TargetTable t = TargetTable::fromLayer(readTarget(QString::fromLatin1(c.file)), {},
                                                     QString::fromUtf16(c.targetColumn));
        const ProgressReport r = joinTargets(t, m, xingtaiUnits(), {});
        QStringList unmatched;
        for (const TargetRow& row : r.unmatched)
            unmatched << row.unitText;
        EXPECT_EQ(unmatched, c.unmatched) << c.file;
        QStringList zones;
        for (const ProgressRow& p : r.rows)
            if (!p.hasPolygon)
                zones << p.unitName;
        EXPECT_EQ(zones, c.withoutPolygon) << c.file;
        // Every row lands in exactly one place.
        size_t fromTable = r.unmatched.size() + r.rows.size();
        for (const ProgressRow& p : r.noTask)
            fromTable += p.sourceRow > 0 ? 1 : 0;
        EXPECT_EQ(fromTable, t.rows.size()) << c.file;
    }
}

TEST(JoinTargets, ZeroAndBlankTargetsAreNoTaskAndListedApart)
{
    // Daily-care stations: 威县 and 新河县 have 0; rural sewage gives 0 to covered counties.
    const UnitNameMatcher m(xingtaiUnits());
    const Layer elderly = readTarget(QStringLiteral("xingtai2021_elderly_care.csv"));
    ProgressReport r = joinTargets(
        TargetTable::fromLayer(elderly, {}, QStringLiteral("新建社区日间照料服务站点（个）")), m,
        xingtaiUnits(), {});
    const ProgressRow* wei = findRow(r.noTask, QStringLiteral("威县"));
    ASSERT_NE(wei, nullptr);
    EXPECT_EQ(wei->sourceRow, 15);
    EXPECT_EQ(wei->target, 0);
    EXPECT_NE(findRow(r.noTask, QStringLiteral("新河县")), nullptr);
    EXPECT_EQ(findRow(r.rows, QStringLiteral("威县")), nullptr);
    EXPECT_EQ(r.rows.size(), 17u); // 20 rows − 南官市 − two zeros

    // Beds: a blank cell is no task, just like 0.
    r = joinTargets(TargetTable::fromLayer(elderly), m, xingtaiUnits(), {});
    EXPECT_EQ(names(r.rows), (QStringList{QStringLiteral("柏乡县"), QStringLiteral("宁晋县"),
                                          QStringLiteral("广宗县"), QStringLiteral("临西县")}));
    EXPECT_NE(findRow(r.noTask, QStringLiteral("开发区")), nullptr);
    EXPECT_FALSE(findRow(r.noTask, QStringLiteral("开发区"))->hasPolygon);
    // 南宫市 is neither "no task" nor ranked: its row is the unmatched 南官市.
    EXPECT_EQ(findRow(r.noTask, QStringLiteral("南宫市")), nullptr);
    for (const RankEntry& e : rank(r).ordered)
        EXPECT_GT(e.row.target, 0);
}

TEST(JoinTargets, CompletionRatesFromMeasuredActuals)
{
    const TargetTable t =
        TargetTable::fromLayer(readTarget(QStringLiteral("xingtai2021_parking_spaces.csv")));
    const UnitNameMatcher m(xingtaiUnits());
    std::vector<double> actual(xingtaiUnits().size(), 0.0);
    actual[size_t(unitIndex(QStringLiteral("清河县")))] = 2217; // 100 %
    actual[size_t(unitIndex(QStringLiteral("南和县")))] = 180;  // 50 %
    actual[size_t(unitIndex(QStringLiteral("任县")))] = 570;    // 120 %
    actual[size_t(unitIndex(QStringLiteral("新河县")))] = 25;   // 20 %
    actual[size_t(unitIndex(QStringLiteral("桥东区")))] = 300;  // no task: never a rate
    const ProgressReport r = joinTargets(t, m, xingtaiUnits(), actual);

    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("清河县"))->rate, 1.0);
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("南和区"))->rate, 0.5);
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("任泽区"))->rate, 1.2);
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("新河县"))->rate, 0.2);
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("巨鹿县"))->rate, 0.0);
    // The city proper has no polygon to measure in, and the table reports no actual.
    const ProgressRow* city = findRow(r.rows, QStringLiteral("市本级"));
    EXPECT_TRUE(std::isnan(city->actual));
    EXPECT_TRUE(std::isnan(city->rate));
    const ProgressRow* xiangdu = findRow(r.noTask, QStringLiteral("襄都区"));
    ASSERT_NE(xiangdu, nullptr);
    EXPECT_EQ(xiangdu->actual, 300);
    EXPECT_TRUE(std::isnan(xiangdu->rate));

    EXPECT_THROW(joinTargets(t, m, xingtaiUnits(), {1.0, 2.0}), std::invalid_argument);
}

TEST(JoinTargets, ActualsFromTheTableRateUnitsWithoutPolygon)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.csv"));
    test::writeText(path, QStringLiteral("序号,县（市、区）,任务数,完成量\n"
                                         "1,市本级,100,80\n"
                                         "2,广宗,40,40\n"
                                         "3,任县,50,10\n"
                                         "4,任泽区,5,5\n"
                                         "5,开发区,20,25\n"
                                         "合计,,215,160\n"));
    const TargetTable t = TargetTable::fromLayer(VectorReader::read(path));
    const ProgressReport r = joinTargets(t, UnitNameMatcher(xingtaiUnits()), xingtaiUnits(), {});
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("市本级"))->rate, 0.8);
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("广宗县"))->rate, 1.0);
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("任泽区"))->rate, 0.2);
    EXPECT_DOUBLE_EQ(findRow(r.rows, QStringLiteral("开发区"))->rate, 1.25);
    // 任县 and 任泽区 are one unit: the second row is reported, never summed.
    ASSERT_EQ(r.unmatched.size(), 1u);
    EXPECT_EQ(r.unmatched[0].sourceRow, 4);
    EXPECT_TRUE(r.unmatchedNotes[0].contains(QStringLiteral("data row 3")));

    const Ranking k = rank(r);
    ASSERT_EQ(k.ordered.size(), 4u);
    EXPECT_EQ(k.ordered[0].row.unitName, QStringLiteral("开发区"));
    EXPECT_EQ(k.ordered[3].row.unitName, QStringLiteral("任泽区"));
    EXPECT_EQ(k.completed.size(), 2u);
}
