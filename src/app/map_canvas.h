#pragma once

#include <functional>

#include "app/canvas_tool.h"
#include "core/extent.h"
#include "render/map_renderer.h"
#include "render/map_settings.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

namespace wm {

class MapDocument;

/// The map a planner works in. Renders run on a worker thread from a snapshot of the
/// document and are cancelled when the view changes; until the new image is ready the
/// last one is drawn shifted and scaled to the current view, so panning never waits.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Pan, ZoomIn, Identify, Select };

    explicit MapCanvas(MapDocument* document, QWidget* parent = nullptr);
    ~MapCanvas() override;

    Extent extent() const { return mExtent; }
    /// The extent actually shown (the requested one fitted to the widget's aspect).
    Extent visibleExtent() const;
    double scaleDenominator() const;
    MapSettings settings() const;
    Tool tool() const { return mTool; }
    bool isRendering() const { return mRender.isRunning(); }
    /// The last finished render (for tests and export of the view).
    const QImage& renderedImage() const { return mImage; }
    QPointF toWorld(const QPointF& pixel) const;
    /// World units per pixel at the current view.
    double worldPerPixel() const;
    /// Hands the mouse to `tool` (an editing tool) until it is replaced or null.
    void setCanvasTool(CanvasTool* tool);
    /// Where the Select tool selects: the layer this returns (the layer panel's current
    /// layer, as QGIS's active layer); -1 or unset: the topmost layer with features there.
    void setCurrentLayerSource(std::function<int()> currentLayer)
    {
        mCurrentLayer = std::move(currentLayer);
    }
    CanvasTool* canvasTool() const { return mCanvasTool; }
    /// Something drawn over the map without a new render (live coverage, proposals being
    /// dragged); several may be set, each drawn after the tool.
    void addOverlay(CanvasTool* overlay);
    QPointF toPixel(const QPointF& world) const;

public Q_SLOTS:
    void setExtent(const Extent& extent);
    void zoomToAll();
    void zoomToLayer(int layerIndex);
    void zoomToFeatures(const QString& layerId, const std::vector<qsizetype>& features);
    void zoomBy(double factor, const QPointF& pixelCenter);
    void setScale(double denominator);
    void previousExtent();
    void nextExtent();
    void setTool(Tool tool);
    void refresh();
    /// Draws again once the running render has finished, without cancelling it: for new
    /// pixels of the same view (tiles that arrived), which keep coming while one draws.
    void redrawSoon();

Q_SIGNALS:
    void extentChanged();
    /// An editing tool took the mouse (true) or gave it back to a navigation tool (false):
    /// one tool is active at a time, so the other group's button is released.
    void canvasToolChanged(bool editing);
    void cursorMoved(double x, double y);
    /// Identify tool: these features (per layer id) are under the click, topmost layer first.
    void identified(const QList<QPair<QString, qsizetype>>& hits);
    void renderStarted();
    void renderFinished(qint64 milliseconds, const RenderStats& stats);
    void historyChanged(bool canGoBack, bool canGoForward);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct RenderResult {
        QImage image;
        MapSettings settings;
        RenderStats stats;
        qint64 ms = 0;
    };
    void scheduleRender();
    void startRender();
    void onRenderFinished();
    /// A copy of the image being drawn, shown while there is no finished map of this view.
    void showPartial(const QImage& image, const MapSettings& settings,
                     const std::shared_ptr<std::atomic<bool>>& cancel);
    void applyExtent(const Extent& extent, bool recordHistory);
    void identifyAt(const QPointF& pixel);
    /// Shift/Ctrl add to the selection, Alt removes from it, as in QGIS.
    enum class SelectMode { Replace, Add, Remove };
    void selectIn(const QRectF& pixels, SelectMode mode);
    double pixelTolerance() const;

    MapDocument* mDocument;
    Extent mExtent;
    QVector<Extent> mHistory;
    int mHistoryPos = -1;
    Tool mTool = Tool::Pan;

    QImage mImage;
    MapSettings mImageSettings;
    QFutureWatcher<RenderResult> mRender;
    std::shared_ptr<std::atomic<bool>> mCancel;
    bool mRenderAgain = false;
    bool mImagePartial = false; ///< mImage is a render still in progress
    bool mRedrawAfter = false;  ///< redrawSoon() during a render
    QTimer mRenderDelay;

    bool mPressed = false;
    QPoint mPressPos;
    QPoint mLastPos;
    Extent mPressExtent;
    QRect mRubberBand;
    QPointer<CanvasTool> mCanvasTool;
    QList<QPointer<CanvasTool>> mOverlays;
    std::function<int()> mCurrentLayer;
};

} // namespace wm
