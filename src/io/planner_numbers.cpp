#include "io/planner_numbers.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <utility>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PlannerNumbers)
};
} // namespace

namespace wm {

namespace {

enum class Dimension { None, Count, Length, Area, Percent };

/// A unit as a power of ten of its dimension's base (m, m², 1), times `factor` for the
/// units that are not decimal (亩). Decimal units move the exponent rather than
/// multiply, so that 24.58公里 in m is 24580 exactly, not 24580.000000000004.
struct Unit {
    Dimension dimension = Dimension::None;
    int exponent = 0;
    double factor = 1;
    const char* canonical = "";
};

constexpr double MuInSquareMetres = 10000.0 / 15.0; // 15 亩 make one 公顷

const QVector<std::pair<QString, Unit>>& writtenUnits()
{
    // Matched against the whole rest of the cell after the number, lower-cased and
    // NFKC-folded (so ㎡ arrives as "m2", ㎞ as "km", m² as "m2").
    static const QVector<std::pair<QString, Unit>> units = [] {
        QVector<std::pair<QString, Unit>> u;
        const Unit km{Dimension::Length, 3, 1, "km"};
        const Unit m{Dimension::Length, 0, 1, "m"};
        const Unit cm{Dimension::Length, -2, 1, "cm"};
        const Unit mm{Dimension::Length, -3, 1, "mm"};
        for (const char* s : {"km", "公里", "千米"})
            u.append({QString::fromUtf8(s), km});
        for (const char* s : {"m", "米", "延米"})
            u.append({QString::fromUtf8(s), m});
        for (const char* s : {"cm", "厘米"})
            u.append({QString::fromUtf8(s), cm});
        for (const char* s : {"mm", "毫米"})
            u.append({QString::fromUtf8(s), mm});
        const Unit m2{Dimension::Area, 0, 1, "m2"};
        const Unit km2{Dimension::Area, 6, 1, "km2"};
        const Unit ha{Dimension::Area, 4, 1, "ha"};
        const Unit mu{Dimension::Area, 0, MuInSquareMetres, "mu"};
        for (const char* s : {"m2", "平方米", "平米", "平方"})
            u.append({QString::fromUtf8(s), m2});
        for (const char* s : {"km2", "平方公里", "平方千米"})
            u.append({QString::fromUtf8(s), km2});
        for (const char* s : {"ha", "公顷"})
            u.append({QString::fromUtf8(s), ha});
        u.append({QString::fromUtf8("亩"), mu});
        u.append({QStringLiteral("%"), Unit{Dimension::Percent, -2, 1, "%"}});
        const Unit count{Dimension::Count, 0, 1, "count"};
        for (const char* s :
             {"个",   "处",     "座",     "户",       "人",   "村",     "张",   "所",   "家",
              "项",   "辆",     "床",     "名",       "间",   "套",     "个村", "车位", "个车位",
              "泊位", "个泊位", "停车位", "个停车位", "床位", "张床位", "人次"})
            u.append({QString::fromUtf8(s), count});
        return u;
    }();
    return units;
}

/// The unit a role field declares in layers/*.json. Units that are not lengths, areas or
/// shares ("spaces", "persons", "households") are counts.
Unit targetUnitOf(const QString& name)
{
    const QString n = name.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    if (n.isEmpty())
        return {Dimension::None, 0, 1, ""};
    if (n == QLatin1String("share"))
        return {Dimension::Percent, 0, 1, "share"};
    if (n == QLatin1String("percent"))
        return {Dimension::Percent, -2, 1, "%"};
    if (n == QLatin1String("mu"))
        return {Dimension::Area, 0, MuInSquareMetres, "mu"};
    for (const auto& [written, unit] : writtenUnits())
        if (written == n && unit.dimension != Dimension::Count)
            return unit;
    return {Dimension::Count, 0, 1, "count"};
}

ParsedNumber failure(const QString& text, const QString& why)
{
    ParsedNumber p;
    p.error = Tr::tr("cannot read \"%1\" as a number: %2").arg(text, why);
    return p;
}

} // namespace

ParsedNumber parsePlannerNumber(const QString& text, const QString& targetUnit)
{
    // NFKC folds full-width digits, ．，％ and the ideographic space to ASCII.
    QString s;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            s += c;
    s = s.toLower();
    s.replace(QChar(0x2212), QLatin1Char('-')); // the typographic minus of Word tables
    s.replace(QChar(0x00B2), QLatin1Char('2'));
    if (s.isEmpty())
        return {};

    // Pipe diameters are written as nominal sizes: DN300, De110, Φ300.
    bool diameterPrefix = false;
    static const QRegularExpression diameter(QStringLiteral("^(dn|de|φ|ф|ϕ)"));
    if (const auto m = diameter.match(s); m.hasMatch()) {
        diameterPrefix = true;
        s = s.mid(m.capturedLength());
    }

    static const QRegularExpression number(
        QStringLiteral("^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d+))?"));
    const auto m = number.match(s);
    const QString integral = m.captured(2);
    const QString fraction = m.captured(3);
    if (integral.isEmpty() && fraction.isEmpty())
        return failure(text, Tr::tr("no digits"));
    QString rest = s.mid(m.capturedLength());
    if (rest.startsWith(QLatin1Char(',')))
        return failure(text, Tr::tr("a thousands separator not followed by three digits"));

    int exponent = 0;
    for (const auto& [word, power] : {std::pair{"亿", 8}, {"千万", 7}, {"百万", 6}, {"万", 4}}) {
        const QString w = QString::fromUtf8(word);
        if (rest.startsWith(w)) {
            exponent = power;
            rest = rest.mid(w.size());
            break;
        }
    }

    Unit written;
    if (!rest.isEmpty()) {
        bool found = false;
        for (const auto& [w, unit] : writtenUnits()) {
            if (w == rest) {
                written = unit;
                found = true;
                break;
            }
        }
        if (!found)
            return failure(text, Tr::tr("unknown unit \"%1\"").arg(rest));
    }
    const Unit target = targetUnitOf(targetUnit);
    if (diameterPrefix) {
        if (target.dimension != Dimension::Length ||
            (written.dimension != Dimension::None && written.dimension != Dimension::Length))
            return failure(text, Tr::tr("a pipe diameter where a %1 value is expected")
                                     .arg(targetUnit.isEmpty() ? Tr::tr("plain") : targetUnit));
        if (written.dimension == Dimension::None)
            written = Unit{Dimension::Length, -3, 1, "mm"};
    }

    double factor = 1;
    switch (written.dimension) {
    case Dimension::None:
        break;
    case Dimension::Count:
        if (target.dimension != Dimension::Count && target.dimension != Dimension::None)
            return failure(text, Tr::tr("a count where %1 is expected").arg(targetUnit));
        break;
    case Dimension::Length:
    case Dimension::Area:
        if (target.dimension == Dimension::None)
            break; // no unit to convert into: the number is what the planner wrote
        if (target.dimension != written.dimension)
            return failure(text, Tr::tr("%1 cannot be converted into %2")
                                     .arg(QString::fromUtf8(written.canonical), targetUnit));
        exponent += written.exponent - target.exponent;
        factor = written.factor / target.factor;
        break;
    case Dimension::Percent:
        if (target.dimension == Dimension::Percent)
            exponent += written.exponent - target.exponent;
        else if (target.dimension == Dimension::None)
            exponent += written.exponent; // a bare share
        else
            return failure(text, Tr::tr("a percentage where %1 is expected").arg(targetUnit));
        break;
    }

    const QString decimal = m.captured(1) + QString(integral).remove(QLatin1Char(',')) +
                            (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction) +
                            QStringLiteral("e%1").arg(exponent);
    bool ok = false;
    const double value = decimal.toDouble(&ok);
    if (!ok)
        return failure(text, Tr::tr("out of range"));
    ParsedNumber p;
    p.value = value * factor;
    p.writtenUnit = QString::fromUtf8(written.canonical);
    return p;
}

} // namespace wm
