#include "core/dms.h"

#include <QCoreApplication>
#include <cmath>
#include <vector>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::Dms)
};
} // namespace

namespace wm {

namespace {

// Planners paste from Word, Excel and Chinese input methods, so the same mark arrives as
// several code points; each is reduced to one ASCII letter before the grammar is applied.
constexpr char kDeg = 'd';
constexpr char kMin = 'm';
constexpr char kSec = 's';

QChar halfWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block (Chinese IME "全角" mode)
        return QChar(char16_t(u - 0xFEE0));
    if (u == 0x3000) // ideographic space
        return QLatin1Char(' ');
    return c;
}

char unitOf(QChar c)
{
    switch (c.unicode()) {
    case u'°':
    case u'º': // masculine ordinal, what many Windows keyboards give for "degree"
    case u'˚':
    case u'度':
        return kDeg;
    case u'\'':
    case u'′':
    case u'’':
    case u'‘':
    case u'´':
    case u'分':
        return kMin;
    case u'"':
    case u'″':
    case u'”':
    case u'“':
    case u'秒':
        return kSec;
    default:
        return 0;
    }
}

DegreesParse fail(const QString& text, const QString& reason)
{
    return {std::nullopt, QStringLiteral("\"%1\": %2").arg(text, reason)};
}

struct Part {
    double value = 0.0;
    bool hasFraction = false;
    char unit = 0;
    QString text;
};

} // namespace

DegreesParse parseDegreesDetailed(const QString& input)
{
    QString s;
    s.reserve(input.size());
    for (QChar c : input)
        s.append(halfWidth(c));
    s = s.trimmed();
    if (s.isEmpty())
        return fail(input, QStringLiteral("empty"));

    // Hemisphere: a Chinese prefix, or a letter at either end.
    int sign = 1;
    bool hemisphere = false;
    static const struct {
        const char16_t* prefix;
        int sign;
    } kChinese[] = {{u"东经", 1}, {u"西经", -1}, {u"北纬", 1}, {u"南纬", -1},
                    {u"东", 1},   {u"西", -1},   {u"北", 1},   {u"南", -1}};
    for (const auto& p : kChinese) {
        const QString prefix = QString::fromUtf16(p.prefix);
        if (s.startsWith(prefix)) {
            sign = p.sign;
            hemisphere = true;
            s = s.mid(prefix.size()).trimmed();
            break;
        }
    }
    auto letterSign = [](QChar c) {
        switch (c.toUpper().unicode()) {
        case u'N':
        case u'E':
            return 1;
        case u'S':
        case u'W':
            return -1;
        default:
            return 0;
        }
    };
    if (!hemisphere && !s.isEmpty()) {
        if (const int ls = letterSign(s.front())) {
            sign = ls;
            hemisphere = true;
            s = s.mid(1).trimmed();
        } else if (const int le = letterSign(s.back())) {
            sign = le;
            hemisphere = true;
            s.chop(1);
            s = s.trimmed();
        }
    }
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        if (hemisphere)
            return fail(input, Tr::tr("both a sign and a hemisphere"));
        if (s.front() == QLatin1Char('-'))
            sign = -sign;
        s = s.mid(1).trimmed();
    }
    if (s.isEmpty())
        return fail(input, Tr::tr("no number"));

    // Numbers, each optionally followed by its unit mark; spaces and colons separate
    // positional parts ("114 30 15", "114:30:15").
    std::vector<Part> parts;
    int i = 0;
    const int n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace() || c == QLatin1Char(':')) {
            ++i;
            continue;
        }
        if (c.isDigit() || c == QLatin1Char('.')) {
            Part part;
            const int start = i;
            while (i < n && (s.at(i).isDigit() || s.at(i) == QLatin1Char('.')))
                ++i;
            part.text = s.mid(start, i - start);
            bool ok = false;
            part.value = part.text.toDouble(&ok);
            if (!ok || part.text.count(QLatin1Char('.')) > 1)
                return fail(input, Tr::tr("\"%1\" is not a number").arg(part.text));
            part.hasFraction = part.text.contains(QLatin1Char('.'));
            while (i < n && s.at(i).isSpace())
                ++i;
            if (i < n) {
                char unit = unitOf(s.at(i));
                // Two apostrophes typed for a seconds mark: 30''
                if (unit == kMin && i + 1 < n && unitOf(s.at(i + 1)) == kMin) {
                    unit = kSec;
                    ++i;
                }
                if (unit) {
                    part.unit = unit;
                    ++i;
                }
            }
            parts.push_back(part);
            continue;
        }
        return fail(input, Tr::tr("unexpected character '%1'").arg(c));
    }
    if (parts.empty())
        return fail(input, Tr::tr("no number"));
    if (parts.size() > 3)
        return fail(input, Tr::tr("more than degrees, minutes and seconds"));

    // Each part gets its marked unit, or the position after the previous one.
    double deg = 0.0, min = 0.0, sec = 0.0;
    bool seen[3] = {false, false, false};
    int next = 0;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        const Part& p = parts[k];
        const int slot = p.unit == kDeg ? 0 : p.unit == kMin ? 1 : p.unit == kSec ? 2 : next;
        if (slot > 2 || seen[slot] || slot < next)
            return fail(input, Tr::tr("degrees, minutes and seconds out of order"));
        if (p.hasFraction && k + 1 < parts.size())
            return fail(input, Tr::tr("only the last part may have decimals"));
        seen[slot] = true;
        next = slot + 1;
        (slot == 0 ? deg : slot == 1 ? min : sec) = p.value;
    }
    if (min >= 60.0)
        return fail(input, Tr::tr("%1 minutes (must be below 60)").arg(min));
    if (sec >= 60.0)
        return fail(input, Tr::tr("%1 seconds (must be below 60)").arg(sec));
    const double value = deg + min / 60.0 + sec / 3600.0;
    if (value > 180.0)
        return fail(input, Tr::tr("%1° is beyond 180°").arg(value));
    return {sign * value, QString()};
}

std::optional<double> parseDegrees(const QString& text)
{
    return parseDegreesDetailed(text).value;
}

} // namespace wm
