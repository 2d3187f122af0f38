#include "app/suggest_dialog.h"

#include "analysis/scenario.h"
#include "analysis/unit_set.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/layer_role.h"
#include "core/option_error.h"
#include "core/ui_language.h"
#include "io/project_loader.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace wm {

namespace {

bool hasRole(const LoadedLayer& l, const char* role)
{
    return l.entry.role.compare(QLatin1String(role), Qt::CaseInsensitive) == 0;
}

/// Distinct values of role field `field` in the available layers of `role`, in first-seen order.
QStringList valuesIn(const LoadedProject& project, const char* role, const QString& field)
{
    QStringList values;
    for (const LoadedLayer& l : project.layers) {
        if (!l.isAvailable() || !hasRole(l, role))
            continue;
        const int col = l.data->attributes.indexOf(l.columnOf(field));
        for (qsizetype f = 0; col >= 0 && f < l.data->featureCount(); ++f) {
            const QString v = l.data->attributes.toString(f, col).trimmed();
            if (!v.isEmpty() && !values.contains(v))
                values << v;
        }
    }
    return values;
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1);
}

} // namespace

SuggestDialog::SuggestDialog(const LoadedProject& project, QWidget* parent)
    : QDialog(parent), mProject(std::make_shared<const LoadedProject>(project))
{
    build(nullptr);
}

SuggestDialog::SuggestDialog(const LoadedProject& project, const LayerRole& facilityRole,
                             QWidget* parent)
    : QDialog(parent), mProject(std::make_shared<const LoadedProject>(project))
{
    build(facilityRole.field(QStringLiteral("kind")));
}

void SuggestDialog::setScenario(const QString& name)
{
    if (!name.trimmed().isEmpty())
        mScenario->setEditText(name.trimmed());
}

SuggestDialog::~SuggestDialog()
{
    // A run still going keeps its own copy of the project; its result is dropped, and its
    // exact solve is told to stop.
    mWatcher.disconnect(this);
    if (mStopSolving)
        *mStopSolving = true;
}

void SuggestDialog::build(const RoleField* kindField)
{
    setWindowTitle(tr("Suggest Sites"));
    const LoadedProject& project = *mProject;
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* form = new QFormLayout;

    // Facility kind.
    mKind = new QComboBox(this);
    mKind->setObjectName(QStringLiteral("kind"));
    QStringList kinds = kindField ? kindField->values : QStringList{};
    for (const QString& k : valuesIn(project, "facility", QStringLiteral("kind")))
        if (!kinds.contains(k))
            kinds << k;
    const bool chinese = chineseUi();
    for (const QString& k : kinds) {
        if (kindField && kindField->valueTitlesZh.contains(k))
            mKindTitlesZh.insert(k, kindField->valueTitlesZh.value(k));
        const QString title = kindField ? kindField->valueTitle(k, chinese) : k;
        mKindTitles.insert(k, title);
        mKind->addItem(title == k ? k : tr("%1 (%2)").arg(title, k), k);
    }
    form->addRow(tr("Facility kind"), mKind);

    // Service area: a radius or a travel time.
    mByRadius = new QRadioButton(tr("Radius"), this);
    mByRadius->setObjectName(QStringLiteral("byRadius"));
    mByTime = new QRadioButton(tr("Travel time"), this);
    mByTime->setObjectName(QStringLiteral("byTime"));
    mByRadius->setChecked(true);
    auto* areaGroup = new QButtonGroup(this);
    areaGroup->addButton(mByRadius);
    areaGroup->addButton(mByTime);
    mRadius = new QDoubleSpinBox(this);
    mRadius->setObjectName(QStringLiteral("radius"));
    mRadius->setRange(0.1, 200);
    mRadius->setDecimals(1);
    mRadius->setSingleStep(0.5);
    mRadius->setValue(3);
    mRadius->setSuffix(tr(" km"));
    mMinutes = new QDoubleSpinBox(this);
    mMinutes->setObjectName(QStringLiteral("minutes"));
    mMinutes->setRange(1, 600);
    mMinutes->setDecimals(0);
    mMinutes->setValue(15);
    mMinutes->setSuffix(tr(" min"));
    mSpeed = new QDoubleSpinBox(this);
    mSpeed->setObjectName(QStringLiteral("speed"));
    mSpeed->setRange(1, 200);
    mSpeed->setDecimals(0);
    mSpeed->setValue(30);
    mSpeed->setSuffix(tr(" km/h"));
    auto* radiusRow = new QHBoxLayout;
    radiusRow->addWidget(mByRadius);
    radiusRow->addWidget(mRadius, 1);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(mByTime);
    timeRow->addWidget(mMinutes, 1);
    timeRow->addWidget(new QLabel(tr("at"), this));
    timeRow->addWidget(mSpeed, 1);
    form->addRow(tr("Service area"), radiusRow);
    form->addRow(QString(), timeRow);

    // How many sites: k, or the fewest reaching a share.
    mByCount = new QRadioButton(tr("Number of sites"), this);
    mByCount->setObjectName(QStringLiteral("byCount"));
    mByShare = new QRadioButton(tr("Fewest sites to cover"), this);
    mByShare->setObjectName(QStringLiteral("byShare"));
    mByCount->setChecked(true);
    auto* countGroup = new QButtonGroup(this);
    countGroup->addButton(mByCount);
    countGroup->addButton(mByShare);
    mK = new QSpinBox(this);
    mK->setObjectName(QStringLiteral("k"));
    mK->setRange(1, 500);
    mK->setValue(5);
    mShare = new QDoubleSpinBox(this);
    mShare->setObjectName(QStringLiteral("share"));
    mShare->setRange(1, 100);
    mShare->setDecimals(0);
    mShare->setValue(90);
    mShare->setSuffix(tr(" % of the villages"));
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(mByCount);
    countRow->addWidget(mK, 1);
    auto* shareRow = new QHBoxLayout;
    shareRow->addWidget(mByShare);
    shareRow->addWidget(mShare, 1);
    form->addRow(tr("Sites"), countRow);
    form->addRow(QString(), shareRow);

    // Restrict to one county of the (first available) boundary layer.
    mUnit = new QComboBox(this);
    mUnit->setObjectName(QStringLiteral("unit"));
    mUnit->addItem(tr("All units"), QString());
    for (const LoadedLayer& l : project.layers) {
        if (!l.isAvailable() || !hasRole(l, "boundary"))
            continue;
        try {
            const UnitSet units = UnitSet::fromLoadedLayer(l);
            for (int u = 0; u < units.size(); ++u) {
                const Unit& unit = units.unit(u);
                if (unit.code.isEmpty())
                    continue; // no code, nothing to restrict by
                const QString name = unit.displayName();
                mUnit->addItem(QStringLiteral("%1 %2").arg(unit.code, name), unit.code);
            }
        } catch (const Error&) {
            // A boundary layer without codes offers no units to restrict to.
        }
        break;
    }
    form->addRow(tr("Restrict to"), mUnit);

    // Candidate sites: a grid, or a point layer.
    mGrid = new QRadioButton(tr("Grid every"), this);
    mGrid->setObjectName(QStringLiteral("grid"));
    mCandidateLayer = new QRadioButton(tr("Points of layer"), this);
    mCandidateLayer->setObjectName(QStringLiteral("candidateLayer"));
    mGrid->setChecked(true);
    auto* candidateGroup = new QButtonGroup(this);
    candidateGroup->addButton(mGrid);
    candidateGroup->addButton(mCandidateLayer);
    mGridSpacing = new QDoubleSpinBox(this);
    mGridSpacing->setObjectName(QStringLiteral("gridSpacing"));
    mGridSpacing->setRange(0, 50);
    mGridSpacing->setDecimals(2);
    mGridSpacing->setSingleStep(0.25);
    mGridSpacing->setSuffix(tr(" km"));
    mGridSpacing->setSpecialValueText(tr("half the radius"));
    mGridSpacing->setValue(0);
    mCandidates = new QComboBox(this);
    mCandidates->setObjectName(QStringLiteral("candidates"));
    mExclude = new QComboBox(this);
    mExclude->setObjectName(QStringLiteral("exclude"));
    mExclude->addItem(tr("None"), QString());
    for (const LoadedLayer& l : project.layers) {
        if (!l.isAvailable())
            continue;
        if (l.data->kind == GeometryKind::Point)
            mCandidates->addItem(l.entry.displayName(), l.entry.id);
        else if (l.data->kind == GeometryKind::Polygon)
            mExclude->addItem(l.entry.displayName(), l.entry.id);
    }
    if (mCandidates->count() == 0)
        mCandidateLayer->setEnabled(false);
    auto* gridRow = new QHBoxLayout;
    gridRow->addWidget(mGrid);
    gridRow->addWidget(mGridSpacing, 1);
    auto* layerRow = new QHBoxLayout;
    layerRow->addWidget(mCandidateLayer);
    layerRow->addWidget(mCandidates, 1);
    form->addRow(tr("Candidate sites"), gridRow);
    form->addRow(QString(), layerRow);
    form->addRow(tr("Excluded zones"), mExclude);

    // Weight: a numeric column of the village layer.
    mWeight = new QComboBox(this);
    mWeight->setObjectName(QStringLiteral("weight"));
    mWeight->addItem(tr("None (each village counts 1)"), QString());
    for (const LoadedLayer& l : project.layers) {
        if (!l.isAvailable() || !hasRole(l, "village") || l.data->kind != GeometryKind::Point)
            continue;
        for (const FieldDef& f : l.data->attributes.fields())
            if (isNumeric(f.type))
                mWeight->addItem(f.name, f.name);
        break;
    }
    form->addRow(tr("Weight villages by"), mWeight);

    // The scenario the sites are proposed in.
    mScenario = new QComboBox(this);
    mScenario->setObjectName(QStringLiteral("scenario"));
    mScenario->setEditable(true);
    mScenario->setInsertPolicy(QComboBox::NoInsert);
    mScenario->addItems(scenario::names(project));
    mScenario->setEditText(QStringLiteral("suggested"));
    form->addRow(tr("Scenario"), mScenario);
    left->addLayout(form);

    auto* hint = new QLabel(tr("Sites are chosen to cover the most villages not yet within "
                               "reach of an existing facility of the kind. Distances are "
                               "straight lines; a travel time is read as speed × time."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555"));
    left->addWidget(hint);
    left->addStretch(1);

    // Results.
    auto* right = new QVBoxLayout;
    mBusy = new QProgressBar(this);
    mBusy->setRange(0, 0);
    mBusy->hide();
    right->addWidget(mBusy);
    mSummary = new QLabel(tr("Choose the options and press Suggest."), this);
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(mSummary);
    mTable = new QTableWidget(0, 7, this);
    mTable->setObjectName(QStringLiteral("sites"));
    mTable->setHorizontalHeaderLabels({tr("Rank"), tr("Name"), tr("County"), tr("Township"),
                                       tr("Longitude"), tr("Latitude"), tr("Villages added")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setToolTip(tr("Double-click a site to show it on the map."));
    right->addWidget(mTable, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mSuggest = buttons->addButton(tr("Suggest"), QDialogButtonBox::ActionRole);
    mSuggest->setObjectName(QStringLiteral("suggest"));
    mStop = buttons->addButton(tr("Stop Solving"), QDialogButtonBox::ActionRole);
    mStop->setObjectName(QStringLiteral("stopSolving"));
    mStop->setToolTip(tr("Keep the best sites found so far; the summary says how close to the "
                         "best possible they are."));
    mAdd = buttons->addButton(tr("Add to Scenario"), QDialogButtonBox::AcceptRole);
    mAdd->setObjectName(QStringLiteral("addToScenario"));
    mSuggest->setDefault(true);
    mAdd->setAutoDefault(false);
    right->addWidget(buttons);

    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(mSuggest, &QPushButton::clicked, this, &SuggestDialog::suggest);
    connect(mStop, &QPushButton::clicked, this, [this] {
        if (mStopSolving)
            *mStopSolving = true;
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, &SuggestDialog::finished);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (mResult && row >= 0 && row < int(mResult->sites.size()))
            Q_EMIT siteActivated(mResult->sites[std::size_t(row)].x,
                                 mResult->sites[std::size_t(row)].y);
    });
    for (QRadioButton* b : {mByRadius, mByTime, mByCount, mByShare, mGrid, mCandidateLayer})
        connect(b, &QRadioButton::toggled, this, &SuggestDialog::updateEnabled);
    connect(mScenario, &QComboBox::editTextChanged, this, &SuggestDialog::updateEnabled);
    updateEnabled();
    resize(1000, 560);
}

void SuggestDialog::updateEnabled()
{
    mRadius->setEnabled(mByRadius->isChecked());
    mMinutes->setEnabled(mByTime->isChecked());
    mSpeed->setEnabled(mByTime->isChecked());
    mK->setEnabled(mByCount->isChecked());
    mShare->setEnabled(mByShare->isChecked());
    mGridSpacing->setEnabled(mGrid->isChecked());
    mCandidates->setEnabled(mCandidateLayer->isChecked());
    const bool running = isRunning();
    mSuggest->setEnabled(!running && mKind->count() > 0);
    mStop->setEnabled(running);
    mAdd->setEnabled(!running && mResult && !mResult->sites.empty());
    mBusy->setVisible(running);
}

SuggestOptions SuggestDialog::options() const
{
    SuggestOptions o;
    o.kind = mKind->currentData().toString();
    o.kindTitle = mKindTitlesZh.value(o.kind);
    o.knownKinds = mKindTitles.keys();
    if (mByTime->isChecked()) {
        o.minutes = mMinutes->value();
        o.speedKmh = mSpeed->value();
    } else {
        o.radiusMetres = mRadius->value() * 1000.0;
    }
    if (mByShare->isChecked())
        o.targetShare = mShare->value() / 100.0;
    else
        o.k = mK->value();
    o.level = QStringLiteral("county");
    const QString unit = mUnit->currentData().toString();
    if (!unit.isEmpty())
        o.unitCodes << unit;
    if (mCandidateLayer->isChecked())
        o.candidatesLayer = mCandidates->currentData().toString();
    else
        o.gridSpacing = mGridSpacing->value() * 1000.0;
    o.excludeZones = mExclude->currentData().toString();
    o.weightField = mWeight->currentData().toString();
    o.scenario = mScenario->currentText().trimmed();
    // The project given is the state to build on (the window passes the scenario shown):
    // the proposals in it count as existing.
    o.existingScenarios = scenario::names(*mProject);
    return o;
}

bool SuggestDialog::isRunning() const
{
    return mWatcher.isRunning();
}

void SuggestDialog::suggest()
{
    if (isRunning())
        return;
    mResult.reset();
    mTable->setRowCount(0);
    mSummary->setText(tr("Suggesting sites…"));
    SuggestOptions o = options();
    mStopSolving = std::make_shared<std::atomic<bool>>(false);
    o.stopSolving = mStopSolving;
    std::shared_ptr<const LoadedProject> project = mProject;
    mWatcher.setFuture(QtConcurrent::run([project, o]() -> Outcome {
        Outcome out;
        try {
            out.result = suggestSites(*project, o);
        } catch (const OptionError& e) {
            out.error = e.message();
            out.optionKey = e.key();
        } catch (const Error& e) {
            out.error = e.message();
        } catch (const std::exception& e) {
            out.error = QString::fromLocal8Bit(e.what());
        }
        return out;
    }));
    updateEnabled();
}

void SuggestDialog::finished()
{
    Outcome out = mWatcher.result();
    if (out.result) {
        mResult = std::move(out.result);
        showResult();
    } else {
        mSummary->setText(tr("No sites suggested."));
        showError(out.optionKey.isEmpty()
                      ? out.error
                      : tr("%1: %2").arg(optionLabel(out.optionKey), out.error));
    }
    updateEnabled();
}

QString SuggestDialog::optionLabel(const QString& key) const
{
    // The option keys of suggestSites, named as the form's fields name them.
    const QHash<QString, QString> labels = {
        {QStringLiteral("kind"), tr("Facility kind")},
        {QStringLiteral("radius"), tr("Service area")},
        {QStringLiteral("minutes"), tr("Travel time")},
        {QStringLiteral("k"), tr("Number of sites")},
        {QStringLiteral("share"), tr("Fewest sites to cover")},
        {QStringLiteral("unit"), tr("Restrict to")},
        {QStringLiteral("grid"), tr("Grid every")},
        {QStringLiteral("candidates"), tr("Points of layer")},
        {QStringLiteral("exclude"), tr("Excluded zones")},
        {QStringLiteral("scenario"), tr("Scenario")},
        {QStringLiteral("villages"), tr("Villages")},
        {QStringLiteral("level"), tr("Level")},
    };
    return labels.value(key, key);
}

void SuggestDialog::showError(const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Suggest Sites"),
                                tr("The sites could not be suggested:\n%1").arg(message),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SuggestDialog::showResult()
{
    const SuggestResult& r = *mResult;
    QStringList lines;
    const int n = r.villages;
    auto share = [n](int covered) { return n > 0 ? double(covered) / n : 0.0; };
    lines << tr("Villages within %1 of a %2: %3 of %4 (%5%) → %6 (%7%) with %n new site(s).",
                nullptr, int(r.sites.size()))
                 .arg(r.radiusText, mKindTitles.value(r.kind, r.kind))
                 .arg(r.villagesCoveredBefore)
                 .arg(n)
                 .arg(percent(share(r.villagesCoveredBefore)))
                 .arg(r.villagesCoveredAfter)
                 .arg(percent(share(r.villagesCoveredAfter)));
    if (!r.weightField.isEmpty())
        lines << tr("Weighted by %1: %2% → %3% of the total.")
                     .arg(r.weightField, percent(r.shareBefore), percent(r.shareAfter));
    if (r.setCover) {
        if (r.reached)
            lines << tr("Target of %1% reached.").arg(percent(r.targetShare));
        if (r.reached && r.exactRan)
            lines << (r.exactOptimal ? tr("No fewer sites can reach it (proven by the solver).")
                                     : tr("At least %1 sites are needed (the solver stopped before "
                                          "proving more).")
                                           .arg(r.fewestSitesBound));
        else
            lines << tr("Target of %1% not reachable: at most %2% with these candidates.")
                         .arg(percent(r.targetShare), percent(r.bestShare));
    } else if (r.exactRan && r.exactOptimal) {
        // What a planner needs to hear: no other choice of sites covers more.
        lines << tr("Optimal: no %n site(s) cover more (proven by the solver).", nullptr, r.k);
    } else if (r.exactRan) {
        lines << (r.exactStopped ? tr("Within %1% of the best possible for %n site(s) (the "
                                      "solver was stopped).",
                                      nullptr, r.k)
                                 : tr("Within %1% of the best possible for %n site(s) (the "
                                      "solver stopped at its time limit).",
                                      nullptr, r.k))
                     .arg(percent(r.exactGap));
    } else {
        lines << tr("The sites add at least %1% of the best possible for %n site(s).", nullptr, r.k)
                     .arg(percent(r.boundRatio));
    }
    lines << tr("Candidates: %1, %2 considered, %3 in excluded zones.")
                 .arg(r.candidatesText)
                 .arg(r.candidates)
                 .arg(r.excludedCandidates);
    if (!r.unitsChosen.isEmpty())
        lines << tr("Restricted to %1.").arg(r.unitsChosen.join(QStringLiteral(", ")));
    if (r.existing > 0 || r.proposedOtherScenario > 0)
        lines << tr("Existing facilities of the kind: %1; proposals of other scenarios ignored: "
                    "%2.")
                     .arg(r.existing)
                     .arg(r.proposedOtherScenario);
    for (const QString& note : r.notes)
        lines << note;
    mSummary->setText(lines.join(QLatin1Char('\n')));

    mTable->setRowCount(int(r.sites.size()));
    auto lonLat = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'f', 6) : QStringLiteral("—");
    };
    auto unitText = [](const QString& code, const QString& name) {
        if (name.isEmpty())
            return code;
        return code.isEmpty() ? name : QStringLiteral("%1 %2").arg(code, name);
    };
    for (int i = 0; i < int(r.sites.size()); ++i) {
        const SuggestedSite& s = r.sites[std::size_t(i)];
        const QStringList cells = {QString::number(i + 1),
                                   s.name,
                                   unitText(s.countyCode, s.countyName),
                                   unitText(s.townshipCode, s.townshipName),
                                   lonLat(s.lon),
                                   lonLat(s.lat),
                                   QString::number(s.addedVillages)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 0 || c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            mTable->setItem(i, c, item);
        }
    }
    mTable->resizeColumnsToContents();
}

} // namespace wm
