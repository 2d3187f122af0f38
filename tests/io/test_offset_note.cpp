#include "core/china_coordinates.h"
#include "core/loaded_project.h"
#include "core/offset_check.h"
#include "io/offset_note.h"
#include "io/project_opener.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;

namespace {

const QString kCounties = test::demo(QStringLiteral("boundaries/xingtai_counties.geojson"));

/// A copy of the demo county boundaries with every vertex moved by `move` (lon, lat), so its
/// relation to the original is known exactly.
QString movedCounties(const QTemporaryDir& dir, const QString& name, LonLat (*move)(LonLat))
{
    QFile in(kCounties);
    in.open(QIODevice::ReadOnly);
    QJsonObject collection = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray features = collection.value(QStringLiteral("features")).toArray();
    auto moveArray = [&](auto&& self, const QJsonArray& a) -> QJsonArray {
        if (!a.isEmpty() && a.first().isDouble()) {
            const LonLat p = move({a[0].toDouble(), a[1].toDouble()});
            return QJsonArray{p.lon, p.lat};
        }
        QJsonArray out;
        for (const QJsonValue& v : a)
            out.append(self(self, v.toArray()));
        return out;
    };
    for (QJsonValueRef f : features) {
        QJsonObject feature = f.toObject();
        QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        geometry[QStringLiteral("coordinates")] =
            moveArray(moveArray, geometry.value(QStringLiteral("coordinates")).toArray());
        feature[QStringLiteral("geometry")] = geometry;
        f = feature;
    }
    collection[QStringLiteral("features")] = features;
    const QString path = dir.filePath(name);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(collection).toJson());
    return path;
}

/// A project with the demo boundaries (declared `boundaryCrs`) and `other` as a reference
/// layer declared `otherCrs`.
LoadedProject project(const QTemporaryDir& dir, const QString& boundaryCrs, const QString& other,
                      const QString& otherCrs = {})
{
    auto layer = [](const QString& id, const QString& role, const QString& source,
                    const QString& crs) {
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("role"), role},
                      {QStringLiteral("source"), source}};
        if (!crs.isEmpty())
            o[QStringLiteral("sourceCrs")] = crs;
        return o;
    };
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("worksmap-project")},
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("name"), QStringLiteral("offset check")},
        {QStringLiteral("crs"), QStringLiteral("EPSG:4547")},
        {QStringLiteral("allowExternalSources"), true}, // the demo's boundaries
        {QStringLiteral("layers"),
         QJsonArray{
             layer(QStringLiteral("counties"), QStringLiteral("boundary"), kCounties, boundaryCrs),
             layer(QStringLiteral("other"), QStringLiteral("reference"), other, otherCrs)}}};
    const QString path = dir.filePath(QStringLiteral("offset.worksmap.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(json).toJson());
    f.close();
    return openProjectOrDataset(path, test::shippedRoles());
}

} // namespace

TEST(OffsetNote, AWebMapCopyDeclaredWgs84LooksLikeGcj02)
{
    QTemporaryDir dir;
    // The same polygons, one declared GCJ-02 (the project's boundaries) and one not: the
    // undeclared copy lies off by the GCJ-02 shift and on the boundaries once read as GCJ-02.
    const LoadedProject p = project(dir, QStringLiteral("gcj02"), kCounties);
    const LoadedLayer& other = *p.layer(QStringLiteral("other"));
    const auto e =
        compareWithReference(*other.data, *p.layer(QStringLiteral("counties"))->data, p.crs);
    ASSERT_TRUE(e.has_value());
    EXPECT_GT(e->vertices, 1000);
    EXPECT_GT(e->asRead, 150.0);
    EXPECT_LT(e->asGcj02, 0.01); // the very same vertices, moved the same way
    EXPECT_EQ(e->layerOffset, ChinaOffset::Gcj02);
    // The loader words it on the layer, in the words of `info` and the Add Layer dialog.
    const QString warnings = other.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("looks like GCJ-02"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("\"sourceCrs\": \"gcj02\"")))
        << warnings.toStdString();
    // Declared, the copy has nothing to say.
    const LoadedProject declared =
        project(dir, QStringLiteral("gcj02"), kCounties, QStringLiteral("gcj02"));
    EXPECT_TRUE(declared.layer(QStringLiteral("other"))->warnings.isEmpty());
    EXPECT_FALSE(offsetNote(*declared.layer(QStringLiteral("other")), declared).has_value());
}

TEST(OffsetNote, ABaiduCopyLooksLikeBd09)
{
    QTemporaryDir dir;
    // Vertices moved from GCJ-02 into BD-09, the way Baidu exports them.
    const QString baidu = movedCounties(dir, QStringLiteral("counties_baidu_synthetic.geojson"),
                                        [](LonLat p) { return gcj02ToBd09(p); });
    const LoadedProject p = project(dir, QStringLiteral("gcj02"), baidu);
    const auto note = offsetNote(*p.layer(QStringLiteral("other")), p);
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(note->layerOffset, ChinaOffset::Bd09);
    EXPECT_TRUE(note->text.contains(QStringLiteral("BD-09"))) << note->text.toStdString();
}

TEST(OffsetNote, ATrueWgs84LayerShowsTheBoundariesAreTheOffsetOnes)
{
    QTemporaryDir dir;
    // The boundaries taken as WGS84 as declared, against a copy moved out of GCJ-02 into
    // WGS84: it is the boundary layer that carries the offset.
    const QString wgs = movedCounties(dir, QStringLiteral("counties_wgs84_synthetic.geojson"),
                                      [](LonLat p) { return gcj02ToWgs84(p); });
    const LoadedProject p = project(dir, QString(), wgs);
    const auto note = offsetNote(*p.layer(QStringLiteral("other")), p);
    ASSERT_TRUE(note.has_value());
    EXPECT_FALSE(note->layerOffset.has_value());
    EXPECT_EQ(note->referenceId, QStringLiteral("counties"));
    EXPECT_TRUE(note->text.contains(QStringLiteral("\"counties\" looks like GCJ-02")))
        << note->text.toStdString();
}

TEST(OffsetNote, ALayerOnTheBoundariesOrFarFromThemSaysNothing)
{
    QTemporaryDir dir;
    EXPECT_FALSE(offsetNote(*project(dir, QString(), kCounties).layer(QStringLiteral("other")),
                            project(dir, QString(), kCounties))
                     .has_value());
    // 3° east of Xingtai (Shandong): no vertex near the boundaries, nothing to compare.
    const QString far =
        movedCounties(dir, QStringLiteral("counties_far_synthetic.geojson"), [](LonLat p) {
            return LonLat{p.lon + 3.0, p.lat};
        });
    const LoadedProject p = project(dir, QString(), far);
    EXPECT_FALSE(compareWithReference(*p.layer(QStringLiteral("other"))->data,
                                      *p.layer(QStringLiteral("counties"))->data, p.crs)
                     .has_value());
}
