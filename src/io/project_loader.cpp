#include "io/project_loader.h"

#include "io/extent_reader.h"

#include "io/gdal_support.h"
#include "io/offset_note.h"

#include "core/coordinate_transform.h"
#include "core/error.h"
#include "io/raster_layer.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <atomic>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ProjectLoader)
};
} // namespace

namespace wm {

namespace {

/// Features of the other layers lying outside the boundary layers' extent (grown by a
/// tenth each side): a village at (0,0) from a blank cell is listed, not silently drawn
/// thousands of kilometres away. Nothing is flagged without a boundary layer.
void flagFeaturesOutsideTheArea(LoadedProject& loaded)
{
    Extent area;
    for (const LoadedLayer& l : loaded.layers)
        if (l.entry.role == QLatin1String("boundary") && l.data)
            area.include(l.data->extent());
    if (area.isNull())
        return;
    const double dx = area.width() / 10, dy = area.height() / 10;
    area = Extent::of(area.xMin - dx, area.yMin - dy, area.xMax + dx, area.yMax + dy);
    constexpr int Listed = 10;
    for (LoadedLayer& l : loaded.layers) {
        if (l.entry.role == QLatin1String("boundary") || !l.data)
            continue;
        QStringList fids;
        qint64 outside = 0;
        for (qsizetype i = 0; i < l.data->featureCount(); ++i)
            if (l.data->geometry(i) && !l.data->envelope(i).intersects(area))
                if (++outside <= Listed)
                    fids << QString::number(l.data->fid(i));
        if (outside > 0)
            l.warnings << Tr::tr("%1 features outside the project area (the boundary layers): "
                                 "fid %2%3")
                              .arg(outside)
                              .arg(fids.join(QStringLiteral(", ")),
                                   outside > Listed ? QStringLiteral(", …") : QString());
    }
}

} // namespace

Crs ProjectLoader::chooseCrs(const QVector<CrsVote>& votes, QString* reason)
{
    const Crs cgcs = Crs::cgcs2000();
    Extent boundaries;
    std::vector<double> lons;
    for (const CrsVote& v : votes) {
        if (!v.crs.isValid())
            continue;
        try {
            const CoordinateTransform toCgcs(v.crs, cgcs);
            if (!v.boundaryExtent.isNull())
                boundaries.include(toCgcs.transformExtent(v.boundaryExtent));
            if (v.centre) {
                double x = v.centre->x(), y = v.centre->y();
                if (toCgcs.transform(x, y) && std::isfinite(x) && std::abs(x) <= 180)
                    lons.push_back(x);
            }
        } catch (const Error&) {
            continue; // a CRS PROJ cannot relate to CGCS2000 does not vote
        }
    }
    if (!boundaries.isNull() && std::isfinite(boundaries.centerX()) &&
        std::abs(boundaries.centerX()) <= 180) {
        const double lon = boundaries.centerX();
        if (reason)
            *reason = Tr::tr("auto: CGCS2000 3° zone nearest the centre of the boundary layers "
                             "%1°E")
                          .arg(lon, 0, 'f', 2);
        return Crs::gaussKruger3For(lon);
    }
    if (!lons.empty()) {
        std::nth_element(lons.begin(), lons.begin() + lons.size() / 2, lons.end());
        const double lon = lons[lons.size() / 2];
        if (reason)
            *reason = Tr::tr("auto: CGCS2000 3° zone nearest the median centre of the features "
                             "%1°E")
                          .arg(lon, 0, 'f', 2);
        return Crs::gaussKruger3For(lon);
    }
    if (reason)
        *reason = Tr::tr("auto: no layer extent known, default zone");
    return Crs::gaussKruger3For(114.0);
}

LoadedLayer ProjectLoader::loadLayer(const Project& project, const LayerEntry& entry,
                                     const Crs& crs, const QString& where) const
{
    LoadedLayer out;
    out.entry = entry;
    const QString path = project.absoluteSource(entry);
    if (const QString refused = project.sourceProblem(entry); !refused.isEmpty()) {
        out.problem = refused;
        return out;
    }
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
    options.where = where;
    try {
        auto layer = entry.isPostgis() && mLeaveAbove >= 0 && where.isEmpty() &&
                             options.chinaOffset == ChinaOffset::None &&
                             leftInDatabase(path, options, crs, out)
                         ? std::const_pointer_cast<Layer>(out.data)
                         : std::make_shared<Layer>(VectorReader::read(path, options));
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

void ProjectLoader::readLayersLeftInDatabase(LoadedProject& project) const
{
    for (LoadedLayer& l : project.layers) {
        if (!l.isRemote())
            continue;
        LoadedLayer read = loadLayer(project.project, l.entry, project.crs);
        if (!read.data)
            throw Error(l.remote->source, read.problem);
        l = std::move(read);
    }
}

bool ProjectLoader::leftInDatabase(const QString& path, const ReadOptions& options, const Crs& crs,
                                   LoadedLayer& out) const
{
    const SourceProbe p = VectorReader::probe(path, options);
    // SQL measures in the table's own CRS must be the project's metres; a table in
    // another CRS, or without a geometry column, is read and transformed as a file is.
    if (p.featureCount <= mLeaveAbove || p.kind == GeometryKind::None || !(p.crs == crs) ||
        p.geometryColumn.isEmpty() || p.fidColumn.isEmpty())
        return false;
    auto table = std::make_shared<RemoteTable>();
    table->source = path;
    table->table = p.layerName;
    table->fidColumn = p.fidColumn;
    table->geometryColumn = p.geometryColumn;
    table->rows = p.featureCount;
    table->extent = p.extent;
    table->view = std::make_shared<ExtentReader>(path, options);
    // The fields and their types, without a row.
    ReadOptions none = options;
    none.where = QStringLiteral("false");
    auto shell = std::make_shared<Layer>(VectorReader::read(path, none));
    shell->kind = p.kind;
    shell->report.note(Tr::tr("%1 features left in the database (more than %2): measured there")
                           .arg(p.featureCount)
                           .arg(mLeaveAbove));
    out.remote = std::move(table);
    out.data = std::move(shell);
    return true;
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
        // Boundary layers first (their extent is the project area); only without one are
        // the other layers scanned for their median centres.
        QVector<CrsVote> votes;
        for (const bool boundaries : {true, false}) {
            for (const LayerEntry& e : project.layers) {
                if ((e.role == QLatin1String("boundary")) != boundaries ||
                    !project.sourceProblem(e).isEmpty())
                    continue;
                ReadOptions o;
                o.layerName = e.layerName;
                o.coordinateAliases = &mRoles.coordinateAliases();
                const QString path = project.absoluteSource(e);
                try {
                    CrsVote v;
                    if (e.isRaster()) {
                        // A raster votes with the centre of its footprint.
                        const QPair<Extent, Crs> footprint = rasterFootprint(path, e);
                        if (footprint.first.isNull())
                            continue;
                        v.crs = footprint.second;
                        v.centre = QPointF((footprint.first.xMin + footprint.first.xMax) / 2,
                                           (footprint.first.yMin + footprint.first.yMax) / 2);
                    } else if (boundaries) {
                        const SourceProbe p = VectorReader::probe(path, o);
                        v.crs = p.crs;
                        v.boundaryExtent = p.extent;
                    } else {
                        v.crs = VectorReader::probe(path, o).crs;
                        v.centre = VectorReader::medianCentre(path, o);
                    }
                    votes << v;
                } catch (const Error&) {
                    // reported when the layer itself is loaded
                }
            }
            if (std::any_of(votes.begin(), votes.end(),
                            [](const CrsVote& v) { return !v.boundaryExtent.isNull(); }))
                break;
        }
        loaded.crs = chooseCrs(votes, &loaded.crsReason);
    }

    std::atomic<int> done = 0;
    std::atomic<bool> cancelled = false;
    const int total = int(project.layers.size());
    const Crs crs = loaded.crs;
    loaded.layers = QtConcurrent::blockingMapped<QVector<LoadedLayer>>(
        project.layers, [&](const LayerEntry& entry) {
            if (cancelled)
                return LoadedLayer{entry, nullptr, Tr::tr("loading cancelled"), {}, {}, {}, {}};
            LoadedLayer l = loadLayer(project, entry, crs);
            if (progress && !progress(++done, total))
                cancelled = true;
            return l;
        });
    if (cancelled)
        throw Cancelled(project.filePath);

    flagFeaturesOutsideTheArea(loaded);

    // A boundary from a web map declared as WGS84 is hundreds of metres off: say so.
    for (LoadedLayer& l : loaded.layers)
        if (const auto note = offsetNote(l, loaded))
            l.warnings << note->text;

    loaded.extent = project.extent;
    if (loaded.extent.isNull()) {
        for (const LoadedLayer& l : loaded.layers) {
            if (l.remote)
                loaded.extent.include(l.remote->extent);
            else if (l.data)
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
    // The user named this file: read it wherever a link in its folder points.
    project.allowExternalSources = true;
    // Before any driver opens it: a FIFO would block the raster probe forever.
    gdal::refuseSpecialFile(path);
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
