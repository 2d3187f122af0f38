#include "app/main_window.h"

#include "app/layer_list.h"
#include "app/map_widget.h"
#include "core/coordinate_transform.h"
#include "core/error.h"
#include "io/project_opener.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace wm {

namespace {
const char* const RecentKey = "recentProjects";
constexpr int MaxRecent = 8;
} // namespace

MainWindow::MainWindow(RoleRegistry roles, QWidget* parent)
    : QMainWindow(parent), mRoles(std::move(roles))
{
    setObjectName(QStringLiteral("MainWindow"));
    mMap = new MapWidget(this);
    setCentralWidget(mMap);

    mLayers = new LayerList(this);
    auto* dock = new QDockWidget(tr("Layers"), this);
    dock->setObjectName(QStringLiteral("LayersDock"));
    dock->setWidget(mLayers);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    mCrsLabel = new QLabel(this);
    mCursorLabel = new QLabel(this);
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 0);
    mProgress->setMaximumWidth(160);
    mProgress->hide();
    statusBar()->addWidget(mCursorLabel, 1);
    statusBar()->addPermanentWidget(mProgress);
    statusBar()->addPermanentWidget(mCrsLabel);

    createMenus();
    connect(&mLoader, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::onLoaded);
    connect(mLayers, &LayerList::visibilityChanged, this, [this](int index, bool visible) {
        if (!mProject)
            return;
        mProject->layers[index].entry.visible = visible;
        mProject->project.layers[index].visible = visible;
        setModified(true);
        mMap->update();
    });
    connect(mMap, &MapWidget::cursorMoved, this, [this](double x, double y) {
        if (!mProject)
            return;
        double lon = x, lat = y;
        QString geographic;
        try {
            CoordinateTransform toCgcs(mProject->crs, Crs::cgcs2000());
            if (toCgcs.transform(lon, lat))
                geographic = tr("%1°E %2°N").arg(lon, 0, 'f', 5).arg(lat, 0, 'f', 5);
        } catch (const Error&) {
        }
        mCursorLabel->setText(
            tr("%1  |  x %2 m, y %3 m").arg(geographic).arg(x, 0, 'f', 1).arg(y, 0, 'f', 1));
    });

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1200, 800);
    updateTitle();
}

MainWindow::~MainWindow()
{
    mLoader.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &All"), mMap, &MapWidget::zoomToAll);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto& [code, label] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(current == code ||
                      (current.isEmpty() && (code == QLatin1String("zh_CN")) ==
                                                (QLocale().language() == QLocale::Chinese)));
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes when WorksMap is restarted."));
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WorksMap"), this, [this] {
        QMessageBox::about(
            this, tr("About WorksMap"),
            tr("WorksMap %1 — maps of livelihood works for city and county planners.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project or data"), QString(),
                                     tr("WorksMap projects (*.worksmap.json *.json);;Vector data "
                                        "(*.gpkg *.shp *.geojson *.csv *.xlsx "
                                        "*.ods *.dxf);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString& path)
{
    mLoadingPath = QFileInfo(path).absoluteFilePath();
    mProgress->show();
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    const RoleRegistry* roles = &mRoles;
    mLoader.setFuture(QtConcurrent::run([path = mLoadingPath, roles]() -> LoadResult {
        try {
            return {std::make_shared<LoadedProject>(openProjectOrDataset(path, *roles)), {}};
        } catch (const Error& e) {
            return {nullptr, e.message()};
        } catch (const std::exception& e) {
            return {nullptr, QString::fromUtf8(e.what())};
        }
    }));
}

void MainWindow::onLoaded()
{
    mProgress->hide();
    statusBar()->clearMessage();
    LoadResult result = mLoader.result();
    std::shared_ptr<LoadedProject> loaded = std::move(result.project);
    if (!loaded) {
        QMessageBox::critical(this, tr("Cannot open"),
                              tr("WorksMap could not open this file.\n\n%1").arg(result.error));
        Q_EMIT projectLoaded(false);
        return;
    }
    mProject = std::move(loaded);
    setModified(false);
    mLayers->showProject(mProject.get());
    mMap->setProject(mProject);
    mCrsLabel->setText(mProject->crs.description());
    if (isProjectFile(mLoadingPath))
        addRecent(mLoadingPath);
    updateTitle();

    QStringList missing;
    for (const LoadedLayer& l : mProject->layers)
        if (!l.isAvailable())
            missing << QStringLiteral("• %1: %2").arg(l.entry.displayName(), l.problem);
    if (!missing.isEmpty())
        QMessageBox::warning(this, tr("Layers unavailable"),
                             tr("These layers could not be read; they stay in the project:\n\n%1")
                                 .arg(missing.join(QLatin1Char('\n'))));
    Q_EMIT projectLoaded(true);
}

bool MainWindow::save()
{
    if (!mProject)
        return true;
    if (!isProjectFile(mProject->project.filePath) ||
        !QFileInfo::exists(mProject->project.filePath))
        return saveAs();
    return saveTo(mProject->project.filePath);
}

bool MainWindow::saveAs()
{
    if (!mProject)
        return true;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save project as"), mProject->project.filePath,
                                     tr("WorksMap projects (*.worksmap.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".worksmap.json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    try {
        mProject->project.extent = mMap->extent();
        mProject->project.save(path);
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot save"),
                              tr("The project was not saved.\n\n%1").arg(e.message()));
        return false;
    }
    for (int i = 0; i < mProject->layers.size(); ++i)
        mProject->layers[i].entry.source = mProject->project.layers[i].source;
    addRecent(path);
    setModified(false);
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!mModified)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The project has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::setModified(bool modified)
{
    mModified = modified;
    setWindowModified(modified);
}

void MainWindow::updateTitle()
{
    const QString name = mProject ? mProject->project.name : tr("No project");
    setWindowTitle(QStringLiteral("%1[*] — WorksMap").arg(name));
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(RecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QLatin1String(RecentKey), recent.mid(0, MaxRecent));
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentKey)).toStringList();
    for (const QString& path : recent) {
        mRecentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] {
                            if (maybeSave())
                                openPath(path);
                        })
            ->setToolTip(path);
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

} // namespace wm
