#pragma once

#include "app/canvas_tool.h"
#include "core/feature_edit_buffer.h"
#include "core/snapper.h"

#include <QPointF>
#include <QVector>

#include <functional>

namespace wm {

class EditSession;

/// The digitising tools on the canvas for the layer being edited: add a point, draw a line
/// (click vertices, double-click or Enter to finish, Backspace to take one back, Esc to
/// cancel), move a feature, and reshape a line (drag a vertex, double-click a segment to
/// insert one, right-click a vertex to remove it). Positions snap to the vertices and
/// segments of the editable and visible works layers within a pixel tolerance. Each
/// finished gesture becomes one undo command on the session's stack.
class EditTool : public CanvasTool {
    Q_OBJECT
public:
    enum class Mode { AddPoint, AddLine, Move, Vertex };

    EditTool(EditSession* session, QObject* parent = nullptr);

    /// The layer edited (its buffer in the session) and what snapping may use.
    void setTarget(const QString& layerId, FeatureEditBuffer* buffer, GeometryKind kind);
    void setSnapLayers(std::vector<std::shared_ptr<const Layer>> layers);
    void setMode(Mode mode);
    Mode mode() const { return mMode; }
    static constexpr double SnapPixels = 10;

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

private:
    QPointF snapped(MapCanvas& canvas, const QPointF& pixel, qint64 skipFid = 0);
    /// Feature of the buffer nearest the pixel within the tolerance, or 0.
    qint64 featureAt(MapCanvas& canvas, const QPointF& pixel) const;
    /// Vertex of the line being reshaped nearest the pixel within the tolerance, or -1.
    int vertexAt(MapCanvas& canvas, const QPointF& pixel) const;
    void pushGeometry(qint64 fid, SharedGeom g, const QString& text);
    void finishLine();

    EditSession* mSession;
    QString mLayerId;
    FeatureEditBuffer* mBuffer = nullptr;
    GeometryKind mKind = GeometryKind::None;
    Mode mMode = Mode::AddPoint;
    std::vector<std::shared_ptr<const Layer>> mSnapLayers;
    std::shared_ptr<const Layer> mSelf; ///< the buffer as a layer, for snapping to itself

    QVector<QPointF> mNewLine; ///< world points of the line being drawn
    QPointF mCursor;           ///< world, snapped
    bool mCursorSnapped = false;

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
