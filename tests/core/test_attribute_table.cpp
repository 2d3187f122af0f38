#include "core/attribute_table.h"

#include <gtest/gtest.h>

using namespace wm;

TEST(AttributeTable, StoresTypedValuesAndNulls)
{
    AttributeTable t;
    t.setFields({{QStringLiteral("name"), FieldType::String, QStringLiteral("String")},
                 {QStringLiteral("spaces"), FieldType::Integer64, QStringLiteral("Integer64")},
                 {QStringLiteral("km"), FieldType::Real, QStringLiteral("Real")}});
    const auto r0 = t.appendRow();
    t.setString(r0, 0, QStringLiteral("南和区停车场"));
    t.setInteger(r0, 1, 360);
    t.setReal(r0, 2, 24.58);
    const auto r1 = t.appendRow(); // all null

    EXPECT_EQ(t.rowCount(), 2);
    EXPECT_EQ(t.value(r0, 0).toString(), QStringLiteral("南和区停车场"));
    EXPECT_EQ(t.value(r0, 1).toLongLong(), 360);
    EXPECT_DOUBLE_EQ(t.toDouble(r0, 2), 24.58);
    EXPECT_TRUE(t.isNull(r1, 1));
    EXPECT_FALSE(t.value(r1, 1).isValid());
    bool ok = true;
    EXPECT_EQ(t.toDouble(r1, 1, &ok), 0.0);
    EXPECT_FALSE(ok);
    EXPECT_EQ(t.indexOf(QStringLiteral("SPACES")), 1);
    EXPECT_EQ(t.indexOf(QStringLiteral("missing")), -1);
}

TEST(AttributeTable, TextInANumericColumnThatIsNotANumberStaysNull)
{
    AttributeTable t;
    t.setFields({{QStringLiteral("n"), FieldType::Integer, QString()}});
    const auto r = t.appendRow();
    t.setString(r, 0, QStringLiteral("abc"));
    EXPECT_TRUE(t.isNull(r, 0));
    t.setString(r, 0, QStringLiteral("42"));
    EXPECT_EQ(t.value(r, 0).toInt(), 42);
}
