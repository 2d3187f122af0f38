#include "app/legend_panel.h"

#include "app/map_document.h"
#include "render/legend.h"
#include "render/scenario_view.h"

#include <QHeaderView>
#include <QPainter>

#include <algorithm>

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
    auto icon = [&](const Symbol& s, GeometryKind kind) {
        QPixmap pm(QSize(20, 16) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        drawLegendSymbol(p, QRectF(0, 0, 20, 16), s, kind);
        return QIcon(pm);
    };
    // What the canvas draws under the scenario view, as the exported page's legend says.
    const std::vector<RenderLayer> drawn = mDocument->renderLayers();
    if (drawsProposals(drawn)) {
        const LegendItem proposal = proposalLegendItem(mDocument->scenarioName());
        auto* top = new QTreeWidgetItem(this, {proposal.label});
        top->setIcon(0, icon(proposal.symbol, GeometryKind::Point));
    }
    for (int i = mDocument->layerCount() - 1; i >= 0; --i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (!l.entry.visible || !l.isAvailable() || l.data->kind == GeometryKind::None)
            continue;
        const auto it = std::find_if(drawn.begin(), drawn.end(),
                                     [&l](const RenderLayer& r) { return r.id == l.entry.id; });
        const std::vector<LegendItem> items = legendItems(
            mDocument->style(i), *l.data, it == drawn.end() ? std::vector<char>() : it->shown);
        auto* top = new QTreeWidgetItem(this, {l.entry.displayName()});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (items.size() == 1 && items.front().label.isEmpty()) {
            top->setIcon(0, icon(items.front().symbol, l.data->kind));
            continue;
        }
        for (const LegendItem& item : items) {
            auto* child = new QTreeWidgetItem(top, {item.label});
            child->setIcon(0, icon(item.symbol, l.data->kind));
        }
        top->setExpanded(true);
    }
}

} // namespace wm
