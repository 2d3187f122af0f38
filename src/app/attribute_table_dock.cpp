#include "app/attribute_table_dock.h"

#include "app/attribute_filter.h"
#include "app/attribute_table_model.h"
#include "app/map_document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wm {

namespace {
/// Above this many rows the search waits for a pause in typing: each pass reads every cell.
constexpr int InstantSearchRows = 20000;
constexpr int SearchDelayMs = 300;
constexpr int MaxColumnWidth = 320;

/// A table view whose "clear and select" never diffs two large selections. Qt's
/// QItemSelectionModel::select() compares the old and new ranges pairwise, which takes
/// seconds when, say, Ctrl+A or Shift+click replaces 50,000 scattered selected rows.
/// Clearing first, quietly, leaves it nothing to compare.
class AttributeTableView : public QTableView {
public:
    using QTableView::QTableView;

    void selectAll() override
    {
        clearQuietly();
        QTableView::selectAll();
    }

protected:
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags command) override
    {
        if (command & QItemSelectionModel::Clear)
            clearQuietly();
        QTableView::setSelection(rect, command);
    }

private:
    void clearQuietly()
    {
        if (!selectionModel() || !selectionModel()->hasSelection())
            return;
        {
            // The select() that follows reports the whole new selection; listeners must not
            // see the empty one in between (the document would get two updates).
            const QSignalBlocker blocker(selectionModel());
            selectionModel()->clearSelection();
        }
        viewport()->update(); // the blocked signal would have repainted the old rows
    }
};
} // namespace

AttributeTableDock::AttributeTableDock(MapDocument* document, QWidget* parent)
    : QDockWidget(tr("Attribute table"), parent), mDocument(document),
      mModel(new AttributeTableModel(this)), mProxy(new AttributeFilterProxy(this))
{
    setObjectName(QStringLiteral("attributeTableDock")); // QMainWindow::saveState() needs it
    mProxy->setSourceModel(mModel);

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* top = new QHBoxLayout;
    mLayerCombo = new QComboBox(body);
    mLayerCombo->setObjectName(QStringLiteral("layerCombo"));
    mLayerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mSearchEdit = new QLineEdit(body);
    mSearchEdit->setObjectName(QStringLiteral("searchEdit"));
    mSearchEdit->setPlaceholderText(tr("Search all columns"));
    mSearchEdit->setClearButtonEnabled(true);
    top->addWidget(new QLabel(tr("Layer:"), body));
    top->addWidget(mLayerCombo, 1);
    top->addWidget(mSearchEdit, 2);
    layout->addLayout(top);

    auto* filter = new QHBoxLayout;
    mFieldCombo = new QComboBox(body);
    mFieldCombo->setObjectName(QStringLiteral("fieldCombo"));
    mFieldCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mOpCombo = new QComboBox(body);
    mOpCombo->setObjectName(QStringLiteral("opCombo"));
    for (FilterOp op : {FilterOp::Equal, FilterOp::NotEqual, FilterOp::Less, FilterOp::LessEqual,
                        FilterOp::Greater, FilterOp::GreaterEqual, FilterOp::Contains}) {
        const QString label = op == FilterOp::Contains ? tr("contains") : filterOpSymbol(op);
        mOpCombo->addItem(label, int(op));
    }
    mValueEdit = new QLineEdit(body);
    mValueEdit->setObjectName(QStringLiteral("valueEdit"));
    mValueEdit->setPlaceholderText(tr("Value"));
    mApplyButton = new QPushButton(tr("Apply"), body);
    mApplyButton->setObjectName(QStringLiteral("applyButton"));
    mClearFilterButton = new QPushButton(tr("Clear"), body);
    mClearFilterButton->setObjectName(QStringLiteral("clearFilterButton"));
    filter->addWidget(new QLabel(tr("Filter:"), body));
    filter->addWidget(mFieldCombo, 1);
    filter->addWidget(mOpCombo);
    filter->addWidget(mValueEdit, 1);
    filter->addWidget(mApplyButton);
    filter->addWidget(mClearFilterButton);
    layout->addLayout(filter);

    mView = new AttributeTableView(body);
    mView->setObjectName(QStringLiteral("attributeView"));
    mView->setModel(mProxy);
    mView->setItemDelegate(new AttributeValueDelegate(mView));
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setWordWrap(false);
    mView->setAlternatingRowColors(true);
    // Fixed row heights: the view then never measures rows, whatever the row count.
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 6);
    mView->horizontalHeader()->setSortIndicatorClearable(true); // a third click: file order
    // Feature order until a header is clicked (the header's default would sort column 0).
    mView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    mView->setSortingEnabled(true);
    layout->addWidget(mView, 1);

    auto* bottom = new QHBoxLayout;
    mStatusLabel = new QLabel(body);
    mStatusLabel->setObjectName(QStringLiteral("statusLabel"));
    mZoomButton = new QPushButton(tr("Zoom to selection"), body);
    mZoomButton->setObjectName(QStringLiteral("zoomButton"));
    mClearSelectionButton = new QPushButton(tr("Clear selection"), body);
    mClearSelectionButton->setObjectName(QStringLiteral("clearSelectionButton"));
    bottom->addWidget(mStatusLabel, 1);
    bottom->addWidget(mZoomButton);
    bottom->addWidget(mClearSelectionButton);
    layout->addLayout(bottom);
    setWidget(body);

    mSearchTimer.setSingleShot(true);
    mSearchTimer.setInterval(SearchDelayMs);
    connect(&mSearchTimer, &QTimer::timeout, this, &AttributeTableDock::applyText);
    connect(mSearchEdit, &QLineEdit::textChanged, this, [this] {
        if (mModel->rowCount() > InstantSearchRows)
            mSearchTimer.start();
        else
            applyText();
    });
    connect(mSearchEdit, &QLineEdit::returnPressed, this, &AttributeTableDock::applyText);
    connect(mLayerCombo, &QComboBox::currentIndexChanged, this,
            [this] { loadLayer(mLayerCombo->currentData().toString()); });
    connect(mApplyButton, &QPushButton::clicked, this, &AttributeTableDock::applyCondition);
    connect(mValueEdit, &QLineEdit::returnPressed, this, &AttributeTableDock::applyCondition);
    connect(mClearFilterButton, &QPushButton::clicked, this, &AttributeTableDock::clearCondition);
    connect(mZoomButton, &QPushButton::clicked, this, [this] {
        if (!mLayerId.isEmpty())
            Q_EMIT zoomToFeaturesRequested(mLayerId, mDocument->selection(mLayerId));
    });
    connect(mClearSelectionButton, &QPushButton::clicked, this, [this] {
        if (!mLayerId.isEmpty())
            mDocument->setSelection(mLayerId, {});
    });
    connect(mView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (isSpatialLayer() && index.isValid())
            Q_EMIT zoomToFeaturesRequested(mLayerId, {qsizetype(mProxy->mapToSource(index).row())});
    });
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDock::onViewSelectionChanged);
    connect(mProxy, &AttributeFilterProxy::aboutToRearrange, this,
            &AttributeTableDock::clearViewSelection);
    connect(mProxy, &AttributeFilterProxy::rearranged, this, [this] {
        applyDocumentSelection();
        updateStatus();
    });

    connect(mDocument, &MapDocument::projectChanged, this, &AttributeTableDock::refillLayers);
    connect(mDocument, &MapDocument::layersChanged, this, &AttributeTableDock::refillLayers);
    connect(mDocument, &MapDocument::selectionChanged, this,
            &AttributeTableDock::onDocumentSelectionChanged);

    refillLayers();
}

void AttributeTableDock::showLayer(const QString& layerId)
{
    const int item = mLayerCombo->findData(layerId);
    if (item < 0)
        return;
    mLayerCombo->setCurrentIndex(item); // loads it through currentIndexChanged
    loadLayer(layerId);                 // in case it was current already
    show();
    raise();
}

QString AttributeTableDock::statusText() const
{
    return mStatusLabel->text();
}

void AttributeTableDock::refillLayers()
{
    const QString keep = mLayerId;
    {
        // Filled quietly: only the final choice should load a layer.
        const QSignalBlocker blocker(mLayerCombo);
        mLayerCombo->clear();
        // Topmost first, as in the layer panel.
        for (int i = mDocument->layerCount() - 1; i >= 0; --i) {
            const LoadedLayer& l = mDocument->layer(i);
            if (!l.isAvailable() || l.data->attributes.rowCount() == 0)
                continue;
            const QString name = l.entry.displayName();
            mLayerCombo->addItem(
                l.data->kind == GeometryKind::None ? tr("%1 (table)").arg(name) : name, l.entry.id);
        }
        int item = mLayerCombo->findData(keep);
        if (item < 0 && mLayerCombo->count() > 0)
            item = 0;
        mLayerCombo->setCurrentIndex(item);
    }
    loadLayer(mLayerCombo->currentData().toString());
}

void AttributeTableDock::loadLayer(const QString& layerId)
{
    const int index = layerId.isEmpty() ? -1 : mDocument->indexOf(layerId);
    const LoadedLayer* loaded = index >= 0 ? &mDocument->layer(index) : nullptr;
    const std::shared_ptr<const Layer> data = loaded ? loaded->data : nullptr;
    setWindowTitle(loaded ? tr("Attribute table — %1").arg(loaded->entry.displayName())
                          : tr("Attribute table"));
    for (QWidget* w : std::initializer_list<QWidget*>{mSearchEdit, mFieldCombo, mOpCombo,
                                                      mValueEdit, mApplyButton, mClearFilterButton})
        w->setEnabled(data != nullptr);
    // layersChanged comes with every rename or opacity drag: the same data keeps its view,
    // sort, filter and scroll position.
    if (layerId == mLayerId && data == mModel->layer()) {
        updateStatus();
        return;
    }
    const bool otherLayer = layerId != mLayerId;
    {
        const QScopedValueRollback guard(mSyncing, true);
        if (otherLayer) {
            // Another layer's columns: the old sort column and filters mean nothing there.
            mView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
            mSearchTimer.stop();
            const QSignalBlocker blocker(mSearchEdit);
            mSearchEdit->clear();
            mValueEdit->clear();
            mConditionField.clear();
        }
        mModel->setLayer(data, loaded ? mDocument->roles().role(loaded->entry.role) : nullptr,
                         loaded ? &loaded->mapping : nullptr);
        mLayerId = data ? layerId : QString();
        if (otherLayer) {
            mProxy->setText(QString());
            mProxy->clearCondition();
        }
        refillFields();
        if (!mConditionField.isEmpty()) {
            // The same layer reloaded: filter the same column again if it is still there.
            const int column = data->attributes.indexOf(mConditionField);
            if (column >= 0) {
                mFieldCombo->setCurrentIndex(mFieldCombo->findData(column));
                mProxy->setCondition(column, mProxy->conditionOp(), mProxy->conditionValue());
            } else {
                clearCondition();
            }
        }
    }
    mView->resizeColumnsToContents(); // measures at most the header's 1000-row precision
    for (int c = 0; c < mModel->columnCount(); ++c)
        mView->setColumnWidth(c, std::min(mView->columnWidth(c), MaxColumnWidth));
    applyDocumentSelection();
    updateStatus();
}

void AttributeTableDock::refillFields()
{
    const QSignalBlocker blocker(mFieldCombo);
    mFieldCombo->clear();
    for (int c = 0; c < mModel->columnCount(); ++c)
        mFieldCombo->addItem(mModel->columnTitle(c), c);
}

void AttributeTableDock::applyCondition()
{
    const int column = mFieldCombo->currentData().toInt();
    if (mFieldCombo->currentIndex() < 0 || column < 0 || column >= mModel->columnCount())
        return;
    mConditionField = mModel->layer()->attributes.fields()[column].name;
    mProxy->setCondition(column, FilterOp(mOpCombo->currentData().toInt()), mValueEdit->text());
}

void AttributeTableDock::clearCondition()
{
    mConditionField.clear();
    mValueEdit->clear();
    mProxy->clearCondition();
}

void AttributeTableDock::applyText()
{
    mSearchTimer.stop();
    mProxy->setText(mSearchEdit->text());
}

void AttributeTableDock::onViewSelectionChanged()
{
    if (mSyncing || mLayerId.isEmpty())
        return;
    // Whole-row ranges (SelectRows); walking them avoids selectedRows(), which tests every
    // row against every range.
    std::vector<qsizetype> features;
    const QItemSelection selection = mView->selectionModel()->selection();
    for (const QItemSelectionRange& range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            features.push_back(mProxy->mapToSource(mProxy->index(row, 0)).row());
    std::sort(features.begin(), features.end());
    features.erase(std::unique(features.begin(), features.end()), features.end());
    {
        const QScopedValueRollback guard(mSyncing, true);
        mDocument->setSelection(mLayerId, std::move(features));
    }
    updateStatus();
}

void AttributeTableDock::onDocumentSelectionChanged(const QString& layerId)
{
    if (layerId != mLayerId)
        return;
    if (!mSyncing)
        applyDocumentSelection();
    updateStatus();
}

void AttributeTableDock::applyDocumentSelection()
{
    QItemSelectionModel* model = mView->selectionModel();
    const QScopedValueRollback guard(mSyncing, true);
    // Cleared first so select() compares against nothing: diffing two selections of many
    // ranges is quadratic in Qt.
    model->clearSelection();
    if (mLayerId.isEmpty())
        return;
    const std::vector<qsizetype>& features = mDocument->selection(mLayerId);
    const int rows = mModel->rowCount();
    const int lastColumn = mModel->columnCount() - 1;
    if (features.empty() || lastColumn < 0)
        return;
    std::vector<int> shown;
    shown.reserve(features.size());
    for (qsizetype f : features) {
        if (f < 0 || f >= rows)
            continue;
        const QModelIndex index = mProxy->mapFromSource(mModel->index(int(f), 0));
        if (index.isValid()) // filtered out rows stay selected in the document only
            shown.push_back(index.row());
    }
    std::sort(shown.begin(), shown.end());
    shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    QItemSelection selection;
    for (size_t i = 0; i < shown.size();) {
        size_t j = i;
        while (j + 1 < shown.size() && shown[j + 1] == shown[j] + 1)
            ++j;
        selection.append(
            QItemSelectionRange(mProxy->index(shown[i], 0), mProxy->index(shown[j], lastColumn)));
        i = j + 1;
    }
    // Ranges already span whole rows; the Rows flag would re-merge them pairwise.
    model->select(selection, QItemSelectionModel::Select);
}

void AttributeTableDock::clearViewSelection()
{
    const QScopedValueRollback guard(mSyncing, true);
    mView->selectionModel()->clearSelection();
}

void AttributeTableDock::updateStatus()
{
    if (mLayerId.isEmpty()) {
        mStatusLabel->setText(mDocument->hasProject() ? tr("No layer with features")
                                                      : tr("No project"));
        mZoomButton->setEnabled(false);
        mClearSelectionButton->setEnabled(false);
        return;
    }
    const qsizetype selected = qsizetype(mDocument->selection(mLayerId).size());
    mStatusLabel->setText(tr("%L1 features, %L2 shown, %L3 selected")
                              .arg(mModel->rowCount())
                              .arg(mProxy->rowCount())
                              .arg(selected));
    mZoomButton->setEnabled(selected > 0 && isSpatialLayer());
    mClearSelectionButton->setEnabled(selected > 0);
}

bool AttributeTableDock::isSpatialLayer() const
{
    return mModel->layer() && mModel->layer()->kind != GeometryKind::None;
}

} // namespace wm
