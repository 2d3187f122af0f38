#include "render/page_content.h"

#include "core/error.h"
#include "core/layer.h"
#include "core/loaded_project.h"
#include "render/project_styles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace wm {

namespace {
bool isTable(const LoadedLayer& l)
{
    return !l.data || l.data->kind == GeometryKind::None;
}

/// "tile.openstreetmap.org" for a tile service, the file name for a file.
QString sourceName(const LayerEntry& entry)
{
    if (entry.source.startsWith(QLatin1String("xyz:")))
        return QUrl(entry.source.mid(4)).host();
    return QFileInfo(entry.source).fileName();
}

QString notesFor(const LoadedProject& project)
{
    QStringList sources, synthetic, credits;
    for (const LoadedLayer& l : project.layers) {
        if (!l.entry.visible || !l.isReadable() || (!l.isRaster() && isTable(l)))
            continue;
        const QString file = sourceName(l.entry);
        if (!file.isEmpty() && !sources.contains(file))
            sources << file;
        if (l.entry.synthetic)
            synthetic << l.entry.displayName();
        // A basemap's licence asks for its credit wherever the map is shown.
        if (l.raster && !l.raster->info().attribution.isEmpty() &&
            !credits.contains(l.raster->info().attribution))
            credits << l.raster->info().attribution;
    }
    QStringList notes;
    notes << QStringLiteral("数据来源 Data: %1").arg(sources.join(QStringLiteral(", ")));
    if (!credits.isEmpty())
        notes << QStringLiteral("底图 Basemap: %1").arg(credits.join(QStringLiteral(", ")));
    notes << QStringLiteral("坐标系 CRS: %1").arg(project.crs.name());
    if (!synthetic.isEmpty())
        notes << QStringLiteral("模拟数据 SYNTHETIC positions: %1")
                     .arg(synthetic.join(QStringLiteral(", ")));
    return notes.join(QStringLiteral("; "));
}
} // namespace

PageContent projectPageContent(const LoadedProject& project, const QVector<Style>& styles,
                               const PageTemplate& page, const QString& title,
                               const QString& subtitle, const Extent& extent,
                               const ScenarioView& view)
{
    PageContent c;
    c.title = title;
    c.subtitle = subtitle;
    c.notes = notesFor(project);
    if (const QString note = view.note(); !note.isEmpty())
        c.notes += QStringLiteral("; ") + note;
    c.layers = scenarioRenderLayers(project, styles, view);
    c.extent = extent.isNull() ? project.extent : extent;
    // The legend lists what the map shows, top layer first, as the legend dock does:
    // proposals (drawn on top of their layers) first.
    if (drawsProposals(c.layers)) {
        LegendItem proposal = proposalLegendItem(view.name);
        LegendBlock b;
        b.title = proposal.label;
        b.kind = GeometryKind::Point;
        proposal.label.clear(); // a single symbol: the block's title stands for it
        b.items = {proposal};
        c.legend.push_back(std::move(b));
    }
    for (int i = int(project.layers.size()) - 1; i >= 0; --i) {
        const LoadedLayer& l = project.layers[i];
        if (!l.entry.visible || !l.isAvailable() || isTable(l) || i >= styles.size() ||
            page.legendExclude.contains(l.entry.id))
            continue;
        const auto drawn = std::find_if(c.layers.begin(), c.layers.end(),
                                        [&l](const RenderLayer& r) { return r.id == l.entry.id; });
        LegendBlock b;
        b.title = l.entry.displayName();
        b.kind = l.data->kind;
        b.items = legendItems(styles[i], *l.data,
                              drawn == c.layers.end() ? std::vector<char>() : drawn->shown);
        c.legend.push_back(std::move(b));
    }
    for (const RenderLayer& r : c.layers) {
        const LoadedLayer* l = project.layer(r.id);
        if (l && l->entry.role == QLatin1String("boundary")) {
            RenderLayer overview = r;
            overview.style.labels.text.clear(); // too small to read on an inset
            c.overviewLayers.push_back(std::move(overview));
            c.overviewExtent.include(l->data->extent());
        }
    }
    return c;
}

QString atlasFileStem(const QString& code, const QString& name)
{
    QString stem = (code.isEmpty() ? QString() : code + QLatin1Char('_')) + name;
    stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    return stem.isEmpty() ? QStringLiteral("unit") : stem;
}

std::vector<AtlasPage> atlasPages(const LoadedProject& project, const QVector<Style>& styles,
                                  const PageTemplate& page, const AtlasOptions& options)
{
    const LoadedLayer* boundary = project.layer(options.boundaryLayer);
    if (!boundary || !boundary->isAvailable())
        throw Error(
            project.project.filePath,
            QStringLiteral("no available layer \"%1\" for the atlas").arg(options.boundaryLayer));
    if (boundary->entry.role != QLatin1String("boundary") ||
        boundary->data->kind != GeometryKind::Polygon)
        throw Error(project.project.filePath,
                    QStringLiteral("the atlas needs a boundary layer of polygons; \"%1\" is %2")
                        .arg(options.boundaryLayer, boundary->entry.role));
    const Layer& units = *boundary->data;
    const int nameCol =
        units.attributes.indexOf(boundary->mapping.sourceOf.value(QStringLiteral("name")));
    const int currentCol =
        units.attributes.indexOf(boundary->mapping.sourceOf.value(QStringLiteral("name_current")));
    const int codeCol =
        units.attributes.indexOf(boundary->mapping.sourceOf.value(QStringLiteral("code")));
    if (nameCol < 0)
        throw Error(boundary->entry.source,
                    QStringLiteral("layer \"%1\" has no name column").arg(options.boundaryLayer));

    const PageContent base = projectPageContent(project, styles, page, QString(), options.subtitle,
                                                project.extent, options.view);
    GEOSContextHandle_t ctx = geosContext();
    std::vector<AtlasPage> pages;
    for (qsizetype i = 0; i < units.featureCount(); ++i) {
        const GEOSGeometry* polygon = units.geometry(i);
        if (!polygon)
            continue;
        QString name =
            currentCol >= 0 ? units.attributes.toString(i, currentCol).trimmed() : QString();
        if (name.isEmpty())
            name = units.attributes.toString(i, nameCol).trimmed();
        const QString code =
            codeCol >= 0 ? units.attributes.toString(i, codeCol).trimmed() : QString();
        PageContent c = base;
        // Replaced, not arg(): a pattern may use %1 alone, or %2 before %1.
        c.title = QString(options.titlePattern)
                      .replace(QLatin1String("%1"), name)
                      .replace(QLatin1String("%2"), code);
        c.extent = units.envelope(i).buffered(options.margin);
        // The other units fade under a white veil; the unit itself is outlined.
        const Extent world = project.extent.isNull() ? c.extent : project.extent.buffered(1.0);
        Extent veilExtent = world;
        veilExtent.include(c.extent.buffered(2.0));
        auto veil = std::make_shared<Layer>();
        veil->kind = GeometryKind::Polygon;
        const GeomPtr box(GEOSGeom_createRectangle_r(ctx, veilExtent.xMin, veilExtent.yMin,
                                                     veilExtent.xMax, veilExtent.yMax));
        veil->addFeature(0, GeomPtr(GEOSDifference_r(ctx, box.get(), polygon)));
        veil->addFeature(1, GeomPtr(GEOSGeom_clone_r(ctx, polygon)));
        veil->attributes.setFields({{QStringLiteral("part"), FieldType::String, QString()}});
        veil->attributes.appendRow();
        veil->attributes.setString(0, 0, QStringLiteral("outside"));
        veil->attributes.appendRow();
        veil->attributes.setString(1, 0, QStringLiteral("unit"));
        veil->buildIndex();
        RenderLayer mask;
        mask.id = QStringLiteral("atlas_mask");
        mask.data = veil;
        mask.style.type = StyleType::Categorized;
        mask.style.field = QStringLiteral("part");
        Symbol outside;
        outside.fill = QColor(255, 255, 255, 175);
        outside.stroke = Qt::transparent;
        outside.strokeWidth = 0;
        Symbol outline;
        outline.fill = Qt::transparent;
        outline.stroke = QColor(200, 30, 30);
        outline.strokeWidth = 2.2;
        mask.style.categories = {{QStringLiteral("outside"), QString(), outside},
                                 {QStringLiteral("unit"), QString(), outline}};
        c.layers.push_back(mask);
        c.table = options.indicators.value(code);
        c.tableTitle = options.indicatorsTitle;
        pages.push_back({code, name, PageLayout(page, std::move(c))});
    }
    return pages;
}

} // namespace wm
