#include "app/raster_controller.h"

#include "app/map_canvas.h"
#include "app/map_document.h"
#include "app/tile_service_dialog.h"
#include "core/error.h"
#include "io/gdal_raster_source.h"
#include "io/project_loader.h"
#include "io/raster_preparation.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace wm {

namespace {
/// Files whose overviews the user declined: never asked again.
const char* const DeclinedKey = "rasters/overviewsDeclined";
} // namespace

RasterController::RasterController(MapDocument* document, MapCanvas* canvas, QStatusBar* statusBar,
                                   QWidget* window)
    : QObject(window), mDocument(document), mCanvas(canvas), mWindow(window)
{
    mTiles = new QLabel(window);
    mTiles->hide();
    mBuildProgress = new QProgressBar(window);
    mBuildProgress->setRange(0, 1000);
    mBuildProgress->setMaximumWidth(140);
    mBuildProgress->setMaximumHeight(14);
    mBuildProgress->setFormat(tr("overviews %p%"));
    mBuildProgress->hide();
    statusBar->addPermanentWidget(mTiles);
    statusBar->addPermanentWidget(mBuildProgress);
    connect(document, &MapDocument::layersChanged, this, &RasterController::watchSources);
    // After the project is shown (its own layersChanged first), not inside its signal.
    connect(document, &MapDocument::projectChanged, this,
            [this] { QTimer::singleShot(0, this, &RasterController::offerOverviews); });
    connect(&mBuild, &QFutureWatcher<Built>::progressValueChanged, mBuildProgress,
            &QProgressBar::setValue);
    connect(&mBuild, &QFutureWatcher<Built>::finished, this, [this] {
        mBuildProgress->hide();
        const Built built = mBuild.result();
        const int index = mDocument->indexOf(built.layerId);
        if (!built.error.isEmpty()) {
            QMessageBox::warning(mWindow, tr("Overviews not built"), built.error);
        } else if (index >= 0) {
            // The layer reads the same file faster: not an edit of the project.
            const bool modified = mDocument->isModified();
            mDocument->replaceLayer(index, built.layer);
            mDocument->setModified(modified);
            Q_EMIT overviewsBuilt(built.layerId);
        }
        if (!mQueued.isEmpty())
            buildOverviews(mQueued.takeFirst());
    });
}

RasterController::~RasterController()
{
    mBuild.waitForFinished();
}

void RasterController::watchSources()
{
    for (const QMetaObject::Connection& c : mWatched)
        disconnect(c);
    mWatched.clear();
    if (!mDocument->hasProject())
        return;
    for (int i = 0; i < mDocument->layerCount(); ++i) {
        const LoadedLayer& l = mDocument->layer(i);
        RasterUpdates* updates = l.raster ? l.raster->updates() : nullptr;
        if (!updates)
            continue;
        // Tiles arrived: draw again after the running render, never cancelling it (a
        // stream of arrivals would otherwise keep the map from ever finishing).
        mWatched << connect(updates, &RasterUpdates::changed, mCanvas, &MapCanvas::redrawSoon);
        mWatched << connect(updates, &RasterUpdates::progress, this,
                            &RasterController::showProgress);
    }
}

void RasterController::showProgress(int pending, int, int failed)
{
    if (pending == 0 && failed == 0) {
        mTiles->hide();
        return;
    }
    mTiles->setText(pending == 0 ? tr("Tiles: %1 failed").arg(failed)
                    : failed > 0 ? tr("Tiles: %1 loading, %2 failed").arg(pending).arg(failed)
                                 : tr("Tiles: %1 loading").arg(pending));
    QStringList problems;
    for (int i = 0; i < mDocument->layerCount(); ++i)
        if (const auto& raster = mDocument->layer(i).raster)
            problems << raster->problems();
    mTiles->setToolTip(
        problems.mid(std::max(0, int(problems.size()) - 10)).join(QLatin1Char('\n')));
    mTiles->show();
}

void RasterController::addLayer(LoadedLayer layer)
{
    if (!mDocument->hasProject() || !layer.raster)
        return;
    const QString base = layer.entry.id.isEmpty() ? QStringLiteral("raster") : layer.entry.id;
    QString id = base;
    for (int n = 2; mDocument->indexOf(id) >= 0; ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    layer.entry.id = id;
    // A tile service is a basemap: at the very bottom. A file (imagery, a DEM) goes above
    // the rasters already there, under every vector layer.
    int position = 0;
    while (!layer.entry.isServiceSource() && position < mDocument->layerCount() &&
           mDocument->layer(position).entry.isRaster())
        ++position;
    mDocument->addLayer(layer);
    mDocument->moveLayer(mDocument->layerCount() - 1, position);
    QTimer::singleShot(0, this, &RasterController::offerOverviews);
}

void RasterController::addTileServiceDialog()
{
    if (!mDocument->hasProject())
        return;
    TileServiceDialog dialog(mWindow);
    if (dialog.exec() == QDialog::Accepted)
        addTileServices(dialog.entries());
}

void RasterController::addTileServices(const QVector<LayerEntry>& entries)
{
    const ProjectLoader loader(mDocument->roles());
    for (LayerEntry entry : entries) {
        entry.id = QStringLiteral("basemap");
        const LoadedLayer layer =
            loader.loadLayer(mDocument->project().project, entry, mDocument->project().crs);
        if (!layer.raster) {
            QMessageBox::warning(mWindow, tr("Cannot add the tile service"), layer.problem);
            return;
        }
        addLayer(layer);
    }
}

void RasterController::offerOverviews()
{
    if (!mDocument->hasProject())
        return;
    QSettings settings;
    QStringList declined = settings.value(QLatin1String(DeclinedKey)).toStringList();
    for (const int index : layersNeedingOverviews(mDocument->project())) {
        const LoadedLayer& l = mDocument->layer(index);
        const auto* file = dynamic_cast<const GdalRasterSource*>(l.raster.get());
        if (!file || declined.contains(file->path()) || mQueued.contains(l.entry.id))
            continue;
        if (mAsk) {
            const QSize size = l.raster->info().size;
            const QLocale locale;
            const auto answer = QMessageBox::question(
                mWindow, tr("Build overviews?"),
                tr("%1 is %2 × %3 pixels and has no overviews (reduced copies for views of a "
                   "large area): every view of all of it reads all %4 million pixels, which "
                   "is slow.\n\nBuild them now? They are kept in WorksMap's cache; your file "
                   "and its folder are not changed. Asked once per file.")
                    .arg(l.entry.displayName(), locale.toString(size.width()),
                         locale.toString(size.height()))
                    .arg(qint64(size.width()) * size.height() / 1000000));
            if (answer != QMessageBox::Yes) {
                declined << file->path();
                settings.setValue(QLatin1String(DeclinedKey), declined);
                continue;
            }
        }
        if (mBuild.isRunning())
            mQueued << l.entry.id;
        else
            buildOverviews(l.entry.id);
    }
}

void RasterController::buildOverviews(const QString& layerId)
{
    const int index = mDocument->indexOf(layerId);
    if (index < 0 || mBuild.isRunning())
        return;
    // A copy of the project for the worker: layers are shared snapshots.
    const auto project = std::make_shared<LoadedProject>(mDocument->project());
    mBuildProgress->setValue(0);
    mBuildProgress->show();
    mBuild.setFuture(QtConcurrent::run([project, index, layerId](QPromise<Built>& promise) {
        promise.setProgressRange(0, 1000);
        Built built{layerId, {}, {}};
        try {
            built.layer = withOverviews(*project, index, [&promise](qint64 done, qint64) {
                promise.setProgressValue(int(done));
                return !promise.isCanceled();
            });
        } catch (const Error& e) {
            built.error = e.message();
        }
        promise.addResult(built);
    }));
}

} // namespace wm
