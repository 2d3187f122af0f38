#pragma once

#include "app/canvas_tool.h"
#include "core/feature_edit_buffer.h"
#include "core/snapper.h"

#include <QColor>
#include <QPointF>
#include <QVector>

#include <functional>
#include <vector>

namespace wm {

class EditSession;

/// A layer digitising may snap to, with what names its features in the status bar.
struct SnapLayer {
    QString title; ///< the layer's name in the layer list
    std::shared_ptr<const Layer> data;
    QString nameColumn; ///< column naming a feature; empty: "title #fid"
};

/// What snapping takes at the moment of a snap (the window's snapping settings applied to
/// the layers as they are now).
struct SnapSetup {
    bool enabled = true;
    double tolerancePixels = 10;
    bool includeTarget = true; ///< snap to the edited layer itself (with its edits)
    QString targetTitle;       ///< how the edited layer's features are named
    QString targetNameColumn;
    bool pointsOntoPoints = false; ///< a placed point may land on a point without Ctrl
    std::vector<SnapLayer> layers; ///< the other layers snapped to
};

/// The digitising tools on the canvas for the layer being edited: add a point, draw a line
/// (click vertices, double-click or Enter to finish, Backspace to take one back, Esc to
/// cancel), move a feature, and reshape a line (drag a vertex, double-click a segment to
/// insert one, right-click a vertex to remove it). Positions snap to the vertices and
/// segments of the layers the snap setup names, within its pixel tolerance; the target is
/// marked (a magenta square on a vertex, a cross on a segment) and named before the click.
/// A point being placed (added or moved) never lands on an existing point unless Ctrl is
/// held or the setup allows it: at a small scale two facilities would hide each other.
/// Each finished gesture becomes one undo command on the session's stack.
class EditTool : public CanvasTool {
    Q_OBJECT
public:
    enum class Mode { AddPoint, AddLine, Move, Vertex };

    EditTool(EditSession* session, QObject* parent = nullptr);

    /// The layer edited (its buffer in the session) and what snapping may use.
    void setTarget(const QString& layerId, FeatureEditBuffer* buffer, GeometryKind kind);
    /// Asked before a feature is picked up to move or reshape; false leaves it where it is
    /// (another county's feature of a shared layer). The check says why itself.
    void setMayChange(std::function<bool(qint64 fid)> mayChange)
    {
        mMayChange = std::move(mayChange);
    }
    /// Asked at each snap for the edited layer's setup; without one, the tool snaps to the
    /// edited layer within 10 px.
    void setSnapSource(std::function<SnapSetup(const QString& layerId)> source)
    {
        mSnapSource = std::move(source);
    }
    void setMode(Mode mode);
    Mode mode() const { return mMode; }
    /// How near (pixels) a click must be to pick a feature or a vertex to move.
    static constexpr double PickPixels = 10;
    /// The snap marker's colour (QGIS's magenta).
    static constexpr QColor SnapMarkerColor = QColor(255, 0, 255);
    /// Where the cursor will land (world) and whether that is a snap, as last hovered.
    QPointF cursor() const { return mCursor; }
    bool cursorSnapped() const { return mCursorSnapped; }
    /// Forgets the snap target (the tool gave the mouse away): no marker, no status text.
    void clearSnap();

    bool mousePress(MapCanvas& canvas, QMouseEvent* e) override;
    bool mouseMove(MapCanvas& canvas, QMouseEvent* e) override;
    bool mouseRelease(MapCanvas& canvas, QMouseEvent* e) override;
    bool mouseDoubleClick(MapCanvas& canvas, QMouseEvent* e) override;
    bool keyPress(MapCanvas& canvas, QKeyEvent* e) override;
    void paint(MapCanvas& canvas, QPainter& painter) override;

Q_SIGNALS:
    /// A new geometry was digitised (project CRS); the owner asks for its attributes and
    /// pushes the AddFeatureCommand (or drops it when the form is cancelled).
    void geometryDigitised(const QString& layerId, SharedGeom geometry);
    /// A point feature is being dragged to (x, y): live coverage follows it.
    void pointDragged(const QString& layerId, qint64 fid, double x, double y);
    /// The drag ended (committed or not).
    void dragFinished(const QString& layerId, qint64 fid);
    /// What the cursor would snap to ("Snap: 幼儿园 (vertex)"), or why a point does not
    /// snap; empty when there is nothing near.
    void snapChanged(const QString& text);

private:
    /// `pixel` snapped per the setup; a point being placed (`placingPoint`) skips point
    /// layers unless Ctrl is in `modifiers` or the setup allows it. Sets the cursor state
    /// and the status text.
    QPointF snapped(MapCanvas& canvas, const QPointF& pixel, Qt::KeyboardModifiers modifiers,
                    bool placingPoint, qint64 skipFid = 0);
    void setSnapText(const QString& text);
    /// Feature of the buffer nearest the pixel within the tolerance, or 0.
    qint64 featureAt(MapCanvas& canvas, const QPointF& pixel) const;
    /// Vertex of the line being reshaped nearest the pixel within the tolerance, or -1.
    int vertexAt(MapCanvas& canvas, const QPointF& pixel) const;
    void pushGeometry(qint64 fid, SharedGeom g, const QString& text);
    void finishLine();

    EditSession* mSession;
    QString mLayerId;
    FeatureEditBuffer* mBuffer = nullptr;
    std::function<bool(qint64)> mMayChange;
    GeometryKind mKind = GeometryKind::None;
    Mode mMode = Mode::AddPoint;
    std::function<SnapSetup(const QString&)> mSnapSource;
    std::shared_ptr<const Layer> mSelf; ///< the buffer as a layer, for snapping to itself

    QVector<QPointF> mNewLine; ///< world points of the line being drawn
    QPointF mCursor;           ///< world, snapped
    bool mCursorSnapped = false;
    bool mCursorOnVertex = false;
    QString mSnapText;

    qint64 mDragFid = 0;         ///< feature being moved or reshaped
    QPointF mDragStart;          ///< world
    QVector<QPointF> mDragShape; ///< the feature's vertices as dragged (world)
    int mDragVertex = -1;        ///< Vertex mode: which vertex; -1: whole feature moves
    bool mDragging = false;
};

/// Vertices of a point or (first part of a) line geometry, in its coordinates.
QVector<QPointF> verticesOf(const GEOSGeometry* g);
/// A point (one vertex) or line string (two or more) from world vertices.
SharedGeom geometryOf(const QVector<QPointF>& vertices, GeometryKind kind);

} // namespace wm
