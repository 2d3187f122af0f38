#include "core/gazetteer.h"
#include "core/error.h"

#include "support/test_support.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

using namespace wm;
using namespace Qt::StringLiterals;
using Quality = Gazetteer::Quality;

namespace {

QString villagesCsv()
{
    return test::demo(QStringLiteral("reference/xingtai_villages.csv"));
}

const Gazetteer& xingtai()
{
    static const Gazetteer g = Gazetteer::load(villagesCsv());
    return g;
}

const char* qualityName(Quality q)
{
    switch (q) {
    case Quality::Exact:
        return "exact";
    case Quality::Normalised:
        return "normalised";
    case Quality::Fuzzy:
        return "fuzzy";
    case Quality::Ambiguous:
        return "ambiguous";
    case Quality::None:
        return "none";
    }
    return "?";
}

bool hasCandidate(const Gazetteer::MatchResult& m, const QString& code)
{
    return std::any_of(m.candidates.begin(), m.candidates.end(),
                       [&](const Gazetteer::Candidate& c) { return c.code == code; });
}

struct Expect {
    QString county, township, village;
    QString code;
    Quality quality;
};

void expectMatch(const Expect& e)
{
    const Gazetteer::MatchResult m = xingtai().match(e.county, e.township, e.village);
    SCOPED_TRACE((e.county + u'|' + e.township + u'|' + e.village + QStringLiteral(" → ") + m.code +
                  QStringLiteral(" ") + QString::fromLatin1(qualityName(m.quality)) +
                  QStringLiteral(" (") + m.note + u')')
                     .toStdString());
    EXPECT_EQ(m.code, e.code);
    EXPECT_EQ(m.quality, e.quality);
}

} // namespace

TEST(Gazetteer, LoadsTheBundledDivisionTable)
{
    const Gazetteer& g = xingtai();
    EXPECT_EQ(g.countyCount(), 19);
    EXPECT_EQ(g.townshipCount(), 201);
    EXPECT_EQ(g.villageCount(), 5396);
    // Row 2521: 130529101001,前塔寺口居委会,130529101,王虎寨镇,130529,巨鹿县.
    EXPECT_EQ(g.path(QStringLiteral("130529101001")),
              QStringLiteral("邢台市 › 巨鹿县 › 王虎寨镇 › 前塔寺口居委会"));
    EXPECT_EQ(g.path(QStringLiteral("130529101")), QStringLiteral("邢台市 › 巨鹿县 › 王虎寨镇"));
}

TEST(Gazetteer, MissingFileThrowsNamingIt)
{
    const QString path = QStringLiteral("/nonexistent/villages.csv");
    try {
        Gazetteer::load(path);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_TRUE(e.message().contains(path));
    }
}

TEST(Gazetteer, RejectsATableWithoutItsColumns)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    test::writeText(path, QStringLiteral("code,name\n130529101001,前塔寺口居委会\n"));
    EXPECT_THROW(Gazetteer::load(path), Error);
}

TEST(Gazetteer, Normalisations)
{
    // Row 2521: 130529101001,前塔寺口居委会,130529101,王虎寨镇,130529,巨鹿县.
    const QString qiantasikou = QStringLiteral("130529101001");
    // Row 2530: 130529101208,纸房村委会,130529101,王虎寨镇,130529,巨鹿县.
    const QString zhifang = QStringLiteral("130529101208");
    // Row 5140: 130582001006,801社区居民委员会,130582001,褡裢街道,130582,沙河市.
    const QString she801 = QStringLiteral("130582001006");
    // Row 4765: 130581004205,大刘庄村村民委员会,130581004,西丁街道,130581,南宫市.
    const QString daliuzhuang = QStringLiteral("130581004205");
    const std::vector<Expect> cases = {
        // As written in the table.
        {u"巨鹿县"_s, u"王虎寨镇"_s, u"前塔寺口居委会"_s, qiantasikou, Quality::Exact},
        // Suffixes dropped at every level.
        {u"巨鹿"_s, u"王虎寨"_s, u"前塔寺口"_s, qiantasikou, Quality::Normalised},
        {u"巨鹿县"_s, u"王虎寨镇"_s, u"前塔寺口"_s, qiantasikou, Quality::Normalised},
        // Another suffix than the table's: 村民委员会 for 村委会, 社区 for 居委会.
        {u"巨鹿县"_s, u"王虎寨镇"_s, u"纸房村民委员会"_s, zhifang, Quality::Normalised},
        {u"巨鹿县"_s, u"王虎寨镇"_s, u"纸房村"_s, zhifang, Quality::Normalised},
        {u"巨鹿县"_s, u"王虎寨镇"_s, u"前塔寺口社区"_s, qiantasikou, Quality::Normalised},
        // 大刘庄村村民委员会: the 村 of the name and the 村 of the suffix both optional.
        {u"南宫市"_s, u"西丁街道"_s, u"大刘庄村"_s, daliuzhuang, Quality::Normalised},
        {u"南宫市"_s, u"西丁街道办事处"_s, u"大刘庄"_s, daliuzhuang, Quality::Normalised},
        {u"南宫市"_s, u"西丁"_s, u"大刘庄村委会"_s, daliuzhuang, Quality::Normalised},
        // Inner spaces, half- and full-width.
        {u"巨 鹿 县"_s, u"王虎寨　镇"_s, u"前塔 寺口"_s, qiantasikou, Quality::Normalised},
        // Full-width digits (NFKC).
        {u"沙河市"_s, u"褡裢街道"_s, u"８０１社区"_s, she801, Quality::Normalised},
        {u"沙河市"_s, u"褡裢街道"_s, u"801社区居民委员会"_s, she801, Quality::Exact},
        // Only the levels given: township → 9 digits, county → 6.
        {u"巨鹿县"_s, u"王虎寨镇"_s, {}, u"130529101"_s, Quality::Exact},
        {u"巨鹿县"_s, u"王虎寨"_s, {}, u"130529101"_s, Quality::Normalised},
        {u"巨鹿县"_s, {}, {}, u"130529"_s, Quality::Exact},
        {u"巨鹿"_s, {}, {}, u"130529"_s, Quality::Normalised},
    };
    for (const Expect& e : cases)
        expectMatch(e);
}

TEST(Gazetteer, OldDistrictNames)
{
    // Row 32: 130502006206,南王段村村民委员会,130502006,豫让桥街道,130502,襄都区.
    expectMatch(
        {u"桥东区"_s, u"豫让桥街道"_s, u"南王段村"_s, u"130502006206"_s, Quality::Normalised});
    const auto m = xingtai().match(u"桥东区"_s, u"豫让桥街道"_s, u"南王段村村民委员会"_s);
    EXPECT_EQ(m.code, u"130502006206"_s);
    EXPECT_EQ(m.quality, Quality::Normalised); // the county was renamed, so never Exact
    EXPECT_TRUE(m.note.contains(u"襄都区"_s)) << m.note.toStdString();
    // Row 728: 130505101209,杨家庄村民委员会,130505101,邢家湾镇,130505,任泽区.
    expectMatch({u"任县"_s, u"邢家湾镇"_s, u"杨家庄"_s, u"130505101209"_s, Quality::Normalised});
    // Row 909: 130506100221,东辛寨村民委员会,130506100,和阳镇,130506,南和区.
    expectMatch({u"南和县"_s, u"和阳"_s, u"东辛寨村"_s, u"130506100221"_s, Quality::Normalised});
}

TEST(Gazetteer, MissingOrWrongTownshipSearchesTheCounty)
{
    // Row 2530: 130529101208,纸房村委会,130529101,王虎寨镇,130529,巨鹿县 (one 纸房 in the county).
    auto m = xingtai().match(u"巨鹿县"_s, {}, u"纸房村委会"_s);
    EXPECT_EQ(m.code, u"130529101208"_s);
    EXPECT_EQ(m.quality, Quality::Normalised); // exact name, but the township was not given
    EXPECT_TRUE(m.note.contains(u"township not given"_s)) << m.note.toStdString();

    m = xingtai().match(u"巨鹿县"_s, u"不存在乡"_s, u"纸房"_s);
    EXPECT_EQ(m.code, u"130529101208"_s);
    EXPECT_EQ(m.quality, Quality::Normalised);
    EXPECT_TRUE(m.note.contains(u"township ignored"_s)) << m.note.toStdString();
}

TEST(Gazetteer, NameInTwoTownshipsIsAmbiguous)
{
    // Rows 129 and 532: 130503003202 and 130503203204, both 营头村村民委员会 in 信都区, in
    // 达活泉街道 and 龙泉寺乡.
    const auto m = xingtai().match(u"信都区"_s, {}, u"营头村"_s);
    EXPECT_EQ(m.quality, Quality::Ambiguous);
    EXPECT_TRUE(m.code.isEmpty());
    ASSERT_EQ(m.candidates.size(), 2u);
    EXPECT_TRUE(hasCandidate(m, u"130503003202"_s));
    EXPECT_TRUE(hasCandidate(m, u"130503203204"_s));
    EXPECT_TRUE(m.candidates[0].path.startsWith(u"邢台市 › 信都区 › "_s));
    // The township settles it.
    expectMatch({u"信都区"_s, u"龙泉寺"_s, u"营头村"_s, u"130503203204"_s, Quality::Normalised});
}

TEST(Gazetteer, TypoIsSuggestedNeverApplied)
{
    // Row 2526: 130529101006,铁刘庄居委会,130529101,王虎寨镇,130529,巨鹿县; 铁柳庄 is one off.
    auto m = xingtai().match(u"巨鹿县"_s, u"王虎寨镇"_s, u"铁柳庄"_s);
    EXPECT_EQ(m.quality, Quality::Fuzzy);
    EXPECT_TRUE(m.code.isEmpty());
    ASSERT_FALSE(m.candidates.empty());
    EXPECT_EQ(m.candidates[0].code, u"130529101006"_s);
    EXPECT_EQ(m.candidates[0].path, u"邢台市 › 巨鹿县 › 王虎寨镇 › 铁刘庄居委会"_s);
    EXPECT_LT(m.candidates[0].score, 1.0);

    // 南官市 for 南宫市. Row 4765: 130581004205,大刘庄村村民委员会,130581004,西丁街道,南宫市.
    m = xingtai().match(u"南官市"_s, u"西丁街道"_s, u"大刘庄"_s);
    EXPECT_EQ(m.quality, Quality::Fuzzy);
    EXPECT_TRUE(m.code.isEmpty());
    ASSERT_FALSE(m.candidates.empty());
    EXPECT_EQ(m.candidates[0].code, u"130581004205"_s);
    EXPECT_TRUE(m.note.contains(u"南宫市"_s)) << m.note.toStdString();

    m = xingtai().match(u"南官市"_s, {}, {});
    EXPECT_EQ(m.quality, Quality::Fuzzy);
    EXPECT_TRUE(m.code.isEmpty());
    ASSERT_FALSE(m.candidates.empty());
    EXPECT_EQ(m.candidates[0].code, u"130581"_s);
}

TEST(Gazetteer, UnmatchedRowOffersCandidates)
{
    // Two characters off 纸房 (row 2530, 130529101208): too far for Fuzzy, close enough to offer.
    const auto m = xingtai().match(u"巨鹿县"_s, u"王虎寨镇"_s, u"纸房庄头"_s);
    EXPECT_EQ(m.quality, Quality::None);
    EXPECT_TRUE(m.code.isEmpty());
    EXPECT_TRUE(hasCandidate(m, u"130529101208"_s));
    EXPECT_LE(m.candidates.size(), 5u);
    EXPECT_FALSE(m.note.isEmpty());

    const auto nothing = xingtai().match(u"朝阳区"_s, {}, u"望京"_s);
    EXPECT_EQ(nothing.quality, Quality::None);
    EXPECT_TRUE(nothing.code.isEmpty());
}

namespace {

struct Row {
    QString code, name, township, county;
};

std::vector<Row> tableRows()
{
    QFile f(villagesCsv());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    std::vector<Row> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = lines[i].trimmed().split(u',');
        rows.push_back({c[0], c[1], c[3], c[5]});
    }
    return rows;
}

QString chopAny(QString s, const QStringList& suffixes)
{
    for (const QString& x : suffixes)
        if (s.size() > x.size() && s.endsWith(x))
            return s.chopped(x.size());
    return s;
}

} // namespace

// The figures of the note: every village of the table, perturbed as lists perturb it,
// matched back; informational time, asserted shares.
TEST(Gazetteer, PerturbedTableMatchesBack)
{
    const std::vector<Row> rows = tableRows();
    ASSERT_EQ(rows.size(), 5396u);

    // A typo that lands on another real village of the county cannot be seen by any matcher:
    // such typos are drawn again.
    QHash<QString, QSet<QString>> keysByCounty;
    QString pool; // typo characters drawn from the table, as a planner's slip would be
    for (const Row& r : rows) {
        keysByCounty[r.county].insert(Gazetteer::villageKey(r.name));
        for (QChar c : r.name)
            if (!pool.contains(c))
                pool += c;
    }

    const QStringList committee = {u"村民委员会"_s, u"居民委员会"_s, u"村委会"_s, u"居委会"_s};
    const QStringList townshipSuffixes = {u"街道办事处"_s, u"街道"_s, u"乡"_s, u"镇"_s};
    const QStringList countySuffixes = {u"县"_s, u"市"_s, u"区"_s};
    const QHash<QString, QString> oldNames = {{u"襄都区"_s, u"桥东区"_s},
                                              {u"信都区"_s, u"桥西区"_s},
                                              {u"任泽区"_s, u"任县"_s},
                                              {u"南和区"_s, u"南和县"_s}};

    std::mt19937 rng(20210601u);
    // Raw engine output only: the distributions' algorithms differ between standard libraries.
    auto roll = [&](unsigned n) { return unsigned(rng() % n); };
    auto addSpace = [&](QString s) {
        if (s.size() >= 2)
            s.insert(1 + roll(unsigned(s.size() - 1)), roll(2) ? u' ' : QChar(0x3000));
        return s;
    };

    struct Query {
        QString county, township, village;
        bool typo = false;
    };
    std::vector<Query> queries;
    for (const Row& r : rows) {
        Query q;
        q.county = r.county;
        if (oldNames.contains(r.county) && roll(4) == 0)
            q.county = oldNames.value(r.county);
        else if (roll(3) == 0)
            q.county = chopAny(q.county, countySuffixes);
        q.township = roll(2) ? chopAny(r.township, townshipSuffixes) : r.township;
        if (roll(5) == 0)
            q.township = addSpace(q.township);
        if (roll(20) == 0)
            q.township.clear();
        const unsigned form = roll(10);
        q.village = form < 3 ? r.name : chopAny(r.name, committee);
        if (form >= 8)
            q.village = chopAny(q.village, {u"村"_s, u"社区"_s});
        if (roll(20) == 0) {
            // One character of the name proper replaced, never of the suffix.
            const qsizetype stem = Gazetteer::villageKey(q.village).size();
            for (int attempt = 0; attempt < 20 && !q.typo; ++attempt) {
                QString t = q.village;
                t[roll(unsigned(stem))] = pool[roll(unsigned(pool.size()))];
                if (!keysByCounty[r.county].contains(Gazetteer::villageKey(t))) {
                    q.village = t;
                    q.typo = true;
                }
            }
        }
        if (roll(5) == 0)
            q.village = addSpace(q.village);
        queries.push_back(q);
    }

    const Gazetteer& g = xingtai();
    std::vector<Gazetteer::MatchResult> results;
    results.reserve(queries.size());
    const auto start = std::chrono::steady_clock::now();
    for (const Query& q : queries)
        results.push_back(g.match(q.county, q.township, q.village));
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

    int counts[5] = {};
    int typos = 0, typoSuggested = 0, ambiguousWithTruth = 0, ambiguous = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Gazetteer::MatchResult& m = results[i];
        const Query& q = queries[i];
        ++counts[int(m.quality)];
        SCOPED_TRACE((q.county + u'|' + q.township + u'|' + q.village + QStringLiteral(" → ") +
                      m.code + u' ' + m.note)
                         .toStdString());
        // Never a wrong code, whatever the quality.
        if (!m.code.isEmpty()) {
            EXPECT_EQ(m.code, rows[i].code);
        }
        if (q.typo) {
            ++typos;
            EXPECT_TRUE(m.quality == Quality::Fuzzy || m.quality == Quality::Ambiguous ||
                        m.quality == Quality::None);
            EXPECT_TRUE(m.code.isEmpty());
            typoSuggested += hasCandidate(m, rows[i].code);
        } else {
            EXPECT_NE(m.quality, Quality::Fuzzy);
            EXPECT_NE(m.quality, Quality::None);
            if (m.quality == Quality::Ambiguous) {
                ++ambiguous;
                ambiguousWithTruth += hasCandidate(m, rows[i].code);
            }
        }
    }
    const double n = double(rows.size());
    std::printf("[gazetteer] %zu perturbed rows matched in %.1f ms (%.2f µs/row); %d typos, "
                "%d of them with the right village among the candidates\n",
                rows.size(), ms, 1000.0 * ms / n, typos, typoSuggested);
    for (int q = 0; q < 5; ++q)
        std::printf("[gazetteer]   %-10s %5d  %5.1f %%\n", qualityName(Quality(q)), counts[q],
                    100.0 * counts[q] / n);

    EXPECT_GE(counts[int(Quality::Exact)] + counts[int(Quality::Normalised)], 0.9 * n);
    EXPECT_EQ(ambiguousWithTruth, ambiguous);
    EXPECT_GE(typos, int(0.03 * n));
    EXPECT_GE(typoSuggested, int(0.8 * typos));
}
