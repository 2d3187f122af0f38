#include "app/main_window.h"

#include "analysis/live_facility_coverage.h"

#include "app/attribute_table_dock.h"
#include "app/chart_dock.h"
#include "app/coverage_panel.h"
#include "app/edit_controller.h"
#include "app/export_dialog.h"
#include "app/identify_panel.h"
#include "app/import_wizard.h"
#include "app/layer_panel.h"
#include "app/legend_panel.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "app/raster_controller.h"
#include "app/shared_layer_watcher.h"
#include "app/snapping_controller.h"
#include "app/style_editor.h"
#include "core/coordinate_transform.h"
#include "core/error.h"
#include "core/ui_language.h"
#include "io/offset_note.h"
#include "io/project_creator.h"
#include "io/project_loader.h"
#include "io/project_opener.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace wm {

namespace {
const char* const RecentKey = "recentProjects";
constexpr int MaxRecent = 8;
const double ScaleChoices[] = {5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2000000};

/// "1:250,000": a readable scale, rounded to three significant figures.
QString scaleText(double denominator)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(1.0, denominator))) - 2);
    const double rounded = std::round(denominator / magnitude) * magnitude;
    return QStringLiteral("1:%1").arg(QLocale(QLocale::English).toString(qint64(rounded)));
}
} // namespace

MainWindow::MainWindow(RoleRegistry roles, QWidget* parent)
    : QMainWindow(parent), mRoles(std::move(roles))
{
    setObjectName(QStringLiteral("MainWindow"));
    mDocument = new MapDocument(mRoles, this);
    mCanvas = new MapCanvas(mDocument, this);
    setCentralWidget(mCanvas);

    mLayers = new LayerPanel(mDocument, this);
    auto* layersDock = new QDockWidget(tr("Layers"), this);
    layersDock->setObjectName(QStringLiteral("LayersDock"));
    layersDock->setWidget(mLayers);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock);

    auto* legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("LegendDock"));
    legendDock->setWidget(new LegendPanel(mDocument, this));
    addDockWidget(Qt::LeftDockWidgetArea, legendDock);

    mIdentify = new IdentifyPanel(mDocument, this);
    mIdentifyDock = new QDockWidget(tr("Identify"), this);
    mIdentifyDock->setObjectName(QStringLiteral("IdentifyDock"));
    mIdentifyDock->setWidget(mIdentify);
    addDockWidget(Qt::RightDockWidgetArea, mIdentifyDock);
    mIdentifyDock->hide();

    mTable = new AttributeTableDock(mDocument, this);
    mTable->setObjectName(QStringLiteral("AttributeTableDock"));
    addDockWidget(Qt::BottomDockWidgetArea, mTable);
    mTable->hide();

    mCoverage = new CoveragePanel(mDocument, this);
    mCoverageDock = new QDockWidget(tr("Coverage"), this);
    mCoverageDock->setObjectName(QStringLiteral("CoverageDock"));
    mCoverageDock->setWidget(mCoverage);
    addDockWidget(Qt::RightDockWidgetArea, mCoverageDock);
    mCoverageDock->hide();

    mChart = new ChartDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, mChart);
    mChart->hide();

    mCursorLabel = new QLabel(this);
    mCursorLabel->setMinimumWidth(360);
    mProgress = new QProgressBar(this);
    mProgress->setRange(0, 0);
    mProgress->setMaximumWidth(120);
    mProgress->setMaximumHeight(14);
    mProgress->hide();
    mScaleBox = new QComboBox(this);
    mScaleBox->setEditable(true);
    mScaleBox->setMinimumWidth(130);
    mScaleBox->setToolTip(tr("Map scale; type a value such as 1:50000"));
    for (double s : ScaleChoices)
        mScaleBox->addItem(scaleText(s));
    mCrsLabel = new QLabel(this);
    statusBar()->addWidget(mCursorLabel, 1);
    statusBar()->addPermanentWidget(mProgress);
    statusBar()->addPermanentWidget(new QLabel(tr("Scale"), this));
    statusBar()->addPermanentWidget(mScaleBox);
    statusBar()->addPermanentWidget(mCrsLabel);

    mRasters = new RasterController(mDocument, mCanvas, statusBar(), this);
    createActions();
    mViewMenu->addSeparator();
    mViewMenu->addAction(layersDock->toggleViewAction());
    mViewMenu->addAction(legendDock->toggleViewAction());
    mViewMenu->addAction(mIdentifyDock->toggleViewAction());
    mViewMenu->addAction(mTable->toggleViewAction());
    mViewMenu->addAction(mCoverageDock->toggleViewAction());
    mViewMenu->addAction(mChart->toggleViewAction());
    // The chart follows the rule shown in the coverage dock; a bar click picks its unit.
    connect(mCoverage, &CoveragePanel::ruleShown, mChart,
            [this](std::shared_ptr<const CoverageCheck> check, const QString& ruleId) {
                mChart->showRule(std::move(check), ruleId);
                mChart->show();
            });
    connect(mChart, &ChartDock::unitClicked, mCoverage, &CoveragePanel::selectUnitRow);
    // Dragging a proposed facility follows the service-radius or -time rule in the dock.
    connect(mCoverage, &CoveragePanel::ruleShown, this,
            [this](std::shared_ptr<const CoverageCheck> check, const QString& ruleId) {
                QJsonObject live;
                for (const auto& rule : mCoverage->rules().rules)
                    if (rule->id == ruleId && followsLive(rule->kind))
                        live = rule->json;
                mEdit->setLiveRule(live, std::move(check));
            });
    connect(mCoverage, &CoveragePanel::zoomToFeaturesRequested, mCanvas,
            &MapCanvas::zoomToFeatures);
    connect(mCoverage, &CoveragePanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    connect(&mLoader, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::onLoaded);
    connect(mDocument, &MapDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(mLayers, &LayerPanel::zoomToLayerRequested, mCanvas, &MapCanvas::zoomToLayer);
    connect(mLayers, &LayerPanel::styleRequested, this, &MainWindow::openStyleEditor);
    connect(mLayers, &LayerPanel::attributeTableRequested, this, &MainWindow::showAttributeTable);
    connect(mLayers, &LayerPanel::coordinateOffsetRequested, this,
            &MainWindow::setCoordinateOffset);
    mCanvas->setCurrentLayerSource([this] { return mLayers->currentLayerIndex(); });
    connect(mTable, &AttributeTableDock::zoomToFeaturesRequested, mCanvas,
            &MapCanvas::zoomToFeatures);
    connect(mCanvas, &MapCanvas::identified, this,
            [this](const QList<QPair<QString, qsizetype>>& hits) {
                mIdentify->showHits(hits);
                mIdentifyDock->show();
                mIdentifyDock->raise();
            });
    connect(mCanvas, &MapCanvas::extentChanged, this, &MainWindow::updateScaleBox);
    connect(mCanvas, &MapCanvas::renderStarted, this, [this] {
        // Only a render that takes a while deserves a busy bar; most finish first.
        QTimer::singleShot(300, this, [this] {
            if (mCanvas->isRendering())
                mProgress->show();
        });
    });
    connect(mCanvas, &MapCanvas::renderFinished, this, [this](qint64 ms, const RenderStats& stats) {
        mProgress->hide();
        statusBar()->showMessage(tr("Drawn in %1 ms: %2 features, %3 labels")
                                     .arg(ms)
                                     .arg(stats.featuresDrawn)
                                     .arg(stats.labelsDrawn),
                                 3000);
    });
    connect(mScaleBox->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        QString text = mScaleBox->currentText().remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        if (text.contains(QLatin1Char(':')))
            text = text.section(QLatin1Char(':'), 1);
        bool ok = false;
        const double denominator = text.toDouble(&ok);
        if (ok && denominator > 0)
            mCanvas->setScale(denominator);
        else
            updateScaleBox();
    });
    connect(mScaleBox, &QComboBox::activated, this,
            [this](int i) { mCanvas->setScale(ScaleChoices[i]); });
    connect(mCanvas, &MapCanvas::cursorMoved, this, [this](double x, double y) {
        if (!mDocument->hasProject())
            return;
        double lon = x, lat = y;
        QString geographic;
        try {
            CoordinateTransform toCgcs(mDocument->project().crs, Crs::cgcs2000());
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
        resize(1280, 820);
    updateTitle();
}

MainWindow::~MainWindow()
{
    mLoader.waitForFinished();
}

const LoadedProject* MainWindow::project() const
{
    return mDocument->hasProject() ? &mDocument->project() : nullptr;
}

bool MainWindow::isModified() const
{
    return mDocument->isModified();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProject = file->addAction(tr("&New Project for a City or County…"), this,
                                          &MainWindow::newProjectDialog);
    newProject->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction* addLayer = file->addAction(tr("&Add Layer…"), this, &MainWindow::addLayerDialog);
    addLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    file->addAction(tr("Add &Tile Service…"), mRasters, &RasterController::addTileServiceDialog);
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence(
        Qt::CTRL | Qt::SHIFT | Qt::Key_S)); // as QGIS; not every platform theme binds SaveAs
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    fillRecentMenu();
    file->addSeparator();
    QAction* importList = file->addAction(tr("&Import List…"), this, [this] {
        if (!mDocument->hasProject())
            return;
        ImportWizard wizard(mDocument, this);
        wizard.exec();
    });
    importList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportMap = file->addAction(tr("&Export Map…"), this, [this] {
        if (!mDocument->hasProject())
            return;
        ExportDialog dialog(mDocument, mCanvas->visibleExtent(), this);
        dialog.exec();
    });
    // Ctrl+P as "print" in most programs; Ctrl+E toggles editing (Plan menu).
    exportMap->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* tools = new QActionGroup(this);
    // An editing tool takes the mouse: no navigation tool stays pressed.
    connect(mCanvas, &MapCanvas::canvasToolChanged, this, [tools](bool editing) {
        if (editing)
            releaseAll(*tools);
    });
    auto tool = [&](const QString& text, MapCanvas::Tool t, const QKeySequence& key) {
        QAction* a = tools->addAction(text);
        a->setCheckable(true);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, t] { mCanvas->setTool(t); });
        return a;
    };
    QAction* pan = tool(tr("Pan"), MapCanvas::Tool::Pan, QKeySequence(Qt::Key_P));
    pan->setChecked(true);
    tool(tr("Zoom In"), MapCanvas::Tool::ZoomIn, QKeySequence(Qt::Key_Z));
    tool(tr("Identify"), MapCanvas::Tool::Identify, QKeySequence(Qt::Key_I));
    // S toggles snapping, as in QGIS (which gives Select no key): Shift+S selects.
    tool(tr("Select"), MapCanvas::Tool::Select, QKeySequence(Qt::SHIFT | Qt::Key_S));

    mViewMenu = menuBar()->addMenu(tr("&View"));
    QAction* all = mViewMenu->addAction(tr("Zoom to &All"), mCanvas, &MapCanvas::zoomToAll);
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    mBack = mViewMenu->addAction(tr("&Previous Extent"), mCanvas, &MapCanvas::previousExtent);
    mBack->setShortcut(QKeySequence::Back);
    mForward = mViewMenu->addAction(tr("&Next Extent"), mCanvas, &MapCanvas::nextExtent);
    mForward->setShortcut(QKeySequence::Forward);
    mBack->setEnabled(false);
    mForward->setEnabled(false);
    connect(mCanvas, &MapCanvas::historyChanged, this, [this](bool back, bool forward) {
        mBack->setEnabled(back);
        mForward->setEnabled(forward);
    });
    QAction* clearSelection =
        mViewMenu->addAction(tr("&Clear Selection"), mDocument, &MapDocument::clearSelection);
    mViewMenu->addSeparator();
    for (QAction* a : tools->actions())
        mViewMenu->addAction(a);

    QToolBar* bar = addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("MapToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(open);
    bar->addAction(saveAction);
    bar->addSeparator();
    for (QAction* a : tools->actions())
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(all);
    bar->addAction(mBack);
    bar->addAction(mForward);
    bar->addAction(clearSelection);

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction* check = analysis->addAction(tr("Check &Coverage"), this, [this] {
        mCoverageDock->show();
        mCoverageDock->raise();
        mCoverage->run();
    });
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    bar->addSeparator();
    bar->addAction(check);

    // Planning: editing works layers, scenarios, suggested sites.
    mEdit = new EditController(mDocument, mCanvas, this,
                               [this] { return mLayers->currentLayerIndex(); });
    menuBar()->addMenu(mEdit->menu());
    // Snapping while digitising, as QGIS: to the current layer by default, S toggles it.
    // Its toolbar ends the first row, where there is room.
    auto* snapping = new SnappingController(mDocument, mEdit->tool(), mCanvas, this);
    mEdit->menu()->addMenu(snapping->menu());
    addToolBar(snapping->toolBar());
    statusBar()->addPermanentWidget(snapping->statusLabel());
    addToolBarBreak(); // the planning tools on a row of their own, scenario choice visible
    addToolBar(mEdit->toolBar());
    connect(mEdit, &EditController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // A shared project's layers follow what other offices save.
    auto* watcher = new SharedLayerWatcher(mDocument, mEdit->session(), this);
    connect(watcher, &SharedLayerWatcher::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(watcher, &SharedLayerWatcher::editedLayerChanged, mEdit,
            &EditController::refreshShared);
    connect(mEdit->liveCoverage(), &LiveCoverage::verdictsChanged, mCoverage,
            &CoveragePanel::showLiveVerdicts);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto& [code, label] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(current == code ||
                      (current.isEmpty() && (code == QLatin1String("zh_CN")) == chineseUi()));
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
    if (!maybeSave() || !mCoverage->maybeSaveRules())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project or data"), QString(),
                                     tr("WorksMap projects (*.worksmap.json *.json);;Vector data "
                                        "(*.gpkg *.shp *.geojson *.csv *.xlsx "
                                        "*.ods *.dxf);;Rasters (*.tif *.tiff *.mbtiles *.gpkg);;"
                                        "All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString& path)
{
    mLoadingPath = QFileInfo(path).absoluteFilePath();
    mProgress->show();
    statusBar()->showMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    const RoleRegistry* roles = &mRoles;
    // Large PostGIS tables stay in the database, drawn by the view (WORKSMAP_IN_DATABASE_ABOVE
    // moves the bound, for tests and for machines with memory to spare).
    bool set = false;
    qint64 above = qEnvironmentVariableIntValue("WORKSMAP_IN_DATABASE_ABOVE", &set);
    if (!set)
        above = DefaultInDatabaseAbove;
    mLoader.setFuture(QtConcurrent::run([path = mLoadingPath, roles, above]() -> LoadResult {
        try {
            return {std::make_shared<LoadedProject>(openProjectOrDataset(path, *roles, {}, above)),
                    {}};
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
    if (!result.project) {
        QMessageBox::critical(this, tr("Cannot open"),
                              tr("WorksMap could not open this file.\n\n%1").arg(result.error));
        Q_EMIT projectLoaded(false);
        return;
    }
    mDocument->setProject(std::move(result.project));
    if (!mDocument->project().project.extent.isNull())
        mCanvas->setExtent(mDocument->project().project.extent);
    mCrsLabel->setText(mDocument->project().crs.description());
    if (isProjectFile(mLoadingPath))
        addRecent(mLoadingPath);
    updateTitle();

    offerExternalSources();
    offerPasswords();
    QStringList missing;
    for (const LoadedLayer& l : mDocument->project().layers)
        if (!l.isReadable())
            missing << QStringLiteral("• %1: %2").arg(l.entry.displayName(), l.problem);
    if (!missing.isEmpty())
        QMessageBox::warning(this, tr("Layers unavailable"),
                             tr("These layers could not be read; they stay in the project:\n\n%1")
                                 .arg(missing.join(QLatin1Char('\n'))));
    Q_EMIT projectLoaded(true);
}

void MainWindow::offerExternalSources()
{
    // Layers refused because they lie outside the project's folder: the user may trust
    // this project (a colleague's, with the shared data one folder up) and allow them.
    const Project& project = mDocument->project().project;
    QVector<int> refused;
    QStringList files;
    for (int i = 0; i < mDocument->layerCount(); ++i) {
        const LayerEntry& e = mDocument->layer(i).entry;
        if (!mDocument->layer(i).isReadable() && !project.sourceProblem(e).isEmpty()) {
            refused << i;
            files << QStringLiteral("• %1: %2").arg(e.displayName(), project.absoluteSource(e));
        }
    }
    if (refused.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Files outside the project folder"),
            tr("This project reads %n file(s) outside its folder:\n\n%1\n\nRead them? Allow "
               "this only for a project you trust; the project then says so "
               "(\"allowExternalSources\") when saved.",
               nullptr, int(refused.size()))
                .arg(files.join(QLatin1Char('\n')))) != QMessageBox::Yes)
        return;
    mDocument->allowExternalSources();
    Project allowed = mDocument->project().project;
    allowed.crs = mDocument->project().crs;
    for (const int i : refused) {
        allowed.layers = {mDocument->layer(i).entry};
        const LoadedProject loaded = ProjectLoader(mRoles).load(allowed);
        mDocument->replaceLayer(i, loaded.layers.first()); // unreadable ones are listed next
    }
}

void MainWindow::offerPasswords()
{
    // Shared layers whose database asked for a password that neither the service file nor
    // ~/.pgpass had: ask once per connection, keep it for this run only, read them again.
    QStringList sources;
    for (int i = 0; i < mDocument->layerCount(); ++i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (!l.isReadable() && l.entry.isPostgis() && PgPasswords::needsPassword(l.problem) &&
            !sources.contains(l.entry.source))
            sources << l.entry.source;
    }
    for (const QString& source : sources) {
        bool ok = false;
        const QString who = PgPasswords::describe(source);
        const QString password = QInputDialog::getText(
            this, tr("Shared Database Password"),
            tr("Password for %1\n(kept until WorksMap closes; never written into the project):")
                .arg(who.isEmpty() ? source : who),
            QLineEdit::Password, QString(), &ok);
        if (!ok || password.isEmpty() || !mPasswords.add(source, password))
            continue;
        for (int i = 0; i < mDocument->layerCount(); ++i) {
            const LoadedLayer& l = mDocument->layer(i);
            if (l.isReadable() || l.entry.source != source)
                continue;
            const bool modified = mDocument->isModified();
            mDocument->replaceLayer(i,
                                    ProjectLoader(mRoles).loadLayer(mDocument->toProject(), l.entry,
                                                                    mDocument->project().crs));
            mDocument->setModified(modified);
        }
    }
}

void MainWindow::offerCoordinateOffset(const LoadedLayer& layer)
{
    const auto note = offsetNote(layer, mDocument->project());
    if (!note || !note->layerOffset)
        return;
    const bool bd09 = *note->layerOffset == ChinaOffset::Bd09;
    const QString name = bd09 ? QStringLiteral("BD-09") : QStringLiteral("GCJ-02");
    if (QMessageBox::question(this, tr("Web-map coordinates?"),
                              tr("Layer \"%1\" %2.\n\nRead it as %3?")
                                  .arg(layer.entry.displayName(), note->text, name)) !=
        QMessageBox::Yes)
        return;
    setCoordinateOffset(mDocument->indexOf(layer.entry.id),
                        bd09 ? QStringLiteral("bd09") : QStringLiteral("gcj02"));
}

void MainWindow::setCoordinateOffset(int index, const QString& offset)
{
    LayerEntry entry = mDocument->layer(index).entry;
    if (entry.sourceCrs == offset)
        return;
    entry.sourceCrs = offset;
    // The layer is read again with every vertex moved (or not): one path with the loader.
    Project one = mDocument->project().project;
    one.layers = {entry};
    one.crs = mDocument->project().crs;
    try {
        const LoadedProject loaded = ProjectLoader(mRoles).load(one);
        if (!loaded.layers.first().isAvailable())
            throw Error(entry.source, loaded.layers.first().problem);
        mDocument->replaceLayer(index, loaded.layers.first());
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot read the layer again"), e.message());
    }
}

void MainWindow::newProjectDialog()
{
    if (!maybeSave() || !mCoverage->maybeSaveRules())
        return;
    const QStringList cities = {
        QStringLiteral("石家庄市"), QStringLiteral("唐山市"), QStringLiteral("秦皇岛市"),
        QStringLiteral("邯郸市"),   QStringLiteral("邢台市"), QStringLiteral("保定市"),
        QStringLiteral("张家口市"), QStringLiteral("承德市"), QStringLiteral("沧州市"),
        QStringLiteral("廊坊市"),   QStringLiteral("衡水市")};
    bool ok = false;
    const QString area = QInputDialog::getItem(
        this, tr("New project"),
        tr("City of Hebei (or type a county's name or code, e.g. 平泉市 or 130881):"), cities, 0,
        true, &ok);
    if (!ok || area.trimmed().isEmpty())
        return;
    const QString parent =
        QFileDialog::getExistingDirectory(this, tr("Folder to create the project in"));
    if (parent.isEmpty())
        return;
    try {
        const QString folder = QDir(parent).filePath(area.trimmed());
        const NewProject made = createProject({area, folder, {}}, mRoles);
        openPath(made.projectPath);
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot create the project"), e.message());
    }
}

void MainWindow::addLayerDialog()
{
    if (!mDocument->hasProject())
        return openDialog();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add layer"), QString(),
        tr("Vector data and rasters (*.gpkg *.shp *.geojson *.json *.csv *.xlsx *.ods *.dxf "
           "*.tif *.tiff *.mbtiles);;All files (*)"));
    if (!path.isEmpty())
        addLayerFromFile(path);
}

void MainWindow::addLayerFromFile(const QString& path, bool askRole)
{
    try {
        const ProjectLoader loader(mRoles);
        Project dataset = loader.projectForDataset(path);
        dataset.crs = mDocument->project().crs;
        const LoadedProject loaded = loader.load(dataset);
        for (LoadedLayer layer : loaded.layers) {
            if (layer.isRaster()) { // drawn under the vector layers, no role to confirm
                layer.entry.source = QFileInfo(path).absoluteFilePath();
                mRasters->addLayer(layer);
                continue;
            }
            if (!layer.isAvailable())
                throw Error(QString(), layer.problem);
            if (askRole) {
                const QStringList ids = mRoles.roleIds();
                bool ok = false;
                const QString role = QInputDialog::getItem(
                    this, tr("Layer role"),
                    tr("%1 looks like a \"%2\" layer. Role:").arg(layer.entry.id, layer.entry.role),
                    ids, int(ids.indexOf(layer.entry.role)), false, &ok);
                if (!ok)
                    continue;
                if (role != layer.entry.role) {
                    layer.entry.role = role;
                    QStringList columns;
                    for (const FieldDef& f : layer.data->attributes.fields())
                        columns << f.name;
                    layer.mapping = FieldMapping::map(*mRoles.role(role), columns);
                }
            }
            layer.entry.source = QFileInfo(path).absoluteFilePath();
            QString id = layer.entry.id;
            for (int n = 2; mDocument->indexOf(id) >= 0; ++n)
                id = QStringLiteral("%1_%2").arg(layer.entry.id).arg(n);
            layer.entry.id = id;
            mDocument->addLayer(layer);
            offerCoordinateOffset(layer);
        }
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot add layer"),
                              tr("The layer was not added.\n\n%1").arg(e.message()));
    }
}

bool MainWindow::save()
{
    if (!mDocument->hasProject())
        return true;
    const QString path = mDocument->project().project.filePath;
    if (!isProjectFile(path) || !QFileInfo::exists(path))
        return saveAs();
    return saveTo(path);
}

bool MainWindow::saveAs()
{
    if (!mDocument->hasProject())
        return true;
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"),
                                                mDocument->project().project.filePath,
                                                tr("WorksMap projects (*.worksmap.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".worksmap.json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    Project p = mDocument->toProject();
    p.extent = mCanvas->extent();
    try {
        p.save(path);
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Cannot save"),
                              tr("The project was not saved.\n\n%1").arg(e.message()));
        return false;
    }
    // Reload the entries as saved (sources now relative to the new place).
    auto reloaded = std::make_shared<LoadedProject>(mDocument->project());
    reloaded->project = p;
    for (int i = 0; i < reloaded->layers.size(); ++i)
        reloaded->layers[i].entry = p.layers[i];
    const Extent view = mCanvas->extent();
    mDocument->setProject(reloaded);
    mCanvas->setExtent(view);
    addRecent(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified())
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
    if (!mEdit->maybeFinish() || !maybeSave() || !mCoverage->maybeSaveRules()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString name =
        mDocument->hasProject() ? mDocument->project().project.name : tr("No project");
    setWindowTitle(QStringLiteral("%1[*] — WorksMap").arg(name));
}

void MainWindow::updateScaleBox()
{
    if (!mScaleBox->lineEdit()->hasFocus())
        mScaleBox->setEditText(scaleText(mCanvas->scaleDenominator()));
}

void MainWindow::openStyleEditor(int layerIndex)
{
    const LoadedLayer& l = mDocument->layer(layerIndex);
    if (!l.isAvailable() || l.data->kind == GeometryKind::None)
        return;
    StyleEditor editor(mDocument, layerIndex, this);
    editor.exec();
}

void MainWindow::showAttributeTable(int layerIndex)
{
    mTable->showLayer(mDocument->layer(layerIndex).entry.id);
    mTable->show();
    mTable->raise();
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
