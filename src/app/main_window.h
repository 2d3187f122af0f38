#pragma once

#include "core/role_registry.h"
#include "io/pg_passwords.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;

namespace wm {

struct LoadedLayer;
struct LoadedProject;
class AttributeTableDock;
class ChartDock;
class CoveragePanel;
class IdentifyPanel;
class LayerPanel;
class MapCanvas;
class MapDocument;

/// The WorksMap main window: menus, tool bar, layer panel, map canvas, identify and
/// attribute-table docks, status bar (cursor position, scale, CRS, render activity).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(RoleRegistry roles, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads `path` (a project or a dataset) in the background; errors go to a dialog.
    void openPath(const QString& path);
    /// Adds the layers of a dataset to the open project, roles guessed (confirmed in a
    /// dialog when `askRole`).
    void addLayerFromFile(const QString& path, bool askRole = true);
    MapDocument* document() const { return mDocument; }
    MapCanvas* canvas() const { return mCanvas; }
    CoveragePanel* coveragePanel() const { return mCoverage; }
    class EditController* editController() const { return mEdit; }
    class RasterController* rasterController() const { return mRasters; }
    const LoadedProject* project() const;
    bool isModified() const;
    /// Emitted when a project finished loading (or failed: `ok` false).
    Q_SIGNAL void projectLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void openDialog();
    /// File ▸ New Project: a project for a city or county of Hebei (io/project_creator).
    void newProjectDialog();
    /// Reads layer `index` again with its lon/lat taken as GCJ-02, BD-09 or as declared.
    void setCoordinateOffset(int index, const QString& offset);
    /// After a layer is added: when it looks like web-map (GCJ-02/BD-09) coordinates against
    /// the project's boundaries, offers to read it so.
    void offerCoordinateOffset(const LoadedLayer& layer);
    /// Asks whether to read the layers refused for lying outside the project's folder.
    void offerExternalSources();
    /// Asks for the passwords of shared databases that refused a layer for want of one.
    void offerPasswords();
    void addLayerDialog();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    bool maybeSave();
    void onLoaded();
    void updateTitle();
    void addRecent(const QString& path);
    void fillRecentMenu();
    void updateScaleBox();
    void openStyleEditor(int layerIndex);
    void showAttributeTable(int layerIndex);

    RoleRegistry mRoles;
    MapDocument* mDocument = nullptr;
    QString mLoadingPath;
    /// A load's outcome; errors travel as text because a QFuture rethrows stored
    /// exceptions wherever it is waited on (even in a destructor).
    struct LoadResult {
        std::shared_ptr<LoadedProject> project;
        QString error;
    };
    QFutureWatcher<LoadResult> mLoader;
    PgPasswords mPasswords; ///< typed for shared databases, this run only
    MapCanvas* mCanvas = nullptr;
    LayerPanel* mLayers = nullptr;
    IdentifyPanel* mIdentify = nullptr;
    AttributeTableDock* mTable = nullptr;
    QDockWidget* mIdentifyDock = nullptr;
    CoveragePanel* mCoverage = nullptr;
    class EditController* mEdit = nullptr;
    class RasterController* mRasters = nullptr;
    QDockWidget* mCoverageDock = nullptr;
    ChartDock* mChart = nullptr;
    QMenu* mRecentMenu = nullptr;
    QMenu* mViewMenu = nullptr;
    QComboBox* mScaleBox = nullptr;
    QLabel* mCrsLabel = nullptr;
    QLabel* mCursorLabel = nullptr;
    QProgressBar* mProgress = nullptr;
    QAction* mBack = nullptr;
    QAction* mForward = nullptr;
};

} // namespace wm
