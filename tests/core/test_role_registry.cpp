#include "core/error.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "support/test_support.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

TEST(RoleRegistry, LoadsTheSevenShippedRoles)
{
    const RoleRegistry r = RoleRegistry::load(layerRolesDir());
    for (const char* id :
         {"boundary", "village", "parking", "pipe", "facility", "target", "reference"})
        EXPECT_NE(r.role(QString::fromLatin1(id)), nullptr) << id;
    EXPECT_EQ(r.roles().size(), 7);
    // Only the reference role is a fallback, and it takes no lists.
    for (const LayerRole& role : r.roles())
        EXPECT_EQ(role.fallback, role.id == QLatin1String("reference")) << role.id.toStdString();
    EXPECT_FALSE(r.role(QStringLiteral("reference"))->acceptsGeometry(GeometryKind::None));
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

TEST(RoleRegistry, CodedValuesHaveTitlesAndATitleForAnUnlistedValueIsAnError)
{
    const RoleRegistry r = RoleRegistry::load(layerRolesDir());
    const RoleField* kind = r.role(QStringLiteral("facility"))->field(QStringLiteral("kind"));
    ASSERT_NE(kind, nullptr);
    EXPECT_EQ(kind->valueTitle(QStringLiteral("clinic"), true), QStringLiteral("村卫生室"));
    EXPECT_EQ(kind->valueTitle(QStringLiteral("clinic"), false), QStringLiteral("Village clinic"));
    // A value outside the list reads as stored.
    EXPECT_EQ(kind->valueTitle(QStringLiteral("库房"), true), QStringLiteral("库房"));
    // Every listed value of every shipped role has both titles.
    for (const LayerRole& role : r.roles())
        for (const RoleField& f : role.fields)
            for (const QString& v : f.values) {
                EXPECT_TRUE(f.valueTitlesZh.contains(v))
                    << role.id.toStdString() << " " << v.toStdString();
                EXPECT_TRUE(f.valueTitlesEn.contains(v))
                    << role.id.toStdString() << " " << v.toStdString();
            }

    QTemporaryDir dir;
    test::writeText(dir.filePath(QStringLiteral("typo.json")), QStringLiteral(R"({"role": "x",
        "geometry": ["point"], "fields": [{"name": "kind", "values": ["clinic"],
        "valueTitles": {"clinc": {"zh": "村卫生室"}, "clinic": {"en": "Clinic"}}}]})"));
    try {
        RoleRegistry::load(dir.path());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_TRUE(e.file().endsWith(QStringLiteral("typo.json")));
        EXPECT_TRUE(e.detail().contains(QStringLiteral("\"clinc\""))) << e.detail().toStdString();
    }
    // Only one language given: the other falls back to it.
    QTemporaryDir ok;
    test::writeText(ok.filePath(QStringLiteral("x.json")), QStringLiteral(R"({"role": "x",
        "geometry": ["point"], "fields": [{"name": "kind", "values": ["clinic"],
        "valueTitles": {"clinic": {"en": "Clinic"}}}]})"));
    const RoleRegistry x = RoleRegistry::load(ok.path());
    EXPECT_EQ(x.role(QStringLiteral("x"))
                  ->field(QStringLiteral("kind"))
                  ->valueTitle(QStringLiteral("clinic"), true),
              QStringLiteral("Clinic"));
}
