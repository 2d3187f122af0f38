#include "analysis/feature_filter.h"
#include "core/error.h"
#include "core/geos_context.h"
#include "core/layer.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {

FeatureFilter parseOk(const QString& text)
{
    bool ok = false;
    FeatureFilter f = FeatureFilter::parse(text, &ok);
    EXPECT_TRUE(ok) << text.toStdString();
    return f;
}

bool fails(const QString& text)
{
    bool ok = true;
    const FeatureFilter f = FeatureFilter::parse(text, &ok);
    return !ok && f.isEmpty();
}

/// Facilities with a text kind, an integer diameter and a real capacity; row 3 all null.
Layer facilities()
{
    Layer l;
    l.name = QStringLiteral("facilities");
    l.attributes.setFields({{QStringLiteral("kind"), FieldType::String, QString()},
                            {QStringLiteral("diameter_mm"), FieldType::Integer, QString()},
                            {QStringLiteral("capacity"), FieldType::Real, QString()}});
    const struct {
        const char* kind;
        int diameter;
        double capacity;
    } rows[] = {{"clinic", 300, 12.5}, {"Health_Centre", 150, 40}, {" school ", 300, 0}};
    for (const auto& r : rows) {
        const qsizetype i = l.attributes.appendRow();
        l.attributes.setString(i, 0, QString::fromLatin1(r.kind));
        l.attributes.setInteger(i, 1, r.diameter);
        l.attributes.setReal(i, 2, r.capacity);
        l.addFeature(i, GeomPtr(GEOSGeom_createPointFromXY_r(geosContext(), double(i), 0)));
    }
    l.attributes.appendRow();
    l.addFeature(3, GeomPtr());
    l.buildIndex();
    return l;
}

} // namespace

TEST(FeatureFilter, ParsesTheThreeOperators)
{
    FeatureFilter f = parseOk(QStringLiteral("kind = clinic"));
    EXPECT_EQ(f.field, QStringLiteral("kind"));
    EXPECT_EQ(f.op, FeatureFilter::Op::Equals);
    EXPECT_EQ(f.values, QStringList{QStringLiteral("clinic")});

    f = parseOk(QStringLiteral("status != planned"));
    EXPECT_EQ(f.op, FeatureFilter::Op::NotEquals);
    EXPECT_EQ(f.values, QStringList{QStringLiteral("planned")});

    f = parseOk(QStringLiteral("status in (started, completed)"));
    EXPECT_EQ(f.field, QStringLiteral("status"));
    EXPECT_EQ(f.op, FeatureFilter::Op::In);
    EXPECT_EQ(f.values, (QStringList{QStringLiteral("started"), QStringLiteral("completed")}));

    // Spelling variants.
    EXPECT_EQ(parseOk(QStringLiteral("kind==clinic")), parseOk(QStringLiteral("kind = clinic")));
    EXPECT_EQ(parseOk(QStringLiteral("status<>planned")).op, FeatureFilter::Op::NotEquals);
    EXPECT_EQ(parseOk(QStringLiteral("status ≠ planned")).op, FeatureFilter::Op::NotEquals);
    EXPECT_EQ(parseOk(QStringLiteral("status IN(started,completed)")).values.size(), 2);
    // "in" inside a field name is not the keyword.
    f = parseOk(QStringLiteral("in_use = yes"));
    EXPECT_EQ(f.field, QStringLiteral("in_use"));
    // Quotes hold spaces, commas and operators; Chinese fields and values need none.
    f = parseOk(QStringLiteral("\"site name\" in ('a, b', \"c = d\", 医院)"));
    EXPECT_EQ(f.field, QStringLiteral("site name"));
    EXPECT_EQ(f.values, (QStringList{QStringLiteral("a, b"), QStringLiteral("c = d"),
                                     QStringLiteral("医院")}));
    f = parseOk(QStringLiteral("类型 = 卫生室"));
    EXPECT_EQ(f.field, QStringLiteral("类型"));
    EXPECT_EQ(f.values, QStringList{QStringLiteral("卫生室")});
    // Empty text: an empty filter, which is not an error.
    EXPECT_TRUE(parseOk(QStringLiteral("  ")).isEmpty());
}

TEST(FeatureFilter, SyntaxErrorsAreReported)
{
    EXPECT_TRUE(fails(QStringLiteral("kind clinic")));         // no operator
    EXPECT_TRUE(fails(QStringLiteral("= clinic")));            // no field
    EXPECT_TRUE(fails(QStringLiteral("kind =")));              // no value
    EXPECT_TRUE(fails(QStringLiteral("kind = 'clinic")));      // unbalanced quote
    EXPECT_TRUE(fails(QStringLiteral("status in (a, b")));     // unbalanced parenthesis
    EXPECT_TRUE(fails(QStringLiteral("status in a, b")));      // no parenthesis
    EXPECT_TRUE(fails(QStringLiteral("status in ()")));        // no value
    EXPECT_TRUE(fails(QStringLiteral("status in (a,,b)")));    // empty value
    EXPECT_TRUE(fails(QStringLiteral("status in (a) extra"))); // trailing text
    EXPECT_TRUE(fails(QStringLiteral("kind = 'a' 'b'")));      // trailing text
}

// Found by fuzz_filter: unquoted text holding both quote characters was accepted, and
// toString() then wrote a filter that does not read back ('> 'say "hi"'').
TEST(FeatureFilter, regressionBothQuotesInUnquotedTextAreRefused)
{
    EXPECT_TRUE(fails(QStringLiteral("name => 'say \"hi\"'")));
    EXPECT_TRUE(fails(QStringLiteral("name = it's \"x\"")));
    EXPECT_TRUE(fails(QStringLiteral("it's \"x\" = 1")));
    EXPECT_TRUE(fails(QStringLiteral("status in (a, it's \"x\")")));
    // One kind of quote in unquoted text is still a value, and reads back.
    const FeatureFilter f = FeatureFilter::parse(QStringLiteral("name = O'Brien"));
    EXPECT_EQ(f.values, QStringList{QStringLiteral("O'Brien")});
    EXPECT_EQ(FeatureFilter::parse(f.toString()), f);
}

// Found by fuzz_filter: a value starting or ending with the word "and" (or holding it
// after a tab) was written unquoted and read back as two conditions; a field holding " in"
// was written unquoted and read back cut there.
TEST(FeatureFilter, regressionValuesHoldingAndAndFieldsHoldingInReadBack)
{
    for (const char* text : {"_use =AND x", "x = 'a and'", "x = 'and'", "x = 'a\tand\tb'",
                             "x = 'a&&b'", "'and y' = 1", "x in ('and', b)",
                             // and a field holding the keyword " in"
                             "? in=x", "'a in b' = 1", "'a IN(b' != 2"}) {
        bool ok = false;
        const FeatureFilter f = FeatureFilter::parse(QString::fromUtf8(text), &ok);
        ASSERT_TRUE(ok) << text;
        bool againOk = false;
        EXPECT_EQ(FeatureFilter::parse(f.toString(), &againOk), f)
            << text << " → " << f.toString().toStdString();
        EXPECT_TRUE(againOk) << text;
    }
    EXPECT_EQ(FeatureFilter::parse(QStringLiteral("_use =AND x")).toString(),
              QStringLiteral("_use = \"AND x\""));
}

TEST(FeatureFilter, ToStringReadsBack)
{
    for (const char* text : {"kind = clinic", "status != planned", "status in (started, completed)",
                             "\"site name\" in (\"a, b\", x)", "name = 'say \"hi\"'"}) {
        const FeatureFilter f = parseOk(QString::fromUtf8(text));
        EXPECT_EQ(FeatureFilter::parse(f.toString()), f) << text;
    }
    EXPECT_EQ(parseOk(QStringLiteral("status in (started,completed)")).toString(),
              QStringLiteral("status in (started, completed)"));
}

TEST(FeatureFilter, MatchesTextIgnoringCaseAndNumbersAsNumbers)
{
    const Layer l = facilities();
    const FeatureFilter clinic = parseOk(QStringLiteral("kind = CLINIC"));
    EXPECT_TRUE(clinic.matches(l, 0));
    EXPECT_FALSE(clinic.matches(l, 1));
    EXPECT_TRUE(parseOk(QStringLiteral("kind = school")).matches(l, 2)); // stored with spaces
    EXPECT_EQ(parseOk(QStringLiteral("diameter_mm = 300.0")).matchAll(l),
              (std::vector<std::uint8_t>{1, 0, 1, 0}));
    EXPECT_EQ(parseOk(QStringLiteral("capacity in (12.50, 40)")).matchAll(l),
              (std::vector<std::uint8_t>{1, 1, 0, 0}));
    // A null is empty text: never equal to a value, always different from one.
    EXPECT_EQ(parseOk(QStringLiteral("kind != clinic")).matchAll(l),
              (std::vector<std::uint8_t>{0, 1, 1, 1}));
    EXPECT_EQ(FeatureFilter().matchAll(l), (std::vector<std::uint8_t>{1, 1, 1, 1}));
    EXPECT_TRUE(FeatureFilter().matches(l, 3));
    // A field the layer lacks: matches() says no, matchAll() says why.
    const FeatureFilter typo = parseOk(QStringLiteral("type = clinic"));
    EXPECT_FALSE(typo.matches(l, 0));
    EXPECT_THROW(typo.matchAll(l), Error);
}

TEST(FeatureFilter, ConditionsJoinedByAndMustAllHold)
{
    const Layer l = facilities();
    // Rows: clinic/300/12.5, Health_Centre/150/40, school/300/0, null.
    const FeatureFilter f = parseOk(QStringLiteral("diameter_mm = 300 AND kind != school"));
    ASSERT_EQ(f.also.size(), 1u);
    EXPECT_EQ(f.matchAll(l), (std::vector<std::uint8_t>{1, 0, 0, 0}));
    EXPECT_TRUE(f.matches(l, 0));
    EXPECT_FALSE(f.matches(l, 2));
    EXPECT_EQ(parseOk(QStringLiteral("capacity in (12.5, 40) && diameter_mm = 150")).matchAll(l),
              (std::vector<std::uint8_t>{0, 1, 0, 0}));
    // Reads back, and a quoted value may hold the word.
    EXPECT_EQ(FeatureFilter::parse(f.toString()), f);
    const FeatureFilter quoted =
        parseOk(QStringLiteral("kind = 'rain and sewage' and diameter_mm = 1"));
    EXPECT_EQ(quoted.values, QStringList{QStringLiteral("rain and sewage")});
    EXPECT_EQ(quoted.also.size(), 1u);
    EXPECT_EQ(FeatureFilter::parse(quoted.toString()), quoted);
    // "and" with nothing after it, or a field named in no part, is a syntax error.
    bool ok = true;
    FeatureFilter::parse(QStringLiteral("kind = clinic and"), &ok);
    EXPECT_FALSE(ok);
    FeatureFilter::parse(QStringLiteral("kind = clinic and = 3"), &ok);
    EXPECT_FALSE(ok);
    // A typo in any part is reported by matchAll.
    EXPECT_THROW(parseOk(QStringLiteral("kind = clinic and sort = 1")).matchAll(l), Error);
}
