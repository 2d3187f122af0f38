#include "core/attribute_table.h"
#include "core/string_dictionary.h"

#include <gtest/gtest.h>

using namespace wm;

TEST(StringDictionary, StoresEachValueOnceAndFindsIt)
{
    StringDictionary d;
    const std::uint32_t a = d.intern(QStringLiteral("幼儿园"));
    const std::uint32_t b = d.intern(QStringLiteral("clinic"));
    EXPECT_EQ(d.intern(QStringLiteral("幼儿园")), a);
    EXPECT_NE(a, b);
    EXPECT_EQ(d.size(), 2u);
    EXPECT_EQ(d.text(a), QStringLiteral("幼儿园"));
    EXPECT_EQ(d.find(QByteArrayView("clinic")), b);
    EXPECT_FALSE(d.find(QByteArrayView("school")));
    EXPECT_EQ(d.intern(QString()), d.intern(QStringLiteral(""))); // empty text is a value
}

TEST(StringDictionary, MostlyDistinctValuesAreAppendedWithoutLookups)
{
    StringDictionary d;
    for (int i = 0; i < 70000; ++i)
        d.intern(QString::number(i));
    // Past the decision every value is appended, repeated or not, and still readable.
    const std::uint32_t again = d.intern(QStringLiteral("5"));
    EXPECT_EQ(again, 70000u);
    EXPECT_EQ(d.text(again), QStringLiteral("5"));
    EXPECT_EQ(d.find(QByteArrayView("5")), 5u); // the first code of the value
    EXPECT_EQ(d.text(69999), QStringLiteral("69999"));
}

TEST(StringDictionary, RepetitiveValuesStayOneCodeEach)
{
    StringDictionary d;
    for (int i = 0; i < 200000; ++i)
        d.intern(QStringLiteral("kind%1").arg(i % 12));
    EXPECT_EQ(d.size(), 12u);
}

TEST(AttributeTable, TextColumnsGiveBackWhatWasSet)
{
    AttributeTable t;
    t.setFields({{QStringLiteral("kind"), FieldType::String, QString()},
                 {QStringLiteral("n"), FieldType::Integer, QString()}});
    for (int i = 0; i < 5; ++i)
        t.appendRow();
    t.setString(0, 0, QStringLiteral("停车场"));
    t.setUtf8(1, 0, QByteArrayView("停车场"));
    t.setString(2, 0, QStringLiteral("clinic"));
    t.setInteger(3, 0, 42);
    t.setString(0, 1, QStringLiteral("7"));
    EXPECT_EQ(t.toString(0, 0), QStringLiteral("停车场"));
    EXPECT_EQ(t.code(0, 0), t.code(1, 0));
    EXPECT_NE(t.code(0, 0), t.code(2, 0));
    EXPECT_EQ(t.value(3, 0), QVariant(QStringLiteral("42")));
    EXPECT_TRUE(t.isNull(4, 0));
    EXPECT_EQ(t.toString(4, 0), QString());
    ASSERT_TRUE(t.dictionary(0));
    EXPECT_EQ(t.dictionary(0)->size(), 3u);
    EXPECT_FALSE(t.dictionary(1)); // numbers have no dictionary
    EXPECT_EQ(t.toDouble(0, 1), 7);
}

TEST(AttributeTable, WholeNumbersBeyond32BitsWidenTheColumnAndKeepEveryValue)
{
    AttributeTable t;
    t.setFields({{QStringLiteral("id"), FieldType::Integer64, QString()},
                 {QStringLiteral("ok"), FieldType::Boolean, QString()}});
    const qint64 values[] = {7, -2147483648LL, 2147483647LL, 0, -5};
    for (const qint64 v : values)
        t.setInteger(t.appendRow(), 0, v);
    const std::size_t narrow = t.memoryBytes();
    // The sixth value needs 64 bits: the column widens, the first five stay as they were.
    const qsizetype big = t.appendRow();
    t.setInteger(big, 0, 1LL << 40);
    t.setString(t.appendRow(), 0, QStringLiteral("-9000000000"));
    for (qsizetype row = 0; row < 5; ++row)
        EXPECT_EQ(t.value(row, 0).toLongLong(), values[row]) << "row " << row;
    EXPECT_EQ(t.value(big, 0).toLongLong(), 1LL << 40);
    EXPECT_EQ(t.toString(big + 1, 0), QStringLiteral("-9000000000"));
    EXPECT_GT(t.memoryBytes(), narrow);
    // Rows appended after widening are null until set, then hold what was set.
    const qsizetype later = t.appendRow();
    EXPECT_TRUE(t.isNull(later, 0));
    t.setInteger(later, 0, 3);
    EXPECT_EQ(t.value(later, 0).toLongLong(), 3);
    // The boolean column never left 32 bits and reads back as booleans.
    t.setInteger(0, 1, 1);
    EXPECT_EQ(t.toString(0, 1), QStringLiteral("true"));
    EXPECT_TRUE(t.isNull(1, 1));
}
