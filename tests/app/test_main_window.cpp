#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "io/project_loader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <cmath>

using namespace wm;

/// The main window as a planner meets it: opens the demo, shows its layers and map.
class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static QString demoProject()
    {
        return QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json");
    }

    /// Opens `path` and waits for the load; closes any message box the load raises
    /// and returns its text.
    static QString openAndWait(MainWindow& w, const QString& path, bool* ok = nullptr)
    {
        QString boxText;
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                boxText = box->text();
                box->done(QMessageBox::Ok);
            }
        });
        closer.start(50);
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openPath(path);
        if (!loaded.wait(60000))
            qFatal("project did not load");
        QTest::qWait(200); // let a message box opened after the signal be closed
        if (ok)
            *ok = loaded.first().first().toBool();
        return boxText;
    }

    /// A 1000×700 main window with the demo project loaded.
    static std::unique_ptr<MainWindow> openDemo()
    {
        auto w = std::make_unique<MainWindow>(RoleRegistry::load(layerRolesDir()));
        w->resize(1000, 700);
        w->show();
        openAndWait(*w, demoProject());
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WorksMapTest"));
        QSettings().clear();
    }

    void opensTheDemoWithItsLayersAndTitle()
    {
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.resize(1000, 700);
        w.show();
        bool ok = false;
        const QString box = openAndWait(w, demoProject(), &ok);
        QVERIFY(ok);
        QVERIFY2(box.isEmpty(), qPrintable(box)); // no layer unavailable
        QVERIFY(w.windowTitle().contains(QStringLiteral("邢台市 2021")));
        auto* list = w.findChild<LayerPanel*>();
        QVERIFY(list);
        QCOMPARE(list->count(), int(w.project()->layers.size()));
        // Topmost first: row r shows project layer count-1-r.
        const int n = list->count();
        for (int row = 0; row < n; ++row)
            QCOMPARE(list->item(row)->data(Qt::UserRole).toInt(), n - 1 - row);
        QVERIFY(!list->findItems(QStringLiteral("县级行政区划"), Qt::MatchStartsWith).isEmpty());
    }

    void theMapShowsTheBoundaries()
    {
        const auto window = openDemo();
        MainWindow& w = *window;
        MapCanvas* map = w.canvas();
        QTRY_VERIFY_WITH_TIMEOUT(!map->renderedImage().isNull() && !map->isRendering(), 20000);
        const QImage image = map->renderedImage();
        // The boundary fill (245, 240, 225) covers a good part of the fitted map.
        qsizetype fill = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                fill += image.pixelColor(x, y) == QColor(245, 240, 225) ? 1 : 0;
        QVERIFY2(fill > image.width() * image.height() / 10, qPrintable(QString::number(fill)));
    }

    void togglingALayerMarksTheProjectModifiedAndSaveAsWritesIt()
    {
        const auto window = openDemo();
        MainWindow& w = *window;
        auto* list = w.findChild<LayerPanel*>();
        // Tables have no check box; the first drawable layer from the top does.
        QListWidgetItem* top = nullptr;
        for (int row = 0; row < list->count() && !top; ++row)
            if (list->item(row)->flags() & Qt::ItemIsUserCheckable)
                top = list->item(row);
        QVERIFY(top);
        QCOMPARE(top->checkState(), Qt::Checked);
        top->setCheckState(Qt::Unchecked);
        QVERIFY(w.isModified());
        const int index = top->data(Qt::UserRole).toInt();
        QVERIFY(!w.document()->layer(index).entry.visible);

        // Saving the project elsewhere rewrites sources relative to the new place.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.worksmap.json"));
        Project p = w.document()->toProject();
        p.save(target);
        const Project again = Project::load(target);
        QCOMPARE(again.layers.size(), p.layers.size());
        QVERIFY(!again.layers[index].visible);
        for (int i = 0; i < again.layers.size(); ++i)
            QCOMPARE(again.absoluteSource(again.layers[i]),
                     w.project()->project.absoluteSource(w.document()->layer(i).entry));
        QVERIFY(again.layers[0].source.startsWith(QStringLiteral("../"))); // relative, not absolute
    }

    void aProjectWithAMissingSourceOpensAndSaysWhichFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "worksmap-project", "schemaVersion": 1, "name": "缺文件",
          "layers": [{"id": "gone", "source": "parking_2021.gpkg", "role": "parking"}]})");
        f.close();
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.show();
        bool ok = false;
        const QString box = openAndWait(w, path, &ok);
        QVERIFY(ok);
        QVERIFY2(box.contains(dir.filePath(QStringLiteral("parking_2021.gpkg"))), qPrintable(box));
        QCOMPARE(w.findChild<LayerPanel*>()->count(), 1);
        QVERIFY(
            w.findChild<LayerPanel*>()->item(0)->text().contains(QStringLiteral("unavailable")));
    }

    void aSourceOutsideTheFolderIsReadOnlyWhenTheUserSaysSo()
    {
        for (const bool yes : {false, true}) {
            QTemporaryDir dir;
            QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("project")));
            QFile data(dir.filePath(QStringLiteral("parking.geojson")));
            QVERIFY(data.open(QIODevice::WriteOnly));
            data.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
              "properties": {"status": "built", "spaces": 40},
              "geometry": {"type": "Point", "coordinates": [114.5, 37.07]}}]})");
            data.close();
            const QString path = dir.filePath(QStringLiteral("project/p.worksmap.json"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "worksmap-project", "schemaVersion": 1, "name": "外部",
              "layers": [{"id": "parking", "source": "../parking.geojson", "role": "parking"}]})");
            f.close();
            MainWindow w(RoleRegistry::load(layerRolesDir()));
            w.show();
            QStringList asked;
            QTimer answer;
            QObject::connect(&answer, &QTimer::timeout, [&] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                    asked << box->text();
                    const bool question =
                        box->text().contains(QStringLiteral("outside its folder"));
                    // QMessageBox::question answers with the button clicked, not done()'s code.
                    if (QAbstractButton* b =
                            box->button(question && yes ? QMessageBox::Yes : QMessageBox::No))
                        b->click();
                    else
                        box->done(QMessageBox::Ok);
                }
            });
            answer.start(50);
            QSignalSpy loaded(&w, &MainWindow::projectLoaded);
            w.openPath(path);
            QVERIFY(loaded.wait(60000));
            QTest::qWait(300);
            QVERIFY2(!asked.isEmpty() &&
                         asked.first().contains(dir.filePath(QStringLiteral("parking.geojson"))),
                     qPrintable(asked.join(QStringLiteral(" | "))));
            MapDocument* doc = w.document();
            QCOMPARE(doc->layer(0).isReadable(), yes);
            QCOMPARE(doc->toProject().allowExternalSources, yes);
            QCOMPARE(doc->isModified(), yes);
            if (yes)
                QCOMPARE(doc->layer(0).data->featureCount(), qsizetype(1));
            else // refused: said once more in the list of unavailable layers
                QVERIFY(asked.size() == 2 &&
                        asked[1].contains(QStringLiteral("allowExternalSources")));
            doc->setModified(false);
        }
    }

    void hidingALayerRemovesItFromTheMap()
    {
        const auto window = openDemo();
        MainWindow& w = *window;
        MapCanvas* map = w.canvas();
        auto boundaryPixels = [&] {
            QElapsedTimer t;
            t.start();
            while ((map->isRendering() || map->renderedImage().isNull()) && t.elapsed() < 20000)
                QTest::qWait(20);
            const QImage image = map->renderedImage();
            qsizetype n = 0;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    n += image.pixelColor(x, y) == QColor(245, 240, 225) ? 1 : 0;
            return n;
        };
        QVERIFY(boundaryPixels() > 1000);
        const int counties = w.document()->indexOf(QStringLiteral("counties"));
        w.document()->setVisible(counties, false);
        QTest::qWait(100);
        QTRY_COMPARE_WITH_TIMEOUT(boundaryPixels(), 0, 20000);
        QVERIFY(w.isModified());
    }

    void wheelZoomKeepsThePointUnderTheCursor()
    {
        const auto window = openDemo();
        MainWindow& w = *window;
        MapCanvas* map = w.canvas();
        const QPointF cursor(map->width() * 0.3, map->height() * 0.6);
        const QPointF before = map->toWorld(cursor);
        const double scaleBefore = map->scaleDenominator();
        QWheelEvent wheel(cursor, map->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(map, &wheel);
        const QPointF after = map->toWorld(cursor);
        const double metresPerPixel = map->settings().mapUnitsPerPixel();
        QVERIFY2(std::hypot(after.x() - before.x(), after.y() - before.y()) < metresPerPixel,
                 qPrintable(QStringLiteral("moved %1 m")
                                .arg(std::hypot(after.x() - before.x(), after.y() - before.y()))));
        QVERIFY(map->scaleDenominator() < scaleBefore * 0.85); // one notch zooms in by 1.25×
        // Previous extent goes back to where we were.
        map->previousExtent();
        QVERIFY(std::abs(map->scaleDenominator() - scaleBefore) < 1.0);
    }

    void identifyReturnsTheFeatureUnderTheClick()
    {
        const auto window = openDemo();
        MainWindow& w = *window;
        const int parkingIndex = w.document()->indexOf(QStringLiteral("parking"));
        const Layer& parking = *w.document()->layer(parkingIndex).data;
        // Zoom close to parking site 0 so nothing else is within the click tolerance.
        const Extent env = parking.envelope(0);
        MapCanvas* map = w.canvas();
        map->setExtent(Extent::of(env.xMin - 300, env.yMin - 300, env.xMax + 300, env.yMax + 300));
        map->setTool(MapCanvas::Tool::Identify);
        QSignalSpy spy(map, &MapCanvas::identified);
        const QPoint at = map->toPixel(QPointF(env.centerX(), env.centerY())).toPoint();
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(spy.count(), 1);
        const auto hits = spy.first().first().value<QList<QPair<QString, qsizetype>>>();
        QVERIFY(hits.contains(qMakePair(QStringLiteral("parking"), qsizetype(0))));
        // Topmost layer first: facilities are above parking in the demo, parking above villages.
        QStringList order;
        for (const auto& h : hits)
            if (order.isEmpty() || order.last() != h.first)
                order << h.first;
        QVERIFY(order.indexOf(QStringLiteral("parking")) <
                order.indexOf(QStringLiteral("counties")));
    }

    void rectangleSelectionSelectsTheFeaturesInside()
    {
        const auto window = openDemo();
        MainWindow& w = *window;
        MapCanvas* map = w.canvas();
        // Hide everything above parking so the selection lands on parking sites.
        w.document()->setVisible(w.document()->indexOf(QStringLiteral("facilities")), false);
        map->setTool(MapCanvas::Tool::Select);
        const QPoint a(map->width() / 4, map->height() / 4),
            b(map->width() * 3 / 4, map->height() * 3 / 4);
        QTest::mousePress(map, Qt::LeftButton, Qt::NoModifier, a);
        QTest::mouseMove(map, b);
        QTest::mouseRelease(map, Qt::LeftButton, Qt::NoModifier, b);
        const std::vector<qsizetype>& selected = w.document()->selection(QStringLiteral("parking"));
        QVERIFY(!selected.empty());
        // Cross-check against the index: every selected site lies in the rectangle.
        const QPointF wa = map->toWorld(a), wb = map->toWorld(b);
        const Extent rect = Extent::of(wa.x(), wa.y(), wb.x(), wb.y());
        const Layer& parking =
            *w.document()->layer(w.document()->indexOf(QStringLiteral("parking"))).data;
        qsizetype inside = 0;
        for (qsizetype i = 0; i < parking.featureCount(); ++i)
            inside += rect.intersects(parking.envelope(i)) ? 1 : 0;
        QCOMPARE(qsizetype(selected.size()), inside);
    }

    void selectionGoesToTheCurrentLayerAndAltRemoves()
    {
        const auto window = openDemo();
        MainWindow& w = *window;
        MapCanvas* map = w.canvas();
        MapDocument* doc = w.document();
        auto* panel = w.findChild<LayerPanel*>();
        const int villages = doc->indexOf(QStringLiteral("villages"));
        for (int row = 0; row < panel->count(); ++row)
            if (panel->layerIndexAt(row) == villages)
                panel->setCurrentRow(row);
        QCOMPARE(panel->currentLayerIndex(), villages);
        map->setTool(MapCanvas::Tool::Select);
        auto drag = [&](QPoint a, QPoint b, Qt::KeyboardModifiers mods) {
            QTest::mousePress(map, Qt::LeftButton, mods, a);
            QTest::mouseMove(map, b);
            QTest::mouseRelease(map, Qt::LeftButton, mods, b);
        };
        const QPoint a(map->width() / 4, map->height() / 4), m(map->width() / 2, map->height() / 2),
            b(map->width() * 3 / 4, map->height() * 3 / 4);
        // Facilities are drawn above the villages, yet the villages layer is the current one.
        drag(a, b, Qt::NoModifier);
        const std::size_t all = doc->selection(QStringLiteral("villages")).size();
        QVERIFY(all > 0);
        QVERIFY(doc->selection(QStringLiteral("facilities")).empty());
        // Alt removes the villages of the upper-left quarter; Shift adds them back.
        drag(a, m, Qt::AltModifier);
        const std::size_t afterRemove = doc->selection(QStringLiteral("villages")).size();
        QVERIFY(afterRemove < all);
        QVERIFY(afterRemove > 0);
        drag(a, m, Qt::ShiftModifier);
        QCOMPARE(doc->selection(QStringLiteral("villages")).size(), all);
    }

    void theChineseTranslationIsCompleteAndShipped()
    {
        QFile ts(QStringLiteral(WORKSMAP_TS_FILE));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.count("<message") > 30);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/worksmap_zh_CN.qm")));
        QCOMPARE(translator.translate("wm::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    }

    void aLayerDeclaredGcj02IsReadAgainWithEveryVertexMovedBack()
    {
        QTemporaryDir dir;
        // A SYNTHETIC rectangle near Xingtai as an Amap export gives it: GCJ-02, said WGS84.
        QFile geojson(dir.filePath(QStringLiteral("zone_amap_synthetic.geojson")));
        QVERIFY(geojson.open(QIODevice::WriteOnly));
        geojson.write(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
          "properties": {"name": "规划片区"}, "geometry": {"type": "Polygon", "coordinates":
          [[[114.51, 37.06], [114.53, 37.06], [114.53, 37.08], [114.51, 37.08], [114.51, 37.06]]]}}]})");
        geojson.close();
        const QString path = dir.filePath(QStringLiteral("p.worksmap.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "worksmap-project", "schemaVersion": 1, "name": "偏移", "crs": "EPSG:4547",
          "layers": [{"id": "zone", "source": "zone_amap_synthetic.geojson", "role": "reference"}]})");
        f.close();
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.show();
        openAndWait(w, path);
        MapDocument* doc = w.document();
        QCOMPARE(doc->layerCount(), 1);
        const Extent before = doc->layer(0).data->extent();
        Q_EMIT w.findChild<LayerPanel*>()->coordinateOffsetRequested(0, QStringLiteral("gcj02"));
        QCOMPARE(doc->layer(0).entry.sourceCrs, QStringLiteral("gcj02"));
        QVERIFY(doc->isModified());
        // Here GCJ-02 lies ~500 m east and ~100 m north of WGS84: the layer moves back west.
        const Extent after = doc->layer(0).data->extent();
        const double dx = before.xMin - after.xMin, dy = before.yMin - after.yMin;
        QVERIFY2(dx > 300 && dx < 700, qPrintable(QString::number(dx)));
        QVERIFY2(std::abs(dy) < 300, qPrintable(QString::number(dy)));
    }

    void noTwoActionsShareAShortcut()
    {
        // Qt ignores a key sequence bound to two actions of a window ("Ambiguous shortcut
        // overload"): each must do what its menu says.
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.show();
        QHash<QString, QString> owner;
        for (QAction* a : w.findChildren<QAction*>()) {
            for (const QKeySequence& key : a->shortcuts()) {
                const QString k = key.toString(QKeySequence::PortableText);
                const QString name = a->text().remove(QLatin1Char('&'));
                QVERIFY2(!owner.contains(k) || owner.value(k) == name,
                         qPrintable(QStringLiteral("%1: %2 and %3").arg(k, owner.value(k), name)));
                owner.insert(k, name);
            }
        }
        QCOMPARE(owner.value(QStringLiteral("Ctrl+E")), QStringLiteral("Edit Current Layer"));
        QVERIFY(owner.value(QStringLiteral("Ctrl+P")).startsWith(QStringLiteral("Export Map")));
        QVERIFY(owner.value(QStringLiteral("Ctrl+Shift+S")).startsWith(QStringLiteral("Save As")));
        QCOMPARE(owner.value(QStringLiteral("Ctrl+Alt+S")), QStringLiteral("Save Edits"));
        // S toggles snapping as in QGIS; the Select tool moved to Shift+S.
        QCOMPARE(owner.value(QStringLiteral("S")), QStringLiteral("Enable Snapping"));
        QCOMPARE(owner.value(QStringLiteral("Shift+S")), QStringLiteral("Select"));
    }

    void aBrokenProjectGivesADialogNotACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.worksmap.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"worksmap-project\", ");
        f.close();
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.show();
        bool ok = true;
        const QString box = openAndWait(w, path, &ok);
        QVERIFY(!ok);
        QVERIFY2(box.contains(QStringLiteral("could not open")), qPrintable(box));
        QVERIFY(!w.project());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
