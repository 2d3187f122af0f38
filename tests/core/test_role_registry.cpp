#include "core/error.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "support/test_support.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

TEST(RoleRegistry, LoadsTheSixShippedRoles)
{
    const RoleRegistry r = RoleRegistry::load(layerRolesDir());
    for (const char* id : {"boundary", "village", "parking", "pipe", "facility", "target"})
        EXPECT_NE(r.role(QString::fromLatin1(id)), nullptr) << id;
    EXPECT_EQ(r.roles().size(), 6);
    EXPECT_TRUE(r.role(QStringLiteral("village"))->acceptsGeometry(GeometryKind::None));
    EXPECT_FALSE(r.role(QStringLiteral("parking"))->acceptsGeometry(GeometryKind::Line));
    EXPECT_TRUE(r.coordinateAliases().longitude.contains(QStringLiteral("经度")));
    const RoleField* kind = r.role(QStringLiteral("pipe"))->field(QStringLiteral("kind"));
    ASSERT_NE(kind, nullptr);
    EXPECT_TRUE(kind->values.contains(QStringLiteral("heating")));
    EXPECT_TRUE(kind->required);
}

TEST(RoleRegistry, GuessesRolesFromGeometryAndColumns)
{
    const RoleRegistry r = RoleRegistry::load(layerRolesDir());
    auto best = [&](GeometryKind k, const QStringList& cols) {
        const auto g = r.guess(k, cols);
        return g.isEmpty() ? QString() : g.first().role->id;
    };
    EXPECT_EQ(best(GeometryKind::Polygon,
                   {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("city")}),
              QStringLiteral("boundary"));
    EXPECT_EQ(best(GeometryKind::Point, {QStringLiteral("名称"), QStringLiteral("车位数")}),
              QStringLiteral("parking"));
    EXPECT_EQ(best(GeometryKind::Point, {QStringLiteral("设施类别"), QStringLiteral("名称")}),
              QStringLiteral("facility"));
    EXPECT_EQ(best(GeometryKind::Line, {QStringLiteral("管网类别"), QStringLiteral("管径")}),
              QStringLiteral("pipe"));
    EXPECT_EQ(best(GeometryKind::None,
                   {QStringLiteral("代码"), QStringLiteral("村名"), QStringLiteral("乡镇")}),
              QStringLiteral("village"));
    EXPECT_EQ(best(GeometryKind::None, {QStringLiteral("序号"), QStringLiteral("县（市、区）"),
                                        QStringLiteral("任务数")}),
              QStringLiteral("target"));
    EXPECT_EQ(best(GeometryKind::None, {QStringLiteral("foo"), QStringLiteral("bar")}), QString());
}

TEST(RoleRegistry, NamesTheFileOfAMalformedDefinition)
{
    QTemporaryDir dir;
    test::writeText(dir.filePath(QStringLiteral("broken.json")),
                    QStringLiteral("{\"role\": \"x\", \"geometry\": [\"hexagon\"]}"));
    try {
        RoleRegistry::load(dir.path());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_TRUE(e.file().endsWith(QStringLiteral("broken.json")));
        EXPECT_TRUE(e.detail().contains(QStringLiteral("hexagon")));
    }
}
