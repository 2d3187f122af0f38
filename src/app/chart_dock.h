#pragma once

#include "charts/chart_data.h"

#include <QDockWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace wm {

class ChartPlot;
struct CoverageCheck;

/// The chart of the rule chosen in the coverage panel: completion rates per unit against the
/// 100 % line for a target-progress rule (or its ranking, top and bottom marked), the rule's
/// value per unit for the others, sorted. A click on a bar emits the unit, for the map to
/// select it; Export… writes the chart as PNG, PDF or SVG.
class ChartDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ChartDock(QWidget* parent = nullptr);
    ~ChartDock() override;

    /// Shows rule `ruleId` of `check`. A null check, or a rule the check does not have,
    /// clears the chart and says why in the dock.
    void showRule(std::shared_ptr<const CoverageCheck> check, const QString& ruleId);
    void clear();

    QString ruleId() const { return mRuleId; }
    const ChartData& chart() const { return mChart; }
    ChartPlot* plot() const { return mPlot; }
    /// Chooses the ranking view (top and bottom marked) for a target-progress rule.
    void setRanking(bool ranking);

    /// Writes the chart shown to `path` (.png at twice the dots, .pdf, .svg), at least
    /// 1000 × 600 px; false, with lastError(), when it cannot.
    bool exportChart(const QString& path);
    QString lastError() const { return mLastError; }

Q_SIGNALS:
    /// A bar was clicked: `unit` indexes the CoverageCheck's units, -1 for a unit without
    /// polygon (市本级) named `name`.
    void unitClicked(int unit, const QString& name);

private:
    void rebuild();
    void exportDialog();

    std::shared_ptr<const CoverageCheck> mCheck;
    QString mRuleId;
    ChartData mChart;
    QString mLastError;
    ChartPlot* mPlot = nullptr;
    QComboBox* mView = nullptr;
    QPushButton* mExport = nullptr;
    QLabel* mMessage = nullptr;
};

} // namespace wm
