#include "analysis/coverage_check.h"
#include "app/chart_dock.h"
#include "charts/chart_plot.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

/// The chart dock on the demo's county check, as the coverage panel feeds it.
class TestChartDock : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const CoverageCheck> mCheck;
    const QString mDemo = QStringLiteral(WORKSMAP_DEMO_DIR);

private Q_SLOTS:
    void initTestCase()
    {
        const RoleRegistry roles = RoleRegistry::load(layerRolesDir());
        const LoadedProject project =
            openProjectOrDataset(mDemo + QStringLiteral("/xingtai-2021.worksmap.json"), roles);
        mCheck = std::make_shared<const CoverageCheck>(
            CoverageCheck::run(project, RulesFile::load(mDemo + QStringLiteral("/rules.json")),
                               QStringLiteral("county")));
    }

    void aClickOnTheFirstBarEmitsTheBestUnit()
    {
        ChartDock dock;
        dock.resize(700, 450);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.showRule(mCheck, QStringLiteral("parking_progress"));
        const RuleResult& parking =
            mCheck->results[std::size_t(mCheck->indexOfRule(QStringLiteral("parking_progress")))];
        // The first bar is the first rated unit of the bulletin ranking.
        const ProgressRow& best = parking.ranking->ordered.front().row;
        QCOMPARE(dock.chart().categories.front(), best.unitName);
        QVERIFY(best.unit >= 0);

        ChartPlot* plot = dock.plot();
        plot->replot();
        QSignalSpy clicked(&dock, &ChartDock::unitClicked);
        const QPoint bar(qRound(plot->xAxis->coordToPixel(0)),
                         qRound(plot->yAxis->coordToPixel(best.rate / 2)));
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, bar);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), best.unit);
    }

    void rankingViewMarksTopAndBottom()
    {
        ChartDock dock;
        dock.showRule(mCheck, QStringLiteral("parking_progress"));
        QVERIFY(dock.chart().marks.empty());
        dock.setRanking(true);
        QCOMPARE(dock.chart().marks.front(), BarMark::Top);
        QCOMPARE(dock.chart().marks.back(), BarMark::Bottom);
        // A rule without a ranking shows its values whatever the view says.
        dock.showRule(mCheck, QStringLiteral("care_within_10km"));
        QVERIFY(dock.chart().marks.empty());
        QCOMPARE(dock.chart().format, ValueFormat::Percent);
    }

    void exportsEachFormat()
    {
        ChartDock dock;
        dock.showRule(mCheck, QStringLiteral("care_within_10km"));
        QTemporaryDir dir;
        for (const char* suffix : {"png", "pdf", "svg"}) {
            const QString path = QDir(dir.path()).filePath(QStringLiteral("c.") + suffix);
            QVERIFY2(dock.exportChart(path), qPrintable(dock.lastError()));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        // PNG at twice the dots of at least 1000 × 600 px.
        const QImage png(QDir(dir.path()).filePath(QStringLiteral("c.png")));
        QVERIFY(png.width() >= 2000 && png.height() >= 1200);
        QVERIFY(!dock.exportChart(QDir(dir.path()).filePath(QStringLiteral("c.gif"))));
        QVERIFY(dock.lastError().contains(QStringLiteral("gif")));
    }

    void anUnknownRuleSaysSoAndCannotBeExported()
    {
        ChartDock dock;
        dock.showRule(mCheck, QStringLiteral("no_such_rule"));
        QVERIFY(dock.chart().categories.isEmpty());
        const auto* message = dock.findChild<QLabel*>(QStringLiteral("chartMessage"));
        QVERIFY(message && message->text().contains(QStringLiteral("no_such_rule")));
        const auto* exportButton = dock.findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(exportButton && !exportButton->isEnabled());
        dock.clear();
        QVERIFY(dock.ruleId().isEmpty());
    }
};

QTEST_MAIN(TestChartDock)
#include "test_chart_dock.moc"
