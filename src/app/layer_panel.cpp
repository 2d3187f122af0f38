#include "app/layer_panel.h"

#include "app/map_document.h"

#include <QContextMenuEvent>
#include <QDropEvent>
#include <QInputDialog>
#include <QMenu>

namespace wm {

LayerPanel::LayerPanel(MapDocument* document, QWidget* parent)
    : QListWidget(parent), mDocument(document)
{
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Rebuilt later, not inside the signal: a tick on a check box emits layersChanged
    // from within this list's own itemChanged, and the item must outlive that handler.
    mRebuild.setSingleShot(true);
    mRebuild.setInterval(0);
    connect(&mRebuild, &QTimer::timeout, this, &LayerPanel::rebuild);
    connect(document, &MapDocument::layersChanged, &mRebuild, qOverload<>(&QTimer::start));
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!mFilling && (item->flags() & Qt::ItemIsUserCheckable))
            mDocument->setVisible(item->data(Qt::UserRole).toInt(),
                                  item->checkState() == Qt::Checked);
    });
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        Q_EMIT styleRequested(item->data(Qt::UserRole).toInt());
    });
}

int LayerPanel::layerIndexAt(int row) const
{
    return row >= 0 && row < count() ? item(row)->data(Qt::UserRole).toInt() : -1;
}

int LayerPanel::currentLayerIndex() const
{
    return layerIndexAt(currentRow());
}

void LayerPanel::rebuild()
{
    const int current = currentLayerIndex();
    mFilling = true;
    clear();
    for (int i = mDocument->layerCount() - 1; i >= 0; --i) {
        const LoadedLayer& l = mDocument->layer(i);
        QString text = l.entry.displayName();
        if (l.entry.synthetic)
            text += tr(" (synthetic)");
        auto* item = new QListWidgetItem(text, this);
        item->setData(Qt::UserRole, i);
        const bool isTable = l.isAvailable() && l.data->kind == GeometryKind::None;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
        if (isTable) {
            // Lists and target tables have nothing to draw; no check box to tick in vain.
            item->setText(tr("%1 (table)").arg(text));
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
        } else {
            flags |= Qt::ItemIsUserCheckable;
        }
        item->setFlags(flags);
        if (!isTable)
            item->setCheckState(l.entry.visible ? Qt::Checked : Qt::Unchecked);
        if (l.isAvailable()) {
            // A shared layer names its table: the connection alone says which database only.
            const QString source =
                l.entry.isPostgis() ? QStringLiteral("%1 %2").arg(l.entry.source, l.entry.layerName)
                                    : l.entry.source;
            if (l.isRemote())
                item->setToolTip(tr("%1 — %n feature(s) left in the database, drawn by the view; "
                                    "role %2",
                                    nullptr, int(l.remote->rows))
                                     .arg(source, l.entry.role));
            else
                item->setToolTip(
                    tr("%1 — %n feature(s), role %2", nullptr, int(l.data->featureCount()))
                        .arg(source, l.entry.role));
        } else if (l.raster) {
            const RasterInfo& r = l.raster->info();
            item->setToolTip(r.urlTemplate.isEmpty() ? tr("%1 — raster %2 × %3 pixels, drawn as %4")
                                                           .arg(l.entry.source)
                                                           .arg(r.size.width())
                                                           .arg(r.size.height())
                                                           .arg(rasterRenderName(r.render))
                                                     : tr("%1 — tile service").arg(r.urlTemplate));
        } else {
            item->setText(tr("%1 (unavailable)").arg(text));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(l.problem);
        }
        if (i == current)
            setCurrentItem(item);
    }
    mFilling = false;
}

void LayerPanel::dropEvent(QDropEvent* event)
{
    const int from = currentLayerIndex();
    QListWidget::dropEvent(event);
    // The list is topmost-first; the document is bottom-first.
    const int row = currentRow();
    if (from >= 0 && row >= 0)
        mDocument->moveLayer(from, mDocument->layerCount() - 1 - row);
}

void LayerPanel::contextMenuEvent(QContextMenuEvent* event)
{
    QListWidgetItem* item = itemAt(event->pos());
    if (!item)
        return;
    const int index = item->data(Qt::UserRole).toInt();
    const LoadedLayer& l = mDocument->layer(index);
    QMenu menu(this);
    const bool drawable = l.isAvailable() && l.data->kind != GeometryKind::None;
    menu.addAction(tr("&Zoom to Layer"), this,
                   [this, index] { Q_EMIT zoomToLayerRequested(index); })
        ->setEnabled(drawable || (l.raster && !l.raster->info().extent.isNull()));
    menu.addAction(tr("&Style…"), this, [this, index] { Q_EMIT styleRequested(index); })
        ->setEnabled(drawable);
    menu.addAction(tr("Open &Attribute Table"), this,
                   [this, index] { Q_EMIT attributeTableRequested(index); })
        ->setEnabled(l.isAvailable());
    menu.addSeparator();
    menu.addAction(tr("&Rename…"), this, [this, index] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Rename layer"), tr("Name:"), QLineEdit::Normal,
                                  mDocument->layer(index).entry.displayName(), &ok);
        if (ok && !name.trimmed().isEmpty())
            mDocument->rename(index, name.trimmed());
    });
    menu.addAction(tr("&Opacity…"), this,
                   [this, index] {
                       bool ok = false;
                       const int percent = QInputDialog::getInt(
                           this, tr("Layer opacity"), tr("Opacity (%):"),
                           int(mDocument->layer(index).entry.opacity * 100), 0, 100, 10, &ok);
                       if (ok)
                           mDocument->setOpacity(index, percent / 100.0);
                   })
        ->setEnabled(drawable || l.raster);
    QMenu* offsets = menu.addMenu(tr("&Coordinates Are"));
    offsets->setEnabled(drawable);
    const QString current = l.entry.sourceCrs.trimmed().toLower().remove(QLatin1Char('-'));
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("As the Source Declares Them")},
        {QStringLiteral("gcj02"), tr("GCJ-02 (Amap, Tencent: Web-Map Offset)")},
        {QStringLiteral("bd09"), tr("BD-09 (Baidu)")}};
    for (const auto& [offset, title] : choices) {
        QAction* a = offsets->addAction(title, this, [this, index, offset = offset] {
            Q_EMIT coordinateOffsetRequested(index, offset);
        });
        a->setCheckable(true);
        a->setChecked(offset == current || (offset.isEmpty() && current != QLatin1String("gcj02") &&
                                            current != QLatin1String("bd09")));
    }
    menu.addSeparator();
    menu.addAction(tr("Re&move"), this, [this, index] { mDocument->removeLayer(index); });
    menu.exec(event->globalPos());
}

} // namespace wm
