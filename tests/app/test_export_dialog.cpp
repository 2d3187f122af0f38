#include "app/export_dialog.h"
#include "app/map_document.h"
#include "app_test_support.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

/// File ▸ Export Map on the demo: a page per the dialog's choices, and an atlas.
class TestExportDialog : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());

    std::unique_ptr<MapDocument> demoDocument() { return apptest::demoDocument(mRoles); }

private Q_SLOTS:
    void exportsAPageAtTheChosenPaperAndResolution()
    {
        auto doc = demoDocument();
        ExportDialog dialog(doc.get(), doc->project().extent);
        QVERIFY(!dialog.previewImage().isNull());
        QVERIFY(dialog.setExtentChoice(QStringLiteral("130522"))); // 临城县
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("lincheng.png"));
        dialog.setOutputPath(png);
        dialog.setTitle(QStringLiteral("临城县 公共服务设施"));
        const PageTemplate t = dialog.pageTemplate();
        QVERIFY(dialog.exportNow());
        const QImage image(png);
        QCOMPARE(image.size(), t.pixelSize());
        // No file chosen: an error, not a crash.
        dialog.setOutputPath(QString());
        QVERIFY(!dialog.exportNow());
        QVERIFY(!dialog.lastError().isEmpty());
    }

    void exportsAnAtlasToOneFilePerUnit()
    {
        auto doc = demoDocument();
        ExportDialog dialog(doc.get(), {});
        dialog.setAtlas(true);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("atlas"));
        dialog.setOutputPath(folder);
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.lastError()));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 19);
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
