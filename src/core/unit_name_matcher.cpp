#include "core/unit_name_matcher.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::UnitNameMatcher)
};
} // namespace

namespace wm {

namespace {

// Xingtai's 2020 redistricting (and two renamings elsewhere in Hebei, from the boundary
// data's provenance note): boundary layers drawn before it carry the old names and codes,
// plans written after it the new ones, so both directions must match.
struct Rename {
    const char16_t* oldName;
    const char16_t* newName;
    const char* oldCode;
    const char* newCode;
};
constexpr Rename kRenames[] = {
    {u"桥东区", u"襄都区", "130502", "130502"}, {u"桥西区", u"信都区", "130503", "130503"},
    {u"任县", u"任泽区", "130526", "130505"},   {u"南和县", u"南和区", "130527", "130506"},
    {u"平泉县", u"平泉市", "130823", "130881"}, {u"滦县", u"滦州市", "130223", "130284"},
};

const QString kSuffixes = QStringLiteral("县市区");

bool hasSuffix(const QString& n)
{
    return n.size() >= 2 && kSuffixes.contains(n.back());
}

QString stem(const QString& n)
{
    return hasSuffix(n) ? n.chopped(1) : n;
}

bool isAllDigits(const QString& s)
{
    return !s.isEmpty() &&
           std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int editDistance(const QString& a, const QString& b)
{
    // Code points, not UTF-16 units, so a rare character outside the BMP counts once.
    const QList<uint> s = a.toUcs4();
    const QList<uint> t = b.toUcs4();
    std::vector<int> previous(t.size() + 1), current(t.size() + 1);
    for (qsizetype j = 0; j <= t.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= s.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= t.size(); ++j) {
            const int replace = previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, replace});
        }
        std::swap(previous, current);
    }
    return previous[t.size()];
}

void add(QHash<QString, QList<int>>& index, const QString& key, int unit)
{
    if (key.isEmpty())
        return;
    QList<int>& units = index[key];
    if (!units.contains(unit))
        units << unit;
}

QString unitLabel(const UnitName& unit)
{
    return unit.names.isEmpty() ? unit.code : unit.names.join(QStringLiteral(" / "));
}

} // namespace

UnitNameMatcher::UnitNameMatcher(std::vector<UnitName> units) : mUnits(std::move(units))
{
    for (int u = 0; u < int(mUnits.size()); ++u) {
        add(mByCode, normalise(mUnits[u].code), u);
        for (const QString& name : std::as_const(mUnits[u].names)) {
            add(mByExact, name.trimmed(), u);
            const QString n = normalise(name);
            add(mByNormalised, n, u);
            if (hasSuffix(n))
                add(mByStem, stem(n), u);
        }
    }
}

QString UnitNameMatcher::normalise(const QString& name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        // Zero-width marks and BOMs come along when names are pasted from Word or web pages.
        const bool invisible = c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D) ||
                               c == QChar(0x2060) || c == QChar(0xFEFF);
        if (!c.isSpace() && !invisible)
            out += c;
    }
    return out;
}

bool UnitNameMatcher::isUnitWithoutPolygon(const QString& name)
{
    const QString n = normalise(name);
    static const QStringList cityProper = {QStringLiteral("市本级"), QStringLiteral("本级"),
                                           QStringLiteral("市直"), QStringLiteral("市直属")};
    static const QStringList zoneEndings = {QStringLiteral("开发区"), QStringLiteral("新区"),
                                            QStringLiteral("园区"),   QStringLiteral("示范区"),
                                            QStringLiteral("管理区"), QStringLiteral("管委会")};
    if (cityProper.contains(n))
        return true;
    return std::any_of(zoneEndings.begin(), zoneEndings.end(),
                       [&](const QString& e) { return n.endsWith(e); });
}

QList<int> UnitNameMatcher::lookup(const QHash<QString, QList<int>>& index, const QString& key)
{
    return index.value(key);
}

UnitMatch UnitNameMatcher::matchName(const QString& text) const
{
    auto result = [&](const QList<int>& units, MatchQuality quality, const QString& note) {
        UnitMatch m;
        if (units.size() == 1) {
            m.unit = units.front();
            m.quality = quality;
            m.note = note;
        } else {
            QStringList names;
            for (int u : units)
                names << unitLabel(mUnits[u]);
            m.note = Tr::tr("%1 is ambiguous: %2").arg(text, names.join(u'、'));
        }
        return m;
    };

    const QString trimmed = text.trimmed();
    if (const QList<int> units = lookup(mByExact, trimmed); !units.isEmpty())
        return result(units, MatchQuality::Exact, {});

    const QString n = normalise(trimmed);
    QList<int> units = lookup(mByNormalised, n);
    // The suffix written or left out (广宗 for 广宗县), never a different suffix: 南宫县 and
    // 南宫市 may be different units, and real renames are in the table.
    if (units.isEmpty())
        units = hasSuffix(n) ? lookup(mByNormalised, stem(n)) : lookup(mByStem, n);
    if (units.isEmpty())
        return {};
    // The name that matched, for the note: 南和 read as 南和区 when the query wrote the new name.
    QString as;
    if (units.size() == 1)
        for (const QString& name : mUnits[units.front()].names) {
            const QString c = normalise(name);
            if (as.isEmpty() && (c == n || c == stem(n) || stem(c) == n))
                as = name;
        }
    return result(units, MatchQuality::Normalised, Tr::tr("%1 read as %2").arg(trimmed, as));
}

UnitMatch UnitNameMatcher::matchCode(const QString& digits) const
{
    // A county code padded to 9 or 12 digits (130502000000) is still the county.
    QString code = digits;
    if ((code.size() == 9 || code.size() == 12) && isAllDigits(code) &&
        code.mid(6).count(u'0') == code.size() - 6)
        code = code.left(6);
    auto one = [&](const QString& c) {
        const QList<int> units = lookup(mByCode, c);
        return units.size() == 1 ? units.front() : -1;
    };
    if (const int u = one(code); u >= 0)
        return {u, MatchQuality::Code, {}};
    for (const Rename& r : kRenames) {
        const QString oldCode = QString::fromLatin1(r.oldCode);
        const QString newCode = QString::fromLatin1(r.newCode);
        const QString other = code == oldCode ? newCode : code == newCode ? oldCode : QString();
        if (other.isEmpty() || other == code)
            continue;
        if (const int u = one(other); u >= 0)
            return {u, MatchQuality::Renamed,
                    Tr::tr("code %1 is %2 since the 2020 redistricting").arg(code, other)};
    }
    return {-1, MatchQuality::None, Tr::tr("no unit has code %1").arg(code)};
}

UnitMatch UnitNameMatcher::match(const QString& nameOrCode) const
{
    const QString trimmed = nameOrCode.trimmed();
    const QString n = normalise(trimmed);
    if (n.isEmpty())
        return {-1, MatchQuality::None, Tr::tr("no unit name")};
    if (isAllDigits(n))
        return matchCode(n);

    const UnitMatch direct = matchName(trimmed);
    if (direct.unit >= 0 || !direct.note.isEmpty()) // matched, or ambiguous: renames won't help
        return direct;

    // The renamed name, written with or without its suffix (襄都 → 襄都区 → 桥东区).
    QStringList forms = {n};
    if (!hasSuffix(n))
        for (const QChar s : kSuffixes)
            forms << n + s;
    for (const QString& form : std::as_const(forms)) {
        for (const Rename& r : kRenames) {
            const QString oldName = QString::fromUtf16(r.oldName);
            const QString newName = QString::fromUtf16(r.newName);
            const bool isOld = form == oldName;
            if (!isOld && form != newName)
                continue;
            const UnitMatch renamed = matchName(isOld ? newName : oldName);
            if (renamed.unit < 0)
                continue;
            return {renamed.unit, MatchQuality::Renamed,
                    isOld
                        ? Tr::tr("%1 is %2 since the 2020 redistricting").arg(oldName, newName)
                        : Tr::tr("%1 was %2 before the 2020 redistricting").arg(newName, oldName)};
        }
    }

    const QStringList near = suggestions(trimmed);
    return {-1, MatchQuality::None,
            near.isEmpty() ? Tr::tr("no unit named %1").arg(trimmed)
                           : Tr::tr("no unit named %1; did you mean %2?")
                                 .arg(trimmed, near.join(QStringLiteral("、")))};
}

QStringList UnitNameMatcher::suggestions(const QString& name) const
{
    const QString n = normalise(name);
    // One edit away from a one-character name is any two-character name ending in 县.
    if (n.size() < 2)
        return {};
    QStringList out;
    for (const UnitName& unit : mUnits) {
        for (const QString& candidate : unit.names) {
            const QString c = normalise(candidate);
            if (c == n || out.contains(candidate))
                continue;
            // Compared with the suffix as written: 南官 is one edit from 南宫 (南宫市).
            const bool near = editDistance(n, c) == 1 ||
                              (!hasSuffix(n) && hasSuffix(c) && editDistance(n, stem(c)) == 1);
            if (near)
                out << candidate;
        }
    }
    return out;
}

} // namespace wm
