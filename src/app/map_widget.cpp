#include "app/map_widget.h"

#include "io/project_loader.h"
#include "render/map_painter.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace wm {

MapWidget::MapWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAutoFillBackground(false);
}

void MapWidget::setProject(std::shared_ptr<const LoadedProject> project)
{
    mProject = std::move(project);
    zoomToAll();
}

void MapWidget::setExtent(const Extent& extent)
{
    mExtent = extent;
    update();
}

void MapWidget::zoomToAll()
{
    setExtent(mProject ? mProject->extent.buffered(0.03) : Extent());
}

QPointF MapWidget::toWorld(const QPointF& pixel) const
{
    return MapPainter::worldToPixel(mExtent, size()).inverted().map(pixel);
}

void MapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(250, 250, 248));
    if (!mProject || mExtent.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Open a project (File ▸ Open) to see its map."));
        return;
    }
    MapPainter().paint(painter, *mProject, mExtent, size());
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        mDragging = true;
        mDragStart = event->pos();
        mDragExtent = mExtent;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF world = toWorld(event->position());
    Q_EMIT cursorMoved(world.x(), world.y());
    if (!mDragging || mDragExtent.isNull())
        return;
    const Extent fitted = MapPainter::fittedExtent(mDragExtent, size());
    const double upp = fitted.width() / width();
    const QPoint d = event->pos() - mDragStart;
    setExtent({mDragExtent.xMin - d.x() * upp, mDragExtent.yMin + d.y() * upp,
               mDragExtent.xMax - d.x() * upp, mDragExtent.yMax + d.y() * upp});
}

void MapWidget::mouseReleaseEvent(QMouseEvent*)
{
    mDragging = false;
    unsetCursor();
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    if (mExtent.isNull())
        return;
    const double factor = std::pow(0.8, event->angleDelta().y() / 120.0);
    const QPointF c = toWorld(event->position());
    const Extent e = MapPainter::fittedExtent(mExtent, size());
    setExtent({c.x() - (c.x() - e.xMin) * factor, c.y() - (c.y() - e.yMin) * factor,
               c.x() + (e.xMax - c.x()) * factor, c.y() + (e.yMax - c.y()) * factor});
}

} // namespace wm
