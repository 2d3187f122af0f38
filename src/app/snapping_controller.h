#pragma once

#include "app/edit_tool.h"
#include "app/snapping_config.h"

#include <QObject>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QToolBar;
class QToolButton;
class QWidget;

namespace wm {

class MapCanvas;
class MapDocument;

/// The window's snapping settings, as QGIS's Snapping toolbar: a toggle (S), the layers
/// snapped to (the current one by default, all visible ones, or chosen ones), the tolerance
/// in pixels and whether a placed point may land on a point; a status-bar label names what
/// the cursor would snap to. It hands the digitising tool its setup at each snap, so a
/// change of setting, layer visibility or layer list applies at once.
class SnappingController : public QObject {
    Q_OBJECT
public:
    SnappingController(MapDocument* document, EditTool* tool, MapCanvas* canvas, QWidget* window);

    QMenu* menu() const { return mMenu; }
    QToolBar* toolBar() const { return mToolBar; }
    QLabel* statusLabel() const { return mStatus; }
    const SnappingConfig& config() const { return mConfig; }
    /// Applies and keeps (QSettings) `config`; the toolbar and the menu follow it.
    void setConfig(const SnappingConfig& config);
    /// What editing layer `layerId` snaps to now.
    SnapSetup setupFor(const QString& layerId) const;

private:
    void createActions(QWidget* window);
    void fillLayerMenu();
    void showConfig();

    MapDocument* mDocument;
    SnappingConfig mConfig;
    QMenu* mMenu = nullptr;
    QToolBar* mToolBar = nullptr;
    QLabel* mStatus = nullptr;
    QAction* mToggle = nullptr;
    QActionGroup* mModes = nullptr;
    QMenu* mLayerMenu = nullptr;
    QAction* mPointsOntoPoints = nullptr;
    QComboBox* mModeBox = nullptr;
    QToolButton* mLayerButton = nullptr;
    QSpinBox* mTolerance = nullptr;
};

} // namespace wm
