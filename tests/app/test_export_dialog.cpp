#include "app/export_dialog.h"
#include "app/map_document.h"
#include "app_test_support.h"
#include "cli/verb_run.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"
#include "support/scenario_fixture.h"
#include "support/test_support.h"

#include <QDir>
#include <QImage>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace wm;

/// File ▸ Export Map on the demo: a page per the dialog's choices, and an atlas.
class TestExportDialog : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());

    std::unique_ptr<MapDocument> demoDocument() { return apptest::demoDocument(mRoles); }

    std::unique_ptr<MapDocument> openDocument(const QString& project)
    {
        auto doc = std::make_unique<MapDocument>(mRoles);
        doc->setProject(std::make_shared<LoadedProject>(openProjectOrDataset(project, mRoles)));
        return doc;
    }

    /// Pixels that differ between two images (all of them when the sizes differ).
    static qint64 differingPixels(const QImage& a, const QImage& b)
    {
        if (a.size() != b.size())
            return qint64(std::max(a.width() * a.height(), b.width() * b.height()));
        const QImage x = a.convertToFormat(QImage::Format_ARGB32);
        const QImage y = b.convertToFormat(QImage::Format_ARGB32);
        qint64 n = 0;
        for (int row = 0; row < x.height(); ++row)
            for (int col = 0; col < x.width(); ++col)
                n += x.pixel(col, row) != y.pixel(col, row);
        return n;
    }

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

    /// Issue 14: the dialog printed proposals of every scenario as if they existed. The
    /// same view exported from the dialog and from `render` is the same image, pixel for
    /// pixel: both pages come from projectPageContent under the same ScenarioView, drawn
    /// by the same painter code with the same fonts in one process, so no tolerance.
    void aScenarioViewExportsAsTheRenderVerbDrawsIt()
    {
        QTemporaryDir dir;
        const QString project = test::writeScenarioProject(dir);
        auto doc = openDocument(project);
        doc->setScenarioView(scenario::View::Both, QStringLiteral("2025 plan"));
        ExportDialog dialog(doc.get(), {});
        QVERIFY(dialog.setExtentChoice(QStringLiteral("project")));
        dialog.setTitle(QStringLiteral("方案图"));
        const QString fromDialog = dir.filePath(QStringLiteral("dialog.png"));
        dialog.setOutputPath(fromDialog);
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.lastError()));

        const QString fromCli = dir.filePath(QStringLiteral("cli.png"));
        const auto r = test::runVerb(QStringLiteral("render"),
                                     {project, QStringLiteral("--out"), fromCli,
                                      QStringLiteral("--title"), QStringLiteral("方案图"),
                                      QStringLiteral("--scenario"), QStringLiteral("2025 plan"),
                                      QStringLiteral("--view"), QStringLiteral("both")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage dialogImage(fromDialog), cliImage(fromCli);
        QVERIFY(!dialogImage.isNull());
        QCOMPARE(dialogImage.size(), cliImage.size());
        QCOMPARE(differingPixels(dialogImage, cliImage), qint64(0));

        // What exists only: another map (no rings, no proposals), as `render` draws it.
        doc->setScenarioView(scenario::View::Current, {});
        const QString current = dir.filePath(QStringLiteral("current.png"));
        dialog.setOutputPath(current);
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.lastError()));
        QVERIFY(differingPixels(QImage(current), dialogImage) > 0);
        const QString currentCli = dir.filePath(QStringLiteral("current_cli.png"));
        QCOMPARE(test::runVerb(QStringLiteral("render"),
                               {project, QStringLiteral("--out"), currentCli,
                                QStringLiteral("--title"), QStringLiteral("方案图")})
                     .code,
                 0);
        QCOMPARE(differingPixels(QImage(current), QImage(currentCli)), qint64(0));
    }

    /// The dialog's atlas is the atlas verb's: same files, same pages (with the indicator
    /// tables of rules.json beside the project), written on a worker thread.
    void anAtlasWritesTheFilesOfTheAtlasVerb()
    {
        QTemporaryDir dir;
        const QString project = test::writeScenarioProject(dir);
        test::writeText(dir.filePath(QStringLiteral("rules.json")),
                        QStringLiteral(R"({"units": {"county": "counties"}, "rules": [
            {"id": "clinics", "kind": "one-per-unit", "layer": "facilities",
             "filter": "kind = clinic", "min": 1}]})"));
        auto doc = openDocument(project);
        doc->setScenarioView(scenario::View::Both, QStringLiteral("2025 plan"));
        ExportDialog dialog(doc.get(), {});
        dialog.setAtlas(true);
        QVERIFY(dialog.setAtlasFormat(QStringLiteral("png")));
        const QString gui = dir.filePath(QStringLiteral("gui"));
        dialog.setOutputPath(gui);
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.lastError()));

        const QString cli = dir.filePath(QStringLiteral("cli"));
        const auto r = test::runVerb(QStringLiteral("atlas"),
                                     {project, QStringLiteral("--out"), cli,
                                      QStringLiteral("--format"), QStringLiteral("png"),
                                      QStringLiteral("--layout"), QStringLiteral("a4-landscape"),
                                      QStringLiteral("--scenario"), QStringLiteral("2025 plan")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList files = QDir(gui).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("130501_西县.png"),
                                     QStringLiteral("130502_东县.png")}));
        QCOMPARE(QDir(cli).entryList(QDir::Files, QDir::Name), files);
        for (const QString& f : files)
            QCOMPARE(differingPixels(QImage(QDir(gui).filePath(f)), QImage(QDir(cli).filePath(f))),
                     qint64(0));
        // Nothing else beside the outputs (no temporary folder left).
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral(".*partial*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    /// Cancel in the progress dialog stops the worker after the page it is drawing, and
    /// nothing of the atlas is left: no folder, no temporary files beside it.
    void cancellingAnAtlasLeavesNothing()
    {
        auto doc = demoDocument();
        ExportDialog dialog(doc.get(), {});
        dialog.setAtlas(true);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("atlas"));
        dialog.setOutputPath(folder);
        int pagesWhenCancelled = -1;
        QTimer clicker;
        connect(&clicker, &QTimer::timeout, [&] {
            auto* progress = dialog.findChild<QProgressDialog*>();
            if (!progress || progress->value() < 1 || pagesWhenCancelled >= 0)
                return;
            pagesWhenCancelled = progress->value();
            if (auto* button = progress->findChild<QPushButton*>())
                button->click();
        });
        clicker.start(20);
        QVERIFY(!dialog.exportNow());
        QVERIFY2(pagesWhenCancelled >= 1 && pagesWhenCancelled < 19,
                 qPrintable(QString::number(pagesWhenCancelled)));
        QVERIFY2(dialog.lastError().contains(QStringLiteral("Cancelled")),
                 qPrintable(dialog.lastError()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void refusesToWriteOverAProjectSource()
    {
        apptest::MessageBoxCloser closer;
        QTemporaryDir dir;
        const QString project = test::writeScenarioProject(dir);
        auto doc = openDocument(project);
        const QString source = dir.filePath(QStringLiteral("counties.gpkg"));
        const QByteArray before = test::md5(source);
        ExportDialog dialog(doc.get(), {});
        dialog.setOutputPath(source);
        QVERIFY(!dialog.exportNow());
        // The message names the output and the input it would replace.
        QVERIFY2(dialog.lastError().contains(QFileInfo(source).absoluteFilePath()) &&
                     dialog.lastError().contains(QStringLiteral("source of layer")),
                 qPrintable(dialog.lastError()));
        QCOMPARE(test::md5(source), before);
        dialog.setOutputPath(project);
        QVERIFY(!dialog.exportNow());
        QVERIFY2(dialog.lastError().contains(QStringLiteral("the project file")),
                 qPrintable(dialog.lastError()));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
