#pragma once

#include <QTimer>
#include <QTreeWidget>

namespace wm {

class MapDocument;

/// The legend of the visible layers, topmost first, drawn with the map's own symbols:
/// what a planner reads to know a green square is a service station.
class LegendPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit LegendPanel(MapDocument* document, QWidget* parent = nullptr);

private:
    void rebuild();

    MapDocument* mDocument;
    QTimer mRebuild;
};

} // namespace wm
