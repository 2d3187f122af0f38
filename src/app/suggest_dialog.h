#pragma once

#include "analysis/suggest_sites.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace wm {

struct LoadedProject;
class LayerRole;
struct RoleField;

/// Analysis ▸ Suggest Sites: where k new facilities of a kind (or the fewest to reach a
/// share of the villages) would cover the most villages within a radius or a travel time,
/// from a grid or a layer of candidate sites, outside excluded zones, optionally in one
/// county. Facilities proposed in the project given count as existing: the window passes
/// the state shown (current, or current + the scenario being drafted). Runs suggestSites() in the
/// background and lists the sites; the project is never modified (the caller adds result() to a
/// scenario when the dialog is accepted).
class SuggestDialog : public QDialog {
    Q_OBJECT
public:
    /// Facility kinds are those found in the project's facility layers.
    explicit SuggestDialog(const LoadedProject& project, QWidget* parent = nullptr);
    /// Facility kinds are `facilityRole`'s `kind` values, then any other kind in the layers.
    SuggestDialog(const LoadedProject& project, const LayerRole& facilityRole,
                  QWidget* parent = nullptr);
    ~SuggestDialog() override;

    /// The scenario the sites will be proposed in ("suggested" unless set): the planner's
    /// active one, so the suggestion builds on and joins the plan being drafted.
    void setScenario(const QString& name);

    /// The last successful run's result; null before one (and after a failed one).
    const SuggestResult* result() const { return mResult ? &*mResult : nullptr; }
    /// The options the form describes now.
    SuggestOptions options() const;
    /// True while a suggestion runs in the background.
    bool isRunning() const;
    /// Starts suggestSites() with options() in the background (as the Suggest button does).
    void suggest();

Q_SIGNALS:
    /// A site of the table was double-clicked: its position in the project CRS.
    void siteActivated(double x, double y);

private:
    /// `kindField`: the facility role's kind field (its values and their titles), or null.
    void build(const RoleField* kindField);
    void updateEnabled();
    void finished();
    void showResult();
    void showError(const QString& message);
    /// The form's label of a suggestSites option key ("radius" → "Service area").
    QString optionLabel(const QString& key) const;

    std::shared_ptr<const LoadedProject> mProject; ///< a shallow copy; layers are shared
    QHash<QString, QString> mKindTitlesZh;         ///< kind → its Chinese title, for site names
    QHash<QString, QString> mKindTitles;           ///< kind → its title in the UI's language
    std::optional<SuggestResult> mResult;
    struct Outcome {
        std::optional<SuggestResult> result;
        QString error;     ///< why there is no result
        QString optionKey; ///< the option at fault (OptionError::key), if one is
    };
    QFutureWatcher<Outcome> mWatcher;

    QComboBox* mKind = nullptr;
    QRadioButton* mByRadius = nullptr;
    QRadioButton* mByTime = nullptr;
    QDoubleSpinBox* mRadius = nullptr;
    QDoubleSpinBox* mMinutes = nullptr;
    QDoubleSpinBox* mSpeed = nullptr;
    QRadioButton* mByCount = nullptr;
    QRadioButton* mByShare = nullptr;
    QSpinBox* mK = nullptr;
    QDoubleSpinBox* mShare = nullptr;
    QComboBox* mUnit = nullptr;
    QRadioButton* mGrid = nullptr;
    QRadioButton* mCandidateLayer = nullptr;
    QDoubleSpinBox* mGridSpacing = nullptr;
    QComboBox* mCandidates = nullptr;
    QComboBox* mExclude = nullptr;
    QComboBox* mWeight = nullptr;
    QComboBox* mScenario = nullptr;
    QPushButton* mSuggest = nullptr;
    QPushButton* mAdd = nullptr;
    QPushButton* mStop = nullptr;
    /// The running job's stop flag: the exact solve ends early, keeping its best sites.
    std::shared_ptr<std::atomic<bool>> mStopSolving;
    QProgressBar* mBusy = nullptr;
    QLabel* mSummary = nullptr;
    QTableWidget* mTable = nullptr;
};

} // namespace wm
