#include "analysis/coverage_check.h"
#include "app/coverage_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "core/resource_paths.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace wm;

/// Opens the demo in a real X window (under Xvfb in CI) and keeps a screenshot of the
/// screen as an artifact of the test run: build/artifacts/demo-window.png.
class TestScreenshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoWindowScreenshot()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WorksMapScreenshotTest"));
        QSettings().clear();
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.resize(1280, 800);
        w.move(0, 0);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openPath(QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json"));
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QElapsedTimer t;
        t.start();
        while ((w.canvas()->renderedImage().isNull() || w.canvas()->isRendering()) &&
               t.elapsed() < 30000)
            QTest::qWait(50);
        QTest::qWait(300);

        const QPixmap shot =
            w.screen()->grabWindow(0, 0, 0, w.frameGeometry().width(), w.frameGeometry().height());
        QVERIFY(!shot.isNull());
        const QString dir = QStringLiteral(WORKSMAP_ARTIFACT_DIR);
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/demo-window.png");
        QVERIFY(shot.save(file));
        qInfo("screenshot: %s", qPrintable(file));

        // The grab is a real screen: the boundary fill must be on it, in the map area.
        const QImage image = shot.toImage();
        qsizetype fill = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                fill += image.pixelColor(x, y) == QColor(245, 240, 225) ? 1 : 0;
        QVERIFY2(fill > 5000, qPrintable(QString::number(fill)));

        // The coverage panel as a planner opens it (Analysis ▸ Check Coverage), one rule
        // mapped and a failing county chosen: build/artifacts/coverage-panel.png.
        QAction* check = nullptr;
        for (QAction* a : w.menuBar()->findChildren<QAction*>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_K))
                check = a;
        QVERIFY(check);
        CoveragePanel* panel = w.coveragePanel();
        QSignalSpy finished(panel, &CoveragePanel::finished);
        check->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(panel->selectRule(QStringLiteral("care_within_10km")));
        QVERIFY(panel->mapCurrentRule());
        panel->tableView()->selectRow(0); // sorted failures first
        t.restart();
        QTest::qWait(500);
        while (w.canvas()->isRendering() && t.elapsed() < 30000)
            QTest::qWait(50);
        QTest::qWait(300);
        const QPixmap coverage =
            w.screen()->grabWindow(0, 0, 0, w.frameGeometry().width(), w.frameGeometry().height());
        const QString coverageFile = dir + QStringLiteral("/coverage-panel.png");
        QVERIFY(coverage.save(coverageFile));
        qInfo("screenshot: %s", qPrintable(coverageFile));
        QVERIFY(panel->parentWidget()->isVisible());
    }
};

QTEST_MAIN(TestScreenshot)
#include "test_screenshot.moc"
