#include "app/snapping_controller.h"

#include "app/map_canvas.h"
#include "app/map_document.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolBar>
#include <QToolButton>

namespace wm {

SnappingController::SnappingController(MapDocument* document, EditTool* tool, MapCanvas* canvas,
                                       QWidget* window)
    : QObject(window), mDocument(document), mConfig(SnappingConfig::load())
{
    createActions(window);
    tool->setSnapSource([this](const QString& layerId) { return setupFor(layerId); });
    connect(tool, &EditTool::snapChanged, mStatus, &QLabel::setText);
    // A navigation tool took the mouse: nothing is about to be snapped.
    connect(canvas, &MapCanvas::canvasToolChanged, tool, [tool](bool editing) {
        if (!editing)
            tool->clearSnap();
    });
    connect(document, &MapDocument::layersChanged, this, &SnappingController::fillLayerMenu);
    fillLayerMenu();
    showConfig();
}

void SnappingController::createActions(QWidget* window)
{
    mMenu = new QMenu(tr("S&napping"), window);
    mToolBar = new QToolBar(tr("Snapping"), window);
    mToolBar->setObjectName(QStringLiteral("SnappingToolBar"));

    mToggle = mMenu->addAction(tr("Enable Snapping"));
    mToggle->setObjectName(QStringLiteral("toggleSnapping"));
    mToggle->setCheckable(true);
    mToggle->setIconText(tr("Snapping"));
    mToggle->setShortcut(QKeySequence(Qt::Key_S)); // as QGIS
    mToggle->setToolTip(tr("Snap to vertices and segments while digitising (S)"));
    connect(mToggle, &QAction::toggled, this, [this](bool on) {
        SnappingConfig c = mConfig;
        c.enabled = on;
        setConfig(c);
    });
    mToolBar->addAction(mToggle);

    mMenu->addSeparator();
    mModes = new QActionGroup(this);
    mModeBox = new QComboBox(mToolBar);
    mModeBox->setObjectName(QStringLiteral("snapMode"));
    mModeBox->setToolTip(tr("The layers new positions snap to"));
    const std::pair<SnappingConfig::Mode, QString> modes[] = {
        {SnappingConfig::Mode::CurrentLayer, tr("Current layer")},
        {SnappingConfig::Mode::AllLayers, tr("All visible layers")},
        {SnappingConfig::Mode::ChosenLayers, tr("Chosen layers")}};
    for (const auto& [mode, text] : modes) {
        QAction* a = mMenu->addAction(text);
        a->setCheckable(true);
        a->setData(int(mode));
        mModes->addAction(a);
        mModeBox->addItem(text, int(mode));
        connect(a, &QAction::triggered, this, [this, mode = mode] {
            SnappingConfig c = mConfig;
            c.mode = mode;
            setConfig(c);
        });
    }
    connect(mModeBox, &QComboBox::currentIndexChanged, this, [this] {
        SnappingConfig c = mConfig;
        c.mode = SnappingConfig::Mode(mModeBox->currentData().toInt());
        setConfig(c);
    });
    mToolBar->addWidget(mModeBox);
    mLayerMenu = mMenu->addMenu(tr("Layers Snapped To"));
    mLayerButton = new QToolButton(mToolBar);
    mLayerButton->setObjectName(QStringLiteral("snapLayers"));
    mLayerButton->setText(tr("Layers"));
    mLayerButton->setMenu(mLayerMenu);
    mLayerButton->setPopupMode(QToolButton::InstantPopup);
    mToolBar->addWidget(mLayerButton);

    mMenu->addSeparator();
    mTolerance = new QSpinBox(mToolBar);
    mTolerance->setObjectName(QStringLiteral("snapTolerance"));
    mTolerance->setRange(1, 100);
    mTolerance->setSuffix(tr(" px"));
    mTolerance->setToolTip(tr("Snapping tolerance in screen pixels"));
    connect(mTolerance, &QSpinBox::valueChanged, this, [this](int px) {
        SnappingConfig c = mConfig;
        c.tolerancePixels = px;
        setConfig(c);
    });
    mToolBar->addWidget(mTolerance);
    mMenu->addAction(tr("Tolerance…"), this, [this, window] {
        bool ok = false;
        const int px =
            QInputDialog::getInt(window, tr("Snapping tolerance"), tr("Tolerance (screen pixels):"),
                                 int(mConfig.tolerancePixels), 1, 100, 1, &ok);
        if (ok)
            mTolerance->setValue(px);
    });

    mPointsOntoPoints = mMenu->addAction(tr("New Points onto Existing Points"));
    mPointsOntoPoints->setObjectName(QStringLiteral("snapPointsOntoPoints"));
    mPointsOntoPoints->setCheckable(true);
    mPointsOntoPoints->setIconText(tr("Points on Points")); // the toolbar's short name
    mPointsOntoPoints->setToolTip(
        tr("Let a new or moved point land on an existing point without holding Ctrl"));
    connect(mPointsOntoPoints, &QAction::toggled, this, [this](bool on) {
        SnappingConfig c = mConfig;
        c.pointsOntoPoints = on;
        setConfig(c);
    });
    mToolBar->addAction(mPointsOntoPoints);

    mStatus = new QLabel(window);
    mStatus->setObjectName(QStringLiteral("SnapLabel"));
    mStatus->setStyleSheet(QStringLiteral("color: #a000a0;"));
}

void SnappingController::setConfig(const SnappingConfig& config)
{
    if (config == mConfig)
        return;
    mConfig = config;
    mConfig.save();
    showConfig();
    if (!mConfig.enabled)
        mStatus->clear();
}

void SnappingController::showConfig()
{
    const QSignalBlocker b1(mToggle), b2(mModeBox), b3(mTolerance), b4(mPointsOntoPoints);
    mToggle->setChecked(mConfig.enabled);
    for (QAction* a : mModes->actions())
        a->setChecked(a->data().toInt() == int(mConfig.mode));
    mModeBox->setCurrentIndex(mModeBox->findData(int(mConfig.mode)));
    mTolerance->setValue(int(mConfig.tolerancePixels));
    mPointsOntoPoints->setChecked(mConfig.pointsOntoPoints);
    const bool chosen = mConfig.mode == SnappingConfig::Mode::ChosenLayers;
    mLayerMenu->setEnabled(chosen);
    mLayerButton->setEnabled(chosen);
    for (QAction* a : mLayerMenu->actions()) {
        const QSignalBlocker b(a);
        a->setChecked(mConfig.layers.contains(a->data().toString()));
    }
}

void SnappingController::fillLayerMenu()
{
    mLayerMenu->clear();
    for (int i = mDocument->layerCount() - 1; i >= 0; --i) { // topmost first, as listed
        const LoadedLayer& l = mDocument->layer(i);
        if (!l.isAvailable() || l.data->kind == GeometryKind::None)
            continue;
        QAction* a = mLayerMenu->addAction(l.entry.displayName());
        a->setCheckable(true);
        a->setData(l.entry.id);
        a->setChecked(mConfig.layers.contains(l.entry.id));
        connect(a, &QAction::toggled, this, [this, id = l.entry.id](bool on) {
            SnappingConfig c = mConfig;
            c.layers.removeAll(id);
            if (on)
                c.layers << id;
            setConfig(c);
        });
    }
}

SnapSetup SnappingController::setupFor(const QString& layerId) const
{
    SnapSetup s;
    s.enabled = mConfig.enabled;
    s.tolerancePixels = mConfig.tolerancePixels;
    s.pointsOntoPoints = mConfig.pointsOntoPoints;
    if (const int target = mDocument->indexOf(layerId); target >= 0) {
        const LoadedLayer& l = mDocument->layer(target);
        s.targetTitle = l.entry.displayName();
        s.targetNameColumn = l.columnOf(QStringLiteral("name"));
    }
    const bool chosen = mConfig.mode == SnappingConfig::Mode::ChosenLayers;
    s.includeTarget = !chosen || mConfig.layers.contains(layerId);
    if (mConfig.mode == SnappingConfig::Mode::CurrentLayer)
        return s;
    // Only what is on the map: a hidden layer never catches the cursor.
    for (int i = 0; i < mDocument->layerCount(); ++i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (l.entry.id == layerId || !l.isAvailable() || !l.entry.visible ||
            l.data->kind == GeometryKind::None || (chosen && !mConfig.layers.contains(l.entry.id)))
            continue;
        s.layers.push_back({l.entry.displayName(), l.data, l.columnOf(QStringLiteral("name"))});
    }
    return s;
}

} // namespace wm
