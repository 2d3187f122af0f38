#include "app/edit_controller.h"

#include "app/conflict_dialog.h"
#include "app/feature_form.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "app/suggest_dialog.h"
#include "core/edit_commands.h"
#include "core/error.h"
#include "io/pg_connection.h"
#include "io/pg_edit_rights.h"
#include "io/project_loader.h"
#include "io/works_package.h"
#include "render/scenario_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

#include <tuple>

namespace wm {

EditController::EditController(MapDocument* document, MapCanvas* canvas, QWidget* window,
                               std::function<int()> currentLayer)
    : QObject(window), mDocument(document), mCanvas(canvas), mWindow(window),
      mCurrentLayer(std::move(currentLayer)), mTool(new EditTool(&mSession, this)),
      mLive(new LiveCoverage(document, this))
{
    canvas->addOverlay(mLive);
    connect(mTool, &EditTool::geometryDigitised, this, &EditController::onGeometry);
    connect(mTool, &EditTool::pointDragged, this,
            [this](const QString& id, qint64 fid, double x, double y) {
                if (mLive->move(id, fid, x, y))
                    Q_EMIT message(mLive->statusText());
            });
    connect(mTool, &EditTool::dragFinished, this, [this](const QString& layerId) {
        mLive->finish();
        mLive->refresh(layerId);
    });
    connect(&mSession, &EditSession::layerChanged, this, &EditController::onLayerChanged);
    connect(mSession.undoStack(), &QUndoStack::cleanChanged, this, &EditController::updateActions);
    connect(mDocument, &MapDocument::selectionChanged, this, [this] { updateActions(); });
    connect(mSession.undoStack(), &QUndoStack::indexChanged, this, &EditController::updateActions);
    connect(document, &MapDocument::projectChanged, this, [this] {
        mSession.discard();
        mEditLayer.clear();
        mCanvas->setCanvasTool(nullptr);
        // The project's plans are choices; none is chosen, so the map and the checks start
        // from the current state until the planner picks one.
        mScenario->clear();
        mScenario->addItems(mDocument->hasProject() ? scenario::names(mDocument->project())
                                                    : QStringList{});
        mScenario->setCurrentIndex(-1);
        mScenario->clearEditText();
        updateActions();
    });
    createActions();
    updateActions();
}

EditController::~EditController()
{
    // The session clears its undo stack as it goes, after the window's document (an older
    // sibling) is gone: nothing of this half-destroyed controller may run then.
    mSession.undoStack()->disconnect(this);
    mSession.disconnect(this);
}

void EditController::createActions()
{
    mMenu = new QMenu(tr("&Plan"), mWindow);
    mToolBar = new QToolBar(tr("Planning"), mWindow);
    mToolBar->setObjectName(QStringLiteral("PlanningToolBar"));

    mToggle = mMenu->addAction(tr("&Edit Current Layer"));
    mToggle->setObjectName(QStringLiteral("editLayer"));
    mToggle->setCheckable(true);
    mToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(mToggle, &QAction::triggered, this, [this](bool on) {
        // Pressed while another layer than the edited one is chosen: edit that one instead
        // of stopping (the edits of the first stay in the session until saved).
        const int current = mCurrentLayer();
        const bool other = !mEditLayer.isEmpty() && current >= 0 &&
                           current < mDocument->layerCount() &&
                           mDocument->layer(current).entry.id != mEditLayer;
        if (on || other) {
            startEditing(current);
        } else {
            mEditLayer.clear();
            mCanvas->setCanvasTool(nullptr);
        }
        updateActions();
    });
    mToolBar->addAction(mToggle);

    mModes = new QActionGroup(this);
    // None checked while a navigation tool (Pan, Identify…) has the mouse.
    connect(mCanvas, &MapCanvas::canvasToolChanged, this, [this](bool editing) {
        if (!editing)
            releaseAll(*mModes);
    });
    const std::tuple<QString, EditTool::Mode, const char*> modes[] = {
        {tr("Add &Point"), EditTool::Mode::AddPoint, "addPoint"},
        {tr("Draw &Line"), EditTool::Mode::AddLine, "drawLine"},
        {tr("&Move Feature"), EditTool::Mode::Move, "moveFeature"},
        {tr("Edit &Vertices"), EditTool::Mode::Vertex, "editVertices"}};
    for (const auto& [text, mode, name] : modes) {
        QAction* a = mMenu->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        a->setCheckable(true);
        a->setData(int(mode));
        mModes->addAction(a);
        mToolBar->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] {
            mTool->setMode(mode);
            mCanvas->setCanvasTool(mEditLayer.isEmpty() ? nullptr : mTool);
        });
    }
    mMenu->addSeparator();
    mAttributes =
        mMenu->addAction(tr("Feature &Attributes…"), this, &EditController::editAttributes);
    mDelete =
        mMenu->addAction(tr("&Delete Selected Features"), this, &EditController::deleteSelected);
    mDelete->setShortcut(QKeySequence::Delete);
    mAttributes->setObjectName(QStringLiteral("featureAttributes"));
    mDelete->setObjectName(QStringLiteral("deleteFeatures"));
    mMenu->addSeparator();
    QAction* undo = mSession.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction* redo = mSession.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redo"));
    mMenu->addAction(undo);
    mMenu->addAction(redo);
    mToolBar->addAction(undo);
    mToolBar->addAction(redo);
    mSave = mMenu->addAction(tr("&Save Edits"), this, &EditController::save);
    // Ctrl+Shift+S is the project's Save As; Ctrl+Alt+S saves the layer edits.
    mSave->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    mSave->setObjectName(QStringLiteral("saveEdits"));
    mToolBar->addAction(mSave);
    mDiscard = mMenu->addAction(tr("Discard Edits…"), this, &EditController::discard);
    mDiscard->setObjectName(QStringLiteral("discardEdits"));
    mMenu->addSeparator();
    mMenu->addAction(tr("Suggest &Sites…"), this, &EditController::suggestSites)
        ->setObjectName(QStringLiteral("suggestSites"));

    mToolBar->addSeparator();
    mToolBar->addWidget(new QLabel(tr("Show:"), mToolBar));
    mView = new QComboBox(mToolBar);
    mView->setObjectName(QStringLiteral("ScenarioView"));
    mView->addItem(tr("Current state"), int(scenario::View::Current));
    mView->addItem(tr("Scenario only"), int(scenario::View::Proposed));
    mView->addItem(tr("Current + scenario"), int(scenario::View::Both));
    mView->setCurrentIndex(2);
    mToolBar->addWidget(mView);
    mToolBar->addWidget(new QLabel(tr("Scenario:"), mToolBar));
    mScenario = new QComboBox(mToolBar);
    mScenario->setObjectName(QStringLiteral("ScenarioName"));
    mScenario->setEditable(true);
    mScenario->setMinimumWidth(170);
    mScenario->setToolTip(tr("The plan new features belong to and the map and checks show"));
    mScenario->lineEdit()->setPlaceholderText(tr("none (current state)"));
    mToolBar->addWidget(mScenario);
    connect(mView, &QComboBox::currentIndexChanged, this, &EditController::applyScenarioView);
    connect(mScenario, &QComboBox::currentTextChanged, this, &EditController::applyScenarioView);
}

void EditController::applyScenarioView()
{
    mDocument->setScenarioView(scenario::View(mView->currentData().toInt()), activeScenario());
}

QString EditController::activeScenario() const
{
    return mScenario->currentText().trimmed();
}

void EditController::updateActions()
{
    const bool editing = !mEditLayer.isEmpty();
    mToggle->setChecked(editing);
    for (QAction* a : mModes->actions()) {
        const auto mode = EditTool::Mode(a->data().toInt());
        const int index = editing ? mDocument->indexOf(mEditLayer) : -1;
        const GeometryKind kind = index >= 0 && mDocument->layer(index).data
                                      ? mDocument->layer(index).data->kind
                                      : GeometryKind::None;
        a->setEnabled(editing &&
                      (mode == EditTool::Mode::Move ||
                       (mode == EditTool::Mode::AddPoint) == (kind == GeometryKind::Point)));
    }
    // Another county's selected feature of a shared layer: greyed, as the database would
    // refuse the change.
    bool selectionEditable = true;
    if (editing && mSession.buffer(mEditLayer)) {
        QVector<qint64> fids;
        FeatureEditBuffer* buffer = mSession.buffer(mEditLayer);
        for (qsizetype row : mDocument->selection(mEditLayer))
            if (row < buffer->count())
                fids << buffer->feature(row).fid;
        selectionEditable = mayChange(mEditLayer, fids, false);
    }
    mDelete->setEnabled(editing && selectionEditable);
    mAttributes->setEnabled(editing && selectionEditable);
    mSave->setEnabled(mSession.hasChanges());
    mDiscard->setEnabled(mSession.hasChanges());
}

bool EditController::checkSharedRights(const LoadedLayer& layer)
{
    PgEditRights rights;
    try {
        PgConnection c(layer.entry.source);
        rights = PgEditRights::of(c, layer.entry.layerName);
    } catch (const Error& e) {
        QMessageBox::warning(mWindow, tr("Edit Layer"),
                             tr("The shared database cannot be reached, so \"%1\" cannot be "
                                "edited now.\n\n%2")
                                 .arg(layer.entry.displayName(), e.message()));
        return false;
    }
    if (!rights.versioned) {
        QMessageBox::information(
            mWindow, tr("Edit Layer"),
            tr("\"%1\" is a database table WorksMap did not publish: it has no version column, "
               "so edits could overwrite other people's unseen. Publish the project with "
               "worksmap-cli publish and edit the published tables.")
                .arg(layer.entry.displayName()));
        return false;
    }
    if (!rights.canEdit || (!rights.allCounties && rights.counties.isEmpty())) {
        QMessageBox::information(mWindow, tr("Edit Layer"),
                                 tr("Your database role %1 may read \"%2\" but not change it.")
                                     .arg(rights.role, layer.entry.displayName()));
        return false;
    }
    mRights.insert(layer.entry.id, rights);
    return true;
}

bool EditController::mayChange(const QString& layerId, const QVector<qint64>& fids, bool explain)
{
    const auto rights = mRights.constFind(layerId);
    FeatureEditBuffer* buffer = mSession.buffer(layerId);
    const int index = mDocument->indexOf(layerId);
    if (rights == mRights.constEnd() || rights->allCounties || !buffer || index < 0)
        return true;
    const int column = mDocument->layer(index).data->attributes.indexOf(
        mDocument->layer(index).columnOf(QStringLiteral("county_code")));
    for (qint64 fid : fids) {
        const EditableFeature* f = buffer->find(fid);
        if (!f || fid < 0 || column < 0)
            continue;
        const QString county = f->values.value(column).toString();
        if (!rights->allows(county)) {
            if (explain)
                Q_EMIT message(tr("Feature %1 belongs to county %2: your role may change only the "
                                  "features of county %3.")
                                   .arg(fid)
                                   .arg(county, rights->counties.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

void EditController::refreshShared(const QString& layerId)
{
    FeatureEditBuffer* buffer = mSession.buffer(layerId);
    if (!buffer)
        return;
    if (buffer->hasChanges()) {
        mStale.insert(layerId);
        const int index = mDocument->indexOf(layerId);
        Q_EMIT message(
            tr("Someone else saved changes to %1 while you edit it; they are shown "
               "after your next save, which lists any feature you both changed.")
                .arg(index >= 0 ? mDocument->layer(index).entry.displayName() : layerId));
        return;
    }
    reloadShared(layerId);
}

void EditController::reloadShared(const QString& layerId)
{
    mStale.remove(layerId);
    const int index = mDocument->indexOf(layerId);
    FeatureEditBuffer* old = mSession.buffer(layerId);
    if (index < 0 || !old || old->hasChanges())
        return;
    const LayerEntry entry = mDocument->layer(index).entry;
    // Read first: if the database is away, editing goes on on what is there.
    if (const QString problem = mDocument->readAgain(index); !problem.isEmpty()) {
        Q_EMIT message(tr("%1 could not be read again: %2").arg(entry.displayName(), problem));
        return;
    }
    mSession.stop(layerId);
    const LoadedLayer& fresh = mDocument->layer(index);
    FeatureEditBuffer* buffer = mSession.start(
        layerId, mDocument->toProject().absoluteSource(entry), entry.layerName, fresh.data);
    if (mEditLayer == layerId)
        mTool->setTarget(layerId, buffer, fresh.data->kind);
    Q_EMIT message(tr("%1: changes saved by others are shown.").arg(entry.displayName()));
    updateActions();
}

bool EditController::startEditing(int index)
{
    if (!mDocument->hasProject() || index < 0 || index >= mDocument->layerCount()) {
        QMessageBox::information(mWindow, tr("Edit Layer"),
                                 tr("Choose a works layer in the layer list first."));
        return false;
    }
    LoadedLayer layer = mDocument->layer(index);
    const bool shape = layer.data && (layer.data->kind == GeometryKind::Point ||
                                      layer.data->kind == GeometryKind::Line);
    if (!scenario::isWorksRole(layer.entry.role) || !shape) {
        QMessageBox::information(
            mWindow, tr("Edit Layer"),
            tr("Only point and line layers of works (facilities, parking, pipes) can be edited; "
               "\"%1\" is not one.")
                .arg(layer.entry.displayName()));
        return false;
    }
    if (layer.isRemote()) {
        QMessageBox::information(
            mWindow, tr("Edit Layer"),
            tr("\"%1\" has %2 features and stays in its database, drawn by the view: it is too "
               "large to edit in the window.")
                .arg(layer.entry.displayName())
                .arg(layer.remote->rows));
        return false;
    }
    const Project project = mDocument->toProject();
    const bool shared = layer.entry.isPostgis();
    if (shared && !checkSharedRights(layer))
        return false;
    if (!shared && !WorksPackage::holds(project, layer.entry)) {
        if (project.filePath.isEmpty()) {
            QMessageBox::information(mWindow, tr("Edit Layer"),
                                     tr("Save the project first: edited layers are kept in a "
                                        "GeoPackage beside the project file."));
            return false;
        }
        try {
            const AdoptResult r =
                WorksPackage::adopt(project, layer, *mDocument->roles().role(layer.entry.role),
                                    mDocument->project().crs);
            ProjectLoader loader(mDocument->roles());
            Project withEntry = project;
            withEntry.crs = mDocument->project().crs;
            LoadedLayer copy = loader.loadLayer(withEntry, r.entry, mDocument->project().crs);
            if (!copy.isAvailable())
                throw Error(project.worksPackagePath(), copy.problem);
            mDocument->replaceLayer(index, copy);
            layer = copy;
            QMessageBox::information(
                mWindow, tr("Edit Layer"),
                tr("\"%1\" was copied into the project's works GeoPackage\n%2\nand will be edited "
                   "there (%3 features; fields added: %4). Your file\n%5\nis not changed.\n\nSave "
                   "the project to keep the new source.")
                    .arg(layer.entry.displayName(), project.worksPackagePath())
                    .arg(r.features)
                    .arg(r.addedFields.isEmpty() ? tr("none")
                                                 : r.addedFields.join(QStringLiteral(", ")),
                         r.from));
        } catch (const Error& e) {
            QMessageBox::warning(mWindow, tr("Edit Layer"), e.message());
            return false;
        }
    }
    mSession.start(layer.entry.id, mDocument->toProject().absoluteSource(layer.entry),
                   layer.entry.layerName.isEmpty() ? layer.data->name : layer.entry.layerName,
                   layer.data);
    mEditLayer = layer.entry.id;
    FeatureEditBuffer* buffer = mSession.buffer(mEditLayer);
    mTool->setTarget(mEditLayer, buffer, layer.data->kind);
    mTool->setMayChange([this](qint64 fid) { return mayChange(mEditLayer, {fid}); });
    mTool->setMode(layer.data->kind == GeometryKind::Point ? EditTool::Mode::AddPoint
                                                           : EditTool::Mode::AddLine);
    for (QAction* a : mModes->actions())
        a->setChecked(EditTool::Mode(a->data().toInt()) == mTool->mode());
    mCanvas->setCanvasTool(mTool);
    const auto rights = mRights.constFind(layer.entry.id);
    if (rights != mRights.constEnd() && !rights->allCounties)
        Q_EMIT message(
            tr("Editing %1 (shared): you may change the features of county %2; the "
               "others are read-only")
                .arg(layer.entry.displayName(), rights->counties.join(QStringLiteral(", "))));
    else
        Q_EMIT message(tr("Editing %1").arg(layer.entry.displayName()));
    updateActions();
    return true;
}

QVector<QVariant> EditController::defaults(const LoadedLayer& layer) const
{
    QVector<QVariant> values(layer.data->attributes.fieldCount());
    const auto set = [&](const char* field, const QVariant& v) {
        const int c = layer.data->attributes.indexOf(layer.columnOf(QString::fromLatin1(field)));
        if (c >= 0)
            values[c] = v;
    };
    if (!activeScenario().isEmpty()) {
        set("scenario", activeScenario());
        set("status", QStringLiteral("planned"));
    }
    // A county's planner adds features of their county (the database takes no other).
    if (const auto rights = mRights.constFind(layer.entry.id);
        rights != mRights.constEnd() && !rights->allCounties && rights->counties.size() == 1)
        set("county_code", rights->counties.front());
    return values;
}

void EditController::onGeometry(const QString& layerId, SharedGeom geometry)
{
    FeatureEditBuffer* buffer = mSession.buffer(layerId);
    const int index = mDocument->indexOf(layerId);
    if (!buffer || index < 0 || !geometry)
        return;
    const LoadedLayer& layer = mDocument->layer(index);
    FeatureForm form(*mDocument->roles().role(layer.entry.role), layer, defaults(layer),
                     scenario::names(mDocument->project()), mWindow);
    if (form.exec() != QDialog::Accepted)
        return;
    EditableFeature f{buffer->newFid(), std::move(geometry), form.values()};
    mSession.push(new AddFeatureCommand(buffer, std::move(f), tr("Add feature")));
}

bool EditController::addProposals(int layerIndex, const std::vector<ProposedFeature>& features,
                                  const QString& text)
{
    const QString id = mDocument->layer(layerIndex).entry.id;
    if (!mSession.isEditing(id) && !startEditing(layerIndex))
        return false;
    FeatureEditBuffer* buffer = mSession.buffer(id);
    const LoadedLayer& layer = mDocument->layer(mDocument->indexOf(id));
    mSession.undoStack()->beginMacro(text);
    for (const auto& [geometry, byField] : features) {
        QVector<QVariant> values(buffer->fields().size());
        for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
            const int c = layer.data->attributes.indexOf(layer.columnOf(it.key()));
            if (c >= 0)
                values[c] = it.value();
        }
        mSession.push(new AddFeatureCommand(buffer, {buffer->newFid(), geometry, values}, text));
    }
    mSession.undoStack()->endMacro();
    return true;
}

void EditController::onLayerChanged(const QString& layerId)
{
    const int index = mDocument->indexOf(layerId);
    FeatureEditBuffer* buffer = mSession.buffer(layerId);
    if (index < 0 || !buffer)
        return;
    LoadedLayer layer = mDocument->layer(index);
    layer.data = buffer->toLayer();
    mDocument->replaceLayer(index, layer);
    mLive->refresh(layerId);
    // New scenario names typed in forms become choices.
    const QString current = mScenario->currentText();
    for (const QString& name : scenario::names(mDocument->project()))
        if (mScenario->findText(name) < 0)
            mScenario->addItem(name);
    mScenario->setCurrentText(current);
    updateActions();
}

void EditController::deleteSelected()
{
    FeatureEditBuffer* buffer = mSession.buffer(mEditLayer);
    if (!buffer)
        return;
    QVector<qint64> fids;
    for (qsizetype row : mDocument->selection(mEditLayer))
        if (row < buffer->count())
            fids << buffer->feature(row).fid;
    if (fids.isEmpty()) {
        Q_EMIT message(tr("Select the features to delete first (Select tool)."));
        return;
    }
    if (!mayChange(mEditLayer, fids))
        return;
    mSession.push(new DeleteFeaturesCommand(buffer, fids,
                                            tr("Delete %n feature(s)", nullptr, int(fids.size()))));
}

void EditController::editAttributes()
{
    FeatureEditBuffer* buffer = mSession.buffer(mEditLayer);
    const int index = mDocument->indexOf(mEditLayer);
    const std::vector<qsizetype>& selected = mDocument->selection(mEditLayer);
    if (!buffer || index < 0 || selected.empty()) {
        Q_EMIT message(tr("Select a feature of the edited layer first."));
        return;
    }
    const EditableFeature& f = buffer->feature(selected.front());
    if (!mayChange(mEditLayer, {f.fid}))
        return;
    const LoadedLayer& layer = mDocument->layer(index);
    FeatureForm form(*mDocument->roles().role(layer.entry.role), layer, f.values,
                     scenario::names(mDocument->project()), mWindow);
    if (form.exec() != QDialog::Accepted || form.changedValues().isEmpty())
        return;
    mSession.push(new SetValuesCommand(buffer, f.fid, form.changedValues(), tr("Edit attributes")));
}

bool EditController::save()
{
    try {
        EditSession::Pending p;
        // Conflicts with others' saves are settled here and the save tried again; a
        // planner who cancels keeps every edit.
        for (;;) {
            try {
                p = mSession.save(mDocument->project().crs);
                break;
            } catch (const EditConflictError& e) {
                // One dialog per layer: each has its own fields.
                std::map<QString, std::vector<EditConflict>> byLayer;
                for (const EditConflict& c : e.conflicts())
                    byLayer[c.layerName].push_back(c);
                for (const auto& [layerName, conflicts] : byLayer) {
                    QVector<FieldDef> fields;
                    for (const QString& id : mSession.layerIds())
                        if (const int i = mDocument->indexOf(id);
                            i >= 0 && mDocument->layer(i).entry.layerName == layerName)
                            fields = mSession.buffer(id)->fields();
                    ConflictDialog dialog(conflicts, fields, mWindow);
                    if (dialog.exec() != QDialog::Accepted) {
                        Q_EMIT message(tr("Not saved: %n feature(s) changed by someone else wait "
                                          "for your choice; every edit is still here.",
                                          nullptr, int(e.conflicts().size())));
                        updateActions();
                        return false;
                    }
                    const auto results = dialog.results();
                    for (std::size_t i = 0; i < results.size(); ++i)
                        mSession.resolve(conflicts[i], results[i] ? &*results[i] : nullptr);
                }
            }
        }
        Q_EMIT message(tr("Saved: %1 added, %2 changed, %3 deleted.")
                           .arg(p.added)
                           .arg(p.modified)
                           .arg(p.removed));
        for (const QString& id : QStringList(mStale.values()))
            reloadShared(id);
        updateActions();
        return true;
    } catch (const Error& e) {
        QMessageBox::critical(mWindow, tr("Save Edits"),
                              tr("The edits could not be saved; nothing was written and every "
                                 "edit is still here.\n\n%1")
                                  .arg(e.message()));
        return false;
    }
}

void EditController::discard()
{
    if (QMessageBox::question(mWindow, tr("Discard Edits"), tr("Drop every unsaved edit?")) !=
        QMessageBox::Yes)
        return;
    std::vector<std::pair<QString, std::shared_ptr<const Layer>>> bases;
    for (const QString& id : mSession.layerIds())
        bases.emplace_back(id, mSession.buffer(id)->base());
    mSession.discard();
    for (const auto& [id, base] : bases)
        if (const int index = mDocument->indexOf(id); index >= 0) {
            LoadedLayer layer = mDocument->layer(index);
            layer.data = base;
            mDocument->replaceLayer(index, layer);
        }
    mEditLayer.clear();
    mCanvas->setCanvasTool(nullptr);
    updateActions();
}

bool EditController::maybeFinish()
{
    if (!mSession.hasChanges())
        return true;
    const EditSession::Pending p = mSession.pending();
    const auto answer =
        QMessageBox::question(mWindow, tr("Unsaved Edits"),
                              tr("Save the edits (%1 added, %2 changed, %3 deleted)?")
                                  .arg(p.added)
                                  .arg(p.modified)
                                  .arg(p.removed),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void EditController::suggestSites()
{
    if (!mDocument->hasProject())
        return;
    const LayerRole* role = mDocument->roles().role(QStringLiteral("facility"));
    // Suggesting weighs every village: tables left in their database are read first.
    LoadedProject all = mDocument->project();
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ProjectLoader(mDocument->roles()).readLayersLeftInDatabase(all);
        QApplication::restoreOverrideCursor();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(mWindow, tr("Suggest Sites"), e.message());
        return;
    }
    SuggestDialog dialog(projectForChecks(all, mDocument->outputView()), *role, mWindow);
    // Existing facilities include the proposals of the plan shown: new sites join it.
    if (mView->currentData().toInt() != int(scenario::View::Current))
        dialog.setScenario(activeScenario());
    connect(&dialog, &SuggestDialog::siteActivated, this, [this](double x, double y) {
        const Extent e = mCanvas->visibleExtent();
        mCanvas->setExtent(Extent::of(x - e.width() / 2, y - e.height() / 2, x + e.width() / 2,
                                      y + e.height() / 2));
    });
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    const SuggestResult& r = *dialog.result();
    int target = -1;
    for (int i = 0; i < mDocument->layerCount() && target < 0; ++i)
        if (mDocument->layer(i).entry.role == QLatin1String("facility") &&
            mDocument->layer(i).isAvailable() &&
            mDocument->layer(i).data->kind == GeometryKind::Point)
            target = i;
    if (target < 0)
        return;
    const std::vector<ProposedFeature> features = proposalsOf(r);
    if (addProposals(target, features,
                     tr("Add %n suggested site(s)", nullptr, int(features.size())))) {
        mScenario->setCurrentText(r.scenario);
        Q_EMIT message(tr("%n suggested site(s) added to scenario \"%1\"; move or delete them, "
                          "then Save Edits.",
                          nullptr, int(features.size()))
                           .arg(r.scenario));
    }
}

} // namespace wm
