#pragma once

#include "core/role_registry.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;

namespace wm {

struct LoadedProject;
class LayerList;
class MapWidget;

/// The WorksMap main window: File menu, layer list, map area, status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(RoleRegistry roles, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads `path` (a project or a dataset) in the background; errors go to a dialog.
    void openPath(const QString& path);
    const LoadedProject* project() const { return mProject.get(); }
    bool isModified() const { return mModified; }
    /// Emitted when a project finished loading (or failed: `ok` false).
    Q_SIGNAL void projectLoaded(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void openDialog();
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    bool maybeSave();
    void onLoaded();
    void setModified(bool modified);
    void updateTitle();
    void addRecent(const QString& path);
    void fillRecentMenu();

    RoleRegistry mRoles;
    std::shared_ptr<LoadedProject> mProject;
    QString mLoadingPath;
    /// A load's outcome; errors travel as text because a QFuture rethrows stored
    /// exceptions wherever it is waited on (even in a destructor).
    struct LoadResult {
        std::shared_ptr<LoadedProject> project;
        QString error;
    };
    QFutureWatcher<LoadResult> mLoader;
    bool mModified = false;
    MapWidget* mMap = nullptr;
    LayerList* mLayers = nullptr;
    QMenu* mRecentMenu = nullptr;
    QLabel* mCrsLabel = nullptr;
    QLabel* mCursorLabel = nullptr;
    QProgressBar* mProgress = nullptr;
};

} // namespace wm
