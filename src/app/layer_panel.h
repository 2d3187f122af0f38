#pragma once

#include <QListWidget>
#include <QTimer>

namespace wm {

class MapDocument;

/// The project's layers, topmost (drawn last) first: check boxes for visibility, drag to
/// reorder, and a context menu (zoom to, rename, opacity, style, attribute table, remove).
/// Tables (no geometry) have no check box; unavailable layers are greyed with the reason.
class LayerPanel : public QListWidget {
    Q_OBJECT
public:
    explicit LayerPanel(MapDocument* document, QWidget* parent = nullptr);

    /// Project index of the layer in `row`.
    int layerIndexAt(int row) const;
    /// Project index of the current row, or -1.
    int currentLayerIndex() const;

Q_SIGNALS:
    void zoomToLayerRequested(int layerIndex);
    void styleRequested(int layerIndex);
    void attributeTableRequested(int layerIndex);
    /// The user says the layer's lon/lat carry a web-map offset: "gcj02", "bd09", or "" for
    /// the coordinates as the source declares them.
    void coordinateOffsetRequested(int layerIndex, const QString& offset);

protected:
    void dropEvent(QDropEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void rebuild();

    MapDocument* mDocument;
    bool mFilling = false;
    QTimer mRebuild;
};

} // namespace wm
