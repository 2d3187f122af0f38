#pragma once

#include "core/extent.h"

#include <QPoint>
#include <QWidget>

#include <memory>

namespace wm {

struct LoadedProject;

/// A simple map area: paints the project's visible layers, pans by drag, zooms by wheel
/// around the cursor. (The full canvas with background rendering comes with the map view.)
class MapWidget : public QWidget {
    Q_OBJECT
public:
    explicit MapWidget(QWidget* parent = nullptr);

    void setProject(std::shared_ptr<const LoadedProject> project);
    void setExtent(const Extent& extent);
    Extent extent() const { return mExtent; }
    void zoomToAll();

Q_SIGNALS:
    /// The cursor moved to (x, y) in project CRS units.
    void cursorMoved(double x, double y);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QPointF toWorld(const QPointF& pixel) const;

    std::shared_ptr<const LoadedProject> mProject;
    Extent mExtent;
    QPoint mDragStart;
    Extent mDragExtent;
    bool mDragging = false;
};

} // namespace wm
