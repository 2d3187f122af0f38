// Snapping while digitising, driven in the main window as a planner drives it (issue 16,
// item 2): at the demo's 1:430,000 a new kindergarten clicked 8 px from a service station
// was put exactly on the station and hid under it. Distances in km from (500000, 4100000)
// in EPSG:4547; the view's metres per pixel come from the canvas.
#include "app/edit_controller.h"
#include "app/feature_form.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "app/snapping_controller.h"
#include "app_test_support.h"
#include "core/resource_paths.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;
using wm::apptest::geojson;
using wm::apptest::ModalHandler;
using wm::apptest::point;
using wm::apptest::X0;
using wm::apptest::Y0;

namespace {

void write(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

/// Answers the attribute form of a new feature with `kind` and `name`; closes message boxes.
void answer(QWidget* w, const QString& kind, const QString& name)
{
    if (auto* box = qobject_cast<QMessageBox*>(w)) {
        box->done(QMessageBox::Ok);
        return;
    }
    auto* form = qobject_cast<FeatureForm*>(w);
    if (!form)
        return;
    auto* k = qobject_cast<QComboBox*>(form->editorFor(QStringLiteral("kind")));
    k->setCurrentIndex(k->findData(kind));
    qobject_cast<QLineEdit*>(form->editorFor(QStringLiteral("name")))->setText(name);
    form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestSnapping : public QObject {
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;

    MapCanvas* canvas() const { return mWindow->canvas(); }
    MapDocument* document() const { return mWindow->document(); }
    EditTool* tool() const { return mWindow->editController()->tool(); }
    QAction* action(const char* name) const
    {
        auto* a = mWindow->findChild<QAction*>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }
    QString snapText() const
    {
        return mWindow->findChild<QLabel*>(QStringLiteral("SnapLabel"))->text();
    }
    const Layer& layer(const QString& id) const
    {
        return *document()->layer(document()->indexOf(id)).data;
    }
    static QPointF world(double xKm, double yKm)
    {
        return QPointF(X0 + xKm * 1000, Y0 + yKm * 1000);
    }
    QPointF pixel(double xKm, double yKm) const { return canvas()->toPixel(world(xKm, yKm)); }
    void mouse(QEvent::Type type, const QPointF& at, Qt::KeyboardModifiers modifiers = {})
    {
        const bool press = type == QEvent::MouseButtonPress;
        const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent e(type, at, canvas()->mapToGlobal(at), button,
                      press ? Qt::MouseButtons(Qt::LeftButton) : Qt::NoButton, modifiers);
        QApplication::sendEvent(canvas(), &e);
    }
    /// Hovers then clicks at `at`, as a hand does.
    void click(const QPointF& at, Qt::KeyboardModifiers modifiers = {})
    {
        mouse(QEvent::MouseMove, at, modifiers);
        mouse(QEvent::MouseButtonPress, at, modifiers);
        mouse(QEvent::MouseButtonRelease, at, modifiers);
    }
    /// Pixels of the snap marker's magenta within `radius` px of `at` in the canvas as drawn.
    int magentaPixels(const QPointF& at, int radius = 9) const
    {
        const QImage image = canvas()->grab().toImage();
        int n = 0;
        for (int y = int(at.y()) - radius; y <= int(at.y()) + radius; ++y)
            for (int x = int(at.x()) - radius; x <= int(at.x()) + radius; ++x)
                if (image.rect().contains(x, y)) {
                    const QColor c = image.pixelColor(x, y);
                    n += c.red() > 200 && c.green() < 90 && c.blue() > 200;
                }
        return n;
    }
    static QPointF vertex(const Layer& l, qsizetype row, int i = 0)
    {
        return verticesOf(l.geometry(row)).value(i, QPointF(qQNaN(), qQNaN()));
    }
    void editLayer(const QString& id)
    {
        auto* list = mWindow->findChild<LayerPanel*>();
        QTRY_COMPARE(list->count(), document()->layerCount()); // listed after the load
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toInt() == document()->indexOf(id))
                list->setCurrentRow(row);
        QStringList texts;
        ModalHandler boxes([&texts](QWidget* w) {
            if (auto* box = qobject_cast<QMessageBox*>(w)) {
                texts << box->text();
                box->done(QMessageBox::Ok);
            }
        });
        action("editLayer")->trigger();
        QVERIFY2(action("editLayer")->isChecked(), qPrintable(texts.join('\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WorksMapTest"));
        QSettings().clear();
        // A service station at (10, 10) km and a clinic at (30, 10) km; a water pipe from
        // (10, 30) to (40, 30) km.
        write(mDir.filePath(QStringLiteral("facilities.geojson")),
              geojson(point(10, 10,
                            QStringLiteral(R"("kind": "service_station", "name": "综合服务站")")) +
                      QStringLiteral(", ") +
                      point(30, 10, QStringLiteral(R"("kind": "clinic", "name": "卫生室")"))));
        write(mDir.filePath(QStringLiteral("pipes.geojson")),
              geojson(QStringLiteral(R"({"type": "Feature", "properties": {"kind": "water_supply",
 "name": "一号供水管"}, "geometry": {"type": "LineString",
 "coordinates": [[510000, 4130000], [540000, 4130000]]}})")));
        write(mDir.filePath(QStringLiteral("snap.worksmap.json")),
              QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
 "name": "Snapping test", "crs": "EPSG:4547", "layers": [
 {"id": "pipes", "source": "pipes.geojson", "role": "pipe"},
 {"id": "facilities", "source": "facilities.geojson", "role": "facility"}]})"));

        mWindow = std::make_unique<MainWindow>(RoleRegistry::load(layerRolesDir()));
        mWindow->resize(1100, 800);
        mWindow->show();
        QSignalSpy loaded(mWindow.get(), &MainWindow::projectLoaded);
        mWindow->openPath(mDir.filePath(QStringLiteral("snap.worksmap.json")));
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().first().toBool());
        // The demo opens at 1:430,000: there 8 px are some 900 m.
        canvas()->setExtent(Extent::of(X0, Y0, X0 + 50000, Y0 + 40000));
        canvas()->setScale(430000);
        QVERIFY(std::abs(canvas()->scaleDenominator() / 430000 - 1) < 0.01);
        QVERIFY(canvas()->worldPerPixel() > 50);
        editLayer(QStringLiteral("facilities"));
        QVERIFY(action("addPoint")->isChecked());
        // QGIS's defaults: snapping on, to the current layer, new points kept off points.
        QVERIFY(action("toggleSnapping")->isChecked());
        QCOMPARE(mWindow->findChild<QComboBox*>(QStringLiteral("snapMode"))->currentIndex(), 0);
        QVERIFY(!action("snapPointsOntoPoints")->isChecked());
    }

    void regressionNewKindergartenLandsWhereClickedNotOnTheStation()
    {
        const QPointF station = pixel(10, 10);
        const QPointF at = station + QPointF(8, 0);
        // Before the click the status bar says why the point will not go onto the station.
        mouse(QEvent::MouseMove, at);
        QVERIFY(!tool()->cursorSnapped());
        QVERIFY2(snapText().contains(QStringLiteral("综合服务站")) &&
                     snapText().contains(QStringLiteral("Ctrl")),
                 qPrintable(snapText()));
        QCOMPARE(magentaPixels(station), 0);

        ModalHandler form([](QWidget* w) {
            answer(w, QStringLiteral("kindergarten"), QStringLiteral("新幼儿园"));
        });
        click(at);
        QTRY_COMPARE(layer(QStringLiteral("facilities")).featureCount(), 3);
        const QPointF added = vertex(layer(QStringLiteral("facilities")), 2);
        QCOMPARE(added, canvas()->toWorld(at));
        // 8 px from the station, some 900 m at this scale: not on it.
        const double metres = QLineF(added, world(10, 10)).length();
        QVERIFY2(std::abs(metres - 8 * canvas()->worldPerPixel()) < 1,
                 qPrintable(QString::number(metres)));
        QVERIFY(metres > 800);
    }

    void ctrlPutsTheNewPointOnTheExistingOne()
    {
        const QPointF station = pixel(10, 10);
        const QPointF at = station + QPointF(0, -7);
        mouse(QEvent::MouseMove, at, Qt::ControlModifier);
        QVERIFY(tool()->cursorSnapped());
        QCOMPARE(snapText(), QStringLiteral("Snap: 综合服务站 (vertex)"));
        QVERIFY(magentaPixels(station) > 20);

        ModalHandler form(
            [](QWidget* w) { answer(w, QStringLiteral("clinic"), QStringLiteral("同址卫生室")); });
        click(at, Qt::ControlModifier);
        QTRY_COMPARE(layer(QStringLiteral("facilities")).featureCount(), 4);
        QCOMPARE(vertex(layer(QStringLiteral("facilities")), 3), world(10, 10));
        action("undo")->trigger();
        QCOMPARE(layer(QStringLiteral("facilities")).featureCount(), 3);
    }

    void hoveringNearAVertexOfTheCurrentLayerShowsTheMarkerAndItsName()
    {
        editLayer(QStringLiteral("pipes"));
        QVERIFY(action("drawLine")->isChecked());
        // Far from everything: no marker, nothing named.
        mouse(QEvent::MouseMove, pixel(25, 20));
        QVERIFY(!tool()->cursorSnapped());
        QCOMPARE(snapText(), QString());
        const QPointF end = pixel(40, 30);
        QCOMPARE(magentaPixels(end), 0);
        // 4 px right and 3 px down of the pipe's end (5 px away): snapped onto the end.
        mouse(QEvent::MouseMove, end + QPointF(4, 3));
        QVERIFY(tool()->cursorSnapped());
        QCOMPARE(tool()->cursor(), world(40, 30));
        QCOMPARE(snapText(), QStringLiteral("Snap: 一号供水管 (vertex)"));
        QVERIFY(magentaPixels(end) > 20);
        // Halfway along it, 5 px off: onto the segment.
        mouse(QEvent::MouseMove, pixel(25, 30) + QPointF(0, 5));
        QVERIFY(tool()->cursorSnapped());
        QVERIFY(std::abs(tool()->cursor().y() - world(25, 30).y()) < 1e-6);
        QCOMPARE(snapText(), QStringLiteral("Snap: 一号供水管 (segment)"));
    }

    void otherLayersSnapOnlyWhenChosen()
    {
        // The station is in the facilities layer, not the pipes being drawn: by default a
        // line's vertex does not snap to it.
        const QPointF station = pixel(10, 10);
        mouse(QEvent::MouseMove, station - QPointF(5, 0));
        QVERIFY(!tool()->cursorSnapped());
        QCOMPARE(snapText(), QString());
        // All visible layers: it does (a line's vertex may end on a point).
        auto* mode = mWindow->findChild<QComboBox*>(QStringLiteral("snapMode"));
        mode->setCurrentIndex(1);
        mouse(QEvent::MouseMove, station - QPointF(5, 0));
        QVERIFY(tool()->cursorSnapped());
        QCOMPARE(tool()->cursor(), world(10, 10));
        QCOMPARE(snapText(), QStringLiteral("Snap: 综合服务站 (vertex)"));
        QCOMPARE(QSettings().value(QStringLiteral("snapping/mode")).toString(),
                 QStringLiteral("all"));
        // Hidden, it is not on the map and catches nothing.
        document()->setVisible(document()->indexOf(QStringLiteral("facilities")), false);
        mouse(QEvent::MouseMove, station - QPointF(5, 0));
        QVERIFY(!tool()->cursorSnapped());
        document()->setVisible(document()->indexOf(QStringLiteral("facilities")), true);
        mode->setCurrentIndex(0);
        QVERIFY(action("toggleSnapping")->isChecked());
    }

    void sTogglesSnappingOffAndTheClickStaysWhereItIs()
    {
        mWindow->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
        canvas()->setFocus();
        QTest::keyClick(canvas(), Qt::Key_S);
        QVERIFY(!action("toggleSnapping")->isChecked());
        QCOMPARE(QSettings().value(QStringLiteral("snapping/enabled")).toBool(), false);
        QVERIFY(canvas()->tool() != MapCanvas::Tool::Select); // S no longer selects

        const QPointF at = pixel(40, 30) + QPointF(4, 3);
        mouse(QEvent::MouseMove, at);
        QVERIFY(!tool()->cursorSnapped());
        QCOMPARE(snapText(), QString());
        QCOMPARE(magentaPixels(pixel(40, 30)), 0);
        ModalHandler form(
            [](QWidget* w) { answer(w, QStringLiteral("water_supply"), QStringLiteral("支管")); });
        click(at);
        click(pixel(40, 20));
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(canvas(), &enter);
        QTRY_COMPARE(layer(QStringLiteral("pipes")).featureCount(), 2);
        QCOMPARE(vertex(layer(QStringLiteral("pipes")), 1, 0), canvas()->toWorld(at));
        QVERIFY(QLineF(vertex(layer(QStringLiteral("pipes")), 1, 0), world(40, 30)).length() >
                4 * canvas()->worldPerPixel());

        mWindow->activateWindow(); // the form had the keyboard
        QVERIFY(QTest::qWaitForWindowActive(mWindow.get()));
        QTest::keyClick(canvas(), Qt::Key_S);
        QVERIFY(action("toggleSnapping")->isChecked());
        mouse(QEvent::MouseMove, at);
        QVERIFY(tool()->cursorSnapped());
        // Onto the branch just drawn: its first vertex is there now, and nearest.
        QCOMPARE(snapText(), QStringLiteral("Snap: 支管 (vertex)"));
    }

    void aNavigationToolTakesTheMarkerAndTheStatusTextAway()
    {
        QVERIFY(tool()->cursorSnapped());
        QAction* pan = nullptr;
        for (QAction* a : mWindow->findChildren<QAction*>())
            if (a->text() == QLatin1String("Pan"))
                pan = a;
        QVERIFY(pan);
        pan->trigger();
        QCOMPARE(snapText(), QString());
        QCOMPARE(magentaPixels(pixel(40, 30)), 0);
        // Back to drawing, the same hover names the same vertex again.
        action("drawLine")->trigger();
        mouse(QEvent::MouseMove, pixel(40, 30) + QPointF(4, 3));
        QCOMPARE(snapText(), QStringLiteral("Snap: 支管 (vertex)"));
    }

    void cleanupTestCase()
    {
        ModalHandler discard([](QWidget* w) {
            if (auto* box = qobject_cast<QMessageBox*>(w))
                box->done(QMessageBox::Discard);
        });
        mWindow.reset();
    }
};

QTEST_MAIN(TestSnapping)
#include "test_snapping.moc"
