#include "app/chart_dock.h"

#include "analysis/coverage_check.h"
#include "charts/chart_plot.h"
#include "charts/chart_renderer.h"
#include "charts/rule_charts.h"
#include "core/error.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wm {

ChartDock::ChartDock(QWidget* parent) : QDockWidget(tr("Chart"), parent)
{
    setObjectName(QStringLiteral("ChartDock")); // QMainWindow::saveState() needs it
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    auto* row = new QHBoxLayout;
    mView = new QComboBox(body);
    mView->addItem(tr("Values per unit"));
    mView->addItem(tr("Ranking (top and bottom)"));
    mExport = new QPushButton(tr("Export…"), body);
    mExport->setObjectName(QStringLiteral("exportButton"));
    row->addWidget(mView);
    row->addStretch(1);
    row->addWidget(mExport);
    layout->addLayout(row);
    mPlot = new ChartPlot(body);
    mPlot->setMinimumSize(240, 180);
    mPlot->setToolTip(tr("Click a bar to select the unit on the map"));
    layout->addWidget(mPlot, 1);
    mMessage = new QLabel(body);
    mMessage->setObjectName(QStringLiteral("chartMessage"));
    mMessage->setWordWrap(true);
    layout->addWidget(mMessage);
    setWidget(body);

    connect(mPlot, &ChartPlot::unitClicked, this, &ChartDock::unitClicked);
    connect(mView, &QComboBox::currentIndexChanged, this, &ChartDock::rebuild);
    connect(mExport, &QPushButton::clicked, this, &ChartDock::exportDialog);
    clear();
}

ChartDock::~ChartDock() = default;

void ChartDock::showRule(std::shared_ptr<const CoverageCheck> check, const QString& ruleId)
{
    mCheck = std::move(check);
    mRuleId = ruleId;
    rebuild();
}

void ChartDock::clear()
{
    mCheck.reset();
    mRuleId.clear();
    rebuild();
}

void ChartDock::setRanking(bool ranking)
{
    mView->setCurrentIndex(ranking ? 1 : 0);
}

void ChartDock::rebuild()
{
    mChart = ChartData();
    QString problem;
    if (!mCheck || mRuleId.isEmpty()) {
        problem = tr("Run a check and choose a rule in the coverage panel to see its chart.");
    } else {
        try {
            const RuleResult& result = ruleResult(*mCheck, mRuleId);
            const bool ranking = mView->currentIndex() == 1 && result.ranking;
            mChart =
                ranking ? rankingChart(result, -1, -1, mCheck->level) : ruleChart(*mCheck, mRuleId);
            mView->setEnabled(bool(result.ranking));
        } catch (const Error& e) {
            problem = e.message();
        }
    }
    mPlot->setChart(mChart);
    mPlot->replot();
    mExport->setEnabled(problem.isEmpty());
    mMessage->setText(problem);
    mMessage->setVisible(!problem.isEmpty());
}

bool ChartDock::exportChart(const QString& path)
{
    try {
        // The dock may be narrow; a chart handed on is laid out at least at report size,
        // and a PNG gets twice the dots so that it prints sharply.
        const QSize layout = mPlot->size().expandedTo(QSize(1000, 600));
        const ChartRenderer renderer(mChart);
        if (QFileInfo(path).suffix().toLower() == QLatin1String("png"))
            renderer.savePng(path, layout * 2, 2.0);
        else
            renderer.save(path, layout);
        mLastError.clear();
        return true;
    } catch (const Error& e) {
        mLastError = e.message();
        return false;
    }
}

void ChartDock::exportDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), mRuleId + QStringLiteral(".png"),
        tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (!exportChart(path))
        QMessageBox::warning(this, tr("Export Chart"),
                             tr("Could not export the chart: %1").arg(mLastError));
}

} // namespace wm
