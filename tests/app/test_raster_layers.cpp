// Raster layers in the window: a GeoTIFF added under the vectors, a tile service from a
// local server drawn when its tiles arrive, overviews offered once and built in the
// background, the 天地图 preset's key kept out of the project.

#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "app/raster_controller.h"
#include "app/tile_service_dialog.h"
#include "core/coordinate_transform.h"
#include "core/resource_paths.h"
#include "io/gdal_raster_source.h"
#include "io/tile_keys.h"
#include "support/raster_fixture.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace wm;

namespace {
const QColor kImagery(200, 60, 40);
const QColor kBasemap(70, 150, 230);
} // namespace

class TestRasterLayers : public QObject {
    Q_OBJECT

private:
    QTemporaryDir mSettings;
    QTemporaryDir mCache;

    /// Closes the message boxes a step opens (a question answered with OK: not yes).
    struct BoxCloser {
        QTimer timer;
        QStringList texts;
        BoxCloser()
        {
            QObject::connect(&timer, &QTimer::timeout, [this] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                    texts << box->text();
                    box->done(QMessageBox::Ok);
                }
            });
            timer.start(30);
        }
    };

    static QString writeImagery(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("imagery.tif"));
        test::writeRaster(
            path, 4490, 114.4, 37.1, 0.001, 200, 100, 3, GDT_Byte, [](int band, int, int) {
                return band == 1 ? kImagery.red() : band == 2 ? kImagery.green() : kImagery.blue();
            });
        return path;
    }

    static void openAndWait(MainWindow& w, const QString& path)
    {
        QSignalSpy loaded(&w, &MainWindow::projectLoaded);
        w.openPath(path);
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keys and answers go to settings of the test's own, tiles and overviews to its cache.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, mSettings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mSettings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("WorksMapTest"));
        qputenv("WORKSMAP_CACHE_DIR", mCache.path().toUtf8());
    }

    void aGeoTiffGoesUnderTheVectorLayers()
    {
        QTemporaryDir dir;
        const QString tif = writeImagery(dir);
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.resize(900, 600);
        w.show();
        openAndWait(w, QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json"));
        MapDocument* doc = w.document();
        const int vectors = doc->layerCount();
        QVERIFY(!doc->toProject().allowExternalSources);
        w.addLayerFromFile(tif, false);
        QCOMPARE(doc->layerCount(), vectors + 1);
        // The user chose a file outside the project's folder: the project may read it.
        QVERIFY(doc->toProject().allowExternalSources);
        QVERIFY(doc->layer(0).isRaster());
        QCOMPARE(doc->layer(0).entry.id, QStringLiteral("imagery"));
        QCOMPARE(doc->layer(0).entry.role, QStringLiteral("raster"));
        w.addLayerFromFile(tif, false); // the same file again: a new id, above the first
        QCOMPARE(doc->layer(1).entry.id, QStringLiteral("imagery_2"));
        QVERIFY(!doc->layer(2).isRaster());
        auto* list = w.findChild<LayerPanel*>();
        QTRY_COMPARE(list->count(), vectors + 2);
        QListWidgetItem* bottom = list->item(list->count() - 1);
        QVERIFY(bottom->flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!bottom->text().contains(QStringLiteral("unavailable")));
        QVERIFY(bottom->toolTip().contains(QStringLiteral("200 × 100")));
        w.document()->setModified(false); // no save prompt on close
    }

    void aTileServiceIsDrawnWhenItsTilesArrive()
    {
        test::TileServer server([](int, int, int) { return kBasemap; });
        QTemporaryDir dir;
        const QString tif = writeImagery(dir);
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.resize(900, 600);
        w.show();
        openAndWait(w, tif);
        LayerEntry entry;
        entry.role = QLatin1String(LayerEntry::RasterRole);
        entry.source = QStringLiteral("xyz:") + server.urlTemplate();
        entry.attribution = QStringLiteral("© Test");
        w.rasterController()->addTileServices({entry});
        QCOMPARE(w.document()->layerCount(), 2);
        QVERIFY2(w.document()->layer(0).entry.isServiceSource(), "the basemap at the bottom");
        // A view east of the imagery: only the basemap there.
        double x = 114.8, y = 37.05;
        CoordinateTransform(Crs::cgcs2000(), w.document()->project().crs).transform(x, y);
        w.canvas()->setExtent(Extent::of(x - 1500, y - 1500, x + 1500, y + 1500));
        const QPoint centre(w.canvas()->width() / 2, w.canvas()->height() / 2);
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->renderedImage().isNull() &&
                                     w.canvas()->renderedImage().pixelColor(centre) == kBasemap,
                                 15000);
        QVERIFY(server.requests() > 0);
        // The imagery where it is, over the basemap.
        double ix = 114.5, iy = 37.05;
        CoordinateTransform(Crs::cgcs2000(), w.document()->project().crs).transform(ix, iy);
        w.canvas()->setExtent(Extent::of(ix - 1500, iy - 1500, ix + 1500, iy + 1500));
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRendering() &&
                                     w.canvas()->renderedImage().pixelColor(centre) == kImagery,
                                 15000);
        w.document()->setModified(false);
    }

    void overviewsAreOfferedOnceAndBuiltInTheBackground()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.tif"));
        test::writeRaster(big, 4547, 500000, 4110000, 2, 5000, 5000, 1, GDT_Byte,
                          [](int, int column, int) { return column / 20; },
                          {QStringLiteral("COMPRESS=DEFLATE"), QStringLiteral("TILED=YES")});
        MainWindow w(RoleRegistry::load(layerRolesDir()));
        w.resize(900, 600);
        w.show();
        {
            // Declined: remembered, not asked again, nothing built.
            BoxCloser closer;
            openAndWait(w, big);
            QTRY_VERIFY_WITH_TIMEOUT(!closer.texts.isEmpty(), 5000);
            QVERIFY(closer.texts.first().contains(QStringLiteral("5,000 × 5,000")) ||
                    closer.texts.first().contains(QStringLiteral("5000 × 5000")));
            QVERIFY(!w.rasterController()->isBuilding());
            QVERIFY(QSettings()
                        .value(QStringLiteral("rasters/overviewsDeclined"))
                        .toStringList()
                        .contains(QFileInfo(big).absoluteFilePath()));
            w.rasterController()->offerOverviews();
            QTest::qWait(100);
            QCOMPARE(closer.texts.size(), 1);
        }
        // Asked for (the Yes of the question): built off the UI thread, then used.
        QSignalSpy built(w.rasterController(), &RasterController::overviewsBuilt);
        w.rasterController()->buildOverviews(w.document()->layer(0).entry.id);
        QVERIFY(w.rasterController()->isBuilding());
        QVERIFY(built.wait(30000));
        const auto* source =
            dynamic_cast<const GdalRasterSource*>(w.document()->layer(0).raster.get());
        QVERIFY(source);
        QCOMPARE(source->info().overviews.size(), 4);
        QVERIFY(!source->needsOverviews());
        QVERIFY2(!w.document()->isModified(), "the project file does not change");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.tif")});
    }

    void theTiandituPresetKeepsTheKeyOutOfTheProject()
    {
        TileServiceDialog dialog;
        dialog.choosePreset(1); // 天地图 vector, with its labels
        dialog.setKey(QStringLiteral("k3y"));
        QTimer::singleShot(0, &dialog, &TileServiceDialog::accept);
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
        const QVector<LayerEntry> entries = dialog.entries();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[0].source.contains(QStringLiteral("vec_w")));
        QVERIFY(entries[1].source.contains(QStringLiteral("cva_w")));
        for (const LayerEntry& e : entries) {
            QVERIFY(e.source.startsWith(QStringLiteral("xyz:https://t{0-7}.tianditu.gov.cn/")));
            QVERIFY(e.source.endsWith(QStringLiteral("tk={key}")));
            QVERIFY(!e.source.contains(QStringLiteral("k3y")));
            QCOMPARE(e.maxZoom, 18);
            QVERIFY(e.attribution.contains(QStringLiteral("天地图")));
        }
        QCOMPARE(tileServiceKey(QStringLiteral("tianditu")), QStringLiteral("k3y"));
        setTileServiceKey(QStringLiteral("tianditu"), QString());
    }
};

QTEST_MAIN(TestRasterLayers)
#include "test_raster_layers.moc"
