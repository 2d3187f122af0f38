#include "core/field_mapping.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"

#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace wm;

namespace {
const RoleRegistry& roles()
{
    return test::shippedRoles();
}
} // namespace

TEST(FieldMapping, NormalisesFullWidthFormsCaseAndSpaces)
{
    EXPECT_EQ(normalizeColumnName(QStringLiteral("县（市、区）")), QStringLiteral("县(市、区)"));
    EXPECT_EQ(normalizeColumnName(QStringLiteral(" 属 地 ")), QStringLiteral("属地"));
    EXPECT_EQ(normalizeColumnName(QStringLiteral("ＳＰＡＣＥＳ")), QStringLiteral("spaces"));
}

TEST(FieldMapping, MapsChineseAndEnglishHeadersOfAParkingList)
{
    const FieldMapping m = FieldMapping::map(
        *roles().role(QStringLiteral("parking")),
        {QStringLiteral("序号"), QStringLiteral("停车场名称"), QStringLiteral("车位数（个）"),
         QStringLiteral("Status"), QStringLiteral("经度"), QStringLiteral("纬度")});
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("name")), QStringLiteral("停车场名称"));
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("spaces")), QStringLiteral("车位数（个）"));
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("status")), QStringLiteral("Status"));
    EXPECT_TRUE(m.isComplete());
    EXPECT_TRUE(m.unusedColumns.contains(QStringLiteral("序号")));
}

TEST(FieldMapping, ReportsUnmappedRequiredFields)
{
    const FieldMapping m = FieldMapping::map(*roles().role(QStringLiteral("parking")),
                                             {QStringLiteral("名称"), QStringLiteral("备注")});
    EXPECT_FALSE(m.isComplete());
    EXPECT_EQ(m.unmappedRequired, QStringList{QStringLiteral("spaces")});
}

TEST(FieldMapping, MapsTheRealTargetTableHeaders)
{
    // Headers exactly as in the Xingtai 2021 plan's task split tables.
    const LayerRole& target = *roles().role(QStringLiteral("target"));
    FieldMapping m =
        FieldMapping::map(target, {QStringLiteral("序号"), QStringLiteral("县、市、区"),
                                   QStringLiteral("城市公共停车位建设任务数量（个）")});
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("unit")), QStringLiteral("县、市、区"));
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("target")),
              QStringLiteral("城市公共停车位建设任务数量（个）"));
    m = FieldMapping::map(
        target, {QStringLiteral("序号"), QStringLiteral("属 地"), QStringLiteral("任务数（个）")});
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("unit")), QStringLiteral("属 地"));
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("target")), QStringLiteral("任务数（个）"));
}

TEST(FieldMapping, AColumnServesOneFieldOnly)
{
    // "名称" is an alias of name only once; the second role field must not take it too.
    const FieldMapping m = FieldMapping::map(*roles().role(QStringLiteral("boundary")),
                                             {QStringLiteral("名称"), QStringLiteral("代码")});
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("name")), QStringLiteral("名称"));
    EXPECT_EQ(m.sourceOf.value(QStringLiteral("code")), QStringLiteral("代码"));
    EXPECT_EQ(m.sourceOf.size(), 2);
}
