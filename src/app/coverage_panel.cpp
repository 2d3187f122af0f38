#include "app/coverage_panel.h"
#include "render/scenario_view.h"
#include "sql/pg_near_data.h"

#include "analysis/coverage_check.h"
#include "analysis/coverage_layer.h"
#include "analysis/rule_registry.h"
#include "app/coverage_results_model.h"
#include "app/map_document.h"
#include "app/rule_form_dialog.h"
#include "core/error.h"
#include "core/ui_language.h"
#include "io/output_guard.h"
#include "io/vector_writer.h"
#include "render/coverage_styles.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace wm {

CoveragePanel::CoveragePanel(MapDocument* document, QWidget* parent)
    : QWidget(parent), mDocument(document)
{
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    mRulesEdit = new QLineEdit(this);
    mRulesEdit->setPlaceholderText(tr("rules file (*.json)"));
    auto* browse = new QPushButton(tr("…"), this);
    browse->setToolTip(tr("Choose a rules file"));
    browse->setMaximumWidth(32);
    fileRow->addWidget(new QLabel(tr("Rules"), this));
    fileRow->addWidget(mRulesEdit, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    auto* runRow = new QHBoxLayout;
    mLevel = new QComboBox(this);
    mLevel->addItem(tr("Counties"), QStringLiteral("county"));
    mLevel->addItem(tr("Townships"), QStringLiteral("township"));
    mNewRule = new QPushButton(tr("New Rule…"), this);
    mSaveRules = new QPushButton(tr("Save Rules…"), this);
    mRun = new QPushButton(tr("Run"), this);
    mRun->setDefault(true);
    mCancel = new QPushButton(tr("Cancel"), this);
    runRow->addWidget(mLevel);
    runRow->addWidget(mNewRule);
    runRow->addWidget(mSaveRules);
    runRow->addStretch(1);
    runRow->addWidget(mRun);
    runRow->addWidget(mCancel);
    layout->addLayout(runRow);
    mProgress = new QProgressBar(this);
    mProgress->setTextVisible(true);
    mProgress->hide();
    layout->addWidget(mProgress);

    mRule = new QComboBox(this);
    mRule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    layout->addWidget(mRule);
    mSource = new QLabel(this);
    mSource->setWordWrap(true);
    mSource->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(mSource);

    mModel = new CoverageResultsModel(this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(CoverageResultsModel::SortRole);
    mView = new QTableView(this);
    mView->setModel(mProxy);
    mView->setSortingEnabled(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(CoverageResultsModel::Gap,
                                                    QHeaderView::Stretch);
    layout->addWidget(mView, 1);
    mSummary = new QLabel(this);
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mSummary);

    auto* mapRow = new QHBoxLayout;
    mMapValues = new QPushButton(tr("Map Values"), this);
    mMapValues->setToolTip(tr("Colour the units by this rule's value (choropleth)"));
    mMapVerdicts = new QPushButton(tr("Map Pass/Fail"), this);
    mSaveLayer = new QPushButton(tr("Save as Layer…"), this);
    mSaveLayer->setToolTip(tr("Write the units with every rule's value to a GeoPackage and "
                              "add it to the project"));
    mapRow->addWidget(mMapValues);
    mapRow->addWidget(mMapVerdicts);
    mapRow->addStretch(1);
    mapRow->addWidget(mSaveLayer);
    layout->addLayout(mapRow);

    connect(browse, &QPushButton::clicked, this, &CoveragePanel::browseRules);
    connect(mRulesEdit, &QLineEdit::textEdited, this, [this] { mRulesLoaded = false; });
    connect(mNewRule, &QPushButton::clicked, this, &CoveragePanel::newRuleForm);
    connect(mSaveRules, &QPushButton::clicked, this, &CoveragePanel::saveRulesDialog);
    connect(mRun, &QPushButton::clicked, this, &CoveragePanel::run);
    connect(mCancel, &QPushButton::clicked, this, &CoveragePanel::cancel);
    connect(mRule, &QComboBox::currentIndexChanged, this, &CoveragePanel::onRuleChosen);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoveragePanel::onRowChosen);
    connect(mMapValues, &QPushButton::clicked, this, [this] { mapCurrentRule(false); });
    connect(mMapVerdicts, &QPushButton::clicked, this, [this] { mapCurrentRule(true); });
    connect(mSaveLayer, &QPushButton::clicked, this, &CoveragePanel::saveLayerDialog);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &CoveragePanel::onFinished);
    connect(&mWatcher, &QFutureWatcher<Outcome>::progressRangeChanged, mProgress,
            &QProgressBar::setRange);
    connect(&mWatcher, &QFutureWatcher<Outcome>::progressValueChanged, mProgress,
            &QProgressBar::setValue);
    connect(&mWatcher, &QFutureWatcher<Outcome>::progressTextChanged, mProgress,
            &QProgressBar::setFormat);
    connect(mDocument, &MapDocument::projectChanged, this, &CoveragePanel::onProjectChanged);
    // Results follow the Display box: a check of another view is run again, never shown
    // as if it were this one's.
    connect(mDocument, &MapDocument::scenarioViewChanged, this, [this] {
        if (isRunning())
            mRerunWhenDone = true;
        else if (mCheck)
            run();
    });
    onProjectChanged();
}

CoveragePanel::~CoveragePanel()
{
    // The worker reads a copy of the project, but its result must not arrive here.
    mWatcher.cancel();
    mWatcher.waitForFinished();
}

QString CoveragePanel::rulesPath() const
{
    return mRulesEdit->text().trimmed();
}

void CoveragePanel::setRulesPath(const QString& path)
{
    mRulesEdit->setText(path);
    mRulesLoaded = false;
}

void CoveragePanel::setLevel(const QString& level)
{
    mLevel->setCurrentIndex(std::max(0, mLevel->findData(level)));
}

void CoveragePanel::onProjectChanged()
{
    mWatcher.cancel();
    mCheck.reset();
    mChecked.reset();
    mModel->setResult(nullptr, -1);
    mRule->clear();
    mSource->clear();
    mSummary->clear();
    mRulesLoaded = false;
    QString rules;
    if (mDocument->hasProject() && !mDocument->project().project.filePath.isEmpty()) {
        const QString beside = QFileInfo(mDocument->project().project.filePath)
                                   .absoluteDir()
                                   .filePath(QStringLiteral("rules.json"));
        if (QFileInfo::exists(beside))
            rules = beside;
    }
    mRulesEdit->setText(rules);
    updateButtons();
}

void CoveragePanel::fail(const QString& text)
{
    mLastError = text;
    Q_EMIT message(text);
    // Window-modal and not waited on: a test (or a planner) can go on.
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Coverage Check"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool CoveragePanel::loadRules()
{
    const QString path = rulesPath();
    if (path.isEmpty()) {
        fail(tr("Choose a rules file, or build a rule with \"New Rule…\"."));
        return false;
    }
    try {
        mRules = RulesFile::load(path);
        mRulesLoaded = true;
        return true;
    } catch (const Error& e) {
        fail(e.message());
        return false;
    }
}

bool CoveragePanel::addRule(const QJsonObject& rule)
{
    if (!mRulesLoaded) {
        if (!rulesPath().isEmpty() && QFileInfo::exists(rulesPath())) {
            if (!loadRules())
                return false;
        } else {
            // Rules built from scratch check the project's first boundary layer.
            mRules = RulesFile::fromJson({}, QString(), {}, false);
            for (int i = 0; i < mDocument->layerCount(); ++i)
                if (mDocument->layer(i).entry.role == QLatin1String("boundary") &&
                    !mDocument->layer(i).entry.source.isEmpty()) {
                    mRules.unitsLayer = mDocument->layer(i).entry.id;
                    break;
                }
            mRulesLoaded = true;
        }
    }
    try {
        mRules.addRule(rule);
        mRulesUnsaved = true;
    } catch (const Error& e) {
        fail(e.message());
        return false;
    }
    updateButtons();
    return true;
}

bool CoveragePanel::saveRules(const QString& path)
{
    if (!mRulesLoaded && !loadRules())
        return false;
    try {
        mRules.save(path);
    } catch (const Error& e) {
        fail(e.message());
        return false;
    }
    mRulesEdit->setText(path);
    mRulesUnsaved = false;
    return true;
}

bool CoveragePanel::maybeSaveRules()
{
    if (!mRulesUnsaved)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved rules"),
        tr("Rules built with New Rule are not saved in a rules file. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        mRulesUnsaved = false;
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rules"), rulesPath().isEmpty() ? QStringLiteral("rules.json") : rulesPath(),
        tr("Rules (*.json)"));
    return !path.isEmpty() && saveRules(path);
}

void CoveragePanel::browseRules()
{
    const QString start = rulesPath().isEmpty() && mDocument->hasProject()
                              ? QFileInfo(mDocument->project().project.filePath).absolutePath()
                              : rulesPath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Rules File"), start,
                                                      tr("Rules (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    setRulesPath(path);
    if (loadRules())
        run();
}

void CoveragePanel::newRuleForm()
{
    if (!mDocument->hasProject())
        return;
    QStringList taken;
    if (mRulesLoaded)
        for (const auto& r : mRules.rules)
            taken << r->id;
    RuleFormDialog dialog(mDocument, taken, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (addRule(dialog.rule())) {
        run();
        selectRule(dialog.rule().value(QStringLiteral("id")).toString());
    }
}

void CoveragePanel::saveRulesDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Rules"), rulesPath().isEmpty() ? QStringLiteral("rules.json") : rulesPath(),
        tr("Rules (*.json)"));
    if (!path.isEmpty())
        saveRules(path);
}

void CoveragePanel::run()
{
    if (!mDocument->hasProject() || isRunning())
        return;
    if (!mRulesLoaded && !loadRules())
        return;
    mLastError.clear();
    // The worker reads its own copy of the project (layers shared, read-only), so the
    // panel and map may change the document meanwhile.
    // The layers as loaded (tables left in their database measured there by SQL); the
    // scenario view is applied on the worker, after tables holding proposals are read.
    auto raw = std::make_shared<LoadedProject>(mDocument->project());
    const ScenarioView view = mDocument->outputView();
    const RoleRegistry* roles = &mDocument->roles();
    const RulesFile rules = mRules;
    const QString level = mLevel->currentData().toString();
    mProgress->setRange(0, int(rules.rules.size()));
    mProgress->setValue(0);
    mProgress->show();
    mWatcher.setFuture(
        QtConcurrent::run([raw, view, roles, rules, level](QPromise<Outcome>& promise) {
            Outcome out;
            promise.setProgressRange(0, int(rules.rules.size()));
            try {
                PgNearData nearData(*raw, *roles);
                nearData.readTablesWithProposals(*raw);
                auto project = std::make_shared<LoadedProject>(projectForChecks(*raw, view));
                out.project = project;
                out.check = std::make_shared<const CoverageCheck>(CoverageCheck::run(
                    *project, rules, level,
                    [&promise, &rules](int done, int total) {
                        promise.setProgressValueAndText(
                            done, done < total ? QStringLiteral("%1 (%2/%3)")
                                                     .arg(rules.rules[std::size_t(done)]->id)
                                                     .arg(done + 1)
                                                     .arg(total)
                                               : QString());
                        return !promise.isCanceled();
                    },
                    &nearData));
            } catch (const Cancelled& e) {
                out.cancelled = true;
                out.error = e.message();
            } catch (const Error& e) {
                out.error = e.message();
            } catch (const std::exception& e) {
                out.error = QString::fromLocal8Bit(e.what());
            }
            promise.addResult(out);
        }));
    updateButtons();
}

void CoveragePanel::cancel()
{
    mWatcher.cancel();
}

bool CoveragePanel::isRunning() const
{
    return mWatcher.isRunning();
}

void CoveragePanel::onFinished()
{
    mProgress->hide();
    const QFuture<Outcome> future = mWatcher.future();
    // A cancelled QPromise drops results added afterwards: no result means cancelled.
    Outcome cancelled;
    cancelled.cancelled = true;
    const Outcome out = future.resultCount() > 0 ? future.result() : cancelled;
    updateButtons();
    if (out.cancelled) {
        Q_EMIT message(tr("Coverage check cancelled."));
        Q_EMIT finished(false);
        return;
    }
    if (!out.check) {
        fail(out.error);
        Q_EMIT finished(false);
        return;
    }
    const QString previous = currentRuleId();
    mCheck = out.check;
    mChecked = out.project;
    const QSignalBlocker block(mRule);
    mRule->clear();
    for (const RuleResult& r : mCheck->results) {
        const int failing = r.failingUnits();
        mRule->addItem(failing > 0 ? tr("%1 — %n unit(s) failing", nullptr, failing).arg(r.title)
                                   : tr("%1 — all pass").arg(r.title),
                       r.id);
    }
    const int keep = mRule->findData(previous);
    mRule->setCurrentIndex(keep >= 0 ? keep : 0);
    onRuleChosen();
    Q_EMIT message(tr("%1 of %2 rules fail in at least one unit.")
                       .arg(mCheck->failingRules())
                       .arg(mCheck->results.size()));
    Q_EMIT finished(true);
    if (std::exchange(mRerunWhenDone, false))
        run();
}

bool CoveragePanel::selectRule(const QString& id)
{
    const int i = mRule->findData(id);
    if (i < 0)
        return false;
    mRule->setCurrentIndex(i);
    return true;
}

void CoveragePanel::showLiveVerdicts(const CoverageCheck* check, const QString& ruleId,
                                     const QHash<int, LiveVerdict>& verdicts)
{
    if (!check || check != mCheck.get() || ruleId != currentRuleId())
        return;
    mModel->setLiveVerdicts(verdicts);
}

QString CoveragePanel::currentRuleId() const
{
    return mRule->currentData().toString();
}

void CoveragePanel::onRuleChosen()
{
    const int index = mCheck ? mCheck->indexOfRule(currentRuleId()) : -1;
    mModel->setResult(mCheck, index);
    const RuleResult* r = mModel->result();
    mView->setColumnHidden(CoverageResultsModel::Rank, !r || !r->ranking);
    if (r && r->ranking)
        mView->sortByColumn(CoverageResultsModel::Rank, Qt::AscendingOrder);
    else
        mView->sortByColumn(CoverageResultsModel::Result, Qt::AscendingOrder);
    // The rule kind by its title in the interface's language ("服务半径覆盖"), not its id.
    const RuleSpec* spec = r ? RuleRegistry::instance().spec(r->kind) : nullptr;
    const QString kind = spec ? spec->title(chineseUi()) : r ? r->kind : QString();
    mSource->setText(
        !r ? QString()
           : QStringLiteral("[%1] %2").arg(kind.toHtmlEscaped(), r->source.toHtmlEscaped()));
    mSummary->setText(summaryText());
    updateButtons();
    // A map of results not saved to a file follows the rule on screen, in its mode, rather
    // than keep the previous rule's colours until Map Values is pressed again.
    if (const int mapped = mDocument->indexOf(resultsLayerId());
        r && mapped >= 0 && mMappedVerdicts && mDocument->layer(mapped).entry.source.isEmpty() &&
        mCheck->units.polygons())
        mapCurrentRule(*mMappedVerdicts);
    if (r)
        Q_EMIT ruleShown(mCheck, r->id);
}

QString CoveragePanel::summaryText() const
{
    const RuleResult* r = mModel->result();
    if (!r)
        return {};
    QStringList parts;
    parts << tr("%n unit(s) failing", nullptr, r->failingUnits());
    if (r->ranking) {
        auto names = [](const std::vector<RankEntry>& entries) {
            QStringList n;
            for (const RankEntry& e : entries)
                n << QStringLiteral("%1 %2%").arg(e.row.unitName).arg(qRound(e.row.rate * 100));
            return n.join(QStringLiteral(", "));
        };
        parts << tr("top: %1").arg(names(r->ranking->top));
        parts << tr("bottom: %1").arg(names(r->ranking->bottom));
        if (!r->progress->noTask.empty())
            parts << tr("%n unit(s) without a task", nullptr, int(r->progress->noTask.size()));
    }
    for (const QString& note : r->notes)
        parts << note;
    return parts.join(QStringLiteral("; "));
}

void CoveragePanel::onRowChosen()
{
    const QModelIndex current = mView->selectionModel()->currentIndex();
    if (current.isValid())
        showUnit(mModel->unitAt(mProxy->mapToSource(current).row()));
}

void CoveragePanel::selectUnitRow(int unit, const QString& name)
{
    const int row = mModel->rowOf(unit, name);
    if (row < 0) {
        showUnit(unit);
        return;
    }
    const QModelIndex index = mProxy->mapFromSource(mModel->index(row, CoverageResultsModel::Unit));
    mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    mView->scrollTo(index);
}

void CoveragePanel::showUnit(int unit)
{
    const RuleResult* r = mModel->result();
    if (!r || unit < 0 || unit >= mCheck->units.size())
        return;
    const std::vector<qsizetype> failing =
        documentRows(r->featuresLayer, r->failingFeaturesIn(unit), r->failingData.get());
    if (!r->featuresLayer.isEmpty())
        mDocument->setSelection(r->featuresLayer, failing);
    const Unit& u = mCheck->units.unit(unit);
    if (mCheck->units.polygons() && u.feature >= 0) {
        mDocument->setSelection(mRules.unitsLayer, {u.feature});
        Q_EMIT zoomToFeaturesRequested(mRules.unitsLayer, {u.feature});
    } else if (!failing.empty()) {
        Q_EMIT zoomToFeaturesRequested(r->featuresLayer, failing);
    }
}

std::vector<qsizetype> CoveragePanel::documentRows(const QString& layerId,
                                                   const std::vector<qsizetype>& rows,
                                                   const Layer* rowsOf) const
{
    const LoadedLayer* loaded = mChecked ? mChecked->layer(layerId) : nullptr;
    const Layer* checked = rowsOf ? rowsOf : loaded ? loaded->data.get() : nullptr;
    const int index = mDocument->indexOf(layerId);
    if (!checked || index < 0 || !mDocument->layer(index).data ||
        mDocument->layer(index).data.get() == checked)
        return rows;
    const Layer& now = *mDocument->layer(index).data;
    QHash<qint64, qsizetype> rowOfFid;
    for (qsizetype i = 0; i < now.featureCount(); ++i)
        rowOfFid.insert(now.fid(i), i);
    std::vector<qsizetype> out;
    for (qsizetype row : rows)
        if (row >= 0 && row < checked->featureCount())
            if (const auto it = rowOfFid.constFind(checked->fid(row)); it != rowOfFid.cend())
                out.push_back(*it);
    return out;
}

QString CoveragePanel::resultsLayerId() const
{
    return QStringLiteral("coverage_%1").arg(mCheck ? mCheck->level : QStringLiteral("county"));
}

bool CoveragePanel::mapCurrentRule(bool verdicts)
{
    const RuleResult* r = mModel->result();
    if (!r || !mCheck->units.polygons()) {
        fail(tr("Township units have no polygons to colour; map the county level."));
        return false;
    }
    auto data = std::make_shared<Layer>(coverageUnitsLayer(*mCheck, mDocument->project().crs));
    Style style = verdicts ? verdictStyle(verdictColumn(r->id))
                           : choroplethStyle(*data, valueColumn(r->id), isShareRule(*r));
    for (Category& c : style.categories) // the legend speaks the UI's language
        c.label = verdictTitle(c.value);
    const int existing = mDocument->indexOf(resultsLayerId());
    LoadedLayer layer;
    if (existing >= 0)
        layer.entry = mDocument->layer(existing).entry;
    layer.entry.id = resultsLayerId();
    layer.entry.role = QStringLiteral("boundary");
    if (layer.entry.source.isEmpty())
        layer.entry.title = tr("Coverage: %1 (not saved)").arg(r->title);
    else
        layer.entry.title = tr("Coverage: %1").arg(r->title);
    layer.entry.visible = true;
    layer.entry.opacity = 0.85;
    QStringList columns;
    for (const FieldDef& f : data->attributes.fields())
        columns << f.name;
    if (const LayerRole* role = mDocument->roles().role(layer.entry.role))
        layer.mapping = FieldMapping::map(*role, columns);
    layer.data = std::move(data);
    if (existing >= 0) {
        mDocument->replaceLayer(existing, layer);
        mDocument->setStyle(existing, style);
    } else {
        // Right above the unit boundaries, so villages and facilities stay on top.
        const int units = mDocument->indexOf(mRules.unitsLayer);
        mDocument->insertLayer(units + 1, layer, style);
    }
    mMappedVerdicts = verdicts;
    updateButtons();
    return true;
}

bool CoveragePanel::saveResultsLayer(const QString& path)
{
    if (!mCheck || !mCheck->units.polygons()) {
        fail(tr("Run a county-level check first."));
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString projectDir =
        mDocument->project().project.filePath.isEmpty()
            ? QString()
            : QFileInfo(mDocument->project().project.filePath).absolutePath();
    // Never overwrite a file the project reads (a planner's own data) or the rules.
    OutputGuard guard;
    guard.addProject(mDocument->project().toProject());
    guard.addInput(mRules.path, tr("the rules file"));
    if (const QString input = guard.conflict(target); !input.isEmpty()) {
        fail(tr("%1 is %2; choose another file.").arg(target, input));
        return false;
    }
    if (mDocument->indexOf(resultsLayerId()) < 0 && !mapCurrentRule(false))
        return false;
    const int index = mDocument->indexOf(resultsLayerId());
    LoadedLayer layer = mDocument->layer(index);
    const QString layerName = resultsLayerId();
    try {
        writeGeoPackage(target, mDocument->project().crs, {outputLayerOf(*layer.data, layerName)});
    } catch (const Error& e) {
        fail(e.message());
        return false;
    }
    layer.entry.source = projectDir.isEmpty() ? target : QDir(projectDir).relativeFilePath(target);
    layer.entry.layerName = layerName;
    const RuleResult* r = mModel->result();
    layer.entry.title = tr("Coverage: %1").arg(r ? r->title : layerName);
    mDocument->replaceLayer(index, layer);
    Q_EMIT message(tr("Saved the coverage results to %1.").arg(target));
    updateButtons();
    return true;
}

void CoveragePanel::saveLayerDialog()
{
    QString start = QStringLiteral("%1.gpkg").arg(resultsLayerId());
    if (mDocument->hasProject() && !mDocument->project().project.filePath.isEmpty())
        start = QFileInfo(mDocument->project().project.filePath).absoluteDir().filePath(start);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Coverage Results"), start,
                                                      tr("GeoPackage (*.gpkg)"));
    if (!path.isEmpty())
        saveResultsLayer(path);
}

void CoveragePanel::updateButtons()
{
    const bool project = mDocument->hasProject();
    const bool running = isRunning();
    const bool result = mModel->result() != nullptr;
    mRun->setEnabled(project && !running);
    mCancel->setEnabled(running);
    mNewRule->setEnabled(project && !running);
    mSaveRules->setEnabled(mRulesLoaded);
    mLevel->setEnabled(!running);
    const bool polygons = result && mCheck->units.polygons();
    mMapValues->setEnabled(polygons);
    mMapVerdicts->setEnabled(polygons);
    mSaveLayer->setEnabled(polygons);
}

} // namespace wm
