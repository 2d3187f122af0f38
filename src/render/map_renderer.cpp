#include "render/map_renderer.h"

#include "core/error.h"

#include "core/geos_context.h"
#include "core/layer.h"
#include "render/feature_drawer.h"
#include "render/geometry_path.h"
#include "render/label_engine.h"
#include "render/marker.h"
#include "render/raster_drawer.h"
#include "render/scenario_view.h"

#include <QPainter>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace wm {

namespace {

/// Layers with fewer features in view are drawn on the calling thread.
constexpr std::size_t ParallelThreshold = 20000;
/// Bands per thread: dense parts of a map are not spread evenly down the view.
constexpr int BandsPerThread = 4;
const QColor SelectionColor(255, 200, 0);

/// The image a painter draws on, if the bands can draw on it directly: a raster image in
/// a 32-bit format, painted without a world transform.
/// How far, in pixels, a feature's drawing may reach beyond its envelope: half the
/// largest marker or line width, and a pixel for antialiasing.
double symbolReach(const std::vector<Symbol>& symbols, double scale)
{
    double reach = 0;
    for (const Symbol& s : symbols)
        reach = std::max(
            {reach, s.size * scale / 2 + s.strokeWidth * scale, s.strokeWidth * scale / 2});
    return reach + 2;
}

QImage* bandableTarget(QPainter& painter)
{
    if (!painter.device() || painter.device()->devType() != QInternal::Image ||
        !painter.worldTransform().isIdentity() || painter.hasClipping())
        return nullptr;
    auto* image = static_cast<QImage*>(painter.device());
    const QImage::Format f = image->format();
    return f == QImage::Format_ARGB32_Premultiplied || f == QImage::Format_RGB32 ||
                   f == QImage::Format_ARGB32
               ? image
               : nullptr;
}

/// Draws one layer in horizontal bands of the target image, one band per task on all
/// cores. Each band is a QImage over the target's own rows (no copy, no compositing), so
/// every feature is drawn onto what lies below it exactly as on one thread; a band
/// draws the features whose envelope, grown by the largest symbol, reaches into it, in
/// the layer's order, and the band's edges clip them.
bool drawInBands(QImage& target, const QPainter& painter, const FeatureDrawer& drawer,
                 const Layer& layer, const std::vector<char>& shown, const MapSettings& settings,
                 double reachPixels, RenderStats& stats, const std::atomic<bool>* cancel)
{
    const int bandCount = std::clamp(QThread::idealThreadCount(), 1, 16) * BandsPerThread;
    const int height = target.height();
    const QTransform toWorld = settings.worldToPixel().inverted();
    struct Band {
        int top, bottom;
        RenderStats stats;
        bool complete = false;
    };
    std::vector<Band> bands;
    for (int b = 0; b < bandCount; ++b) {
        const int top = height * b / bandCount, bottom = height * (b + 1) / bandCount;
        if (bottom > top)
            bands.push_back({top, bottom, {}, false});
    }
    const qreal opacity = painter.opacity();
    QtConcurrent::blockingMap(bands, [&](Band& band) {
        QImage rows(target.scanLine(band.top), target.width(), band.bottom - band.top,
                    target.bytesPerLine(), target.format());
        rows.setDevicePixelRatio(target.devicePixelRatio());
        const QRectF pixels(-reachPixels, band.top - reachPixels, target.width() + 2 * reachPixels,
                            band.bottom - band.top + 2 * reachPixels);
        const QRectF world = toWorld.mapRect(pixels);
        std::vector<qsizetype> hits = layer.featuresInOrder(
            Extent::of(world.left(), world.top(), world.right(), world.bottom()));
        if (!shown.empty())
            std::erase_if(hits, [&shown](qsizetype i) { return !shown[std::size_t(i)]; });
        QPainter p(&rows);
        p.setRenderHint(QPainter::Antialiasing);
        p.setOpacity(opacity);
        p.translate(0, -band.top);
        band.complete =
            drawer.draw(p, hits, 0, hits.size(), band.stats, cancel, {band.top, band.bottom});
    });
    // Each feature is counted by the band holding its centre: the counts one thread gives.
    for (const Band& band : bands) {
        stats.featuresDrawn += band.stats.featuresDrawn;
        stats.featuresCulled += band.stats.featuresCulled;
        stats.pointsMerged += band.stats.pointsMerged;
        if (!band.complete) {
            stats.cancelled = true;
            return false;
        }
    }
    return true;
}

} // namespace

SymbolResolver::SymbolResolver(const Style& style, const Layer& layer)
    : mStyle(style), mLayer(layer)
{
    mSymbols.push_back(style.symbol);
    if (style.type == StyleType::Single)
        return;
    mColumn = layer.attributes.indexOf(style.field);
    if (style.type == StyleType::Categorized) {
        for (const Category& c : style.categories) {
            mCategoryIndex.insert(c.value, int(mSymbols.size()));
            mSymbols.push_back(c.symbol);
        }
        // Each distinct value of a text column resolved once; rows then look up codes.
        if (const StringDictionary* d =
                mColumn >= 0 ? layer.attributes.dictionary(mColumn) : nullptr) {
            mCodeSymbol.resize(d->size());
            for (std::uint32_t code = 0; code < d->size(); ++code)
                mCodeSymbol[code] = mCategoryIndex.value(d->text(code), 0);
            mNullSymbol = mCategoryIndex.value(QString(), 0);
            mByCode = true;
        }
    } else {
        for (const GraduatedClass& c : style.classes)
            mSymbols.push_back(c.symbol);
    }
}

int SymbolResolver::symbolIndex(qsizetype row) const
{
    if (mColumn < 0)
        return 0;
    if (mByCode)
        return mLayer.attributes.isNull(row, mColumn)
                   ? mNullSymbol
                   : mCodeSymbol[mLayer.attributes.code(row, mColumn)];
    if (mStyle.type == StyleType::Categorized)
        return mCategoryIndex.value(mLayer.attributes.toString(row, mColumn), 0);
    bool ok = false;
    const double v = mLayer.attributes.toDouble(row, mColumn, &ok);
    if (!ok || mStyle.classes.isEmpty() || v < mStyle.classes.front().lower)
        return 0;
    const auto it = std::lower_bound(mStyle.classes.begin(), mStyle.classes.end(), v,
                                     [](const GraduatedClass& c, double x) { return c.upper < x; });
    return it == mStyle.classes.end() ? 0 : 1 + int(it - mStyle.classes.begin());
}

QString labelText(const QString& textOrTemplate, const Layer& layer, qsizetype row)
{
    if (!textOrTemplate.contains(QLatin1Char('{'))) {
        const int col = layer.attributes.indexOf(textOrTemplate);
        return col < 0 ? QString() : layer.attributes.toString(row, col);
    }
    static const QRegularExpression field(QStringLiteral("\\{([^}]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = field.globalMatch(textOrTemplate); it.hasNext();) {
        const auto m = it.next();
        out += textOrTemplate.mid(last, m.capturedStart() - last);
        // {a|b}: the first of the fields that the layer has and that is not empty, so
        // "{name_current|name}" shows 襄都区 and keeps 邢台县 (abolished: no current name).
        for (const QString& name : m.captured(1).split(QLatin1Char('|'))) {
            const int col = layer.attributes.indexOf(name.trimmed());
            const QString value = col >= 0 ? layer.attributes.toString(row, col) : QString();
            if (!value.isEmpty()) {
                out += value;
                break;
            }
        }
        last = m.capturedEnd();
    }
    return out + textOrTemplate.mid(last);
}

MapRenderer::MapRenderer(MapSettings settings, std::vector<RenderLayer> layers)
    : mSettings(std::move(settings)), mLayers(std::move(layers))
{
}

QImage MapRenderer::renderImage(const QColor& background, const std::atomic<bool>* cancel,
                                RenderStats* stats, const ImageSoFar& soFar) const
{
    QImage image(mSettings.size, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(mSettings.dpi / 0.0254));
    image.setDotsPerMeterY(int(mSettings.dpi / 0.0254));
    image.fill(background);
    QPainter painter(&image);
    const RenderStats s =
        render(painter, cancel, soFar ? LayerDrawn([&] { soFar(image); }) : LayerDrawn());
    if (stats)
        *stats = s;
    return image;
}

RenderStats MapRenderer::render(QPainter& painter, const std::atomic<bool>* cancel,
                                const LayerDrawn& layerDrawn) const
{
    RenderStats stats;
    const Extent visible = mSettings.visibleExtent();
    const QTransform t = mSettings.worldToPixel();
    const double scale = mSettings.symbolScale();
    const double upp = mSettings.mapUnitsPerPixel();
    const double denominator = mSettings.scaleDenominator();
    const QRectF bounds(QPointF(0, 0), QSizeF(mSettings.size));
    GEOSContextHandle_t ctx = geosContext();
    LabelEngine labels;

    // Splitting a layer over threads needs a raster device of known size; PDF and SVG
    // keep one ordered stream of vector commands.
    QImage* bandable = mSettings.vectorOutput ? nullptr : bandableTarget(painter);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const RenderLayer& rl : mLayers) {
        if (rl.raster) {
            painter.setOpacity(rl.opacity);
            const RasterDrawn drawn = drawRaster(painter, *rl.raster, mSettings, cancel);
            stats.rasterTilesMissing += drawn.tilesMissing;
            if (drawn.cancelled) {
                stats.cancelled = true;
                painter.restore();
                return stats;
            }
            if (layerDrawn)
                layerDrawn();
            continue;
        }
        if (!rl.data || rl.data->kind == GeometryKind::None ||
            !rl.style.isVisibleAtScale(denominator))
            continue;
        // A table left in its database: the features of this view, read now.
        std::shared_ptr<const Layer> inView;
        if (rl.view) {
            try {
                inView = rl.view->featuresIn(mSettings.visibleExtent());
            } catch (const Error& e) {
                stats.notes << e.message();
                continue;
            }
        }
        const Layer& layer = inView ? *inView : *rl.data;
        const SymbolResolver resolver(rl.style, layer);
        const std::vector<Symbol>& symbols = resolver.symbols();
        const FeatureDrawer drawer(mSettings, layer, resolver);

        painter.setOpacity(rl.opacity);
        const double reach = symbolReach(symbols, scale);
        // Every feature is drawn, merged into a drawn pixel, or culled (outside the view,
        // smaller than half a pixel, hidden): counting the first two per layer gives the third
        // without asking the index for the whole view when the bands have asked for theirs.
        RenderStats layerStats;
        bool drawn;
        if (bandable && mThreads != 1 && std::size_t(layer.featureCount()) >= ParallelThreshold) {
            drawn = drawInBands(*bandable, painter, drawer, layer, rl.shown, mSettings, reach,
                                layerStats, cancel);
        } else {
            // Features just outside the view whose markers or strokes reach into it, in
            // source order (later features on top, as in GIS).
            const double grow = reach * upp;
            std::vector<qsizetype> drawList =
                layer.featuresInOrder(Extent::of(visible.xMin - grow, visible.yMin - grow,
                                                 visible.xMax + grow, visible.yMax + grow));
            if (!rl.shown.empty())
                std::erase_if(drawList, [&rl](qsizetype i) { return !rl.shown[std::size_t(i)]; });
            drawn = drawer.draw(painter, drawList, 0, drawList.size(), layerStats, cancel);
        }
        stats.featuresDrawn += layerStats.featuresDrawn;
        stats.pointsMerged += layerStats.pointsMerged;
        stats.featuresCulled +=
            layer.featureCount() - layerStats.featuresDrawn - layerStats.pointsMerged;
        if (!drawn) {
            stats.cancelled = true;
            painter.restore();
            return stats;
        }

        const bool labelled =
            rl.style.labels.enabled() &&
            (rl.style.labels.minScale <= 0 || denominator <= rl.style.labels.minScale);
        std::vector<qsizetype> hits;
        if (!rl.proposed.empty() || labelled) {
            hits = layer.featuresInOrder(visible);
            if (!rl.shown.empty())
                std::erase_if(hits, [&rl](qsizetype i) { return !rl.shown[std::size_t(i)]; });
        }

        // Proposals: a dashed ring or a dashed casing, in the planned-works colour.
        if (!rl.proposed.empty()) {
            QPen dashed(proposalColor(), 2.0 * scale, Qt::DashLine);
            painter.setPen(dashed);
            painter.setBrush(Qt::NoBrush);
            for (const qsizetype i : hits) {
                if (!rl.proposed[std::size_t(i)])
                    continue;
                const GeometryView g = layer.view(i);
                for (const QPolygonF& line : layer.kind == GeometryKind::Line
                                                 ? pixelPolylines(g, t, 0.5)
                                                 : std::vector<QPolygonF>{})
                    painter.drawPolyline(line);
                if (layer.kind == GeometryKind::Polygon)
                    painter.drawPath(pixelPolygonPath(g, t, 0.5));
                if (layer.kind == GeometryKind::Point)
                    for (const QPointF& p : pixelPoints(g, t))
                        painter.drawEllipse(p, (symbols[0].size / 2 + 4) * scale,
                                            (symbols[0].size / 2 + 4) * scale);
            }
        }

        // Selected features on top, outlined in a colour no style uses.
        QPen selectionPen(SelectionColor, 2.5 * scale);
        for (const qsizetype i : rl.selection) {
            // A selection made on other rows (a table read by the view) selects nothing.
            if (i < 0 || i >= layer.featureCount())
                continue;
            const GeometryView g = layer.view(i);
            if (g.isNull() || !layer.envelope(i).intersects(visible))
                continue;
            painter.setPen(selectionPen);
            painter.setBrush(layer.kind == GeometryKind::Polygon ? QColor(255, 200, 0, 60)
                                                                 : Qt::transparent);
            if (layer.kind == GeometryKind::Polygon)
                painter.drawPath(pixelPolygonPath(g, t, 0.5));
            for (const QPolygonF& line : layer.kind == GeometryKind::Line
                                             ? pixelPolylines(g, t, 0.5)
                                             : std::vector<QPolygonF>{})
                painter.drawPolyline(line);
            for (const QPointF& p : pixelPoints(g, t))
                painter.drawEllipse(p, (symbols[0].size / 2 + 3) * scale,
                                    (symbols[0].size / 2 + 3) * scale);
        }

        if (labelled) {
            for (const qsizetype i : hits) {
                const QString text = labelText(rl.style.labels.text, layer, i);
                if (text.isEmpty())
                    continue;
                if (layer.kind == GeometryKind::Point) {
                    double x, y;
                    if (layer.point(i, x, y))
                        labels.add(text, t.map(QPointF(x, y)), rl.style.labels,
                                   LabelEngine::Anchor::Point,
                                   symbols[resolver.symbolIndex(i)].size * scale / 2);
                    continue;
                }
                // Too small on screen to carry a label legibly.
                const Extent env = layer.envelope(i);
                const GEOSGeometry* g = layer.geometry(i);
                if (env.width() / upp < 20 && env.height() / upp < 10)
                    continue;
                // A unit reaching beyond the view is labelled inside its visible part, as
                // planners expect when zoomed in on a border.
                GeomPtr clipped;
                if (env.xMin < visible.xMin || env.xMax > visible.xMax || env.yMin < visible.yMin ||
                    env.yMax > visible.yMax) {
                    clipped.reset(GEOSClipByRect_r(ctx, g, visible.xMin, visible.yMin, visible.xMax,
                                                   visible.yMax));
                    if (!clipped || GEOSisEmpty_r(ctx, clipped.get()))
                        continue;
                    g = clipped.get();
                }
                GeomPtr anchor(layer.kind == GeometryKind::Polygon
                                   ? GEOSPointOnSurface_r(ctx, g)
                                   : GEOSInterpolateNormalized_r(ctx, g, 0.5));
                double x, y;
                if (anchor && GEOSGeomGetX_r(ctx, anchor.get(), &x) == 1 &&
                    GEOSGeomGetY_r(ctx, anchor.get(), &y) == 1)
                    labels.add(text, t.map(QPointF(x, y)), rl.style.labels,
                               LabelEngine::Anchor::Centre);
            }
        }
        if (layerDrawn)
            layerDrawn();
    }
    painter.setOpacity(1.0);
    stats.labelsDrawn = labels.placeAndDraw(painter, bounds, scale);
    painter.restore();
    return stats;
}

} // namespace wm
