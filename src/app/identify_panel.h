#pragma once

#include <QTreeWidget>

namespace wm {

class MapDocument;

/// Attributes of the features under an Identify click, with the role's field titles
/// ("车位数 spaces: 120"), one branch per feature, topmost layer first.
class IdentifyPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit IdentifyPanel(MapDocument* document, QWidget* parent = nullptr);
    void showHits(const QList<QPair<QString, qsizetype>>& hits);

private:
    MapDocument* mDocument;
};

} // namespace wm
