#include "render/page_layout.h"

#include <QFont>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace wm {

namespace {
constexpr double PointMm = 25.4 / 72.0;
constexpr double Gap = 3.0;         ///< between elements, mm
constexpr double BottomBandMm = 16; ///< notes, scale bar, north arrow
constexpr double LegendRowMm = 4.3;
constexpr double LegendHeaderMm = 6.5;
constexpr double TableRowMm = 4.5;

/// A font of `points` for a painter working in millimetres: Qt sizes point fonts by the
/// device's logical DPI before the painter's transform, so the size is rescaled to come
/// out at `points` on paper whatever the device.
QFont paperFont(const QPainter& painter, double points, bool bold = false)
{
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Noto Sans SC"), QStringLiteral("sans-serif")});
    const int dpi = painter.device() ? painter.device()->logicalDpiY() : 96;
    f.setPointSizeF(points * 25.4 / std::max(1, dpi));
    f.setBold(bold);
    return f;
}

/// A page is drawn once: its basemap tiles are waited for this long (per raster layer);
/// tiles still missing then are reported by the source (RasterSource::problems()).
constexpr int PageRasterWaitMs = 30000;

/// Draws `layers` over `extent` into `rectMm`, in device pixels, clipped to the rect.
void paintMap(QPainter& painter, double pxPerMm, const QRectF& rectMm, const Extent& extent,
              const std::vector<RenderLayer>& layers, double dpi, bool vector,
              MapSettings* used = nullptr)
{
    painter.save();
    const QRectF device(rectMm.left() * pxPerMm, rectMm.top() * pxPerMm, rectMm.width() * pxPerMm,
                        rectMm.height() * pxPerMm);
    painter.scale(1 / pxPerMm, 1 / pxPerMm);
    painter.setClipRect(device);
    painter.translate(device.topLeft());
    MapSettings settings;
    settings.extent = extent;
    settings.size = QSize(int(std::lround(device.width())), int(std::lround(device.height())));
    settings.dpi = dpi;
    settings.vectorOutput = vector;
    settings.rasterWaitMs = PageRasterWaitMs;
    MapRenderer(settings, layers).render(painter);
    painter.restore();
    if (used)
        *used = settings;
}
} // namespace

PageLayout::PageLayout(PageTemplate page, PageContent content)
    : mPage(std::move(page)), mContent(std::move(content))
{
    place();
}

QRectF PageLayout::rect(PageElement::Kind kind) const
{
    for (const PageElement& e : mElements)
        if (e.kind == kind)
            return e.rectMm;
    return {};
}

double PageLayout::legendHeightMm() const
{
    double h = LegendHeaderMm;
    for (const LegendBlock& b : mContent.legend) {
        const bool single = b.items.size() == 1 && b.items.front().label.isEmpty();
        h += single ? LegendRowMm : LegendRowMm * double(1 + b.items.size());
        h += 1.0;
    }
    return h;
}

void PageLayout::place()
{
    mElements.clear();
    const QRectF content = QRectF(QPointF(0, 0), mPage.pageMm).marginsRemoved(mPage.marginsMm);
    double top = content.top();
    if (!mContent.title.isEmpty()) {
        const double h = mPage.titleSize * PointMm * 1.6;
        mElements.push_back({PageElement::Title, QRectF(content.left(), top, content.width(), h)});
        top += h;
    }
    if (!mContent.subtitle.isEmpty()) {
        const double h = mPage.subtitleSize * PointMm * 1.6;
        mElements.push_back(
            {PageElement::Subtitle, QRectF(content.left(), top, content.width(), h)});
        top += h;
    }
    top += Gap;
    const bool band = mPage.notes || mPage.scaleBar || mPage.northArrow;
    const double bottom = content.bottom() - (band ? BottomBandMm + Gap : 0);

    const bool legend = mPage.legend && !mContent.legend.empty();
    // An inset only says something when the map shows part of the whole.
    const Extent& o = mContent.overviewExtent;
    const Extent& wanted = mContent.extent;
    const bool showsAll =
        !wanted.isNull() && !o.isNull() && mContent.scale <= 0 &&
        wanted.xMin <= o.xMin + 0.05 * o.width() && wanted.xMax >= o.xMax - 0.05 * o.width() &&
        wanted.yMin <= o.yMin + 0.05 * o.height() && wanted.yMax >= o.yMax - 0.05 * o.height();
    const bool inset = mPage.inset && !mContent.overviewLayers.empty() && !o.isNull() && !showsAll;
    const bool table = !mContent.table.isEmpty();
    const bool picture = bool(mContent.picture);
    const bool column = legend || inset || table || picture;
    // A chart needs room for a dozen unit names under its bars: a wider column.
    const double columnWidth = !column   ? 0
                               : picture ? std::max(mPage.sideColumnMm, content.width() * 0.4)
                                         : mPage.sideColumnMm;
    const QRectF map(content.left(), top, content.width() - columnWidth - (column ? Gap : 0),
                     bottom - top);
    mElements.push_back({PageElement::Map, map});

    // The column, top down: what is fixed first, the legend takes what is left.
    if (column) {
        const double x = map.right() + Gap;
        double fixed = 0;
        double insetHeight = 0;
        if (inset) {
            insetHeight = std::clamp(columnWidth * o.height() / std::max(o.width(), 1e-9), 25.0,
                                     std::min(60.0, map.height() / 3));
            fixed += insetHeight + Gap;
        }
        const double tableHeight =
            table ? std::min(TableRowMm * double(mContent.table.size() + 1) + 2, map.height() / 2)
                  : 0;
        fixed += table ? tableHeight + Gap : 0;
        const double pictureHeight =
            picture ? std::min(mContent.pictureHeightMm, map.height() / 2) : 0;
        fixed += picture ? pictureHeight + Gap : 0;
        double y = map.top();
        if (legend) {
            const double h = std::max(10.0, std::min(legendHeightMm(), map.height() - fixed));
            mElements.push_back({PageElement::Legend, QRectF(x, y, columnWidth, h)});
            y += h + Gap;
        }
        if (table) {
            mElements.push_back({PageElement::Table, QRectF(x, y, columnWidth, tableHeight)});
            y += tableHeight + Gap;
        }
        if (picture) {
            mElements.push_back({PageElement::Picture, QRectF(x, y, columnWidth, pictureHeight)});
            y += pictureHeight + Gap;
        }
        if (inset) // at the foot of the column, level with the map's bottom edge
            mElements.push_back(
                {PageElement::Inset,
                 QRectF(x, std::max(y, map.bottom() - insetHeight), columnWidth, insetHeight)});
    }

    // The scale: the one asked for, or the readable one that fits the extent.
    const Extent& e = mContent.extent;
    if (mContent.scale > 0) {
        mScale = mContent.scale;
    } else if (!e.isNull()) {
        const double need = std::max(e.width() / map.width(), e.height() / map.height()) * 1000;
        mScale = readableScaleDenominator(std::max(need, 1.0));
    }
    if (!e.isNull() && mScale > 0) {
        const double halfW = map.width() / 1000 * mScale / 2;
        const double halfH = map.height() / 1000 * mScale / 2;
        mMapExtent = Extent::of(e.centerX() - halfW, e.centerY() - halfH, e.centerX() + halfW,
                                e.centerY() + halfH);
    }

    if (band) {
        const double y = content.bottom() - BottomBandMm;
        const double arrowWidth = mPage.northArrow ? 12 : 0;
        const double barWidth = mPage.scaleBar ? 62 : 0;
        if (mPage.northArrow)
            mElements.push_back({PageElement::NorthArrow, QRectF(content.right() - arrowWidth, y,
                                                                 arrowWidth, BottomBandMm)});
        if (mPage.scaleBar) {
            mScaleBar = scaleBarFor(mScale, std::min(50.0, map.width() / 4));
            mElements.push_back(
                {PageElement::ScaleBar,
                 QRectF(content.right() - arrowWidth - Gap - barWidth, y, barWidth, BottomBandMm)});
        }
        if (mPage.notes && !mContent.notes.isEmpty())
            mElements.push_back(
                {PageElement::Notes,
                 QRectF(content.left(), y, content.width() - arrowWidth - barWidth - 3 * Gap,
                        BottomBandMm)});
    }
}

void PageLayout::paint(QPainter& painter, double pxPerMm, bool vector) const
{
    const double dpi = pxPerMm * 25.4;
    painter.save();
    painter.scale(pxPerMm, pxPerMm); // from here on, one unit is one millimetre
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), mPage.pageMm), Qt::white);
    for (const PageElement& e : mElements) {
        const QRectF& r = e.rectMm;
        switch (e.kind) {
        case PageElement::Title:
            painter.setFont(paperFont(painter, mPage.titleSize, true));
            painter.setPen(Qt::black);
            painter.drawText(r, Qt::AlignHCenter | Qt::AlignVCenter, mContent.title);
            break;
        case PageElement::Subtitle:
            painter.setFont(paperFont(painter, mPage.subtitleSize));
            painter.setPen(QColor(60, 60, 60));
            painter.drawText(r, Qt::AlignHCenter | Qt::AlignVCenter, mContent.subtitle);
            break;
        case PageElement::Map: {
            paintMap(painter, pxPerMm, r, mMapExtent, mContent.layers, dpi, vector);
            if (mPage.grid && !mMapExtent.isNull()) {
                // A kilometre grid: about five lines across, labelled inside the frame.
                const double interval =
                    readableScaleDenominator(mMapExtent.width() / 5) / 1; // metres
                painter.save();
                painter.setClipRect(r);
                painter.setPen(QPen(QColor(120, 120, 120, 160), 0.15));
                painter.setFont(paperFont(painter, 5.5));
                const double mmPerMetre = r.width() / mMapExtent.width();
                for (double gx = std::ceil(mMapExtent.xMin / interval) * interval;
                     gx < mMapExtent.xMax; gx += interval) {
                    const double px = r.left() + (gx - mMapExtent.xMin) * mmPerMetre;
                    painter.drawLine(QPointF(px, r.top()), QPointF(px, r.bottom()));
                    painter.drawText(QPointF(px + 0.5, r.top() + 2.5),
                                     QLocale::c().toString(gx / 1000, 'f', 0) +
                                         QStringLiteral(" km"));
                }
                for (double gy = std::ceil(mMapExtent.yMin / interval) * interval;
                     gy < mMapExtent.yMax; gy += interval) {
                    const double py = r.bottom() - (gy - mMapExtent.yMin) * mmPerMetre;
                    painter.drawLine(QPointF(r.left(), py), QPointF(r.right(), py));
                    painter.drawText(QPointF(r.left() + 0.5, py - 0.5),
                                     QLocale::c().toString(gy / 1000, 'f', 0) +
                                         QStringLiteral(" km"));
                }
                painter.restore();
            }
            painter.setPen(QPen(Qt::black, 0.35));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r);
            break;
        }
        case PageElement::Legend: {
            painter.save();
            painter.setClipRect(r);
            painter.setPen(Qt::black);
            painter.setFont(paperFont(painter, 9, true));
            painter.drawText(QRectF(r.left(), r.top(), r.width(), LegendHeaderMm),
                             Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("图例 Legend"));
            double y = r.top() + LegendHeaderMm;
            const double symbolW = 7, symbolH = 3.6;
            const double symbolScale = dpi / 96.0 / pxPerMm; // symbol points → mm
            for (const LegendBlock& b : mContent.legend) {
                const bool single = b.items.size() == 1 && b.items.front().label.isEmpty();
                if (single) {
                    drawLegendSymbol(painter, QRectF(r.left(), y + 0.35, symbolW, symbolH),
                                     b.items.front().symbol, b.kind, symbolScale);
                    painter.setFont(paperFont(painter, 7.5, true));
                    painter.drawText(
                        QRectF(r.left() + symbolW + 1.5, y, r.width() - symbolW - 1.5, LegendRowMm),
                        Qt::AlignLeft | Qt::AlignVCenter, b.title);
                    y += LegendRowMm + 1;
                    continue;
                }
                painter.setFont(paperFont(painter, 7.5, true));
                painter.drawText(QRectF(r.left(), y, r.width(), LegendRowMm),
                                 Qt::AlignLeft | Qt::AlignVCenter, b.title);
                y += LegendRowMm;
                painter.setFont(paperFont(painter, 7));
                for (const LegendItem& item : b.items) {
                    drawLegendSymbol(painter, QRectF(r.left() + 2, y + 0.35, symbolW, symbolH),
                                     item.symbol, b.kind, symbolScale);
                    painter.drawText(
                        QRectF(r.left() + 3.5 + symbolW, y, r.width() - symbolW - 3.5, LegendRowMm),
                        Qt::AlignLeft | Qt::AlignVCenter, item.label);
                    y += LegendRowMm;
                }
                y += 1;
            }
            painter.restore();
            break;
        }
        case PageElement::Inset: {
            MapSettings overview;
            paintMap(painter, pxPerMm, r, mContent.overviewExtent, mContent.overviewLayers, dpi,
                     vector, &overview);
            // The main map's extent as a red frame on the overview.
            const double sx = r.width() / overview.visibleExtent().width();
            const Extent& v = overview.visibleExtent();
            const QRectF shown(r.left() + (mMapExtent.xMin - v.xMin) * sx,
                               r.top() + (v.yMax - mMapExtent.yMax) * sx, mMapExtent.width() * sx,
                               mMapExtent.height() * sx);
            painter.save();
            painter.setClipRect(r);
            painter.setPen(QPen(QColor(220, 30, 30), 0.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(shown);
            painter.restore();
            painter.setPen(QPen(Qt::black, 0.25));
            painter.drawRect(r);
            break;
        }
        case PageElement::Table: {
            painter.save();
            painter.setClipRect(r);
            painter.setPen(Qt::black);
            painter.setFont(paperFont(painter, 8, true));
            painter.drawText(QRectF(r.left(), r.top(), r.width(), TableRowMm),
                             Qt::AlignLeft | Qt::AlignVCenter, mContent.tableTitle);
            painter.setFont(paperFont(painter, 7));
            double y = r.top() + TableRowMm;
            for (const auto& [label, value] : mContent.table) {
                painter.setPen(QPen(QColor(200, 200, 200), 0.15));
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
                painter.setPen(Qt::black);
                painter.drawText(QRectF(r.left(), y, r.width() * 0.62, TableRowMm),
                                 Qt::AlignLeft | Qt::AlignVCenter, label);
                painter.drawText(
                    QRectF(r.left() + r.width() * 0.62, y, r.width() * 0.38, TableRowMm),
                    Qt::AlignRight | Qt::AlignVCenter, value);
                y += TableRowMm;
            }
            painter.restore();
            break;
        }
        case PageElement::Picture: {
            // Charts draw in device pixels with their own fonts in points.
            painter.save();
            painter.scale(1 / pxPerMm, 1 / pxPerMm);
            const QRectF device(r.left() * pxPerMm, r.top() * pxPerMm, r.width() * pxPerMm,
                                r.height() * pxPerMm);
            painter.setClipRect(device);
            mContent.picture(painter, device);
            painter.restore();
            break;
        }
        case PageElement::ScaleBar: {
            painter.setFont(paperFont(painter, 7));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(r.left(), r.top() + 8, r.width(), 6),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("1:%1").arg(
                                 QLocale(QLocale::English).toString(qint64(std::llround(mScale)))));
            drawScaleBar(painter, mScaleBar, QRectF(r.left(), r.top(), r.width(), 8));
            break;
        }
        case PageElement::NorthArrow: {
            painter.save();
            const double cx = r.center().x();
            const double tip = r.top() + 4.5, base = r.bottom() - 2;
            QPainterPath left, right;
            left.moveTo(cx, tip);
            left.lineTo(cx - 3, base);
            left.lineTo(cx, base - 2.5);
            left.closeSubpath();
            right.moveTo(cx, tip);
            right.lineTo(cx + 3, base);
            right.lineTo(cx, base - 2.5);
            right.closeSubpath();
            painter.setPen(QPen(Qt::black, 0.25));
            painter.setBrush(Qt::black);
            painter.drawPath(left);
            painter.setBrush(Qt::white);
            painter.drawPath(right);
            painter.setFont(paperFont(painter, 8, true));
            painter.drawText(QRectF(r.left(), r.top(), r.width(), 4.5), Qt::AlignCenter,
                             QStringLiteral("北 N"));
            painter.restore();
            break;
        }
        case PageElement::Notes:
            painter.setFont(paperFont(painter, 6.5));
            painter.setPen(QColor(70, 70, 70));
            painter.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, mContent.notes);
            break;
        }
    }
    painter.restore();
}

} // namespace wm
