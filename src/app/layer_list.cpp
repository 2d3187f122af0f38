#include "app/layer_list.h"

#include "io/project_loader.h"

namespace wm {

LayerList::LayerList(QWidget* parent) : QListWidget(parent)
{
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!mFilling)
            Q_EMIT visibilityChanged(item->data(Qt::UserRole).toInt(),
                                     item->checkState() == Qt::Checked);
    });
}

void LayerList::showProject(const LoadedProject* project)
{
    mFilling = true;
    clear();
    if (project) {
        for (int i = int(project->layers.size()) - 1; i >= 0; --i) {
            const LoadedLayer& l = project->layers[i];
            QString text = l.entry.displayName();
            if (l.entry.synthetic)
                text += tr(" (synthetic)");
            auto* item = new QListWidgetItem(text, this);
            item->setData(Qt::UserRole, i);
            const bool isTable = l.isAvailable() && l.data->kind == GeometryKind::None;
            if (isTable) {
                // Lists and target tables have nothing to draw; no check box to tick in vain.
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setText(tr("%1 (table)").arg(text));
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
            } else {
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setCheckState(l.entry.visible ? Qt::Checked : Qt::Unchecked);
            }
            if (l.isAvailable()) {
                item->setToolTip(
                    tr("%1 — %n feature(s), role %2", nullptr, int(l.data->featureCount()))
                        .arg(l.entry.source, l.entry.role));
            } else {
                item->setText(tr("%1 (unavailable)").arg(text));
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(l.problem);
            }
        }
    }
    mFilling = false;
}

} // namespace wm
