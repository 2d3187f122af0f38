#include "cli/import_verb.h"

#include "cli/page_options.h"
#include "core/crs.h"
#include "core/error.h"
#include "core/field_mapping.h"
#include "core/gazetteer.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/division_tables.h"
#include "io/dxf_pipes.h"
#include "io/list_import.h"
#include "io/output_guard.h"
#include "io/point_columns.h"
#include "io/project_loader.h"
#include "io/table_import.h"
#include "io/vector_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::ImportVerb)
};
} // namespace

namespace wm::cli {

/// Refuses outputs that are the list itself, a project's file or source beside them, or a
/// GeoPackage holding other layers than the one the import writes (replacing it would delete
/// them).
static void guardImportOutputs(const QString& input, const QStringList& outputs,
                               const QString& layerName, const QString& gazetteer = {},
                               const Project* project = nullptr)
{
    OutputGuard guard;
    guard.addInput(input, Tr::tr("the list being imported"));
    guard.addInput(gazetteer, Tr::tr("the division table"));
    if (project)
        guard.addProject(*project);
    for (const QString& output : outputs)
        guard.addProjectsIn(QFileInfo(output).absolutePath());
    for (const QString& output : outputs)
        guard.check(output);
    const QString gpkg = outputs.first();
    QStringList others = geoPackageLayerNames(gpkg);
    others.removeAll(layerName);
    if (!others.isEmpty())
        throw Error(gpkg, Tr::tr("this GeoPackage holds the layer(s) %1, which the import "
                                 "would delete; choose a new file")
                              .arg(others.join(QStringLiteral(", "))));
}

/// The --set and --map options as value mappings of `role`.
static QVector<ValueMapping> valueMappingsFor(const Arguments& args, const LayerRole& role)
{
    QVector<ValueMapping> out;
    for (const QString& a :
         args.value(QStringLiteral("set")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out << ValueMapping::constantFrom(a, role);
    if (args.isSet(QStringLiteral("map"))) {
        const PoiKeywords poi = PoiKeywords::load(
            QDir(layerRolesDir()).filePath(QStringLiteral("poi_types.json")), role.id);
        out << ValueMapping::mappingFrom(args.value(QStringLiteral("map")), role, poi.keywords);
    }
    return out;
}

/// A CAD pipe drawing: lines by CAD layer, kinds from the layer names, the rest counted.
static int importDrawing(const QString& path, const LayerRole& role,
                         const CoordinateSource& coordinates, const Arguments& args,
                         QTextStream& out)
{
    if (role.id != QLatin1String("pipe"))
        throw Error(path, Tr::tr("a DXF drawing is imported as a pipe layer (--role pipe)"));
    // --coordinates EPSG:n names the drawing's CRS; otherwise the zone prefix tells it.
    const Crs drawing =
        coordinates.kind == CoordinateSource::Projected ? coordinates.projected : Crs();
    const QString outPath = args.value(QStringLiteral("out"));
    guardImportOutputs(path, {outPath}, QStringLiteral("pipe_imported"));
    const DxfPipeImport dxf = DxfPipeImport::read(path, drawing, Crs::cgcs2000());
    for (const QString& note : writeGeoPackage(
             outPath, Crs::cgcs2000(), {outputLayerOf(dxf.layer, QStringLiteral("pipe_imported"))}))
        out << Tr::tr("note: %1").arg(note) << "\n";
    out << "read " << dxf.entities << " entities of " << QFileInfo(path).fileName() << " ("
        << dxf.drawingCrs.id() << (dxf.zoneDetected ? ", zone from the coordinates" : "") << ")\n";
    for (const DxfLayerReport& l : dxf.cadLayers) {
        out << "  " << l.cadLayer << ": " << l.linesKept << " lines, "
            << QString::number(l.lengthKm, 'f', 3) << " km, kind "
            << (l.kind.isEmpty() ? QStringLiteral("(unmapped)") : l.kind);
        if (l.skipped() > 0)
            out << "; skipped " << l.skipped();
        out << "\n";
    }
    out << "  lines kept " << dxf.linesKept << " + skipped " << dxf.skipped << " = " << dxf.entities
        << " entities\n";
    for (const QString& layer : dxf.unmappedLayers())
        out << "note: no pipe kind for CAD layer " << layer << "\n";
    out << "wrote " << QFileInfo(outPath).absoluteFilePath() << "\n";
    return Ok;
}

QList<Positional> ImportVerb::positionals() const
{
    return {{QStringLiteral("TABLE"), QStringLiteral("CSV, TSV, XLSX, XLS or ODS")}};
}

QList<Option> ImportVerb::options() const
{
    return {
        {QStringLiteral("role"), QStringLiteral("ROLE"),
         QStringLiteral("layer role of the rows: village, facility, parking, pipe, target, "
                        "boundary")},
        {QStringLiteral("out"), QStringLiteral("FILE.gpkg"),
         QStringLiteral("the layer written (CGCS2000 lon/lat)")},
        {QStringLiteral("rejects"), QStringLiteral("FILE.csv"),
         QStringLiteral("rows not imported, with row number, reason and candidates (default: "
                        "beside --out)")},
        {QStringLiteral("encoding"), QStringLiteral("NAME"),
         QStringLiteral("text encoding of a CSV (default: detected; e.g. GBK)")},
        {QStringLiteral("sheet"), QStringLiteral("NAME"), QStringLiteral("sheet of a workbook")},
        {QStringLiteral("header-row"), QStringLiteral("N"),
         QStringLiteral("row of the header (default: detected)")},
        {QStringLiteral("set"), QStringLiteral("FIELD=VALUE[;…]"),
         QStringLiteral("a constant for every row, e.g. kind=health_centre (a POI sheet of one "
                        "kind)")},
        {QStringLiteral("map"), QStringLiteral("COLUMN[:SOURCE=VALUE,…]"),
         QStringLiteral("a coded field from another column, e.g. \"医院次类:卫生院=health_centre,"
                        "诊所=clinic\"; the keywords of layers/poi_types.json are tried after "
                        "the pairs (COLUMN alone: keywords only)")},
        {QStringLiteral("coordinates"), QStringLiteral("KIND"),
         QStringLiteral("wgs84, cgcs2000 (default), gcj02 (Amap/Tencent), bd09 (Baidu), gk "
                        "(zone from the x prefix; gk-xian80, gk-beijing54) or EPSG:n")},
        {QStringLiteral("x-column"), QStringLiteral("NAME"),
         QStringLiteral("longitude / x column (default: found by name)")},
        {QStringLiteral("y-column"), QStringLiteral("NAME"),
         QStringLiteral("latitude / y column (default: found by name)")},
        {QStringLiteral("area"), QStringLiteral("LON0,LAT0,LON1,LAT1"),
         QStringLiteral("points outside these bounds are rejected (default: China)")},
        {QStringLiteral("project"), QStringLiteral("PROJECT"),
         QStringLiteral("match names in this project's division table (its area only); a name "
                        "of elsewhere in Hebei is rejected saying where it is")},
        {QStringLiteral("gazetteer"), QStringLiteral("CSV"),
         QStringLiteral("division table for names without coordinates (default: the project's "
                        "with --project, else the bundled table of all of Hebei)")}};
}

int ImportVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    const QString path = args.positionals.first();
    if (!args.isSet(QStringLiteral("role")) || !args.isSet(QStringLiteral("out"))) {
        err << "worksmap-cli import: --role ROLE and --out FILE.gpkg are needed\n";
        return Usage;
    }
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LayerRole* role = roles.role(args.value(QStringLiteral("role")));
    if (!role) {
        QStringList known;
        for (const LayerRole& r : roles.roles())
            known << r.id;
        throw Error(QStringLiteral("--role"),
                    Tr::tr("unknown role \"%1\" (known: %2)")
                        .arg(args.value(QStringLiteral("role")), known.join(QStringLiteral(", "))));
    }
    const auto source = CoordinateSource::fromName(
        args.value(QStringLiteral("coordinates"), QStringLiteral("cgcs2000")));
    if (!source)
        throw Error(QStringLiteral("--coordinates"),
                    Tr::tr("\"%1\": use wgs84, cgcs2000, gcj02, bd09, gk, gk-xian80, "
                           "gk-beijing54 or EPSG:n")
                        .arg(args.value(QStringLiteral("coordinates"))));
    CoordinateSource coordinates = *source;
    if (args.isSet(QStringLiteral("area"))) {
        // The same "a,b,c,d" reading as --extent; here in degrees.
        const Extent area = parseBox(args.value(QStringLiteral("area")), QStringLiteral("--area"),
                                     Tr::tr("degrees (longitude, latitude)"));
        if (area.xMin < -180 || area.xMax > 180 || area.yMin < -90 || area.yMax > 90)
            throw Error(QStringLiteral("--area"),
                        Tr::tr("\"%1\" is not longitudes and latitudes in degrees")
                            .arg(args.value(QStringLiteral("area"))));
        coordinates.expected = area;
    }

    if (path.endsWith(QLatin1String(".dxf"), Qt::CaseInsensitive))
        return importDrawing(path, *role, coordinates, args, out);

    ImportOptions options;
    options.encoding = args.value(QStringLiteral("encoding"));
    options.sheet = args.value(QStringLiteral("sheet"));
    options.headerRow = args.value(QStringLiteral("header-row"), QStringLiteral("0")).toInt();
    // A list of names gets its division codes from the gazetteer below.
    options.derivedFields << QStringLiteral("code") << QStringLiteral("county_code")
                          << QStringLiteral("township_code");
    options.valueMappings = valueMappingsFor(args, *role);
    const QString outPath = args.value(QStringLiteral("out"));
    const QString rejectsPath = args.value(QStringLiteral("rejects"), listRejectsPath(outPath));
    std::optional<Project> project;
    if (args.isSet(QStringLiteral("project")))
        project = Project::load(args.value(QStringLiteral("project")));
    const DivisionTables tables =
        divisionTablesFor(project ? &*project : nullptr, args.value(QStringLiteral("gazetteer")));
    const QString gazetteerPath = tables.scope;
    guardImportOutputs(path, {outPath, rejectsPath}, role->id + QStringLiteral("_imported"),
                       gazetteerPath, project ? &*project : nullptr);
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(rejectsPath).absoluteFilePath())
        throw Error(rejectsPath, Tr::tr("the rejects file must not be the GeoPackage"));
    const TableImport table = TableImport::read(path, *role, options);

    const bool projected = coordinates.kind == CoordinateSource::Projected ||
                           coordinates.kind == CoordinateSource::GaussKruger;
    const auto& aliases = roles.coordinateAliases();
    // A column named on the command line, else the first one with a coordinate alias.
    const auto column = [&](const QStringList& aliases, const char* option) {
        const QString given = args.value(QLatin1String(option));
        return given.isEmpty() ? columnByAlias(table.columns, aliases)
                               : int(table.columns.indexOf(given));
    };
    const int xCol = column(projected ? aliases.x : aliases.longitude, "x-column");
    const int yCol = column(projected ? aliases.y : aliases.latitude, "y-column");
    std::optional<Gazetteer> gazetteer, outside;
    if (listNameColumns(table, *role).any()) {
        gazetteer = Gazetteer::load(gazetteerPath);
        if (!tables.outside.isEmpty())
            outside = Gazetteer::load(tables.outside);
    }
    QVector<ListRow> rows =
        placeListRows(table, *role,
                      {xCol, yCol, coordinates, gazetteer ? &*gazetteer : nullptr,
                       outside ? &*outside : nullptr});
    // Rows matched by name are drawn where the project has the village's point.
    DrawnRows drawn;
    QString drawnLayer;
    if (project) {
        const ProjectVillagePoints villages = projectVillagePoints(*project, roles);
        drawn = drawMatchedRows(rows, villages.points());
        drawnLayer = villages.layerId;
    }
    const ListSummary counts = summarise(table, rows);

    // What --set/--map could not map, before anything is written: the planner extends the map.
    for (auto field = table.unmappedValues.cbegin(); field != table.unmappedValues.cend();
         ++field) {
        QVector<QPair<int, QString>> byCount;
        for (auto v = field->cbegin(); v != field->cend(); ++v)
            byCount.append({v.value(), v.key()});
        std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        });
        out << Tr::tr("unmapped %1 values (rows rejected):").arg(field.key()) << "\n";
        for (const auto& [count, value] : byCount)
            out << "  " << (value.isEmpty() ? Tr::tr("(empty)") : value) << "  " << count << "\n";
    }

    const QStringList cleaned =
        writeListImport(table, rows, role->id + QStringLiteral("_imported"), outPath, rejectsPath);
    for (const QString& note : cleaned)
        out << Tr::tr("note: %1").arg(note) << "\n";

    const QString encoding =
        table.encoding.isEmpty()
            ? QString()
            : QStringLiteral(" (%1)").arg(table.encodingDetected
                                              ? Tr::tr("%1, detected").arg(table.encoding)
                                              : table.encoding);
    out << Tr::tr("read %1 rows of %2%3, header on row %4")
               .arg(table.rowsRead)
               .arg(QFileInfo(path).fileName(), encoding)
               .arg(table.headerRow)
        << "\n";
    out << Tr::tr("  on the map:             %1").arg(counts.onMap) << "\n"
        << Tr::tr("  matched by name (code): %1").arg(counts.matched) << "\n"
        << Tr::tr("  rejected:               %1").arg(counts.rejected) << "\n";
    if (!drawnLayer.isEmpty())
        out << Tr::tr("  matched rows drawn at the village points of \"%1\": %2; at their "
                      "township's centre (approximate): %3")
                   .arg(drawnLayer)
                   .arg(drawn.atVillage)
                   .arg(drawn.atTownship)
            << "\n";
    out << Tr::tr("  excluded (totals, blank): %1").arg(counts.excluded) << "\n";
    out << (counts.addsUp()
                ? Tr::tr("  total:                  %1 = rows read")
                : Tr::tr("  total:                  %1 != rows read (a bug: please report)"))
               .arg(counts.total())
        << "\n";
    for (const QString& note : table.notes)
        out << Tr::tr("note: %1").arg(note) << "\n";
    out << Tr::tr("wrote %1").arg(QFileInfo(outPath).absoluteFilePath()) << "\n"
        << Tr::tr("wrote %1").arg(QFileInfo(rejectsPath).absoluteFilePath()) << "\n";
    if (!counts.addsUp())
        return Internal;
    if (counts.onMap + counts.matched == 0) {
        err << Tr::tr("worksmap-cli import: no row of %1 was placed (see the rejects file)")
                   .arg(QFileInfo(path).fileName())
            << "\n";
        return NothingPlaced;
    }
    return Ok;
}

} // namespace wm::cli
