#include "cli/info_verb.h"

#include "cli/terminal_progress.h"

#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_loader.h"
#include "io/project_opener.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::cli::InfoVerb)
};
} // namespace

namespace wm::cli {

namespace {

QString formatExtent(const Extent& e)
{
    if (e.isNull())
        return QStringLiteral("(none)");
    return QStringLiteral("%1, %2 – %3, %4")
        .arg(e.xMin, 0, 'f', 1)
        .arg(e.yMin, 0, 'f', 1)
        .arg(e.xMax, 0, 'f', 1)
        .arg(e.yMax, 0, 'f', 1);
}

QJsonArray extentJson(const Extent& e)
{
    return e.isNull() ? QJsonArray() : QJsonArray{e.xMin, e.yMin, e.xMax, e.yMax};
}

QString overviewText(const RasterInfo& r)
{
    if (r.overviews.isEmpty())
        return r.size.width() * qint64(r.size.height()) > qint64(4096) * 4096
                   ? Tr::tr("none (a view of all of it reads every pixel; render builds them in "
                            "the cache)")
                   : Tr::tr("none");
    QStringList sizes;
    for (const QSize& s : r.overviews)
        sizes << QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
    QString from = r.overviewsFrom;
    if (from != QLatin1String("internal") && from != QLatin1String("sidecar"))
        from = Tr::tr("in the cache: %1").arg(from);
    return QStringLiteral("%1 (%2; %3)")
        .arg(r.overviews.size())
        .arg(sizes.join(QStringLiteral(", ")), from);
}

QJsonObject rasterJson(const RasterInfo& r)
{
    QJsonObject o;
    o[QStringLiteral("driver")] = r.driver;
    o[QStringLiteral("render")] = rasterRenderName(r.render);
    if (!r.urlTemplate.isEmpty()) {
        o[QStringLiteral("urlTemplate")] = r.urlTemplate;
        o[QStringLiteral("zoom")] = QJsonArray{r.minZoom, r.maxZoom};
    } else {
        o[QStringLiteral("width")] = r.size.width();
        o[QStringLiteral("height")] = r.size.height();
        o[QStringLiteral("bands")] = QJsonArray::fromStringList(r.bandTypes);
        o[QStringLiteral("pixelSize")] = r.pixelSize;
        QJsonArray overviews;
        for (const QSize& s : r.overviews)
            overviews.append(QJsonArray{s.width(), s.height()});
        o[QStringLiteral("overviews")] = overviews;
        o[QStringLiteral("overviewsFrom")] = r.overviewsFrom;
        o[QStringLiteral("sourceExtent")] = extentJson(r.sourceExtent);
    }
    o[QStringLiteral("sourceCrs")] = r.sourceCrs.id();
    o[QStringLiteral("attribution")] = r.attribution;
    return o;
}

void printRaster(const LoadedLayer& l, const Crs& crs, QTextStream& out)
{
    const RasterInfo& r = l.raster->info();
    if (!r.urlTemplate.isEmpty()) {
        out << "    tile service:    " << r.urlTemplate << ", zoom " << r.minZoom << "–"
            << r.maxZoom << "\n";
    } else {
        out << "    raster:          " << r.driver << ", " << r.size.width() << " × "
            << r.size.height() << " pixels, " << r.bandTypes.size() << " band(s) ("
            << r.bandTypes.join(QStringLiteral(", ")) << ")\n";
        out << "    source CRS:      " << r.sourceCrs.description() << ", pixel "
            << QString::number(r.pixelSize, 'g', 6) << "\n";
        out << "    extent (" << crs.id() << "): " << formatExtent(r.extent) << "\n";
        out << "    overviews:       " << overviewText(r) << "\n";
    }
    out << "    drawn as:        " << rasterRenderName(r.render) << "\n";
    if (!r.attribution.isEmpty())
        out << "    attribution:     " << r.attribution << "\n";
}

QJsonObject layerJson(const LoadedLayer& l)
{
    QJsonObject o;
    o[QStringLiteral("id")] = l.entry.id;
    o[QStringLiteral("title")] = l.entry.displayName();
    o[QStringLiteral("role")] = l.entry.role;
    o[QStringLiteral("source")] = l.entry.source;
    o[QStringLiteral("synthetic")] = l.entry.synthetic;
    o[QStringLiteral("available")] = l.isReadable();
    if (l.raster) {
        o[QStringLiteral("raster")] = rasterJson(l.raster->info());
        return o;
    }
    if (!l.isAvailable()) {
        o[QStringLiteral("problem")] = l.problem;
        return o;
    }
    const Layer& d = *l.data;
    o[QStringLiteral("layer")] = d.name;
    o[QStringLiteral("driver")] = d.driver;
    o[QStringLiteral("features")] = double(d.featureCount());
    o[QStringLiteral("geometryType")] = d.sourceGeometryType;
    o[QStringLiteral("geometryKind")] = geometryKindName(d.kind);
    o[QStringLiteral("sourceCrs")] = d.sourceCrs.isValid() ? d.sourceCrs.id() : QString();
    o[QStringLiteral("extent")] = extentJson(d.extent());
    o[QStringLiteral("encoding")] = d.report.encoding;
    o[QStringLiteral("repaired")] = double(d.report.repaired);
    o[QStringLiteral("unrepairable")] = double(d.report.unrepairable);
    o[QStringLiteral("overRepairBudget")] = double(d.report.overBudget);
    o[QStringLiteral("withoutGeometry")] = double(d.report.withoutGeometry);
    o[QStringLiteral("transformFailed")] = double(d.report.transformFailed);
    o[QStringLiteral("coordinatesUnreadable")] = double(d.report.coordinatesUnreadable);
    o[QStringLiteral("unreadable")] = double(d.report.unreadable);
    o[QStringLiteral("coordinatesNotFinite")] = double(d.report.coordinatesNotFinite);
    QJsonArray fields;
    for (const FieldDef& f : d.attributes.fields())
        fields.append(
            QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), f.sourceType}});
    o[QStringLiteral("fields")] = fields;
    QJsonObject mapping;
    for (auto it = l.mapping.sourceOf.cbegin(); it != l.mapping.sourceOf.cend(); ++it)
        mapping[it.key()] = it.value();
    o[QStringLiteral("mapping")] = mapping;
    o[QStringLiteral("unmappedRequired")] = QJsonArray::fromStringList(l.mapping.unmappedRequired);
    o[QStringLiteral("unmappedOptional")] = QJsonArray::fromStringList(l.mapping.unmappedOptional);
    o[QStringLiteral("notes")] = QJsonArray::fromStringList(d.report.notes + l.warnings);
    return o;
}

void printLayer(int n, const LoadedLayer& l, const Crs& crs, QTextStream& out)
{
    out << "\n[" << n << "] " << l.entry.id << " — " << l.entry.displayName()
        << " (role: " << l.entry.role << (l.entry.synthetic ? ", SYNTHETIC positions" : "")
        << ")\n";
    out << "    source:          " << l.entry.source
        << (l.entry.layerName.isEmpty() ? QString()
                                        : QStringLiteral(" [%1]").arg(l.entry.layerName))
        << "\n";
    if (l.raster)
        return printRaster(l, crs, out);
    if (!l.isAvailable()) {
        out << "    UNAVAILABLE:     " << l.problem << "\n";
        return;
    }
    const Layer& d = *l.data;
    out << "    features:        " << d.featureCount() << "\n";
    out << "    geometry:        " << d.sourceGeometryType << " (" << geometryKindName(d.kind)
        << ")\n";
    out << "    driver:          " << d.driver << ", text " << d.report.encoding << "\n";
    if (d.kind != GeometryKind::None) {
        out << "    source CRS:      " << d.sourceCrs.description() << "\n";
        out << "    extent (" << crs.id() << "): " << formatExtent(d.extent()) << "\n";
        out << "    repaired:        " << d.report.repaired
            << " invalid geometries repaired (GEOS MakeValid)";
        if (d.report.unrepairable)
            out << ", " << d.report.unrepairable << " left as read";
        if (d.report.overBudget)
            out << ", " << d.report.overBudget << " too large or slow to check, left as read";
        out << "\n";
        if (d.report.unreadable)
            out << "    unreadable:      " << d.report.unreadable
                << " features GDAL could not read whole, kept without geometry\n";
        if (d.report.withoutGeometry)
            out << "    no position:     " << d.report.withoutGeometry
                << " features kept without geometry\n";
    }
    out << "    unmapped fields: "
        << (l.mapping.unmappedRequired.isEmpty()
                ? Tr::tr("none required")
                : QStringLiteral("REQUIRED ") +
                      l.mapping.unmappedRequired.join(QStringLiteral(", ")));
    if (!l.mapping.unmappedOptional.isEmpty())
        out << "; optional " << l.mapping.unmappedOptional.join(QStringLiteral(", "));
    out << "\n";
    for (const QString& note : d.report.notes + l.warnings)
        out << "    note:            " << note << "\n";
}

} // namespace

QList<Positional> InfoVerb::positionals() const
{
    return {{QStringLiteral("PROJECT|DATASET"),
             QStringLiteral("a project file (*.worksmap.json), any vector dataset or raster "
                            "(GeoTIFF, MBTiles, GeoPackage tiles) GDAL reads")}};
}

QList<Option> InfoVerb::options() const
{
    return {{QStringLiteral("json"), QString(), QStringLiteral("print JSON instead of text")}};
}

int InfoVerb::run(const Arguments& args, QTextStream& out, QTextStream& err)
{
    const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
    const LoadedProject p = openProjectOrDataset(args.positionals.first(), roles,
                                                 terminalProgress(err, "loading layers"));

    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("name")] = p.project.name;
        o[QStringLiteral("file")] = p.project.filePath;
        o[QStringLiteral("crs")] = p.crs.id();
        o[QStringLiteral("crsReason")] = p.crsReason;
        o[QStringLiteral("extent")] = extentJson(p.extent);
        QJsonArray layers;
        for (const LoadedLayer& l : p.layers)
            layers.append(layerJson(l));
        o[QStringLiteral("layers")] = layers;
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << "Project:     " << p.project.name << "\n";
        out << "File:        " << p.project.filePath << "\n";
        out << "Project CRS: " << p.crs.description() << " (" << p.crsReason << ")\n";
        out << "Extent:      " << formatExtent(p.extent) << "\n";
        out << "Layers:      " << p.layers.size() << " (" << p.unavailableCount()
            << " unavailable)\n";
        int n = 0;
        for (const LoadedLayer& l : p.layers)
            printLayer(++n, l, p.crs, out);
    }
    for (const LoadedLayer& l : p.layers)
        if (!l.isReadable())
            err << "worksmap-cli info: layer \"" << l.entry.id << "\" unavailable: " << l.problem
                << "\n";
    return p.unavailableCount() == 0 ? Ok : BadInput;
}

} // namespace wm::cli
