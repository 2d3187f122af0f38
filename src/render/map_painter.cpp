#include "render/map_painter.h"

#include "core/geos_context.h"
#include "io/project_loader.h"
#include "render/geometry_path.h"

#include <QPainter>

#include <algorithm>

namespace wm {

namespace {

struct Symbol {
    QColor fill;
    QColor stroke;
    double strokeWidth = 1.0;
    double markerSize = 6.0;
};

/// Colours per role; planners expect boundaries pale, works strong.
Symbol symbolFor(const QString& role)
{
    if (role == QLatin1String("boundary"))
        return {QColor(245, 240, 225), QColor(90, 90, 90), 1.2, 0};
    if (role == QLatin1String("village"))
        return {QColor(120, 120, 120), QColor(80, 80, 80), 0.5, 2.5};
    if (role == QLatin1String("parking"))
        return {QColor(30, 110, 220), QColor(255, 255, 255), 1.0, 8};
    if (role == QLatin1String("pipe"))
        return {Qt::transparent, QColor(0, 150, 160), 2.0, 0};
    if (role == QLatin1String("facility"))
        return {QColor(215, 50, 60), QColor(255, 255, 255), 0.4, 4};
    return {QColor(160, 160, 200), QColor(60, 60, 120), 1.0, 5};
}

} // namespace

Extent MapPainter::fittedExtent(const Extent& extent, const QSizeF& size)
{
    if (extent.isNull() || size.isEmpty())
        return extent;
    const double upp = std::max(extent.width() / size.width(), extent.height() / size.height());
    const double halfW = upp * size.width() / 2, halfH = upp * size.height() / 2;
    return {extent.centerX() - halfW, extent.centerY() - halfH, extent.centerX() + halfW,
            extent.centerY() + halfH};
}

QTransform MapPainter::worldToPixel(const Extent& extent, const QSizeF& size)
{
    const Extent e = fittedExtent(extent, size);
    if (e.isNull() || e.width() <= 0)
        return QTransform();
    const double scale = size.width() / e.width();
    return QTransform(scale, 0, 0, -scale, -e.xMin * scale, e.yMax * scale);
}

void MapPainter::paint(QPainter& painter, const LoadedProject& project, const Extent& extent,
                       const QSizeF& size) const
{
    const Extent visible = fittedExtent(extent, size);
    const QTransform t = worldToPixel(extent, size);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const LoadedLayer& layer : project.layers)
        if (layer.entry.visible && layer.isAvailable())
            paintLayer(painter, layer, visible, t);
    for (const LoadedLayer& layer : project.layers)
        if (layer.entry.visible && layer.isAvailable() &&
            layer.entry.role == QLatin1String("boundary"))
            paintLabels(painter, layer, visible, t);
}

void MapPainter::paintLayer(QPainter& painter, const LoadedLayer& layer, const Extent& visible,
                            const QTransform& t) const
{
    const Layer& data = *layer.data;
    const Symbol s = symbolFor(layer.entry.role);
    painter.save();
    painter.setOpacity(layer.entry.opacity);
    QPen pen(s.stroke, s.strokeWidth);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(s.fill);
    for (const qsizetype i : data.featuresIn(visible)) {
        const GEOSGeometry* g = data.geometry(i);
        switch (data.kind) {
        case GeometryKind::Polygon:
            painter.drawPath(pixelPolygonPath(g, t));
            break;
        case GeometryKind::Line:
            for (const QPolygonF& line : pixelPolylines(g, t))
                painter.drawPolyline(line);
            break;
        default:
            for (const QPointF& p : pixelPoints(g, t))
                painter.drawEllipse(p, s.markerSize / 2, s.markerSize / 2);
            for (const QPolygonF& line : pixelPolylines(g, t))
                painter.drawPolyline(line);
            break;
        }
    }
    painter.restore();
}

void MapPainter::paintLabels(QPainter& painter, const LoadedLayer& layer, const Extent& visible,
                             const QTransform& t) const
{
    const Layer& data = *layer.data;
    const QString nameField = layer.mapping.sourceOf.value(QStringLiteral("name"));
    const int col = data.attributes.indexOf(nameField);
    if (col < 0)
        return;
    GEOSContextHandle_t ctx = geosContext();
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(13);
    painter.setFont(font);
    for (const qsizetype i : data.featuresIn(visible)) {
        GeomPtr anchor(GEOSPointOnSurface_r(ctx, data.geometry(i)));
        double x, y;
        if (!anchor || GEOSGeomGetX_r(ctx, anchor.get(), &x) != 1 ||
            GEOSGeomGetY_r(ctx, anchor.get(), &y) != 1)
            continue;
        const QPointF p = t.map(QPointF(x, y));
        const QString text = data.attributes.toString(i, col);
        QPainterPath path;
        const QRectF box = painter.fontMetrics().boundingRect(text);
        path.addText(p - QPointF(box.width() / 2, -box.height() / 4), font, text);
        painter.setPen(QPen(Qt::white, 3));
        painter.drawPath(path);
        painter.fillPath(path, QColor(40, 40, 40));
    }
    painter.restore();
}

} // namespace wm
