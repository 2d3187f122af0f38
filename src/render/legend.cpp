#include "render/legend.h"

#include "render/marker.h"

#include <QPainter>

#include <algorithm>

namespace wm {

std::vector<LegendItem> legendItems(const Style& style)
{
    std::vector<LegendItem> items;
    switch (style.type) {
    case StyleType::Single:
        items.push_back({QString(), style.symbol});
        break;
    case StyleType::Categorized:
        for (const Category& c : style.categories)
            items.push_back({c.label.isEmpty() ? c.value : c.label, c.symbol});
        break;
    case StyleType::Graduated:
        for (const GraduatedClass& c : style.classes)
            items.push_back({c.label.isEmpty() ? classLabel(c.lower, c.upper) : c.label, c.symbol});
        break;
    }
    return items;
}

void drawLegendSymbol(QPainter& painter, const QRectF& box, const Symbol& symbol, GeometryKind kind,
                      double scale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(symbol.stroke, std::max(0.5, symbol.strokeWidth * scale), symbol.dash, Qt::RoundCap);
    if (symbol.strokeWidth <= 0 || symbol.stroke.alpha() == 0)
        pen = Qt::NoPen;
    switch (kind) {
    case GeometryKind::Polygon:
        painter.setPen(pen);
        painter.setBrush(symbol.fill);
        painter.drawRect(box.adjusted(1, 1, -1, -1));
        break;
    case GeometryKind::Line:
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left() + 1, box.center().y()),
                         QPointF(box.right() - 1, box.center().y()));
        break;
    default: {
        // Markers larger than the box are shrunk to fit; the shape and colours still read.
        Symbol fitted = symbol;
        const double limit = std::min(box.width(), box.height()) - 2;
        if (fitted.size * scale > limit)
            fitted.size = limit / scale;
        drawMarker(painter, fitted, box.center(), scale);
        break;
    }
    }
    painter.restore();
}

} // namespace wm
