#include "app/import_wizard.h"
#include "app/map_document.h"
#include "app/value_table_dialog.h"
#include "app_test_support.h"
#include "core/china_coordinates.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

using namespace wm;

/// The import wizard driven as a planner would: a county office's GBK list through the
/// four pages, one misspelt county resolved by picking its candidate, the layer written and
/// added to the demo project.
class TestImportWizard : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());
    QString mDemoDir = QStringLiteral(WORKSMAP_DEMO_DIR);
    QTemporaryDir mDir;
    QString mCsv;
    LonLat mTruth{114.504, 37.0702};
    apptest::MessageBoxCloser mCloser; ///< the boxes opened with open()

    std::unique_ptr<MapDocument> demoDocument() { return apptest::demoDocument(mRoles); }

    /// The doubtful-rows table's row showing source row `sourceRow`, or -1.
    static int reviewRowOf(const ImportWizard& w, int sourceRow)
    {
        QTableWidget* t = w.doubtfulTable();
        for (int i = 0; i < t->rowCount(); ++i)
            if (t->item(i, 0)->data(Qt::UserRole).toInt() == sourceRow)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // SYNTHETIC list, real names (the bundled Xingtai division table): a title row, the
        // county given once per group (fill-down), one point picked on a web map (GCJ-02)
        // under the pre-2020 district name, a county misspelt one character off (南官市 for
        // 南宫市), a totals row. Source rows: 1 title, 2 header, 3–6 data, 7 totals.
        QVERIFY(mDir.isValid());
        const LonLat gcj = wgs84ToGcj02(mTruth);
        const QString text = QStringLiteral("邢台市2021年村庄名单（合成数据 synthetic）\n"
                                            "序号,县（市、区）,乡镇,村名,经度,纬度,户数\n"
                                            "1,巨鹿县,王虎寨镇,前塔寺口,,,120\n"
                                            "2,,王虎寨镇,张家庄,,,85\n"
                                            "3,桥东区,,东关社区,%1,%2,300\n"
                                            "4,南官市,凤岗街道,东大街,,,10\n"
                                            "合计,,,,,,515\n")
                                 .arg(QLocale::c().toString(gcj.lon, 'f', 7),
                                      QLocale::c().toString(gcj.lat, 'f', 7));
        mCsv = mDir.filePath(QStringLiteral("villages_synthetic.csv"));
        QFile f(mCsv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        char* gbk = CPLRecode(text.toUtf8().constData(), CPL_ENC_UTF8, "CP936");
        f.write(gbk);
        CPLFree(gbk);
    }

    void drivesThePagesPicksACandidateAndAddsTheLayer()
    {
        auto doc = demoDocument();
        const int layersBefore = doc->layerCount();
        ImportWizard w(doc.get());
        w.show();
        w.setSourcePath(mCsv);
        w.setRole(QStringLiteral("village"));

        // File page: the preview marks the detected header (row 2) and the title row.
        QTableWidget* preview = w.previewTable();
        QVERIFY(preview->rowCount() >= 7);
        QVERIFY(preview->item(1, 3)->font().bold());
        QCOMPARE(preview->item(1, 3)->text(), QStringLiteral("村名")); // GBK decoded
        QVERIFY(!preview->item(0, 0)->font().bold());
        QVERIFY(preview->item(0, 0)->foreground().color() !=
                preview->item(2, 0)->foreground().color());

        // Columns page: the mapping and the coordinate columns come preset.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPageId));
        QCOMPARE(w.columnOf(QStringLiteral("name")), QStringLiteral("村名"));
        QCOMPARE(w.columnOf(QStringLiteral("county")), QStringLiteral("县（市、区）"));
        QCOMPARE(w.xColumn(), QStringLiteral("经度"));
        QCOMPARE(w.yColumn(), QStringLiteral("纬度"));
        w.setCoordinateKind(QStringLiteral("gcj02"));

        // Review page: 5 rows read = 1 on the map + 2 matched + 1 rejected + 1 excluded.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::ReviewPageId));
        ImportWizard::Summary s = w.summary();
        QCOMPARE(s.rowsRead, 5);
        QCOMPARE(s.onMap, 1);
        QCOMPARE(s.matched, 2);
        QCOMPARE(s.rejected, 1);
        QCOMPARE(s.excluded, 1);
        QVERIFY(s.addsUp());

        // The misspelt county is suggested, never applied: the planner picks it.
        const int row = reviewRowOf(w, 6);
        QVERIFY(row >= 0);
        auto* combo = qobject_cast<QComboBox*>(w.doubtfulTable()->cellWidget(row, 4));
        QVERIFY(combo);
        int pick = -1;
        for (int i = 0; i < combo->count(); ++i)
            if (combo->itemText(i).contains(QStringLiteral("130581001001")))
                pick = i;
        QVERIFY2(pick > 0, qPrintable(combo->itemText(1)));
        QVERIFY(combo->itemText(pick).contains(QStringLiteral("南宫市"))); // full path
        combo->setCurrentIndex(pick);
        const ImportWizard::Summary picked = w.summary();
        QCOMPARE(picked.rejected, s.rejected - 1);
        QCOMPARE(picked.matched, s.matched + 1);
        QVERIFY(picked.addsUp());

        // Finish: beside the source by default, then written and added to the project.
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::FinishPageId));
        const QString out = mDir.filePath(QStringLiteral("villages_synthetic_imported.gpkg"));
        QCOMPARE(QFileInfo(w.outputPath()).absoluteFilePath(), QFileInfo(out).absoluteFilePath());
        QVERIFY2(w.importNow(), qPrintable(w.lastError()));
        QVERIFY(QFileInfo::exists(out));
        QVERIFY(QFileInfo::exists(w.rejectsPath()));
        QCOMPARE(doc->layerCount(), layersBefore + 1);
        const LoadedLayer& added = doc->layer(doc->layerCount() - 1);
        QCOMPARE(added.entry.role, QStringLiteral("village"));
        QVERIFY(added.isAvailable());
        QCOMPARE(added.data->featureCount(), qsizetype(4));
        QCOMPARE(added.mapping.sourceOf.value(QStringLiteral("code")),
                 QStringLiteral("division_code"));

        GDALAllRegister();
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayer(0);
        QCOMPARE(layer->GetFeatureCount(), GIntBig(4));
        int checked = 0;
        for (auto& f : *layer) {
            const QString village = QString::fromUtf8(f->GetFieldAsString("村名"));
            const QString code = QString::fromUtf8(f->GetFieldAsString("division_code"));
            if (village == QStringLiteral("东大街")) {
                QCOMPARE(code, QStringLiteral("130581001001"));
                QCOMPARE(QString::fromUtf8(f->GetFieldAsString("match")), QStringLiteral("picked"));
                // Picked in the review, then drawn at the project's point of that village.
                QCOMPARE(QString::fromUtf8(f->GetFieldAsString("position")),
                         QStringLiteral("village"));
                QVERIFY(f->GetGeometryRef());
                ++checked;
            } else if (village == QStringLiteral("张家庄")) {
                // Filled down from the row above.
                QCOMPARE(QString::fromUtf8(f->GetFieldAsString("县（市、区）")),
                         QStringLiteral("巨鹿县"));
                QCOMPARE(code, QStringLiteral("130529101004"));
                QCOMPARE(QString::fromUtf8(f->GetFieldAsString("position")),
                         QStringLiteral("village"));
                QVERIFY(f->GetGeometryRef());
                ++checked;
            } else if (village == QStringLiteral("东关社区")) {
                const OGRPoint* p = f->GetGeometryRef()->toPoint();
                const double dx =
                    (p->getX() - mTruth.lon) * 111320 * std::cos(mTruth.lat * M_PI / 180);
                const double dy = (p->getY() - mTruth.lat) * 111320;
                QVERIFY(std::hypot(dx, dy) < 0.5); // the GCJ-02 offset removed
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
        QFile rejects(w.rejectsPath());
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(rejects.readAll()).contains(QStringLiteral("合计")));
    }

    /// A SYNTHETIC Amap-style POI sheet of health facilities (GCJ-02), with no kind column:
    /// 医院次类 says what each is, and one (a pharmacy) is not a facility of the role.
    QString writePoiSheet()
    {
        const QString path = mDir.filePath(QStringLiteral("amap_hospitals_synthetic.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the POI sheet");
        f.write(QStringLiteral("医院名称,医院次类,经度,纬度\n"
                               "甲镇卫生院,乡镇卫生院,114.51,37.07\n"
                               "乙村卫生室,诊所,114.52,37.08\n"
                               "丙县医院,综合医院,114.53,37.09\n"
                               "丁大药房,药店,114.54,37.10\n")
                    .toUtf8());
        return path;
    }

    /// `w` shown on the Columns page for the POI sheet as facilities; its kind box.
    QComboBox* poiColumnsPage(ImportWizard& w)
    {
        w.show();
        w.setSourcePath(writePoiSheet());
        w.setRole(QStringLiteral("facility"));
        w.next();
        return w.findChild<QComboBox*>(QStringLiteral("field_kind"));
    }

    /// The kind of each feature of the written layer, by name.
    static QHash<QString, QString> kindsWritten(const QString& gpkg)
    {
        QHash<QString, QString> kinds;
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!ds)
            return kinds;
        for (auto& f : *ds->GetLayer(0))
            kinds.insert(QString::fromUtf8(f->GetFieldAsString("医院名称")),
                         QString::fromUtf8(f->GetFieldAsString("kind")));
        return kinds;
    }

    void aConstantGivesEveryRowTheKind()
    {
        auto doc = demoDocument();
        ImportWizard w(doc.get());
        QComboBox* kind = poiColumnsPage(w);
        QCOMPARE(w.currentId(), int(ImportWizard::ColumnsPageId));
        // The kind box offers "every row" values after the columns; pick 乡镇卫生院.
        QVERIFY(kind);
        int constant = -1;
        for (int i = 0; i < kind->count(); ++i)
            if (kind->itemData(i, Qt::UserRole + 1).toString() == QLatin1String("health_centre"))
                constant = i;
        QVERIFY(constant > 0);
        kind->setCurrentIndex(constant);
        QCOMPARE(w.valueMappings().size(), 1);
        QCOMPARE(w.valueMappings().first().constant, QStringLiteral("health_centre"));
        w.setCoordinateKind(QStringLiteral("gcj02"));
        w.next();
        const ImportWizard::Summary s = w.summary();
        QCOMPARE(s.rowsRead, 4);
        QCOMPARE(s.onMap, 4);
        w.setOutputPath(mDir.filePath(QStringLiteral("constant.gpkg")));
        QVERIFY2(w.importNow(), qPrintable(w.lastError()));
        const QHash<QString, QString> kinds = kindsWritten(w.outputPath());
        QCOMPARE(kinds.size(), 4);
        for (const QString& k : kinds)
            QCOMPARE(k, QStringLiteral("health_centre"));
    }

    void aValueTableTranslatesAColumnAndRejectsWhatItLeavesOut()
    {
        auto doc = demoDocument();
        ImportWizard w(doc.get());
        QComboBox* kind = poiColumnsPage(w);
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("医院次类")));
        // The Values… dialog lists the column's values with their counts, the POI keywords
        // (layers/poi_types.json) already applied; the planner maps 综合医院 by hand.
        QStringList shown;
        QString prefilled;
        apptest::ModalHandler handler([&](QWidget* modal) {
            auto* dialog = qobject_cast<ValueTableDialog*>(modal);
            if (!dialog)
                return;
            QTableWidget* t = dialog->table();
            for (int r = 0; r < t->rowCount(); ++r) {
                shown << t->item(r, 0)->text();
                if (t->item(r, 0)->text() == QStringLiteral("乡镇卫生院"))
                    prefilled =
                        qobject_cast<QComboBox*>(t->cellWidget(r, 2))->currentData().toString();
            }
            dialog->setValue(QStringLiteral("综合医院"), QStringLiteral("health_centre"));
            dialog->accept();
        });
        auto* values = w.findChild<QPushButton*>(QStringLiteral("values_kind"));
        QVERIFY(values);
        values->click();
        QCOMPARE(handler.count(), 1);
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("乡镇卫生院"), QStringLiteral("综合医院"),
                                     QStringLiteral("药店"), QStringLiteral("诊所")}));
        QCOMPARE(prefilled, QStringLiteral("health_centre"));
        w.setCoordinateKind(QStringLiteral("gcj02"));
        w.next();
        // 药店 is left unmapped: its row is rejected, never guessed or dropped.
        const ImportWizard::Summary s = w.summary();
        QCOMPARE(s.onMap, 3);
        QCOMPARE(s.rejected, 1);
        QVERIFY(s.addsUp());
        w.setOutputPath(mDir.filePath(QStringLiteral("mapped.gpkg")));
        QVERIFY2(w.importNow(), qPrintable(w.lastError()));
        const QHash<QString, QString> kinds = kindsWritten(w.outputPath());
        QCOMPARE(kinds.value(QStringLiteral("甲镇卫生院")), QStringLiteral("health_centre"));
        QCOMPARE(kinds.value(QStringLiteral("乙村卫生室")), QStringLiteral("clinic"));
        QCOMPARE(kinds.value(QStringLiteral("丙县医院")), QStringLiteral("health_centre"));
        QVERIFY(!kinds.contains(QStringLiteral("丁大药房")));
    }

    void refusesToOverwriteTheSource()
    {
        auto doc = demoDocument();
        ImportWizard w(doc.get());
        w.setSourcePath(mCsv);
        w.setOutputPath(mCsv);
        const int before = doc->layerCount();
        QVERIFY(!w.importNow());
        QVERIFY(!w.lastError().isEmpty());
        QCOMPARE(doc->layerCount(), before);
    }

    void reportsAMissingFileWithoutCrashing()
    {
        auto doc = demoDocument();
        ImportWizard w(doc.get());
        w.show();
        w.setSourcePath(mDir.filePath(QStringLiteral("missing.csv")));
        w.next(); // refused with a (non-blocking) message box
        QCOMPARE(w.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(!w.lastError().isEmpty());
        QTest::qWait(150); // the closer dismisses the box
        w.setOutputPath(mDir.filePath(QStringLiteral("x.gpkg")));
        QVERIFY(!w.importNow());
    }
};

QTEST_MAIN(TestImportWizard)
#include "test_import_wizard.moc"
