#include "io/project_loader.h"

#include "io/offset_note.h"

#include "core/coordinate_transform.h"
#include "core/error.h"
#include "io/raster_layer.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <QCoreApplication>
#include <atomic>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ProjectLoader)
};
} // namespace

namespace wm {

Crs ProjectLoader::chooseCrs(const QVector<QPair<Extent, Crs>>& extents, QString* reason)
{
    Extent geographic;
    const Crs cgcs = Crs::cgcs2000();
    for (const auto& [extent, crs] : extents) {
        if (extent.isNull() || !crs.isValid())
            continue;
        try {
            geographic.include(CoordinateTransform(crs, cgcs).transformExtent(extent));
        } catch (const Error&) {
            continue; // a CRS PROJ cannot relate to CGCS2000 does not vote
        }
    }
    const double lon = geographic.isNull() ? 114.0 : geographic.centerX();
    const Crs chosen = Crs::gaussKruger3For(lon);
    if (reason)
        *reason =
            geographic.isNull()
                ? Tr::tr("auto: no layer extent known, default zone")
                : Tr::tr("auto: CGCS2000 3° zone nearest the data centre %1°E").arg(lon, 0, 'f', 2);
    return chosen;
}

LoadedLayer ProjectLoader::loadLayer(const Project& project, const LayerEntry& entry,
                                     const Crs& crs) const
{
    LoadedLayer out;
    out.entry = entry;
    const QString path = project.absoluteSource(entry);
    if (!entry.isServiceSource() && !QFileInfo::exists(path)) {
        out.problem = Tr::tr("file not found: %1").arg(path);
        return out;
    }
    if (entry.isRaster()) {
        try {
            out.raster = openRasterLayer(path, entry, crs);
        } catch (const Error& e) {
            out.problem = e.message();
        }
        return out;
    }
    const LayerRole* role = mRoles.role(entry.role);
    ReadOptions options;
    options.layerName = entry.layerName;
    options.targetCrs = crs;
    options.encoding = entry.encoding;
    if (const auto offset = chinaOffsetFromName(entry.sourceCrs))
        options.chinaOffset = *offset;
    else
        options.sourceCrs = Crs::fromDefinition(entry.sourceCrs);
    options.coordinateAliases = &mRoles.coordinateAliases();
    try {
        auto layer = std::make_shared<Layer>(VectorReader::read(path, options));
        QStringList columns;
        for (const FieldDef& f : layer->attributes.fields())
            columns << f.name;
        out.mapping = FieldMapping::map(*role, columns);
        if (!role->acceptsGeometry(layer->kind))
            out.warnings << Tr::tr("role %1 takes %2 geometry, the source has %3")
                                .arg(role->id, geometryKindName(role->geometries.first()),
                                     geometryKindName(layer->kind));
        out.data = std::move(layer);
    } catch (const Error& e) {
        out.problem = e.message();
    }
    return out;
}

LoadedProject ProjectLoader::load(const Project& project, const ProgressCallback& progress) const
{
    for (const LayerEntry& e : project.layers)
        if (!mRoles.role(e.role) && !e.isRaster())
            throw Error(project.filePath,
                        Tr::tr("layer \"%1\": unknown role \"%2\" (known: %3)")
                            .arg(e.id, e.role,
                                 (mRoles.roleIds() << QLatin1String(LayerEntry::RasterRole))
                                     .join(QStringLiteral(", "))));

    LoadedProject loaded;
    loaded.project = project;
    loaded.crs = project.crs;
    if (project.crs.isValid()) {
        loaded.crsReason = Tr::tr("set in the project");
    } else {
        QVector<QPair<Extent, Crs>> extents;
        for (const LayerEntry& e : project.layers) {
            if (e.isRaster()) {
                extents << rasterFootprint(project.absoluteSource(e), e);
                continue;
            }
            ReadOptions o;
            o.layerName = e.layerName;
            o.coordinateAliases = &mRoles.coordinateAliases();
            try {
                const SourceProbe p = VectorReader::probe(project.absoluteSource(e), o);
                extents << qMakePair(p.extent, p.crs);
            } catch (const Error&) {
                // reported when the layer itself is loaded
            }
        }
        loaded.crs = chooseCrs(extents, &loaded.crsReason);
    }

    std::atomic<int> done = 0;
    std::atomic<bool> cancelled = false;
    const int total = int(project.layers.size());
    const Crs crs = loaded.crs;
    loaded.layers = QtConcurrent::blockingMapped<QVector<LoadedLayer>>(
        project.layers, [&](const LayerEntry& entry) {
            if (cancelled)
                return LoadedLayer{entry, nullptr, Tr::tr("loading cancelled"), {}, {}, {}};
            LoadedLayer l = loadLayer(project, entry, crs);
            if (progress && !progress(++done, total))
                cancelled = true;
            return l;
        });
    if (cancelled)
        throw Cancelled(project.filePath);

    // A boundary from a web map declared as WGS84 is hundreds of metres off: say so.
    for (LoadedLayer& l : loaded.layers)
        if (const auto note = offsetNote(l, loaded))
            l.warnings << note->text;

    loaded.extent = project.extent;
    if (loaded.extent.isNull()) {
        for (const LoadedLayer& l : loaded.layers) {
            if (l.data)
                loaded.extent.include(l.data->extent());
            else if (l.raster)
                loaded.extent.include(l.raster->info().extent); // null for a tile service
        }
    }
    return loaded;
}

Project ProjectLoader::projectForDataset(const QString& path) const
{
    Project project;
    project.filePath =
        QFileInfo(path).absoluteDir().filePath(QStringLiteral("(dataset).worksmap.json"));
    project.name = QFileInfo(path).fileName();
    // Rasters first: they are drawn under the features of the same file.
    const QStringList rasters = rasterTablesIn(path);
    for (const QString& table : rasters) {
        LayerEntry e;
        e.id = table.isEmpty() ? QFileInfo(path).completeBaseName() : table;
        e.source = QFileInfo(path).fileName();
        e.layerName = table;
        e.role = QLatin1String(LayerEntry::RasterRole);
        project.layers << e;
    }
    ReadOptions options;
    options.coordinateAliases = &mRoles.coordinateAliases();
    SourceProbe first;
    try {
        first = VectorReader::probe(path, options);
    } catch (const Error&) {
        if (!rasters.isEmpty())
            return project; // a raster file (or a GeoPackage of tiles only)
        throw;
    }
    for (const QString& name : first.layerNames) {
        options.layerName = name;
        const SourceProbe p = name == first.layerName ? first : VectorReader::probe(path, options);
        const auto guesses = mRoles.guess(p.kind, p.fieldNames);
        if (guesses.isEmpty()) {
            const bool isTable = p.kind == GeometryKind::None;
            throw Error(
                path, isTable ? QStringLiteral("layer \"%1\" has no geometry and no coordinate "
                                               "columns (looked for lon/lat, 经度/纬度, WKT), and "
                                               "its columns fit no list or table role")
                                    .arg(name)
                              : Tr::tr("layer \"%1\" (%2) fits no layer role (%3)")
                                    .arg(name, geometryKindName(p.kind),
                                         mRoles.roleIds().join(QStringLiteral(", "))));
        }
        LayerEntry e;
        e.id = name;
        e.source = QFileInfo(path).fileName();
        e.layerName = first.layerNames.size() > 1 ? name : QString();
        e.role = guesses.first().role->id;
        project.layers << e;
    }
    return project;
}

} // namespace wm
