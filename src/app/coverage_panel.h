#pragma once

#include "analysis/rules_file.h"
#include "app/coverage_results_model.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wm {

class MapDocument;
struct CoverageCheck;

/// The coverage panel: pick a rules file (or build rules in a form), run it on the open
/// project in the background (progress, cancel), read each rule's verdict per unit in a
/// sortable table tinted pass/fail. Choosing a unit zooms the map to it and selects the
/// villages (or other features) that fail the rule there; one click maps the chosen rule
/// as a choropleth (or as pass/fail) on a results layer, which can be saved as a
/// GeoPackage layer of the project.
class CoveragePanel : public QWidget {
    Q_OBJECT
public:
    explicit CoveragePanel(MapDocument* document, QWidget* parent = nullptr);
    ~CoveragePanel() override;

    QString rulesPath() const;
    const RulesFile& rules() const { return mRules; }
    void setRulesPath(const QString& path);
    /// Loads the rules file named in the panel; false (and lastError()) when it cannot.
    bool loadRules();
    /// Adds a rule (JSON as in a rules file) to the rules in the panel.
    bool addRule(const QJsonObject& rule);
    /// Writes the panel's rules to `path` (atomically).
    bool saveRules(const QString& path);
    /// Rules added with New Rule and not yet saved to a file.
    bool hasUnsavedRules() const { return mRulesUnsaved; }
    /// Before the rules are dropped (quit, another project): asks to save unsaved rules;
    /// false when the user cancels.
    bool maybeSaveRules();
    void setLevel(const QString& level); ///< "county" or "township"

    /// Starts the check in the background (loading the rules file first if needed).
    void run();
    void cancel();
    bool isRunning() const;

    std::shared_ptr<const CoverageCheck> check() const { return mCheck; }
    /// Shows rule `id`'s results; false if the last run has no such rule.
    bool selectRule(const QString& id);
    QString currentRuleId() const;
    /// Verdicts of rule `ruleId` of `check` worked out while editing (live coverage) replace
    /// those units' rows until the next run; ignored when another rule or run is shown.
    void showLiveVerdicts(const CoverageCheck* check, const QString& ruleId,
                          const QHash<int, LiveVerdict>& verdicts);
    /// Zooms to unit `unit` and selects its failing features (as a click on its row does).
    void showUnit(int unit);
    /// Makes the row of unit `unit` (or, for -1, of the unit without polygon named `name`)
    /// current, which shows the unit as a click on the row does: a click on a chart bar.
    void selectUnitRow(int unit, const QString& name);
    /// Styles a results layer by the current rule's value (choropleth) or verdict.
    bool mapCurrentRule(bool verdicts = false);
    /// Writes the results layer to a GeoPackage and makes it a saved layer of the project.
    bool saveResultsLayer(const QString& path);

    QTableView* tableView() const { return mView; }
    QSortFilterProxyModel* proxyModel() const { return mProxy; }
    QString lastError() const { return mLastError; }
    /// The text under the table: failing units, notes, ranking.
    QString summaryText() const;

Q_SIGNALS:
    void zoomToFeaturesRequested(const QString& layerId, const std::vector<qsizetype>& features);
    void finished(bool ok);
    /// The rule shown in the table changed (after a run, or chosen in the list).
    void ruleShown(std::shared_ptr<const CoverageCheck> check, const QString& ruleId);
    void message(const QString& text);

private:
    struct Outcome {
        std::shared_ptr<const CoverageCheck> check;
        std::shared_ptr<const LoadedProject> project; ///< what the check read
        QString error;
        bool cancelled = false;
    };
    void onProjectChanged();
    void onFinished();
    void onRuleChosen();
    void onRowChosen();
    void browseRules();
    void newRuleForm();
    void saveRulesDialog();
    void saveLayerDialog();
    void fail(const QString& text);
    void updateButtons();
    QString resultsLayerId() const;
    /// Rows of the check's layer `layerId` (or of `rowsOf`, the features a result read
    /// itself from a table left in its database) as rows of the document's layer, by fid:
    /// the check may have read a scenario's subset of a works layer, or a layer edited since.
    /// None where the document holds no feature of it (a table drawn by the view).
    std::vector<qsizetype> documentRows(const QString& layerId, const std::vector<qsizetype>& rows,
                                        const Layer* rowsOf = nullptr) const;

    MapDocument* mDocument;
    RulesFile mRules;
    bool mRulesUnsaved = false;
    bool mRerunWhenDone = false; ///< the view changed while a check ran
    /// How the results were last mapped (verdicts or values); unset: never mapped.
    std::optional<bool> mMappedVerdicts;
    bool mRulesLoaded = false;
    std::shared_ptr<const CoverageCheck> mCheck;
    std::shared_ptr<const LoadedProject> mChecked; ///< the project mCheck read
    QFutureWatcher<Outcome> mWatcher;
    QString mLastError;

    QLineEdit* mRulesEdit = nullptr;
    QComboBox* mLevel = nullptr;
    QPushButton* mRun = nullptr;
    QPushButton* mCancel = nullptr;
    QPushButton* mNewRule = nullptr;
    QPushButton* mSaveRules = nullptr;
    QProgressBar* mProgress = nullptr;
    QComboBox* mRule = nullptr;
    QLabel* mSource = nullptr;
    QTableView* mView = nullptr;
    CoverageResultsModel* mModel = nullptr;
    QSortFilterProxyModel* mProxy = nullptr;
    QLabel* mSummary = nullptr;
    QPushButton* mMapValues = nullptr;
    QPushButton* mMapVerdicts = nullptr;
    QPushButton* mSaveLayer = nullptr;
};

} // namespace wm
