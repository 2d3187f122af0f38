#include "app/legend_panel.h"

#include "app/map_document.h"
#include "render/legend.h"

#include <QHeaderView>
#include <QPainter>

namespace wm {

LegendPanel::LegendPanel(MapDocument* document, QWidget* parent)
    : QTreeWidget(parent), mDocument(document)
{
    setHeaderHidden(true);
    setIconSize(QSize(20, 16));
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    mRebuild.setSingleShot(true);
    mRebuild.setInterval(0);
    connect(&mRebuild, &QTimer::timeout, this, &LegendPanel::rebuild);
    connect(document, &MapDocument::layersChanged, &mRebuild, qOverload<>(&QTimer::start));
}

void LegendPanel::rebuild()
{
    clear();
    const qreal dpr = devicePixelRatioF();
    for (int i = mDocument->layerCount() - 1; i >= 0; --i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (!l.entry.visible || !l.isAvailable() || l.data->kind == GeometryKind::None)
            continue;
        const std::vector<LegendItem> items = legendItems(mDocument->style(i));
        auto icon = [&](const Symbol& s) {
            QPixmap pm(QSize(20, 16) * dpr);
            pm.setDevicePixelRatio(dpr);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            drawLegendSymbol(p, QRectF(0, 0, 20, 16), s, l.data->kind);
            return QIcon(pm);
        };
        auto* top = new QTreeWidgetItem(this, {l.entry.displayName()});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (items.size() == 1 && items.front().label.isEmpty()) {
            top->setIcon(0, icon(items.front().symbol));
            continue;
        }
        for (const LegendItem& item : items) {
            auto* child = new QTreeWidgetItem(top, {item.label});
            child->setIcon(0, icon(item.symbol));
        }
        top->setExpanded(true);
    }
}

} // namespace wm
