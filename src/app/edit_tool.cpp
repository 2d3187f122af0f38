#include "app/edit_tool.h"

#include "app/map_canvas.h"
#include "core/edit_commands.h"
#include "io/edit_session.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace wm {

QVector<QPointF> verticesOf(const GEOSGeometry* g)
{
    QVector<QPointF> out;
    if (!g)
        return out;
    GEOSContextHandle_t ctx = geosContext();
    const GEOSGeometry* part = g;
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_MULTILINESTRING || type == GEOS_MULTIPOINT)
        part = GEOSGetGeometryN_r(ctx, g, 0);
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, part);
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n))
        return out;
    for (unsigned int i = 0; i < n; ++i) {
        double x, y;
        GEOSCoordSeq_getXY_r(ctx, seq, i, &x, &y);
        out << QPointF(x, y);
    }
    return out;
}

SharedGeom geometryOf(const QVector<QPointF>& vertices, GeometryKind kind)
{
    GEOSContextHandle_t ctx = geosContext();
    if (kind == GeometryKind::Point && !vertices.isEmpty())
        return shareGeometry(
            GeomPtr(GEOSGeom_createPointFromXY_r(ctx, vertices[0].x(), vertices[0].y())));
    if (vertices.size() < 2)
        return nullptr;
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, unsigned(vertices.size()), 2);
    for (int i = 0; i < vertices.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx, seq, unsigned(i), vertices[i].x(), vertices[i].y());
    return shareGeometry(GeomPtr(GEOSGeom_createLineString_r(ctx, seq)));
}

EditTool::EditTool(EditSession* session, QObject* parent) : CanvasTool(parent), mSession(session)
{
    // Snapping reads the edited layer as it is now, undo and redo included.
    connect(session, &EditSession::layerChanged, this, [this] { mSelf.reset(); });
}

void EditTool::setTarget(const QString& layerId, FeatureEditBuffer* buffer, GeometryKind kind)
{
    mLayerId = layerId;
    mBuffer = buffer;
    mKind = kind;
    mNewLine.clear();
    mDragging = false;
}

void EditTool::setMode(Mode mode)
{
    mMode = mode;
    mNewLine.clear();
    mDragging = false;
    mCursorSnapped = false;
    setSnapText(QString());
}

namespace {
/// A layer taking part in one snap, with how its features are named.
struct Candidate {
    const Layer* layer;
    QString title;
    int nameColumn;
};

QString featureName(const Candidate& c, qsizetype row)
{
    const QString name =
        c.nameColumn >= 0 ? c.layer->attributes.toString(row, c.nameColumn).trimmed() : QString();
    return name.isEmpty() ? QStringLiteral("%1 #%2").arg(c.title).arg(c.layer->fid(row)) : name;
}
} // namespace

QPointF EditTool::snapped(MapCanvas& canvas, const QPointF& pixel, Qt::KeyboardModifiers modifiers,
                          bool placingPoint, qint64 skipFid)
{
    const QPointF world = canvas.toWorld(pixel);
    mCursorSnapped = false;
    const SnapSetup setup = mSnapSource ? mSnapSource(mLayerId) : SnapSetup{};
    if (!setup.enabled) {
        setSnapText(QString());
        return world;
    }
    // The layer being edited as it is now (with this session's edits).
    if (mBuffer && (!mSelf || mSelf->featureCount() != mBuffer->count()))
        mSelf = mBuffer->toLayer();
    std::vector<Candidate> candidates;
    if (setup.includeTarget && mSelf)
        candidates.push_back(
            {mSelf.get(), setup.targetTitle, mSelf->attributes.indexOf(setup.targetNameColumn)});
    for (const SnapLayer& l : setup.layers)
        if (l.data && l.data.get() != mSelf.get())
            candidates.push_back({l.data.get(), l.title, l.data->attributes.indexOf(l.nameColumn)});

    // Points stay apart unless asked: a point being placed snaps to lines and polygons only;
    // the points it would have landed on are looked up apart, to say so.
    const bool ontoPoints =
        !placingPoint || setup.pointsOntoPoints || (modifiers & Qt::ControlModifier);
    Snapper snapper, pointsNear;
    for (const Candidate& c : candidates)
        (ontoPoints || c.layer->kind != GeometryKind::Point ? snapper : pointsNear)
            .addLayer(c.layer);
    const Layer* self = mSelf.get();
    qsizetype skipRow = -1;
    if (self && skipFid != 0)
        for (qsizetype i = 0; i < self->featureCount(); ++i)
            if (self->fid(i) == skipFid)
                skipRow = i;
    const double tolerance = setup.tolerancePixels * canvas.worldPerPixel();
    const auto nameOf = [&](const SnapResult& r) {
        for (const Candidate& c : candidates)
            if (c.layer == r.layer)
                return featureName(c, r.feature);
        return QString();
    };
    const SnapResult r = snapper.snap(world.x(), world.y(), tolerance, self, skipRow);
    if (r.snapped()) {
        mCursorSnapped = true;
        mCursorOnVertex = r.kind == SnapResult::Kind::Vertex;
        setSnapText(
            tr("Snap: %1 (%2)").arg(nameOf(r), mCursorOnVertex ? tr("vertex") : tr("segment")));
        return QPointF(r.x, r.y);
    }
    const SnapResult near = pointsNear.snap(world.x(), world.y(), tolerance, self, skipRow);
    setSnapText(
        near.snapped()
            ? tr("Not snapped onto %1: hold Ctrl to place the point on it").arg(nameOf(near))
            : QString());
    return world;
}

void EditTool::clearSnap()
{
    mCursorSnapped = false;
    setSnapText(QString());
}

void EditTool::setSnapText(const QString& text)
{
    if (text == mSnapText)
        return;
    mSnapText = text;
    Q_EMIT snapChanged(text);
}

qint64 EditTool::featureAt(MapCanvas& canvas, const QPointF& pixel) const
{
    if (!mBuffer)
        return 0;
    const QPointF world = canvas.toWorld(pixel);
    const double tol = PickPixels * canvas.worldPerPixel();
    GEOSContextHandle_t ctx = geosContext();
    GeomPtr at(GEOSGeom_createPointFromXY_r(ctx, world.x(), world.y()));
    qint64 best = 0;
    double bestDistance = tol;
    for (qsizetype i = 0; i < mBuffer->count(); ++i) {
        const EditableFeature& f = mBuffer->feature(i);
        double d = 0;
        if (f.geometry && GEOSDistance_r(ctx, f.geometry.get(), at.get(), &d) &&
            d <= bestDistance) {
            bestDistance = d;
            best = f.fid;
        }
    }
    return best;
}

int EditTool::vertexAt(MapCanvas& canvas, const QPointF& pixel) const
{
    int best = -1;
    double bestDistance = PickPixels;
    for (int i = 0; i < mDragShape.size(); ++i) {
        const double d = QLineF(canvas.toPixel(mDragShape[i]), pixel).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void EditTool::pushGeometry(qint64 fid, SharedGeom g, const QString& text)
{
    if (g)
        mSession->push(new SetGeometryCommand(mBuffer, fid, std::move(g), text));
    mSelf.reset();
}

bool EditTool::mousePress(MapCanvas& canvas, QMouseEvent* e)
{
    if (!mBuffer)
        return false;
    const QPointF pixel = e->position();
    switch (mMode) {
    case Mode::AddPoint:
        if (e->button() != Qt::LeftButton)
            return false;
        Q_EMIT geometryDigitised(
            mLayerId,
            geometryOf({snapped(canvas, pixel, e->modifiers(), true)}, GeometryKind::Point));
        mSelf.reset();
        return true;
    case Mode::AddLine:
        if (e->button() == Qt::RightButton) {
            finishLine();
            return true;
        }
        if (e->button() != Qt::LeftButton)
            return false;
        mNewLine << snapped(canvas, pixel, e->modifiers(), false);
        canvas.update();
        return true;
    case Mode::Move:
    case Mode::Vertex: {
        if (mMode == Mode::Vertex && mDragFid != 0) {
            // Reshaping a line: a vertex under the cursor is dragged or (right button) removed.
            const int v = vertexAt(canvas, pixel);
            if (v >= 0 && e->button() == Qt::RightButton) {
                if (mDragShape.size() > 2) {
                    mDragShape.remove(v);
                    pushGeometry(mDragFid, geometryOf(mDragShape, GeometryKind::Line),
                                 tr("Remove vertex"));
                }
                canvas.update();
                return true;
            }
            if (v >= 0 && e->button() == Qt::LeftButton) {
                mDragVertex = v;
                mDragging = true;
                return true;
            }
        }
        if (e->button() != Qt::LeftButton)
            return false;
        const qint64 fid = featureAt(canvas, pixel);
        if (fid == 0) {
            mDragFid = 0;
            mDragShape.clear();
            canvas.update();
            return mMode == Mode::Vertex;
        }
        if (mMayChange && !mMayChange(fid)) {
            mDragFid = 0;
            mDragShape.clear();
            canvas.update();
            return true;
        }
        const EditableFeature* f = mBuffer->find(fid);
        mDragFid = fid;
        mDragShape = verticesOf(f->geometry.get());
        mDragStart = canvas.toWorld(pixel);
        mDragVertex = -1;
        mDragging = mMode == Mode::Move;
        canvas.update();
        return true;
    }
    }
    return false;
}

bool EditTool::mouseMove(MapCanvas& canvas, QMouseEvent* e)
{
    if (!mBuffer)
        return false;
    const bool drawing = mMode == Mode::AddLine || mMode == Mode::AddPoint;
    if (drawing || (mDragging && mDragVertex >= 0)) {
        mCursor = snapped(canvas, e->position(), e->modifiers(), mMode == Mode::AddPoint,
                          mDragVertex >= 0 ? mDragFid : 0);
        if (mDragging && mDragVertex >= 0)
            mDragShape[mDragVertex] = mCursor;
        canvas.update();
        return mDragging || drawing;
    }
    if (mDragging && mDragVertex < 0) {
        const QPointF now = canvas.toWorld(e->position());
        const QPointF delta = now - mDragStart;
        mDragStart = now;
        for (QPointF& p : mDragShape)
            p += delta;
        if (mKind == GeometryKind::Point && !mDragShape.isEmpty()) {
            // Where the drop will land, marked before the button is let go.
            mCursor =
                snapped(canvas, canvas.toPixel(mDragShape[0]), e->modifiers(), true, mDragFid);
            Q_EMIT pointDragged(mLayerId, mDragFid, mDragShape[0].x(), mDragShape[0].y());
        }
        canvas.update();
        return true;
    }
    return false;
}

bool EditTool::mouseRelease(MapCanvas& canvas, QMouseEvent* e)
{
    if (!mDragging || e->button() != Qt::LeftButton)
        return mMode != Mode::AddPoint && mMode != Mode::AddLine ? mDragFid != 0 : true;
    mDragging = false;
    if (mDragVertex < 0 && mKind == GeometryKind::Point) {
        // A point dropped on something snaps onto it (onto a point only when asked).
        mDragShape[0] =
            snapped(canvas, canvas.toPixel(mDragShape[0]), e->modifiers(), true, mDragFid);
        mCursorSnapped = false;
        setSnapText(QString());
    }
    pushGeometry(mDragFid, geometryOf(mDragShape, mKind),
                 mDragVertex >= 0 ? tr("Move vertex") : tr("Move feature"));
    Q_EMIT dragFinished(mLayerId, mDragFid);
    mDragVertex = -1;
    if (mMode == Mode::Move)
        mDragFid = 0;
    canvas.update();
    return true;
}

bool EditTool::mouseDoubleClick(MapCanvas& canvas, QMouseEvent* e)
{
    if (mMode == Mode::AddLine) {
        finishLine();
        canvas.update();
        return true;
    }
    if (mMode == Mode::Vertex && mDragFid != 0 && mKind == GeometryKind::Line) {
        // Insert a vertex on the segment under the cursor.
        const QPointF pixel = e->position();
        for (int i = 1; i < mDragShape.size(); ++i) {
            const QLineF seg(canvas.toPixel(mDragShape[i - 1]), canvas.toPixel(mDragShape[i]));
            const QPointF d = seg.p2() - seg.p1();
            const double len2 = d.x() * d.x() + d.y() * d.y();
            const double t =
                len2 > 0 ? std::clamp(QPointF::dotProduct(pixel - seg.p1(), d) / len2, 0.0, 1.0)
                         : 0.0;
            if (QLineF(seg.p1() + t * d, pixel).length() <= PickPixels) {
                mDragShape.insert(i, canvas.toWorld(pixel));
                pushGeometry(mDragFid, geometryOf(mDragShape, GeometryKind::Line),
                             tr("Add vertex"));
                canvas.update();
                return true;
            }
        }
    }
    return false;
}

void EditTool::finishLine()
{
    if (mNewLine.size() >= 2)
        Q_EMIT geometryDigitised(mLayerId, geometryOf(mNewLine, GeometryKind::Line));
    mNewLine.clear();
    mSelf.reset();
}

bool EditTool::keyPress(MapCanvas& canvas, QKeyEvent* e)
{
    if (mMode != Mode::AddLine || mNewLine.isEmpty())
        return false;
    if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter)
        finishLine();
    else if (e->key() == Qt::Key_Backspace)
        mNewLine.removeLast();
    else if (e->key() == Qt::Key_Escape)
        mNewLine.clear();
    else
        return false;
    canvas.update();
    return true;
}

void EditTool::paint(MapCanvas& canvas, QPainter& painter)
{
    const QColor ink(200, 0, 160);
    QPolygonF line;
    for (const QPointF& p : mNewLine)
        line << canvas.toPixel(p);
    if (!mNewLine.isEmpty() && mMode == Mode::AddLine)
        line << canvas.toPixel(mCursor);
    if (line.size() >= 2) {
        painter.setPen(QPen(ink, 2, Qt::DashLine));
        painter.drawPolyline(line);
    }
    if (mDragFid != 0 && !mDragShape.isEmpty()) {
        QPolygonF shape;
        for (const QPointF& p : mDragShape)
            shape << canvas.toPixel(p);
        painter.setPen(QPen(ink, 2));
        if (shape.size() >= 2)
            painter.drawPolyline(shape);
        painter.setBrush(Qt::white);
        for (const QPointF& p : shape)
            painter.drawRect(QRectF(p.x() - 4, p.y() - 4, 8, 8));
    }
    const bool pointDrag = mDragging && mDragVertex < 0 && mKind == GeometryKind::Point;
    if (mCursorSnapped &&
        (mMode == Mode::AddLine || mMode == Mode::AddPoint || mDragVertex >= 0 || pointDrag)) {
        // The snap marker, as QGIS draws it: a magenta square on a vertex, a cross on a
        // segment, where the click will land.
        const QPointF c = canvas.toPixel(mCursor);
        painter.setPen(QPen(SnapMarkerColor, 2));
        painter.setBrush(Qt::NoBrush);
        if (mCursorOnVertex) {
            painter.drawRect(QRectF(c.x() - 6, c.y() - 6, 12, 12));
        } else {
            painter.drawLine(c - QPointF(6, 6), c + QPointF(6, 6));
            painter.drawLine(c - QPointF(6, -6), c + QPointF(6, -6));
        }
    }
}

} // namespace wm
