#include "analysis/coverage_check.h"
#include "app/coverage_panel.h"
#include "app/edit_controller.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "app/style_editor.h"
#include "app/symbol_dialog.h"
#include "core/resource_paths.h"
#include "core/ui_language.h"
#include "support/test_support.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
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

    /// The snapping marker and the style editor in Chinese, on a copy of the demo (editing
    /// copies a layer into a works GeoPackage beside the project):
    /// build/artifacts/snapping-marker.png, style-editor.png and class-symbol.png.
    void snappingAndStyleEditorInChineseScreenshots()
    {
        QVERIFY(installUiLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QTemporaryDir copy;
        const QString project = test::copyDemo(copy);
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.resize(1280, 800);
        w.move(0, 0);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openPath(project);
        QVERIFY(loaded.wait(60000));
        MapDocument* doc = w.document();
        const int facilities = doc->indexOf(QStringLiteral("facilities"));
        QVERIFY(facilities >= 0);

        // A service station at the demo's 1:430,000, as in the issue; the new point is
        // placed with Ctrl held, so the marker shows.
        const LoadedLayer& l = doc->layer(facilities);
        const int kind = l.data->attributes.indexOf(l.columnOf(QStringLiteral("kind")));
        qsizetype station = -1;
        for (qsizetype i = 0; i < l.data->featureCount() && station < 0; ++i)
            if (l.data->attributes.toString(i, kind) == QLatin1String("service_station"))
                station = i;
        QVERIFY(station >= 0);
        const QPointF at = verticesOf(l.data->geometry(station)).first();
        w.canvas()->setExtent(
            Extent::of(at.x() - 20000, at.y() - 20000, at.x() + 20000, at.y() + 20000));
        w.canvas()->setScale(430000);
        auto* list = w.findChild<LayerPanel*>();
        QTRY_VERIFY(list->count() > 0);
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toInt() == facilities)
                list->setCurrentRow(row);
        QTimer boxes;
        connect(&boxes, &QTimer::timeout, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->done(QMessageBox::Ok);
        });
        boxes.start(100);
        w.findChild<QAction*>(QStringLiteral("editLayer"))->trigger();
        boxes.stop();
        QElapsedTimer t;
        t.start();
        QTest::qWait(300);
        while (w.canvas()->isRendering() && t.elapsed() < 30000)
            QTest::qWait(50);
        const QPointF pixel = w.canvas()->toPixel(at) + QPointF(6, 0);
        QMouseEvent hover(QEvent::MouseMove, pixel, w.canvas()->mapToGlobal(pixel), Qt::NoButton,
                          Qt::NoButton, Qt::ControlModifier);
        QApplication::sendEvent(w.canvas(), &hover);
        QTest::qWait(300);
        const QString snapText = w.findChild<QLabel*>(QStringLiteral("SnapLabel"))->text();
        QVERIFY2(snapText.contains(QStringLiteral("顶点")) || snapText.contains(u'('),
                 qPrintable(snapText));
        const QString dir = QStringLiteral(WORKSMAP_ARTIFACT_DIR);
        QDir().mkpath(dir);
        const auto grab = [&w](QWidget* widget) {
            const QRect r = widget->frameGeometry();
            return w.screen()->grabWindow(0, r.x(), r.y(), r.width(), r.height());
        };
        QVERIFY(grab(&w).save(dir + QStringLiteral("/snapping-marker.png")));
        qInfo("screenshot: %s/snapping-marker.png (%s)", qPrintable(dir), qPrintable(snapText));

        const bool modified = doc->isModified(); // the layer moved into the works package
        StyleEditor editor(doc, facilities, &w);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::qWait(300);
        QVERIFY(grab(&editor).save(dir + QStringLiteral("/style-editor.png")));
        qInfo("screenshot: %s/style-editor.png", qPrintable(dir));
        bool grabbed = false;
        QTimer::singleShot(500, [&] {
            if (auto* d = qobject_cast<SymbolDialog*>(QApplication::activeModalWidget())) {
                grabbed = grab(d).save(dir + QStringLiteral("/class-symbol.png"));
                d->reject();
            }
        });
        editor.editClassSymbol(0);
        QVERIFY(grabbed);
        qInfo("screenshot: %s/class-symbol.png", qPrintable(dir));
        editor.reject();
        QCOMPARE(doc->isModified(), modified);
    }
};

QTEST_MAIN(TestScreenshot)
#include "test_screenshot.moc"
