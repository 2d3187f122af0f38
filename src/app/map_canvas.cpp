#include "app/map_canvas.h"

#include "app/canvas_tool.h"

#include "app/map_document.h"
#include "core/feature_query.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace wm {

namespace {
constexpr int MaxHistory = 50;
constexpr qint64 PartialAfterMs = 30;  ///< a render done sooner is shown only when done
constexpr qint64 PartialEveryMs = 100; ///< at most ten partial images a second
constexpr double WheelStep = 0.8;      ///< extent factor per wheel notch (zoom in by 1.25×)
} // namespace

MapCanvas::MapCanvas(MapDocument* document, QWidget* parent) : QWidget(parent), mDocument(document)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    mRenderDelay.setSingleShot(true);
    mRenderDelay.setInterval(30); // coalesce bursts of wheel events into one render
    connect(&mRenderDelay, &QTimer::timeout, this, &MapCanvas::startRender);
    connect(&mRender, &QFutureWatcher<RenderResult>::finished, this, &MapCanvas::onRenderFinished);
    connect(document, &MapDocument::projectChanged, this, [this] {
        mHistory.clear();
        mHistoryPos = -1;
        mImage = QImage();
        mImagePartial = false;
        zoomToAll();
    });
    connect(document, &MapDocument::layersChanged, this, &MapCanvas::refresh);
    connect(document, &MapDocument::selectionChanged, this, &MapCanvas::refresh);
}

MapCanvas::~MapCanvas()
{
    if (mCancel)
        mCancel->store(true);
    mRender.waitForFinished();
}

MapSettings MapCanvas::settings() const
{
    MapSettings s;
    s.extent = mExtent;
    s.size = size();
    s.dpi = logicalDpiX();
    return s;
}

Extent MapCanvas::visibleExtent() const
{
    return settings().visibleExtent();
}

double MapCanvas::scaleDenominator() const
{
    return settings().scaleDenominator();
}

QPointF MapCanvas::toWorld(const QPointF& pixel) const
{
    return settings().worldToPixel().inverted().map(pixel);
}

QPointF MapCanvas::toPixel(const QPointF& world) const
{
    return settings().worldToPixel().map(world);
}

void MapCanvas::applyExtent(const Extent& extent, bool recordHistory)
{
    if (extent.isNull() || extent.width() <= 0 || extent.height() <= 0)
        return;
    mExtent = extent;
    if (recordHistory) {
        mHistory.resize(mHistoryPos + 1);
        mHistory << extent;
        if (mHistory.size() > MaxHistory)
            mHistory.removeFirst();
        mHistoryPos = int(mHistory.size()) - 1;
    }
    Q_EMIT historyChanged(mHistoryPos > 0, mHistoryPos + 1 < mHistory.size());
    Q_EMIT extentChanged();
    update();
    scheduleRender();
}

void MapCanvas::setExtent(const Extent& extent)
{
    applyExtent(extent, true);
}

void MapCanvas::zoomToAll()
{
    if (mDocument->hasProject())
        setExtent(mDocument->project().extent.buffered(0.03));
}

void MapCanvas::zoomToLayer(int layerIndex)
{
    const LoadedLayer& l = mDocument->layer(layerIndex);
    if (l.data && !l.data->extent().isNull())
        setExtent(l.data->extent().buffered(0.05));
    else if (l.raster && !l.raster->info().extent.isNull())
        setExtent(l.raster->info().extent);
}

void MapCanvas::zoomToFeatures(const QString& layerId, const std::vector<qsizetype>& features)
{
    const int index = mDocument->indexOf(layerId);
    if (index < 0 || !mDocument->layer(index).data)
        return;
    const Layer& layer = *mDocument->layer(index).data;
    Extent e;
    for (const qsizetype i : features)
        e.include(layer.envelope(i));
    if (e.isNull())
        return;
    // A single point has no size: show it at a street-level scale.
    if (e.width() < 200 && e.height() < 200)
        e = Extent::of(e.centerX() - 250, e.centerY() - 250, e.centerX() + 250, e.centerY() + 250);
    setExtent(e.buffered(0.1));
}

void MapCanvas::zoomBy(double factor, const QPointF& pixelCenter)
{
    const Extent e = visibleExtent();
    if (e.isNull())
        return;
    // The world point under `pixelCenter` stays under it.
    const QPointF c = toWorld(pixelCenter);
    setExtent({c.x() - (c.x() - e.xMin) * factor, c.y() - (c.y() - e.yMin) * factor,
               c.x() + (e.xMax - c.x()) * factor, c.y() + (e.yMax - c.y()) * factor});
}

void MapCanvas::setScale(double denominator)
{
    if (denominator <= 0)
        return;
    const Extent e = visibleExtent();
    setExtent(settings().extentForScale(e.centerX(), e.centerY(), denominator));
}

void MapCanvas::previousExtent()
{
    if (mHistoryPos > 0)
        applyExtent(mHistory[--mHistoryPos], false);
}

void MapCanvas::nextExtent()
{
    if (mHistoryPos + 1 < mHistory.size())
        applyExtent(mHistory[++mHistoryPos], false);
}

void MapCanvas::setTool(Tool tool)
{
    mTool = tool;
    if (mCanvasTool) {
        // Choosing Identify while Move Feature is active must not leave clicks to the editor.
        mCanvasTool = nullptr;
        update();
        Q_EMIT canvasToolChanged(false);
    }
    setCursor(tool == Tool::Pan        ? Qt::OpenHandCursor
              : tool == Tool::Identify ? Qt::WhatsThisCursor
                                       : Qt::CrossCursor);
}

void MapCanvas::refresh()
{
    scheduleRender();
}

void MapCanvas::redrawSoon()
{
    if (mRenderDelay.isActive())
        return; // a render is about to start anyway
    if (mRender.isRunning())
        mRedrawAfter = true;
    else
        mRenderDelay.start();
}

void MapCanvas::scheduleRender()
{
    if (mCancel)
        mCancel->store(true); // the running render is for a view that no longer is
    mRenderDelay.start();
}

void MapCanvas::startRender()
{
    if (!mDocument->hasProject() || mExtent.isNull() || size().isEmpty())
        return;
    if (mRender.isRunning()) {
        mRenderAgain = true; // start when the cancelled one has returned
        return;
    }
    mCancel = std::make_shared<std::atomic<bool>>(false);
    const MapSettings s = settings();
    MapRenderer renderer(s, mDocument->renderLayers());
    // With nothing to show (a project just opened), the map is shown as it fills, layer by
    // layer; otherwise the last image, moved or scaled, stands in until the new one is done.
    const bool fillIn = mImage.isNull() || mImagePartial;
    Q_EMIT renderStarted();
    mRender.setFuture(QtConcurrent::run([this, renderer = std::move(renderer), cancel = mCancel, s,
                                         fillIn]() {
        QElapsedTimer timer;
        timer.start();
        qint64 lastShown = std::numeric_limits<qint64>::min() / 2;
        MapRenderer::ImageSoFar soFar;
        if (fillIn)
            soFar = [&](const QImage& drawing) {
                // A quick map is shown once, whole; a slow one fills in at most ten times a
                // second (each copy is the size of the map).
                const qint64 now = timer.elapsed();
                if (now < PartialAfterMs || now - lastShown < PartialEveryMs)
                    return;
                lastShown = now;
                QMetaObject::invokeMethod(
                    this,
                    [this, image = drawing.copy(), s, cancel] { showPartial(image, s, cancel); },
                    Qt::QueuedConnection);
            };
        RenderResult r;
        r.settings = s;
        r.image = renderer.renderImage(QColor(250, 250, 248), cancel.get(), &r.stats, soFar);
        r.ms = timer.elapsed();
        return r;
    }));
}

void MapCanvas::showPartial(const QImage& image, const MapSettings& settings,
                            const std::shared_ptr<std::atomic<bool>>& cancel)
{
    // A partial image of a render that was cancelled, or arriving after a finished map
    // of this view, is stale.
    if (cancel != mCancel || cancel->load() || !(mImage.isNull() || mImagePartial))
        return;
    mImage = image;
    mImageSettings = settings;
    mImagePartial = true;
    update();
}

void MapCanvas::onRenderFinished()
{
    RenderResult r = mRender.result();
    if (!r.stats.cancelled) {
        mImage = std::move(r.image);
        mImagePartial = false;
        mImageSettings = r.settings;
        update();
        Q_EMIT renderFinished(r.ms, r.stats);
    }
    if (mRenderAgain || r.stats.cancelled) {
        mRenderAgain = false;
        if (r.stats.cancelled || !(r.settings.extent == mExtent)) {
            mRedrawAfter = false;
            startRender();
        }
    }
    if (mRedrawAfter && !mRender.isRunning()) {
        mRedrawAfter = false;
        mRenderDelay.start();
    }
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(250, 250, 248));
    if (!mDocument->hasProject()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter,
                         tr("Open a project (File ▸ Open) to see its map."));
        return;
    }
    if (!mImage.isNull()) {
        // Where the last image's extent lies in the current view: a pan shifts it, a zoom
        // scales it; both are a single blit, far under a frame's time.
        const Extent e = mImageSettings.visibleExtent();
        const QRectF target(toPixel(QPointF(e.xMin, e.yMax)), toPixel(QPointF(e.xMax, e.yMin)));
        painter.setRenderHint(QPainter::SmoothPixmapTransform,
                              target.size() != QSizeF(mImage.size()));
        painter.drawImage(target, mImage);
    }
    if (!mRubberBand.isNull()) {
        painter.setPen(QPen(QColor(30, 110, 220), 1, Qt::DashLine));
        painter.setBrush(QColor(30, 110, 220, 40));
        painter.drawRect(mRubberBand);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const QPointer<CanvasTool>& overlay : mOverlays)
        if (overlay) {
            painter.save();
            overlay->paint(*this, painter);
            painter.restore();
        }
    if (mCanvasTool)
        mCanvasTool->paint(*this, painter);
}

double MapCanvas::worldPerPixel() const
{
    return std::abs(toWorld(QPointF(1, 0)).x() - toWorld(QPointF(0, 0)).x());
}

void MapCanvas::setCanvasTool(CanvasTool* tool)
{
    const bool changed = (tool != nullptr) != (mCanvasTool != nullptr);
    mCanvasTool = tool;
    setCursor(tool ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
    if (changed)
        Q_EMIT canvasToolChanged(tool != nullptr);
}

void MapCanvas::addOverlay(CanvasTool* overlay)
{
    mOverlays << overlay;
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (mCanvasTool && mCanvasTool->mouseDoubleClick(*this, event))
        return;
    QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    scheduleRender();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (mCanvasTool && mCanvasTool->mousePress(*this, event))
        return;
    if (event->button() != Qt::LeftButton)
        return;
    mPressed = true;
    mPressPos = mLastPos = event->pos();
    mPressExtent = mExtent;
    if (mTool == Tool::Pan && !(event->modifiers() & Qt::ShiftModifier))
        setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF world = toWorld(event->position());
    Q_EMIT cursorMoved(world.x(), world.y());
    if (mCanvasTool && mCanvasTool->mouseMove(*this, event))
        return;
    if (!mPressed)
        return;
    const bool rubber = mTool == Tool::ZoomIn || mTool == Tool::Select ||
                        (mTool == Tool::Pan && (event->modifiers() & Qt::ShiftModifier));
    if (rubber) {
        mRubberBand = QRect(mPressPos, event->pos()).normalized();
        update();
        return;
    }
    if (mTool != Tool::Pan)
        return;
    const double upp = settings().mapUnitsPerPixel();
    const QPoint d = event->pos() - mPressPos;
    mExtent = {mPressExtent.xMin - d.x() * upp, mPressExtent.yMin + d.y() * upp,
               mPressExtent.xMax - d.x() * upp, mPressExtent.yMax + d.y() * upp};
    update(); // the cached image follows the mouse; the render waits for the release
    mLastPos = event->pos();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (mCanvasTool && mCanvasTool->mouseRelease(*this, event))
        return;
    if (!mPressed)
        return;
    mPressed = false;
    const QRect band = mRubberBand;
    mRubberBand = QRect();
    // Exactly the dragged corners (a QRect's far edge lies one pixel beyond them).
    const QRectF dragged = QRectF(QPointF(mPressPos), event->position()).normalized();
    const bool click = (event->pos() - mPressPos).manhattanLength() < 4;
    switch (mTool) {
    case Tool::Pan:
        setCursor(Qt::OpenHandCursor);
        if (!band.isNull() && band.width() > 4 && band.height() > 4) {
            setExtent(Extent::of(toWorld(dragged.topLeft()).x(), toWorld(dragged.topLeft()).y(),
                                 toWorld(dragged.bottomRight()).x(),
                                 toWorld(dragged.bottomRight()).y()));
        } else if (!click) {
            applyExtent(mExtent, true);
        }
        break;
    case Tool::ZoomIn:
        if (click || band.width() < 4 || band.height() < 4)
            zoomBy(0.5, event->position());
        else
            setExtent(Extent::of(toWorld(dragged.topLeft()).x(), toWorld(dragged.topLeft()).y(),
                                 toWorld(dragged.bottomRight()).x(),
                                 toWorld(dragged.bottomRight()).y()));
        break;
    case Tool::Identify:
        identifyAt(event->position());
        break;
    case Tool::Select:
        selectIn(click ? QRectF(event->position(), QSizeF(0, 0)) : dragged,
                 event->modifiers() & Qt::AltModifier ? SelectMode::Remove
                 : event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)
                     ? SelectMode::Add
                     : SelectMode::Replace);
        break;
    }
    update();
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomBy(std::pow(WheelStep, notches), event->position());
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (mCanvasTool && mCanvasTool->keyPress(*this, event))
        return;
    const Extent e = visibleExtent();
    const double dx = e.width() / 4, dy = e.height() / 4;
    switch (event->key()) {
    case Qt::Key_Left:
        setExtent({e.xMin - dx, e.yMin, e.xMax - dx, e.yMax});
        break;
    case Qt::Key_Right:
        setExtent({e.xMin + dx, e.yMin, e.xMax + dx, e.yMax});
        break;
    case Qt::Key_Up:
        setExtent({e.xMin, e.yMin + dy, e.xMax, e.yMax + dy});
        break;
    case Qt::Key_Down:
        setExtent({e.xMin, e.yMin - dy, e.xMax, e.yMax - dy});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5, rect().center());
        break;
    case Qt::Key_Minus:
        zoomBy(2.0, rect().center());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

double MapCanvas::pixelTolerance() const
{
    return 5 * settings().mapUnitsPerPixel();
}

void MapCanvas::identifyAt(const QPointF& pixel)
{
    const QPointF w = toWorld(pixel);
    QList<QPair<QString, qsizetype>> hits;
    for (int i = mDocument->layerCount() - 1; i >= 0; --i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (!l.entry.visible || !l.data)
            continue;
        for (const qsizetype f : featuresAt(*l.data, w.x(), w.y(), pixelTolerance()))
            hits << qMakePair(l.entry.id, f);
    }
    Q_EMIT identified(hits);
}

void MapCanvas::selectIn(const QRectF& pixels, SelectMode mode)
{
    const QPointF a = toWorld(pixels.topLeft()), b = toWorld(pixels.bottomRight());
    const Extent rect = Extent::of(a.x(), a.y(), b.x(), b.y()).buffered(0);
    // A click has no area: it takes what lies within a few pixels, as identify does.
    const double slack = pixels.isEmpty() ? pixelTolerance() : 0;
    const Extent area{rect.xMin - slack, rect.yMin - slack, rect.xMax + slack, rect.yMax + slack};
    auto selectable = [&](int i) {
        const LoadedLayer& l = mDocument->layer(i);
        return l.entry.visible && l.data && l.data->kind != GeometryKind::None;
    };
    // As QGIS: the current (active) layer, whatever lies above it; without one, the
    // topmost layer with features in the rectangle.
    int target = mCurrentLayer ? mCurrentLayer() : -1;
    if (target < 0 || target >= mDocument->layerCount() || !selectable(target)) {
        target = -1;
        for (int i = mDocument->layerCount() - 1; i >= 0 && target < 0; --i)
            if (selectable(i) && !featuresIntersecting(*mDocument->layer(i).data, area).empty())
                target = i;
    }
    if (target < 0) {
        if (mode == SelectMode::Replace)
            mDocument->clearSelection();
        return;
    }
    const QString id = mDocument->layer(target).entry.id;
    std::vector<qsizetype> found = featuresIntersecting(*mDocument->layer(target).data, area);
    std::sort(found.begin(), found.end());
    std::vector<qsizetype> sortedOld = mDocument->selection(id);
    std::sort(sortedOld.begin(), sortedOld.end());
    std::vector<qsizetype> result;
    if (mode == SelectMode::Add) {
        std::set_union(sortedOld.begin(), sortedOld.end(), found.begin(), found.end(),
                       std::back_inserter(result));
    } else if (mode == SelectMode::Remove) {
        std::set_difference(sortedOld.begin(), sortedOld.end(), found.begin(), found.end(),
                            std::back_inserter(result));
    } else {
        result = std::move(found);
        mDocument->clearSelection();
    }
    mDocument->setSelection(id, std::move(result));
}

} // namespace wm
