#pragma once

#include "app/edit_tool.h"
#include "app/live_coverage.h"
#include "io/edit_session.h"
#include "io/pg_edit_rights.h"
#include "io/project_loader.h"

#include <QObject>
#include <QSet>
#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
class QToolBar;
class QWidget;

namespace wm {

class MapCanvas;
class MapDocument;

/// Planning mode in the window: starting to edit a works layer (copied into the project's
/// works GeoPackage first when it comes from a user's file), the digitising tools, the
/// attribute form, undo/redo, saving, the scenario shown, suggested sites and live
/// coverage. The window only places its menu and toolbar.
class EditController : public QObject {
    Q_OBJECT
public:
    EditController(MapDocument* document, MapCanvas* canvas, QWidget* window,
                   std::function<int()> currentLayer);
    ~EditController() override;

    QMenu* menu() const { return mMenu; }
    QToolBar* toolBar() const { return mToolBar; }
    EditSession* session() { return &mSession; }
    LiveCoverage* liveCoverage() { return mLive; }
    /// The digitising tool (the window hands it its snapping settings).
    EditTool* tool() const { return mTool; }
    /// Follows this service-radius rule of `check` while editing (from the coverage panel).
    void setLiveRule(const QJsonObject& rule, std::shared_ptr<const CoverageCheck> check)
    {
        mLive->setRule(rule, std::move(check));
    }

    /// Starts editing project layer `index`; false (with a message) when it cannot be.
    bool startEditing(int index);
    /// Writes all edits; false (the error shown, edits kept) when the save fails.
    bool save();
    /// Before closing: unsaved edits are saved, discarded or the close is cancelled.
    bool maybeFinish();
    /// Adds proposed features (geometry + values by role field name) to a layer in one
    /// undo step, starting to edit it if needed.
    bool addProposals(int layerIndex, const std::vector<ProposedFeature>& features,
                      const QString& text);
    QString activeScenario() const;
    /// Others saved changes to shared layer `layerId` while it is being edited: it is read
    /// again and editing goes on on the fresh copy when there are no unsaved edits, else
    /// after the next save (which reports what both changed).
    void refreshShared(const QString& layerId);

Q_SIGNALS:
    void message(const QString& text);

private:
    void createActions();
    void onGeometry(const QString& layerId, SharedGeom geometry);
    void onLayerChanged(const QString& layerId);
    void deleteSelected();
    void editAttributes();
    void discard();
    void suggestSites();
    void updateActions();
    void applyScenarioView();
    /// A shared (PostGIS) layer: whether this role may edit it; keeps what it may edit.
    bool checkSharedRights(const LoadedLayer& layer);
    /// Whether the features may be changed or deleted by this role (another county's may
    /// not, under row-level security); says why not.
    bool mayChange(const QString& layerId, const QVector<qint64>& fids, bool explain = true);
    /// Reads a shared layer being edited without unsaved edits again and edits the copy.
    void reloadShared(const QString& layerId);
    /// Values of a new feature of `layer`: the active scenario, status planned.
    QVector<QVariant> defaults(const LoadedLayer& layer) const;

    MapDocument* mDocument;
    MapCanvas* mCanvas;
    QWidget* mWindow;
    std::function<int()> mCurrentLayer;
    EditSession mSession;
    QHash<QString, PgEditRights> mRights; ///< shared layers being edited: what the role may
    EditTool* mTool;
    LiveCoverage* mLive;
    QString mEditLayer; ///< layer the tools work on
    /// Shared layers others changed while they had unsaved edits here: read again after
    /// the next save.
    QSet<QString> mStale;

    QMenu* mMenu = nullptr;
    QToolBar* mToolBar = nullptr;
    QAction* mToggle = nullptr;
    QActionGroup* mModes = nullptr;
    QAction* mSave = nullptr;
    QAction* mDiscard = nullptr;
    QAction* mDelete = nullptr;
    QAction* mAttributes = nullptr;
    QComboBox* mView = nullptr;
    QComboBox* mScenario = nullptr;
};

} // namespace wm
