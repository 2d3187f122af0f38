#include "render/legend.h"

#include "core/layer.h"
#include "render/map_renderer.h"
#include "render/marker.h"
#include "render/scenario_view.h"

#include <QCoreApplication>
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

std::vector<LegendItem> legendItems(const Style& style, const Layer& layer,
                                    const std::vector<char>& shown)
{
    const std::vector<LegendItem> all = legendItems(style);
    if (style.type == StyleType::Single)
        return all;
    // The classes the map shows: a road style lists thirty classes, a county's roads use
    // five; several values drawn alike (高速 and motorway) are one entry.
    const SymbolResolver resolver(style, layer);
    std::vector<char> used(all.size() + 1, 0);
    for (qsizetype i = 0; i < layer.featureCount(); ++i)
        if ((shown.empty() || shown[std::size_t(i)]) && layer.geometry(i))
            used[std::size_t(resolver.symbolIndex(i))] = 1;
    // A layer without features in memory (a table drawn by the view) keeps every class.
    const bool known = layer.featureCount() > 0;
    std::vector<LegendItem> items;
    for (std::size_t k = 0; k < all.size(); ++k) {
        if (known && !used[k + 1])
            continue;
        const bool repeated = std::any_of(items.begin(), items.end(), [&](const LegendItem& i) {
            return i.label == all[k].label && i.symbol == all[k].symbol;
        });
        if (!repeated)
            items.push_back(all[k]);
    }
    if (used[0])
        items.push_back(
            {QCoreApplication::translate("Legend", "其他 Other / no value"), style.symbol});
    return items;
}

LegendItem proposalLegendItem(const QString& scenario)
{
    Symbol ring;
    ring.fill = Qt::transparent;
    ring.stroke = proposalColor();
    ring.strokeWidth = 2.0;
    ring.dash = Qt::DashLine;
    ring.size = 10;
    const QString label =
        scenario.trimmed().isEmpty()
            ? QCoreApplication::translate("Legend", "规划 Proposal")
            : QCoreApplication::translate("Legend", "规划 Proposal (%1)").arg(scenario.trimmed());
    return {label, ring};
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
        if (symbol.dash != Qt::SolidLine && symbol.icon.isEmpty()) {
            // A proposal's ring: dashed, as the map draws it round a planned work.
            const double r =
                std::min(symbol.size * scale, std::min(box.width(), box.height()) - 2) / 2;
            painter.setPen(pen);
            painter.setBrush(symbol.fill);
            painter.drawEllipse(box.center(), r, r);
            break;
        }
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
