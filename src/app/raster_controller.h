#pragma once

#include "core/loaded_project.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QStringList>

class QLabel;
class QProgressBar;
class QStatusBar;
class QWidget;

namespace wm {

class MapCanvas;
class MapDocument;

/// The window's side of raster layers and basemaps: adds them (files and tile services)
/// under the vector layers, redraws the canvas when tiles arrive, shows the fetch in the
/// status bar, and offers once per file to build the overviews a large raster lacks (in
/// the cache, on a worker thread; the user's file is never written).
class RasterController : public QObject {
    Q_OBJECT
public:
    RasterController(MapDocument* document, MapCanvas* canvas, QStatusBar* statusBar,
                     QWidget* window);
    ~RasterController() override;

    /// Adds a loaded raster layer (source absolute) with an id not yet used: a tile service
    /// at the bottom, a file above the other rasters and under the first vector layer;
    /// then offers its overviews.
    void addLayer(LoadedLayer layer);
    /// File ▸ Add Tile Service…
    void addTileServiceDialog();
    /// Adds tile-service layers as the dialog describes them (tests call this directly).
    void addTileServices(const QVector<LayerEntry>& entries);
    /// Asks, once per file, to build the overviews the project's large rasters lack.
    void offerOverviews();
    /// Builds the overviews of layer `layerId` in the background (no question asked).
    void buildOverviews(const QString& layerId);
    bool isBuilding() const { return mBuild.isRunning(); }

    /// When false, offerOverviews() builds without asking (tests; default true).
    void setAskBeforeBuilding(bool ask) { mAsk = ask; }

Q_SIGNALS:
    /// Overviews of a layer were built and the layer now reads them.
    void overviewsBuilt(const QString& layerId);

private:
    void watchSources();
    void showProgress(int pending, int done, int failed);

    MapDocument* mDocument;
    MapCanvas* mCanvas;
    QWidget* mWindow;
    QLabel* mTiles = nullptr;
    QProgressBar* mBuildProgress = nullptr;
    QList<QMetaObject::Connection> mWatched;
    struct Built {
        QString layerId;
        LoadedLayer layer;
        QString error;
    };
    QFutureWatcher<Built> mBuild;
    QStringList mQueued; ///< layers waiting for their overviews
    bool mAsk = true;
};

} // namespace wm
