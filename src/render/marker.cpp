#include "render/marker.h"

#include "core/resource_paths.h"

#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

#include <cmath>

namespace wm {

namespace {
QPainterPath shapePath(MarkerShape shape, double r)
{
    QPainterPath path;
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case MarkerShape::Square:
        path.addRect(-r, -r, 2 * r, 2 * r);
        break;
    case MarkerShape::Triangle:
        path.moveTo(0, -r);
        path.lineTo(r * 0.866, r * 0.5);
        path.lineTo(-r * 0.866, r * 0.5);
        path.closeSubpath();
        break;
    case MarkerShape::Diamond:
        path.moveTo(0, -r);
        path.lineTo(r, 0);
        path.lineTo(0, r);
        path.lineTo(-r, 0);
        path.closeSubpath();
        break;
    case MarkerShape::Star:
        for (int i = 0; i < 10; ++i) {
            const double a = -M_PI / 2 + i * M_PI / 5;
            const double rr = i % 2 ? r * 0.45 : r;
            const QPointF p(rr * std::cos(a), rr * std::sin(a));
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        path.closeSubpath();
        break;
    case MarkerShape::Cross:
        path.addRect(-r, -r * 0.3, 2 * r, r * 0.6);
        path.addRect(-r * 0.3, -r, r * 0.6, 2 * r);
        path.setFillRule(Qt::WindingFill);
        break;
    }
    return path;
}
} // namespace

void drawMarker(QPainter& painter, const Symbol& symbol, const QPointF& center, double scale)
{
    const double r = symbol.size * scale / 2;
    if (!symbol.icon.isEmpty()) {
        QSvgRenderer svg(stylesDir() + QStringLiteral("/icons/") + symbol.icon);
        if (svg.isValid()) {
            svg.render(&painter, QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r));
            return;
        }
    }
    painter.save();
    painter.translate(center);
    QPen pen(symbol.stroke, symbol.strokeWidth * scale);
    pen.setStyle(symbol.strokeWidth > 0 ? Qt::SolidLine : Qt::NoPen);
    painter.setPen(pen);
    painter.setBrush(symbol.fill);
    painter.drawPath(shapePath(symbol.shape, r));
    painter.restore();
}

QImage markerImage(const Symbol& symbol, double scale)
{
    const int side = int(std::ceil(symbol.size * scale + 2 * symbol.strokeWidth * scale + 2));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawMarker(p, symbol, QPointF(side / 2.0, side / 2.0), scale);
    return image;
}

} // namespace wm
