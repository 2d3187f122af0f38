#include "core/gazetteer.h"

#include "core/resource_paths.h"

#include "core/error.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::Gazetteer)
};
} // namespace

namespace wm {

using Quality = Gazetteer::Quality;

/// A candidate before it is turned into a code and a path: level 0 county, 1 township,
/// 2 village.
struct Gazetteer::Hit {
    int level = -1;
    int index = -1;
    double score = 0;
};

/// What resolve() found below the county: one unit (level, index) with its quality, or the
/// hits to show; notes say what was assumed.
struct Gazetteer::Resolution {
    Quality quality = Quality::None;
    int level = -1;
    int index = -1;
    std::vector<Hit> hits;
    QStringList notes;
};

namespace {

constexpr int kMaxCandidates = 5;
const QString kSeparator = QStringLiteral(" › ");

// Longest first, so 村民委员会 goes before 村 and 街道办事处 before 街道.
const QStringList kVillageSuffixes = {QStringLiteral("村民委员会"), QStringLiteral("居民委员会"),
                                      QStringLiteral("村委会"),     QStringLiteral("居委会"),
                                      QStringLiteral("委员会"),     QStringLiteral("社区"),
                                      QStringLiteral("村")};
const QStringList kTownshipSuffixes = {QStringLiteral("街道办事处"), QStringLiteral("街道办"),
                                       QStringLiteral("办事处"),     QStringLiteral("街道"),
                                       QStringLiteral("乡"),         QStringLiteral("镇")};

// Stripped repeatedly: the table writes 北关社区居民委员会 and 翟村村村民委员会, lists write
// 北关社区, 北关, 翟村 — all of them must meet on one key. A name that is only a suffix keeps it.
QString stripSuffixes(QString n, const QStringList& suffixes)
{
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString& s : suffixes)
            if (n.size() > s.size() && n.endsWith(s)) {
                n.chop(s.size());
                stripped = true;
                break;
            }
    }
    return n;
}

std::u32string ucs4(const QString& s)
{
    const QList<uint> cps = s.toUcs4();
    return std::u32string(cps.begin(), cps.end());
}

// Levenshtein on code points; returns cap + 1 as soon as the answer is known to exceed cap,
// which the length difference alone often tells.
int editDistance(std::u32string_view a, std::u32string_view b, int cap)
{
    const int la = int(a.size()), lb = int(b.size());
    if (std::abs(la - lb) > cap)
        return cap + 1;
    std::vector<int> previous(lb + 1), current(lb + 1);
    for (int j = 0; j <= lb; ++j)
        previous[j] = j;
    for (int i = 1; i <= la; ++i) {
        current[0] = i;
        int rowMin = i;
        for (int j = 1; j <= lb; ++j) {
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > cap)
            return cap + 1;
        std::swap(previous, current);
    }
    return std::min(previous[lb], cap + 1);
}

double similarity(int distance, size_t la, size_t lb)
{
    return 1.0 - double(distance) / double(std::max<size_t>({la, lb, 1}));
}

// One edit apart, but not two one-character keys: 翟 (翟村) and 王 (王村) are different
// villages, not a typo of each other.
bool oneOff(std::u32string_view a, std::u32string_view b)
{
    return std::max(a.size(), b.size()) >= 2 && editDistance(a, b, 1) == 1;
}

Quality worse(Quality a, Quality b)
{
    return std::max(a, b);
}

void sortHits(auto& hits)
{
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto& a, const auto& b) { return a.score > b.score; });
}

} // namespace

QString Gazetteer::villageKey(const QString& name)
{
    return stripSuffixes(UnitNameMatcher::normalise(name), kVillageSuffixes);
}

QString Gazetteer::townshipKey(const QString& name)
{
    return stripSuffixes(UnitNameMatcher::normalise(name), kTownshipSuffixes);
}

Gazetteer Gazetteer::load(const QString& villagesCsv)
{
    QFile file(villagesCsv);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(villagesCsv,
                    Tr::tr("cannot read the division table: %1").arg(file.errorString()));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(file.readAll());
    if (utf8.hasError())
        throw Error(villagesCsv, Tr::tr("the division table is not UTF-8"));

    // The table has no quoted fields (checked below: a row with the wrong field count fails),
    // so a plain split is enough and keeps codes as text, leading zeros and all.
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    if (lines.isEmpty() || lines.front().isEmpty())
        throw Error(villagesCsv, Tr::tr("the division table is empty"));
    QString header = lines.front();
    if (header.startsWith(QChar(0xFEFF)))
        header.remove(0, 1);
    const QStringList columns = header.split(u',');
    const QStringList needed = {QStringLiteral("code"),          QStringLiteral("name"),
                                QStringLiteral("township_code"), QStringLiteral("township"),
                                QStringLiteral("county_code"),   QStringLiteral("county"),
                                QStringLiteral("city")};
    std::vector<int> at;
    for (const QString& c : needed) {
        const int i = int(columns.indexOf(c));
        if (i < 0)
            throw Error(villagesCsv, Tr::tr("the division table has no column %1").arg(c), 1);
        at.push_back(i);
    }

    Gazetteer g;
    for (int l = 1; l < int(lines.size()); ++l) {
        if (lines[l].trimmed().isEmpty())
            continue;
        const QStringList f = lines[l].split(u',');
        if (f.size() != columns.size())
            throw Error(
                villagesCsv,
                Tr::tr("%1 fields where the header has %2").arg(f.size()).arg(columns.size()),
                l + 1);
        const QString code = f[at[0]].trimmed(), townshipCode = f[at[2]].trimmed(),
                      countyCode = f[at[4]].trimmed();
        if (code.size() != 12 || townshipCode.size() != 9 || countyCode.size() != 6)
            throw Error(villagesCsv, Tr::tr("codes must have 12, 9 and 6 digits"), l + 1);

        int c = g.mCountyByCode.value(countyCode, -1);
        if (c < 0) {
            c = int(g.mCounties.size());
            County county;
            county.code = countyCode;
            county.name = f[at[5]].trimmed();
            county.city = f[at[6]].trimmed();
            g.mCounties.push_back(county);
            g.mCountyByCode.insert(countyCode, c);
        }
        int t = g.mTownshipByCode.value(townshipCode, -1);
        if (t < 0) {
            t = int(g.mTownships.size());
            Township township;
            township.code = townshipCode;
            township.name = f[at[3]].trimmed();
            township.norm = UnitNameMatcher::normalise(township.name);
            township.key = townshipKey(township.name);
            township.keyU = ucs4(township.key);
            township.county = c;
            g.mTownships.push_back(township);
            g.mTownshipByCode.insert(townshipCode, t);
            County& county = g.mCounties[c];
            county.townships << t;
            county.townshipsByName[township.name] << t;
            county.townshipsByKey[township.key] << t;
        }
        const int v = int(g.mVillages.size());
        Village village;
        village.code = code;
        village.name = f[at[1]].trimmed();
        village.norm = UnitNameMatcher::normalise(village.name);
        village.key = villageKey(village.name);
        village.normU = ucs4(village.norm);
        village.keyU = ucs4(village.key);
        village.township = t;
        g.mVillages.push_back(village);
        g.mVillageByCode.insert(code, v);
        Township& township = g.mTownships[t];
        township.villages << v;
        township.villagesByName[village.name] << v;
        township.villagesByKey[village.key] << v;
        County& county = g.mCounties[c];
        county.villages << v;
        county.villagesByName[village.name] << v;
        county.villagesByKey[village.key] << v;
    }
    if (g.mVillages.empty())
        throw Error(villagesCsv, Tr::tr("the division table has no rows"));

    // Unit i of the matcher is county i, so its answers index mCounties directly.
    std::vector<UnitName> units;
    for (const County& county : g.mCounties)
        units.push_back({county.code, {county.name}});
    g.mCountyMatcher = UnitNameMatcher(std::move(units));
    return g;
}

QString Gazetteer::codeOf(int level, int index) const
{
    switch (level) {
    case 0:
        return mCounties[index].code;
    case 1:
        return mTownships[index].code;
    case 2:
        return mVillages[index].code;
    default:
        return {};
    }
}

QString Gazetteer::pathOf(int level, int index) const
{
    QStringList parts;
    int t = -1, c = -1;
    if (level == 2) {
        parts.prepend(mVillages[index].name);
        t = mVillages[index].township;
    } else if (level == 1) {
        t = index;
    } else {
        c = index;
    }
    if (t >= 0) {
        parts.prepend(mTownships[t].name);
        c = mTownships[t].county;
    }
    parts.prepend(mCounties[c].name);
    parts.prepend(mCounties[c].city);
    return parts.join(kSeparator);
}

QString Gazetteer::path(const QString& code) const
{
    const QString c = code.trimmed();
    if (const int i = mVillageByCode.value(c, -1); i >= 0)
        return pathOf(2, i);
    if (const int i = mTownshipByCode.value(c, -1); i >= 0)
        return pathOf(1, i);
    if (const int i = mCountyByCode.value(c, -1); i >= 0)
        return pathOf(0, i);
    return {};
}

Gazetteer::Resolution Gazetteer::resolve(const QList<int>& counties, const QString& township,
                                         const QString& village) const
{
    Resolution r;
    const QString tRaw = township.trimmed(), vRaw = village.trimmed();
    const QString tNorm = UnitNameMatcher::normalise(tRaw);
    const QString vNorm = UnitNameMatcher::normalise(vRaw);
    const QString scopeName =
        counties.size() == 1 ? mCounties[counties.front()].name : Tr::tr("any county");

    // The township: by its name as written, then by its key.
    QList<int> towns;
    Quality townQuality = Quality::Exact;
    if (!tNorm.isEmpty()) {
        for (int c : counties)
            towns += mCounties[c].townshipsByName.value(tRaw);
        if (towns.isEmpty()) {
            townQuality = Quality::Normalised;
            const QString key = townshipKey(tNorm);
            for (int c : counties)
                towns += mCounties[c].townshipsByKey.value(key);
            if (towns.size() == 1)
                r.notes << Tr::tr("%1 read as %2").arg(tRaw, mTownships[towns[0]].name);
        }
    }
    // Townships one character off, offered (never applied) when the township has no match.
    auto nearTownships = [&](int cap) {
        std::vector<Hit> hits;
        const std::u32string key = ucs4(townshipKey(tNorm));
        for (int c : counties)
            for (int t : mCounties[c].townships) {
                const std::u32string& k = mTownships[t].keyU;
                const int d = editDistance(key, k, cap);
                if (d <= cap && (d > 1 || oneOff(key, k)))
                    hits.push_back({1, t, similarity(d, key.size(), k.size())});
            }
        sortHits(hits);
        return hits;
    };

    if (vNorm.isEmpty()) {
        if (tNorm.isEmpty()) {
            if (counties.size() == 1) {
                r.quality = Quality::Exact;
                r.level = 0;
                r.index = counties.front();
            } else {
                r.notes << Tr::tr("no county, township or village given");
            }
        } else if (towns.size() == 1) {
            r.quality = townQuality;
            r.level = 1;
            r.index = towns.front();
        } else if (towns.size() > 1) {
            r.quality = Quality::Ambiguous;
            for (int t : towns)
                r.hits.push_back({1, t, 1.0});
            r.notes << Tr::tr("%1 is a township of several counties").arg(tRaw);
        } else if (std::vector<Hit> near = nearTownships(1); !near.empty()) {
            r.quality = Quality::Fuzzy;
            r.hits = near;
            r.notes << Tr::tr("no township %1 in %2; one character off: not applied")
                           .arg(tRaw, scopeName);
        } else {
            r.hits = nearTownships(2);
            r.notes << Tr::tr("no township %1 in %2").arg(tRaw, scopeName);
        }
        return r;
    }

    const QString vKey = villageKey(vNorm);
    // Among villages sharing a key, the one whose name is written the same way wins:
    // 东庄村 over 东庄社区 when both exist and 东庄村 was asked for.
    auto preferWritten = [&](QList<int> ids) {
        if (ids.size() > 1) {
            QList<int> same;
            for (int v : ids)
                if (mVillages[v].norm == vNorm)
                    same << v;
            if (same.size() == 1)
                return same;
        }
        return ids;
    };
    auto lookUp = [&](const QHash<QString, QList<int>>& byName,
                      const QHash<QString, QList<int>>& byKey, Quality& quality) {
        QList<int> ids = byName.value(vRaw);
        quality = Quality::Exact;
        if (ids.isEmpty()) {
            quality = Quality::Normalised;
            ids = preferWritten(byKey.value(vKey));
        }
        return ids;
    };
    auto matched = [&](int v, Quality quality) {
        r.quality = quality;
        r.level = 2;
        r.index = v;
        if (quality != Quality::Exact && mVillages[v].name != vRaw)
            r.notes << Tr::tr("%1 read as %2").arg(vRaw, mVillages[v].name);
    };

    // Within the township given.
    if (towns.size() == 1) {
        Quality q;
        const Township& t = mTownships[towns.front()];
        const QList<int> ids = lookUp(t.villagesByName, t.villagesByKey, q);
        if (ids.size() == 1) {
            matched(ids.front(), worse(townQuality, q));
            return r;
        }
    }

    // Within the county: the township was not given, not found, or does not hold the village.
    {
        QList<int> ids;
        Quality q = Quality::Normalised;
        if (towns.size() > 1) {
            // A township name found in several counties (no county given): its villages first.
            for (int t : towns) {
                Quality each;
                ids += lookUp(mTownships[t].villagesByName, mTownships[t].villagesByKey, each);
            }
        }
        if (ids.isEmpty()) {
            QList<int> byName, byKey;
            for (int c : counties) {
                byName += mCounties[c].villagesByName.value(vRaw);
                byKey += mCounties[c].villagesByKey.value(vKey);
            }
            ids = byName.isEmpty() ? preferWritten(byKey) : byName;
        }
        QString why;
        if (tNorm.isEmpty())
            why = Tr::tr("township not given");
        else if (towns.isEmpty())
            why = Tr::tr("no township %1 in %2: township ignored").arg(tRaw, scopeName);
        else if (towns.size() == 1)
            why = Tr::tr("%1 is not in %2: township ignored")
                      .arg(vRaw, mTownships[towns.front()].name);
        else
            why = Tr::tr("%1 is a township of several counties").arg(tRaw);
        if (ids.size() == 1) {
            r.notes << Tr::tr("%1; found in %2")
                           .arg(why, mTownships[mVillages[ids.front()].township].name);
            matched(ids.front(), q);
            return r;
        }
        if (ids.size() > 1) {
            r.quality = Quality::Ambiguous;
            QStringList where;
            for (int v : ids) {
                r.hits.push_back({2, v, 1.0});
                where << mTownships[mVillages[v].township].name;
            }
            r.notes << Tr::tr("%1; %2 is in %3 townships (%4): pick one")
                           .arg(why, vRaw)
                           .arg(ids.size())
                           .arg(where.join(QStringLiteral("、")));
            return r;
        }
    }

    // One character off: in the township first (a typo there beats a namesake elsewhere), then
    // in the county. The length filter in editDistance() keeps the scan cheap.
    const std::u32string keyU = ucs4(vKey), normU = ucs4(vNorm);
    auto villagesNear = [&](const QList<int>& ids, int cap) {
        std::vector<Hit> hits;
        for (int v : ids) {
            const Village& x = mVillages[v];
            const int dk = editDistance(keyU, x.keyU, cap);
            const int dn = editDistance(normU, x.normU, cap);
            const bool near =
                cap == 1 ? (dk == 1 && oneOff(keyU, x.keyU)) || dn == 1 : std::min(dk, dn) <= cap;
            if (near)
                hits.push_back({2, v,
                                std::max(similarity(dk, keyU.size(), x.keyU.size()),
                                         similarity(dn, normU.size(), x.normU.size()))});
        }
        sortHits(hits);
        return hits;
    };
    QList<int> inTowns, inCounties;
    for (int t : towns)
        inTowns += mTownships[t].villages;
    for (int c : counties)
        inCounties += mCounties[c].villages;
    std::vector<Hit> near = villagesNear(inTowns, 1);
    if (near.empty())
        near = villagesNear(inCounties, 1);
    if (!near.empty()) {
        r.quality = Quality::Fuzzy;
        r.hits = near;
        r.notes << Tr::tr("no village %1 in %2; one character off: not applied")
                       .arg(vRaw, towns.size() == 1 ? mTownships[towns.front()].name : scopeName);
        return r;
    }
    r.hits = villagesNear(inCounties, 2);
    r.notes << Tr::tr("no village %1 in %2").arg(vRaw, scopeName);
    return r;
}

Gazetteer::MatchResult Gazetteer::finish(const Resolution& r) const
{
    MatchResult out;
    out.quality = r.quality;
    if ((r.quality == Quality::Exact || r.quality == Quality::Normalised) && r.level >= 0) {
        out.code = codeOf(r.level, r.index);
    } else {
        std::vector<Hit> hits = r.hits;
        if (r.level >= 0)
            hits.insert(hits.begin(), Hit{r.level, r.index, 1.0});
        sortHits(hits);
        for (const Hit& h : hits) {
            const QString code = codeOf(h.level, h.index);
            const bool seen = std::any_of(out.candidates.begin(), out.candidates.end(),
                                          [&](const Candidate& c) { return c.code == code; });
            if (seen)
                continue;
            if (int(out.candidates.size()) == kMaxCandidates)
                break;
            out.candidates.push_back({code, pathOf(h.level, h.index), h.score});
        }
    }
    out.note = r.notes.join(QStringLiteral("; "));
    return out;
}

Gazetteer::MatchResult Gazetteer::match(const QString& county, const QString& township,
                                        const QString& village) const
{
    QList<int> all;
    for (int c = 0; c < int(mCounties.size()); ++c)
        all << c;

    if (UnitNameMatcher::normalise(county).isEmpty()) {
        Resolution r = resolve(all, township, village);
        if (r.level >= 0 && r.quality == Quality::Exact)
            r.quality = Quality::Normalised;
        if (r.level >= 0)
            r.notes.prepend(
                Tr::tr("county not given; found in %1")
                    .arg(mCounties[r.level == 2   ? mTownships[mVillages[r.index].township].county
                                   : r.level == 1 ? mTownships[r.index].county
                                                  : r.index]
                             .name));
        return finish(r);
    }

    const UnitMatch m = mCountyMatcher.match(county);
    if (m.unit >= 0) {
        Resolution r = resolve({m.unit}, township, village);
        const bool exact = m.quality == MatchQuality::Exact || m.quality == MatchQuality::Code;
        if (!exact && r.level >= 0)
            r.quality = worse(r.quality, Quality::Normalised);
        if (!m.note.isEmpty())
            r.notes.prepend(m.note);
        return finish(r);
    }

    // The county is unknown: what the rest of the row finds, in the counties one character off
    // (南官市 → 南宫市) or else anywhere, is offered, never applied.
    QList<int> nearCounties;
    for (const QString& name : mCountyMatcher.suggestions(county))
        for (int c : all)
            if (mCounties[c].name == name && !nearCounties.contains(c))
                nearCounties << c;
    Resolution r = resolve(nearCounties.isEmpty() ? all : nearCounties, township, village);
    if (r.level < 0 && r.hits.empty())
        for (int c : nearCounties)
            r.hits.push_back({0, c, 1.0});
    const QString typed = county.trimmed();
    if (!nearCounties.isEmpty()) {
        QStringList names;
        for (int c : nearCounties)
            names << mCounties[c].name;
        r.notes.prepend(Tr::tr("no county %1; one character off: %2, not applied")
                            .arg(typed, names.join(QStringLiteral("、"))));
        r.quality = (r.level >= 0 || !r.hits.empty()) ? Quality::Fuzzy : Quality::None;
    } else {
        r.notes.prepend(Tr::tr("no county %1").arg(typed));
        r.quality = Quality::None;
    }
    // A county off by one character scores below a name that matches.
    for (Hit& h : r.hits)
        h.score *= nearCounties.isEmpty() ? 0.5 : 0.9;
    if (r.level >= 0) {
        r.hits.insert(r.hits.begin(), Hit{r.level, r.index, nearCounties.isEmpty() ? 0.5 : 0.9});
        r.level = -1;
    }
    return finish(r);
}

QString Gazetteer::qualityName(Quality q)
{
    switch (q) {
    case Quality::Exact:
        return QStringLiteral("exact");
    case Quality::Normalised:
        return QStringLiteral("normalised");
    case Quality::Fuzzy:
        return QStringLiteral("fuzzy");
    case Quality::Ambiguous:
        return QStringLiteral("ambiguous");
    case Quality::None:
        break;
    }
    return QStringLiteral("none");
}

QString Gazetteer::bundledTablePath()
{
    return QDir(resourceRoot()).filePath(QStringLiteral("data/hebei/hebei_villages.csv"));
}

} // namespace wm
