#pragma once

#include "charts/chart_data.h"
#include "charts/qcustomplot_include.h"

#include <vector>

namespace wm {

/// A ChartData drawn by QCustomPlot: bars with their values written on them (or stacked bars,
/// or one line per series), the dashed target line with its label, the title above, a legend
/// and the notes below, Chinese text in a CJK font. The same object is the chart dock's
/// widget and, never shown, what ChartRenderer paints onto images, PDF, SVG and page layouts.
class ChartPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit ChartPlot(QWidget* parent = nullptr);
    ~ChartPlot() override;

    void setChart(const ChartData& chart);
    const ChartData& chart() const { return mChart; }

    /// Lays the chart out for `size` (pixels at the plot's DPI): the category labels are
    /// turned (45° or upright) and the values on the bars upright when they do not fit across,
    /// and the value axis leaves room above the tallest bar and the target line for their
    /// labels. Exports call it with their size; the widget on every resize.
    void fitTo(const QSize& size);

    /// The value labels written on the bars (for tests): visible ones only.
    QStringList visibleValueLabels() const;

Q_SIGNALS:
    /// A click on the bar of category `category` (an index into chart().categories).
    void categoryClicked(int category);
    /// The same click, when the category is a unit (chart().units, chart().unitNames):
    /// `unit` indexes the check's units, -1 for a unit without polygon found by `name`.
    void unitClicked(int unit, const QString& name);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct ValueLabel {
        QCPItemText* item;
        double base;  ///< bottom of the bar segment it labels (stacked bars), in values
        double value; ///< height of the segment
        bool onTop;   ///< written above the bar (a bar's value, a stack's total)
    };
    void resetLayout();
    void addBars();
    void addStackedBars();
    void addLines();
    void addTargetLine();
    QCPBars* newBars(const QColor& colour, const QString& name, double width);
    void addValueLabel(double x, double base, double value, bool onTop, const QString& text);
    void onPlottableClick(QCPAbstractPlottable* plottable, int dataIndex);

    ChartData mChart;
    QCPTextElement* mTitle = nullptr;
    QCPTextElement* mNotes = nullptr;
    std::vector<ValueLabel> mValueLabels;
    QCPItemText* mTargetText = nullptr;
    double mBarWidth = 0.7; ///< in categories
};

} // namespace wm
