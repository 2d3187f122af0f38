#include "app/identify_panel.h"

#include "app/map_document.h"
#include "core/ui_language.h"

#include <QHeaderView>
#include <QLocale>

namespace wm {

namespace {
constexpr int MaxFeaturesShown = 50;
}

IdentifyPanel::IdentifyPanel(MapDocument* document, QWidget* parent)
    : QTreeWidget(parent), mDocument(document)
{
    setColumnCount(2);
    setHeaderLabels({tr("Field"), tr("Value")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(document, &MapDocument::projectChanged, this, &QTreeWidget::clear);
}

void IdentifyPanel::showHits(const QList<QPair<QString, qsizetype>>& hits)
{
    clear();
    const bool chinese = chineseUi();
    int shown = 0;
    for (const auto& [layerId, feature] : hits) {
        if (++shown > MaxFeaturesShown)
            break;
        const int index = mDocument->indexOf(layerId);
        if (index < 0)
            continue;
        const LoadedLayer& l = mDocument->layer(index);
        const Layer& data = *l.data;
        const LayerRole* role = mDocument->roles().role(l.entry.role);
        // Role field titles by source column, so "车位数" reads "Parking spaces (车位数)".
        QHash<QString, QString> titles;
        QHash<QString, const RoleField*> fields;
        if (role)
            for (auto it = l.mapping.sourceOf.cbegin(); it != l.mapping.sourceOf.cend(); ++it)
                if (const RoleField* f = role->field(it.key())) {
                    titles.insert(it.value(), chinese ? f->titleZh : f->titleEn);
                    fields.insert(it.value(), f);
                }
        const int nameCol =
            data.attributes.indexOf(l.mapping.sourceOf.value(QStringLiteral("name")));
        const QString name = nameCol >= 0 ? data.attributes.toString(feature, nameCol) : QString();
        auto* top = new QTreeWidgetItem(
            this, {l.entry.displayName(),
                   name.isEmpty() ? tr("feature %1").arg(data.fid(feature)) : name});
        for (int c = 0; c < data.attributes.fieldCount(); ++c) {
            const QString column = data.attributes.fields()[c].name;
            const QString title = titles.value(column);
            const QString label = title.isEmpty() || title == column
                                      ? column
                                      : QStringLiteral("%1 (%2)").arg(title, column);
            // Coded values (kind, status) read as their titles: 乡镇卫生院, not health_centre.
            const QString value = data.attributes.toString(feature, c);
            const RoleField* field = fields.value(column);
            const QString shown = field ? field->valueTitle(value, chinese) : value;
            auto* item = new QTreeWidgetItem(top, {label, shown});
            if (shown != value)
                item->setToolTip(1, value);
        }
        top->setExpanded(shown == 1);
    }
    if (hits.isEmpty())
        new QTreeWidgetItem(this, {tr("Nothing here"), QString()});
    else if (hits.size() > MaxFeaturesShown)
        new QTreeWidgetItem(this,
                            {tr("… and %1 more").arg(hits.size() - MaxFeaturesShown), QString()});
}

} // namespace wm
