#include "io/project_creator.h"

#include "core/crs.h"
#include "core/error.h"
#include "core/output_layer.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/gdal_support.h"
#include "io/vector_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <map>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ProjectCreator)
};
} // namespace

namespace wm {

namespace {

struct County {
    qint64 fid = -1;
    QString name, nameCurrent, code, city, cityCode;
};

QVector<County> readCounties(GDALDataset& ds)
{
    QVector<County> out;
    for (auto& f : *ds.GetLayer(0)) {
        County c;
        c.fid = f->GetFID();
        c.name = QString::fromUtf8(f->GetFieldAsString("name"));
        c.nameCurrent = QString::fromUtf8(f->GetFieldAsString("name_current"));
        c.code = QString::fromUtf8(f->GetFieldAsString("code"));
        c.city = QString::fromUtf8(f->GetFieldAsString("city"));
        c.cityCode = QString::fromUtf8(f->GetFieldAsString("city_code"));
        out << c;
    }
    return out;
}

/// The counties `area` names: a whole city by name or 4-digit code, else one county by its
/// old or current name or its 6-digit code. "承德" finds 承德市.
QVector<County> countiesOf(const QVector<County>& all, const QString& area, QString& name,
                           QString& code, bool& isCity)
{
    const QString a = area.trimmed();
    for (const QString& candidate : {a, a + QStringLiteral("市")}) {
        QVector<County> city;
        for (const County& c : all)
            if (c.city == candidate || c.cityCode == candidate)
                city << c;
        if (!city.isEmpty()) {
            name = city.first().city;
            code = city.first().cityCode;
            isCity = true;
            return city;
        }
    }
    for (const QString& candidate :
         {a, a + QStringLiteral("县"), a + QStringLiteral("市"), a + QStringLiteral("区")})
        for (const County& c : all)
            if (!candidate.isEmpty() &&
                (c.nameCurrent == candidate || c.name == candidate || c.code == candidate)) {
                name = c.nameCurrent.isEmpty() ? c.name : c.nameCurrent;
                code = c.code;
                isCity = false;
                return {c};
            }
    return {};
}

void writeBoundaries(GDALDataset& source, const QVector<County>& counties, const QString& path)
{
    gdal::ErrorCollector errors;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
    GDALDatasetUniquePtr out(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!out)
        throw Error(path, Tr::tr("cannot write: %1").arg(errors.lastFailure(QString())));
    OGRLayer* in = source.GetLayer(0);
    OGRLayer* layer = out->CreateLayer("counties", in->GetSpatialRef(), wkbMultiPolygon, nullptr);
    OGRFeatureDefn* defn = in->GetLayerDefn();
    for (int i = 0; layer && i < defn->GetFieldCount(); ++i)
        layer->CreateField(defn->GetFieldDefn(i));
    for (const County& c : counties) {
        std::unique_ptr<OGRFeature> f(in->GetFeature(c.fid));
        OGRFeature copy(layer->GetLayerDefn());
        if (!f || copy.SetFrom(f.get()) != OGRERR_NONE ||
            layer->CreateFeature(&copy) != OGRERR_NONE)
            throw Error(path, Tr::tr("cannot write county %1").arg(c.name));
    }
    out.reset(); // closing writes the file
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        throw Error(path, Tr::tr("cannot write: %1").arg(errors.lastFailure(QString())));
}

/// The lines of division table `source` whose column `column` is in `keys` (header kept,
/// lines copied unchanged); returns the number of rows written.
int writeDivisionTable(const QString& source, const QString& path, int column,
                       const QSet<QString>& keys)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(source, Tr::tr("cannot open: %1").arg(in.errorString()));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(path, Tr::tr("cannot write: %1").arg(out.errorString()));
    out.write(in.readLine()); // header
    int rows = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        const QList<QByteArray> cells = line.trimmed().split(',');
        if (cells.size() > column && keys.contains(QString::fromUtf8(cells[column]))) {
            out.write(line);
            ++rows;
        }
    }
    if (!out.commit())
        throw Error(path, Tr::tr("cannot write: %1").arg(out.errorString()));
    return rows;
}

/// An empty layer for each works role, its fields typed as the role says.
void writeWorksPackage(const RoleRegistry& roles, const QString& path)
{
    const std::pair<const char*, const char*> works[] = {
        {"facility", "facilities"}, {"parking", "parking"}, {"pipe", "pipes"}};
    std::vector<OutputLayer> layers;
    for (const auto& [roleId, name] : works) {
        const LayerRole* role = roles.role(QString::fromLatin1(roleId));
        if (!role)
            continue;
        OutputLayer l;
        l.name = QString::fromLatin1(name);
        for (const RoleField& f : role->fields) {
            l.columns << f.name;
            l.columnTypes << f.type;
        }
        l.geometryKind = role->geometries.contains(GeometryKind::Line) ? GeometryKind::Line
                                                                       : GeometryKind::Point;
        layers.push_back(std::move(l));
    }
    writeGeoPackage(path, Crs::cgcs2000(), layers);
}

/// Starter rules from the provincial standards that need only the division tables and the
/// works layers (no village points): one health centre per township (Julu 2023), elderly-care
/// centres in 60% of townships (Chengde 2022 EL06), clinic next to the service station.
QJsonObject starterRules()
{
    auto rule = [](std::initializer_list<std::pair<const char*, QJsonValue>> pairs) {
        QJsonObject o;
        for (const auto& [k, v] : pairs)
            o.insert(QString::fromLatin1(k), v);
        return o;
    };
    QJsonArray rules;
    rules << rule({{"id", "villages"},
                   {"kind", "indicator"},
                   {"title", QStringLiteral("村庄数 Villages in the unit")},
                   {"source", QStringLiteral("division table (NBS 2023 codes)")},
                   {"layer", "division_villages"},
                   {"codeField", "code"},
                   {"unitText", "villages"},
                   {"unitTextZh", QStringLiteral("个村")}});
    rules << rule(
        {{"id", "health_centre_per_township"},
         {"kind", "one-per-unit"},
         {"title", QStringLiteral("每个乡镇设置1所卫生院 One health centre per township")},
         {"source", QStringLiteral("巨政办字〔2023〕10号 (Julu 2023, health)")},
         {"layer", "facilities"},
         {"filter", "kind = health_centre"},
         {"codeField", "township_code"},
         {"min", 1},
         {"noun", "health centre(s)"},
         {"nounZh", QStringLiteral("卫生院")}});
    rules << rule({{"id", "elderly_centres_60pct"},
                   {"kind", "share-of-units"},
                   {"title", QStringLiteral("乡镇区域养老服务中心建有率60% Elderly-care centres in "
                                            "≥60% of townships")},
                   {"source", QStringLiteral("Chengde 2022 elderly plan EL06")},
                   {"layer", "facilities"},
                   {"filter", "kind = elderly_care"},
                   {"codeField", "township_code"},
                   {"childUnits", "division_villages"},
                   {"childCodeField", "township_code"},
                   {"childCodeLength", 9},
                   {"min", 1},
                   {"minShare", 0.6},
                   {"childNoun", "townships"},
                   {"childNounZh", QStringLiteral("乡镇")}});
    rules << rule({{"id", "clinic_next_to_station"},
                   {"kind", "co-location"},
                   {"title", QStringLiteral("村卫生室与村综合服务站毗邻建设 Village clinic next to "
                                            "the village service station")},
                   {"source", QStringLiteral("巨政办字〔2023〕10号 (Julu 2023) and Chengde 2022 "
                                             "EL15 (adjacency)")},
                   {"layer", "facilities"},
                   {"filter", "kind = clinic"},
                   {"codeField", "county_code"},
                   {"near", "facilities"},
                   {"nearFilter", "kind = service_station"},
                   {"withinM", 500},
                   {"noun", "clinics"},
                   {"nounZh", QStringLiteral("村卫生室")},
                   {"nearNoun", "service station"},
                   {"nearNounZh", QStringLiteral("综合服务站")}});
    QJsonObject units{{QStringLiteral("county"), QStringLiteral("counties")},
                      {QStringLiteral("townshipTable"), QStringLiteral("division_villages")},
                      {QStringLiteral("townshipCodeField"), QStringLiteral("township_code")},
                      {QStringLiteral("townshipNameField"), QStringLiteral("township")}};
    return {{QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("comment"),
             QStringLiteral("Starter rules made by worksmap-cli new from the provincial "
                            "standards (../shared/docs/standards) that need only the division "
                            "tables and the works layers. Add service-radius rules once village "
                            "points exist.")},
            {QStringLiteral("units"), units},
            {QStringLiteral("rules"), rules}};
}

void writeJson(const QString& path, const QJsonObject& json)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        throw Error(path, Tr::tr("cannot write: %1").arg(out.errorString()));
}

LayerEntry entry(const QString& id, const QString& title, const QString& source,
                 const QString& role, const QString& layerName = {}, bool visible = true)
{
    LayerEntry e;
    e.id = id;
    e.title = title;
    e.source = source;
    e.role = role;
    e.layerName = layerName;
    e.visible = visible;
    return e;
}

} // namespace

NewProject createProject(const NewProjectRequest& request, const RoleRegistry& roles)
{
    gdal::ensureRegistered();
    const QDir hebei(request.hebeiDir.isEmpty()
                         ? QDir(resourceRoot()).filePath(QStringLiteral("data/hebei"))
                         : request.hebeiDir);
    const QString countiesPath = hebei.filePath(QStringLiteral("hebei_counties.geojson"));
    GDALDatasetUniquePtr source(
        GDALDataset::Open(countiesPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!source)
        throw Error(countiesPath, Tr::tr("cannot read the bundled Hebei boundaries"));
    const QVector<County> all = readCounties(*source);

    NewProject made;
    bool isCity = false;
    const QVector<County> counties =
        countiesOf(all, request.area, made.areaName, made.areaCode, isCity);
    if (counties.isEmpty()) {
        QStringList cities;
        for (const County& c : all)
            if (!cities.contains(c.city))
                cities << c.city;
        throw Error(request.area, Tr::tr("not a city or county of Hebei (cities: %1; a county by "
                                         "name or 6-digit code)")
                                      .arg(cities.join(QStringLiteral(", "))));
    }

    QDir out(request.outDir);
    if (out.exists() && !out.isEmpty())
        throw Error(request.outDir, Tr::tr("the folder is not empty; choose a new one"));
    if (!out.mkpath(QStringLiteral("boundaries")) || !out.mkpath(QStringLiteral("reference")))
        throw Error(request.outDir, Tr::tr("cannot create the folder"));

    writeBoundaries(*source, counties, out.filePath(QStringLiteral("boundaries/counties.geojson")));
    // A city takes its whole division table (development zones included, which have targets
    // but no polygon); a county its own rows.
    QSet<QString> keys{made.areaCode};
    const int villageColumn = isCity ? 6 : 4, townshipColumn = isCity ? 4 : 2;
    made.villages = writeDivisionTable(hebei.filePath(QStringLiteral("hebei_villages.csv")),
                                       out.filePath(QStringLiteral("reference/villages.csv")),
                                       villageColumn, keys);
    made.townships = writeDivisionTable(hebei.filePath(QStringLiteral("hebei_townships.csv")),
                                        out.filePath(QStringLiteral("reference/townships.csv")),
                                        townshipColumn, keys);
    writeWorksPackage(roles, out.filePath(QStringLiteral("works.gpkg")));
    writeJson(out.filePath(QStringLiteral("rules.json")), starterRules());

    std::map<QString, QString> byCode;
    for (const County& c : counties)
        byCode[c.code.isEmpty() ? QStringLiteral("~") + c.name : c.code] =
            c.nameCurrent.isEmpty() ? c.name : c.nameCurrent;
    for (const auto& [code, name] : byCode)
        made.counties << name;

    Project p;
    p.name = QStringLiteral("%1 民生工程 livelihood works").arg(made.areaName);
    p.description = QStringLiteral("Made by worksmap-cli new from the bundled Hebei division "
                                   "data (real boundaries and codes); the works layers start "
                                   "empty.");
    p.layers << entry(QStringLiteral("division_villages"),
                      QStringLiteral("村级区划代码表 Village division table"),
                      QStringLiteral("reference/villages.csv"), QStringLiteral("village"), {},
                      false)
             << entry(QStringLiteral("counties"), QStringLiteral("县级行政区划 County boundaries"),
                      QStringLiteral("boundaries/counties.geojson"), QStringLiteral("boundary"))
             << entry(QStringLiteral("pipes"), QStringLiteral("管网 Pipe segments"),
                      QStringLiteral("works.gpkg"), QStringLiteral("pipe"), QStringLiteral("pipes"))
             << entry(QStringLiteral("parking"), QStringLiteral("公共停车设施 Parking sites"),
                      QStringLiteral("works.gpkg"), QStringLiteral("parking"),
                      QStringLiteral("parking"))
             << entry(QStringLiteral("facilities"), QStringLiteral("公共服务设施 Facilities"),
                      QStringLiteral("works.gpkg"), QStringLiteral("facility"),
                      QStringLiteral("facilities"));
    // The bundled polygons are a web-map export: GCJ-02 although declared EPSG:4326
    // (data/hebei/README.md, scripts/check_boundary_datum.py). Read so, they meet a
    // planner's CGCS2000 works data where it really is.
    p.layers[1].sourceCrs = QStringLiteral("gcj02");
    const QString stem = made.areaName;
    made.projectPath = out.filePath(stem + QStringLiteral(".worksmap.json"));
    p.filePath = made.projectPath;
    p.save(made.projectPath);
    return made;
}

} // namespace wm
