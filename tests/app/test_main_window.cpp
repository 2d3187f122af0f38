#include "app/layer_list.h"
#include "app/main_window.h"
#include "app/map_widget.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "io/project_loader.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

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
        auto* list = w.findChild<LayerList*>();
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
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.resize(1000, 700);
        w.show();
        openAndWait(w, demoProject());
        auto* map = w.findChild<MapWidget*>();
        const QImage image = map->grab().toImage();
        // The boundary fill (245, 240, 225) covers a good part of the fitted map.
        qsizetype fill = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                fill += image.pixelColor(x, y) == QColor(245, 240, 225) ? 1 : 0;
        QVERIFY2(fill > image.width() * image.height() / 10, qPrintable(QString::number(fill)));
    }

    void togglingALayerMarksTheProjectModifiedAndSaveAsWritesIt()
    {
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.show();
        openAndWait(w, demoProject());
        auto* list = w.findChild<LayerList*>();
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
        QVERIFY(!w.project()->project.layers[index].visible);

        // Saving the project elsewhere rewrites sources relative to the new place.
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.worksmap.json"));
        Project p = w.project()->project;
        p.save(target);
        const Project again = Project::load(target);
        QCOMPARE(again.layers.size(), p.layers.size());
        QVERIFY(!again.layers[index].visible);
        for (int i = 0; i < again.layers.size(); ++i)
            QCOMPARE(again.absoluteSource(again.layers[i]),
                     w.project()->project.absoluteSource(w.project()->project.layers[i]));
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
        QCOMPARE(w.findChild<LayerList*>()->count(), 1);
        QVERIFY(w.findChild<LayerList*>()->item(0)->text().contains(QStringLiteral("unavailable")));
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
