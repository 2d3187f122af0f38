#pragma once

#include <QDockWidget>
#include <QString>
#include <QTimer>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wm {

class AttributeFilterProxy;
class AttributeTableModel;
class MapDocument;

/// The attribute table of one layer at a time (any available layer with features, tables
/// such as target lists included), with a free-text search, a "field op value" filter, and
/// the layer's selection shared with the map both ways through MapDocument.
class AttributeTableDock : public QDockWidget {
    Q_OBJECT
public:
    explicit AttributeTableDock(MapDocument* document, QWidget* parent = nullptr);

    /// Shows the layer `layerId` (if it is listed) and raises the dock.
    void showLayer(const QString& layerId);
    /// The id of the layer shown; empty when none.
    QString currentLayerId() const { return mLayerId; }

    QTableView* tableView() const { return mView; }
    AttributeTableModel* tableModel() const { return mModel; }
    AttributeFilterProxy* filterProxy() const { return mProxy; }
    /// "N features, M shown, K selected", as the status line shows it.
    QString statusText() const;

Q_SIGNALS:
    /// The user asked to see these features (source indices, ascending) of `layerId`.
    void zoomToFeaturesRequested(const QString& layerId, const std::vector<qsizetype>& features);

private:
    void refillLayers();
    void loadLayer(const QString& layerId);
    void refillFields();
    void applyCondition();
    void clearCondition();
    void applyText();
    /// View selection → document (sorted source rows).
    void onViewSelectionChanged();
    void onDocumentSelectionChanged(const QString& layerId);
    /// Document selection → view, as one QItemSelection of row runs.
    void applyDocumentSelection();
    void clearViewSelection();
    void updateStatus();
    bool isSpatialLayer() const;

    MapDocument* mDocument;
    AttributeTableModel* mModel;
    AttributeFilterProxy* mProxy;
    QComboBox* mLayerCombo;
    QLineEdit* mSearchEdit;
    QComboBox* mFieldCombo;
    QComboBox* mOpCombo;
    QLineEdit* mValueEdit;
    QPushButton* mApplyButton;
    QPushButton* mClearFilterButton;
    QTableView* mView;
    QLabel* mStatusLabel;
    QPushButton* mZoomButton;
    QPushButton* mClearSelectionButton;
    QTimer mSearchTimer;

    QString mLayerId;
    QString mConditionField; ///< the filtered column's name, to find it again after a reload
    /// Set while one side of the selection sync writes the other, so neither echoes back.
    bool mSyncing = false;
};

} // namespace wm
