#pragma once

#include <QAction>
#include <QActionGroup>
#include <QObject>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace wm {

/// Unchecks every action of an exclusive group (Qt keeps one checked otherwise), for the
/// navigation and editing tool groups: one tool has the mouse at a time.
inline void releaseAll(QActionGroup& group)
{
    group.setExclusive(false);
    for (QAction* a : group.actions())
        a->setChecked(false);
    group.setExclusive(true);
}

class MapCanvas;

/// Something that takes the canvas's mouse and keys for a while (the editing tools) and
/// draws over the map (rubber bands, vertex handles, live coverage). Each handler returns
/// true when it used the event, so panning with the wheel and keys keeps working.
class CanvasTool : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual bool mousePress(MapCanvas&, QMouseEvent*) { return false; }
    virtual bool mouseMove(MapCanvas&, QMouseEvent*) { return false; }
    virtual bool mouseRelease(MapCanvas&, QMouseEvent*) { return false; }
    virtual bool mouseDoubleClick(MapCanvas&, QMouseEvent*) { return false; }
    virtual bool keyPress(MapCanvas&, QKeyEvent*) { return false; }
    /// Drawn over the map image in widget pixels.
    virtual void paint(MapCanvas&, QPainter&) {}
};

} // namespace wm
