#include "analysis/feature_filter.h"

#include "analysis/value_compare.h"

#include "core/error.h"
#include "core/layer.h"

#include <QCoreApplication>
#include <cmath>
#include <optional>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::FeatureFilter)
};
} // namespace

namespace wm {

static QStringList conjuncts(const QString& text);

namespace {

/// The filter bound to one layer: the column looked up and the values read once, so
/// testing 50,000 features costs no field lookups or number parsing.
class BoundFilter {
public:
    BoundFilter(const FeatureFilter& filter, const AttributeTable& table, int column)
        : mFilter(filter), mTable(table), mColumn(column)
    {
        for (const QString& v : filter.values)
            mValues.emplace_back(v);
    }

    /// Decides once per distinct value of a text column (its dictionary) and per null,
    /// so that matching a million rows is a table lookup each: for matchAll.
    void decideByValue()
    {
        const StringDictionary* dictionary = mTable.dictionary(mColumn);
        if (!dictionary)
            return;
        mByCode.resize(dictionary->size());
        for (std::uint32_t code = 0; code < dictionary->size(); ++code)
            mByCode[code] = decide(QVariant(dictionary->text(code))) ? 1 : 0;
        mNullMatches = decide(QVariant());
        mDecided = true;
    }

    bool matches(qsizetype row) const
    {
        if (mDecided)
            return mTable.isNull(row, mColumn) ? mNullMatches
                                               : mByCode[mTable.code(row, mColumn)] != 0;
        return decide(mTable.value(row, mColumn));
    }

private:
    bool decide(const QVariant& value) const
    {
        switch (mFilter.op) {
        case FeatureFilter::Op::Equals:
            return !mValues.empty() && equals(value, mValues.front());
        case FeatureFilter::Op::NotEquals:
            return !mValues.empty() && !equals(value, mValues.front());
        case FeatureFilter::Op::In:
            for (const FilterValue& v : mValues)
                if (equals(value, v))
                    return true;
            return false;
        }
        return false;
    }

    static bool equals(const QVariant& value, const FilterValue& v)
    {
        return compareValue(value, CompareOp::Equal, v);
    }

    const FeatureFilter& mFilter;
    const AttributeTable& mTable;
    int mColumn;
    std::vector<FilterValue> mValues;
    bool mDecided = false;
    bool mNullMatches = false;
    std::vector<std::uint8_t> mByCode;
};

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'';
}

/// Unquoted text holding both quote characters cannot be written back: toString() quotes
/// with the kind the text lacks, and there is none (found by tests/fuzz/fuzz_filter.cpp:
/// `name => 'say "hi"'` read as the value `> 'say "hi"'`). parse() refuses such text as
/// unbalanced quotes rather than accepting a filter it cannot save.
bool holdsBothQuotes(const QString& s)
{
    return s.contains(u'"') && s.contains(u'\'');
}

bool isOperatorStart(QChar c)
{
    return c == u'=' || c == u'!' || c == u'<' || c == QChar(0x2260); // ≠
}

/// A hand-written scanner rather than a regular expression, because quoted values may
/// contain the very characters (",", ")", "=") that delimit the syntax.
class Scanner {
public:
    explicit Scanner(const QString& text) : mText(text) {}

    bool atEnd() const { return mPos >= mText.size(); }
    QChar peek() const { return atEnd() ? QChar() : mText[mPos]; }
    void skipSpace()
    {
        while (!atEnd() && mText[mPos].isSpace())
            ++mPos;
    }
    bool take(QStringView token)
    {
        if (QStringView(mText).mid(mPos).startsWith(token, Qt::CaseInsensitive)) {
            mPos += token.size();
            return true;
        }
        return false;
    }
    /// Text between matching quotes; nullopt if the closing quote is missing.
    std::optional<QString> quoted()
    {
        const QChar quote = mText[mPos];
        const qsizetype end = mText.indexOf(quote, mPos + 1);
        if (end < 0)
            return std::nullopt;
        QString s = mText.mid(mPos + 1, end - mPos - 1);
        mPos = end + 1;
        return s;
    }
    /// Whether " in (" or " in(" (any case) starts at the current position, which must
    /// be a space: the word "in" alone may be part of a field name such as "in_use".
    bool atInKeyword() const
    {
        qsizetype p = mPos;
        if (p >= mText.size() || !mText[p].isSpace())
            return false;
        while (p < mText.size() && mText[p].isSpace())
            ++p;
        if (!QStringView(mText).mid(p).startsWith(u"in", Qt::CaseInsensitive))
            return false;
        p += 2;
        return p < mText.size() && (mText[p].isSpace() || mText[p] == u'(');
    }
    /// Unquoted text up to (not including) the first character for which `stop` is true.
    template <class Stop> QString until(const Stop& stop)
    {
        const qsizetype start = mPos;
        while (!atEnd() && !stop())
            ++mPos;
        return mText.mid(start, mPos - start).trimmed();
    }
    /// A value: quoted (then the spaces after it are skipped), or unquoted up to `stop`
    /// and not empty; nullopt when neither.
    template <class Stop> std::optional<QString> value(const Stop& stop)
    {
        if (isQuote(peek())) {
            auto v = quoted();
            skipSpace();
            return v;
        }
        QString v = until(stop);
        return v.isEmpty() || holdsBothQuotes(v) ? std::nullopt : std::optional<QString>(v);
    }

private:
    const QString& mText;
    qsizetype mPos = 0;
};

bool needsQuotes(const QString& s)
{
    if (s.isEmpty() || s != s.trimmed())
        return true;
    for (const QChar c : s)
        if (c == u',' || c == u'(' || c == u')' || isQuote(c) || isOperatorStart(c))
            return true;
    // The words that join conditions, so a value holding them reads back as one value.
    // Asked of the splitter parse() uses, with the spaces toString() puts around a name or
    // value: "and x", "x and" and "a<tab>and b" split too (fuzz_filter found `_use = AND x`
    // written unquoted and read back as two conditions).
    return conjuncts(u' ' + s + u' ').size() > 1;
}

/// Whether an unquoted field name would be cut at the keyword " in" when read back, as
/// in "? in" written as `? in = x` (found by fuzz_filter). toString() writes a space after
/// the name, hence the one appended.
bool holdsInKeyword(const QString& field)
{
    const QString written = field + u' ';
    for (qsizetype i = 0; i + 3 < written.size(); ++i) {
        if (written[i].isSpace() &&
            QStringView(written).mid(i + 1, 2).compare(u"in", Qt::CaseInsensitive) == 0 &&
            (written[i + 3].isSpace() || written[i + 3] == u'('))
            return true;
    }
    return false;
}

QString quoted(const QString& s)
{
    const QChar quote = s.contains(u'"') ? u'\'' : u'"';
    return quote + s + quote;
}

QString quotedIfNeeded(const QString& s)
{
    return needsQuotes(s) ? quoted(s) : s;
}

std::optional<FeatureFilter> parseFilter(const QString& text)
{
    Scanner s(text);
    FeatureFilter f;
    s.skipSpace();
    if (s.atEnd())
        return f;

    if (isQuote(s.peek())) {
        const auto field = s.quoted();
        if (!field)
            return std::nullopt;
        f.field = *field;
    } else {
        f.field = s.until([&] { return isOperatorStart(s.peek()) || s.atInKeyword(); });
    }
    if (f.field.trimmed().isEmpty() || holdsBothQuotes(f.field))
        return std::nullopt;

    s.skipSpace();
    if (s.take(u"!=") || s.take(u"<>") || s.take(u"\u2260")) {
        f.op = FeatureFilter::Op::NotEquals;
    } else if (s.take(u"==") || s.take(u"=")) {
        f.op = FeatureFilter::Op::Equals;
    } else if (s.take(u"in")) {
        f.op = FeatureFilter::Op::In;
    } else {
        return std::nullopt;
    }

    s.skipSpace();
    if (f.op != FeatureFilter::Op::In) {
        const auto value = s.value([] { return false; });
        if (!value || !s.atEnd())
            return std::nullopt;
        f.values = {*value};
        return f;
    }

    if (!s.take(u"("))
        return std::nullopt;
    for (;;) {
        s.skipSpace();
        const auto value = s.value([&] { return s.peek() == u',' || s.peek() == u')'; });
        if (!value)
            return std::nullopt;
        f.values.append(*value);
        if (s.take(u","))
            continue;
        if (s.take(u")"))
            break;
        return std::nullopt; // unbalanced parenthesis or a stray character
    }
    s.skipSpace();
    if (!s.atEnd())
        return std::nullopt;
    return f;
}

} // namespace

/// The parts of `text` joined by " and " / "&&" outside quotes and parentheses (a quoted
/// value may contain the word).
static QStringList conjuncts(const QString& text)
{
    QStringList parts;
    qsizetype start = 0, depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (isQuote(c)) {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (depth == 0 && c == u'&' && i + 1 < text.size() && text[i + 1] == u'&') {
            parts << text.mid(start, i - start);
            start = i + 2;
            ++i;
        } else if (depth == 0 && c.isSpace() && i + 3 < text.size() &&
                   QStringView(text).mid(i + 1, 3).compare(u"and", Qt::CaseInsensitive) == 0 &&
                   (i + 4 == text.size() || text[i + 4].isSpace())) {
            parts << text.mid(start, i - start);
            start = i + 5;
            i += 4;
        }
    }
    parts << text.mid(start);
    return parts;
}

bool FeatureFilter::matches(const Layer& layer, qsizetype feature) const
{
    if (isEmpty())
        return true;
    const int column = layer.attributes.indexOf(field);
    if (column < 0)
        return false;
    if (!BoundFilter(*this, layer.attributes, column).matches(feature))
        return false;
    for (const FeatureFilter& f : also)
        if (!f.matches(layer, feature))
            return false;
    return true;
}

std::vector<std::uint8_t> FeatureFilter::matchAll(const Layer& layer) const
{
    const qsizetype n = layer.featureCount();
    if (isEmpty())
        return std::vector<std::uint8_t>(std::size_t(n), 1);
    const int column = layer.attributes.indexOf(field);
    if (column < 0)
        throw Error(layer.sourcePath,
                    Tr::tr("layer \"%1\" has no field \"%2\" for the filter \"%3\"")
                        .arg(layer.name, field, toString()));
    BoundFilter bound(*this, layer.attributes, column);
    bound.decideByValue();
    std::vector<std::uint8_t> out(std::size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i)
        out[std::size_t(i)] = bound.matches(i) ? 1 : 0;
    for (const FeatureFilter& f : also) {
        const std::vector<std::uint8_t> more = f.matchAll(layer);
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] &= more[i];
    }
    return out;
}

FeatureFilter FeatureFilter::parse(const QString& text, bool* ok)
{
    FeatureFilter out;
    const QStringList parts = conjuncts(text);
    for (int i = 0; i < parts.size(); ++i) {
        std::optional<FeatureFilter> f = parseFilter(parts[i]);
        // An empty part is only fine when the whole text is empty ("a = 1 and" is not).
        if (!f || (f->isEmpty() && parts.size() > 1)) {
            if (ok)
                *ok = false;
            return {};
        }
        f->field = f->field.trimmed();
        if (i == 0)
            out = *f;
        else
            out.also.push_back(*f);
    }
    if (ok)
        *ok = true;
    return out;
}

QString FeatureFilter::toString() const
{
    if (isEmpty())
        return QString();
    if (!also.empty()) {
        FeatureFilter first = *this;
        first.also.clear();
        QStringList parts{first.toString()};
        for (const FeatureFilter& f : also)
            parts << f.toString();
        return parts.join(QStringLiteral(" and "));
    }
    const QString name = holdsInKeyword(field) ? quoted(field) : quotedIfNeeded(field);
    switch (op) {
    case Op::Equals:
        return name + QStringLiteral(" = ") + quotedIfNeeded(values.value(0));
    case Op::NotEquals:
        return name + QStringLiteral(" != ") + quotedIfNeeded(values.value(0));
    case Op::In: {
        QStringList parts;
        for (const QString& v : values)
            parts.append(quotedIfNeeded(v));
        return name + QStringLiteral(" in (") + parts.join(QStringLiteral(", ")) + u')';
    }
    }
    return QString();
}

} // namespace wm
