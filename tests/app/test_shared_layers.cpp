// A shared (PostGIS) project in the window: others' saves appear in an open map within two
// seconds (LISTEN/NOTIFY), and the conflict dialog gives the feature a planner chose.
// Needs the server scripts/test.sh starts (WORKSMAP_TEST_PG); skipped without it unless
// WORKSMAP_REQUIRE_PG=1.
#include "analysis/coverage_check.h"
#include "app/conflict_dialog.h"
#include "app/coverage_panel.h"
#include "app/edit_controller.h"
#include "app/main_window.h"
#include "app/map_document.h"
#include "app/shared_layer_watcher.h"
#include "app_test_support.h"
#include "core/edit_commands.h"
#include "core/project.h"
#include "core/resource_paths.h"
#include "io/pg_connection.h"
#include "io/postgis_publisher.h"
#include "io/project_loader.h"
#include "support/test_support.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace wm;

class TestSharedLayers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void othersSavesAppearWithinTwoSeconds();
    void conflictDialogGivesTheChosenFeature();
    void theWindowEditsASharedLayerInPlaceAndSettlesAConflict();
    void theWindowAsksForAMissingPasswordAndReadsTheLayer();
    void aCountyPlannerCannotTouchAnotherCountysFeature();
    void aLargeTableStaysInTheDatabaseAndIsCheckedThere();

private:
    /// A project of one facilities layer (layer "clinics" of `gpkg`) published into
    /// `schema`; returns the path of the copy that reads it, "<stem>.postgis.worksmap.json".
    QString publishClinics(const QString& gpkg, const QString& schema, bool roles,
                           const QString& stem)
    {
        Project p;
        p.name = stem;
        p.crs = Crs::fromDefinition(QStringLiteral("EPSG:4547"));
        LayerEntry e;
        e.id = QStringLiteral("facilities");
        e.source = gpkg;
        e.role = QStringLiteral("facility");
        p.layers << e;
        p.save(mDir.filePath(stem + QStringLiteral(".worksmap.json")));
        PublishOptions o;
        o.target = mServer;
        o.schema = schema;
        o.roles = roles;
        o.projectOut = mDir.filePath(stem + QStringLiteral(".postgis.worksmap.json"));
        return PostgisPublisher::publish(ProjectLoader(mRoles).load(p), mRoles, o).projectOut;
    }
    /// The shared project `path` as login role `user` opens it, saved as "<stem>.worksmap.json".
    QString connectAs(const QString& path, const QString& user, const QString& stem)
    {
        Project p = Project::load(path);
        for (LayerEntry& e : p.layers)
            e.source.replace(QRegularExpression(QStringLiteral("user=\\S+")),
                             QStringLiteral("user=") + user);
        p.save(mDir.filePath(stem + QStringLiteral(".worksmap.json")));
        return p.filePath;
    }

    QString mServer, mSchema;
    QTemporaryDir mDir;
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());
};

void TestSharedLayers::initTestCase()
{
    const QString s = qEnvironmentVariable("WORKSMAP_TEST_PG");
    if (s.isEmpty()) {
        if (qEnvironmentVariable("WORKSMAP_REQUIRE_PG") == QLatin1String("1"))
            QFAIL("WORKSMAP_TEST_PG is not set but WORKSMAP_REQUIRE_PG=1");
        QSKIP("no test server: run through scripts/test.sh (WORKSMAP_TEST_PG)");
    }
    mServer = QStringLiteral("PG:") + s;
    mSchema = QStringLiteral("wmapp_%1_%2")
                  .arg(QCoreApplication::applicationPid())
                  .arg(QRandomGenerator::global()->bounded(100000));
}

void TestSharedLayers::cleanupTestCase()
{
    if (!mServer.isEmpty())
        PgConnection(mServer).exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(mSchema));
}

void TestSharedLayers::othersSavesAppearWithinTwoSeconds()
{
    const QString gpkg = mDir.filePath(QStringLiteral("works.gpkg"));
    test::writeVector(gpkg, "GPKG", QStringLiteral("clinics"), 4547, wkbPoint,
                      {{QStringLiteral("kind")}, {QStringLiteral("name")}},
                      {{QStringLiteral("POINT (500000 4100000)"), {"clinic", "A"}},
                       {QStringLiteral("POINT (501000 4100000)"), {"clinic", "B"}}});
    const QString shared = publishClinics(gpkg, mSchema, false, QStringLiteral("shared"));

    MapDocument document(mRoles);
    document.setProject(
        std::make_shared<LoadedProject>(ProjectLoader(mRoles).load(Project::load(shared))));
    SharedLayerWatcher watcher(&document, nullptr);
    QCOMPARE(watcher.listenerCount(), 1);
    QSignalSpy reloaded(&watcher, &SharedLayerWatcher::layerReloaded);
    const auto name = [&](qsizetype row) {
        const Layer& l = *document.layer(0).data;
        return l.attributes.toString(row, l.attributes.indexOf(QStringLiteral("name")));
    };
    QCOMPARE(name(1), QStringLiteral("B"));

    QElapsedTimer timer;
    timer.start();
    PgConnection other(mServer);
    other.exec(QStringLiteral("UPDATE %1.facilities SET name = 'B by another office' WHERE fid = 2")
                   .arg(mSchema));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1, 2000);
    qInfo("another office's save shown after %lld ms", timer.elapsed());
    QCOMPARE(name(1), QStringLiteral("B by another office"));
    QVERIFY(!document.isModified());
}

void TestSharedLayers::conflictDialogGivesTheChosenFeature()
{
    const QVector<FieldDef> fields{{QStringLiteral("name"), FieldType::String, {}},
                                   {QStringLiteral("capacity"), FieldType::Integer, {}},
                                   {QStringLiteral("version"), FieldType::Integer, {}}};
    EditConflict c;
    c.layerName = QStringLiteral("s.facilities");
    c.fid = 7;
    c.base.values = {QStringLiteral("old"), 10, 1};
    c.theirs.values = {QStringLiteral("theirs"), 10, 2};
    c.mine.values = {QStringLiteral("mine"), 20, 1};
    c.changedColumns = {0, 1};
    c.theirVersion = 2;
    c.theirUser = QStringLiteral("county_130522");
    EditConflict gone = c;
    gone.fid = 8;
    gone.theyDeleted = true;
    gone.theirs = {};

    {
        ConflictDialog dialog({c, gone}, fields);
        // WORKSMAP_ARTIFACTS=DIR keeps a picture of the dialog to look at.
        if (const QString dir = qEnvironmentVariable("WORKSMAP_ARTIFACTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/conflict-dialog.png"));
        // By default: this planner's changed fields over theirs, and a feature they deleted kept.
        const auto r = dialog.results();
        QCOMPARE(int(r.size()), 2);
        QVERIFY(r[0].has_value());
        QCOMPARE(r[0]->values[0].toString(), QStringLiteral("mine"));
        QCOMPARE(r[0]->values[1].toInt(), 20);
        QCOMPARE(r[0]->values[2].toInt(), 2); // their version: the next save expects it
        QVERIFY(r[1].has_value());
        // The name back to theirs.
        const auto combos = dialog.findChildren<QComboBox*>();
        QCOMPARE(combos.size(), 2); // name and capacity; the version is the store's
        combos[0]->setCurrentIndex(0);
        QCOMPARE(dialog.results()[0]->values[0].toString(), QStringLiteral("theirs"));
        QCOMPARE(dialog.results()[0]->values[1].toInt(), 20);
    }
    {
        ConflictDialog dialog({c, gone}, fields);
        QPushButton* theirs = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == ConflictDialog::tr("Take Theirs for All"))
                theirs = b;
        QVERIFY(theirs);
        theirs->click();
        const auto r = dialog.results();
        QCOMPARE(r[0]->values[0].toString(), QStringLiteral("theirs"));
        QCOMPARE(r[0]->values[1].toInt(), 10);
        QVERIFY(!r[1].has_value()); // their deletion accepted
    }
}

void TestSharedLayers::theWindowEditsASharedLayerInPlaceAndSettlesAConflict()
{
    // The project published by othersSavesAppearWithinTwoSeconds: clinics A (fid 1) and
    // "B by another office" (fid 2).
    const QString shared = mDir.filePath(QStringLiteral("shared.postgis.worksmap.json"));
    MainWindow window(mRoles);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    window.openPath(shared);
    QVERIFY(loaded.wait(30000));
    MapDocument* document = window.document();
    EditController* edit = window.editController();
    const int index = document->indexOf(QStringLiteral("facilities"));
    QVERIFY(edit->startEditing(index));
    // Edited where it is: no copy into a works GeoPackage.
    QVERIFY(document->layer(index).entry.source.startsWith(QLatin1String("PG:")));
    FeatureEditBuffer* buffer = edit->session()->buffer(QStringLiteral("facilities"));
    QVERIFY(buffer);
    int name = -1;
    for (int c = 0; c < buffer->fields().size(); ++c)
        if (buffer->fields()[c].name == QLatin1String("name"))
            name = c;
    QVERIFY(name >= 0);

    // Another office renames clinic A while this planner does too.
    PgConnection other(mServer);
    other.exec(QStringLiteral("UPDATE %1.facilities SET name = 'A by the county' WHERE fid = 1")
                   .arg(mSchema));
    edit->session()->push(new SetValuesCommand(buffer, 1, {{name, QStringLiteral("A by the city")}},
                                               QStringLiteral("rename")));
    // The conflict dialog comes up: this planner keeps their own name.
    QStringList seen;
    apptest::ModalHandler handler([&](QWidget* w) {
        if (auto* dialog = qobject_cast<ConflictDialog*>(w)) {
            seen << QStringLiteral("conflict");
            dialog->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(w)) {
            seen << box->text();
            box->done(QMessageBox::Ok);
        }
    });
    QVERIFY(edit->save());
    QCOMPARE(seen, QStringList{QStringLiteral("conflict")});
    const PgResult r = other.exec(
        QStringLiteral("SELECT name, version FROM %1.facilities WHERE fid = 1").arg(mSchema));
    QCOMPARE(r.text(0, 0), QStringLiteral("A by the city"));
    QCOMPARE(r.text(0, 1), QStringLiteral("3"));

    // Still editing, nothing unsaved: another office's next save shows up in the layer
    // being edited, and the editor goes on with the fresh copy.
    other.exec(
        QStringLiteral("UPDATE %1.facilities SET name = 'B again' WHERE fid = 2").arg(mSchema));
    const auto nameOf = [&](qint64 fid) {
        const FeatureEditBuffer* b = edit->session()->buffer(QStringLiteral("facilities"));
        const EditableFeature* f = b ? b->find(fid) : nullptr;
        return f ? f->values.value(name).toString() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(nameOf(2), QStringLiteral("B again"), 2000);
    QVERIFY(edit->session()->isEditing(QStringLiteral("facilities")));
    QCOMPARE(nameOf(1), QStringLiteral("A by the city"));
    // With an unsaved edit, others' changes wait for the save, then show.
    edit->session()->push(
        new SetValuesCommand(edit->session()->buffer(QStringLiteral("facilities")), 1,
                             {{name, QStringLiteral("A once more")}}, QStringLiteral("rename")));
    other.exec(
        QStringLiteral("UPDATE %1.facilities SET name = 'B third' WHERE fid = 2").arg(mSchema));
    QTest::qWait(500);
    QCOMPARE(nameOf(2), QStringLiteral("B again"));
    auto* watcher = window.findChild<SharedLayerWatcher*>();
    QVERIFY(watcher);
    QSignalSpy othersChanged(watcher, &SharedLayerWatcher::editedLayerChanged);
    QVERIFY(edit->save());
    // The window's own save is not news to it: no second read.
    QTest::qWait(500);
    QCOMPARE(othersChanged.count(), 0);
    QCOMPARE(nameOf(2), QStringLiteral("B third"));
    QCOMPARE(nameOf(1), QStringLiteral("A once more"));
    QCOMPARE(seen, QStringList{QStringLiteral("conflict")});
}

void TestSharedLayers::theWindowAsksForAMissingPasswordAndReadsTheLayer()
{
    // A planner whose role needs a password that no ~/.pgpass holds (the test cluster asks
    // members of worksmap_password_users for one).
    PgConnection admin(mServer);
    admin.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                              "'worksmap_password_users') THEN CREATE ROLE "
                              "worksmap_password_users NOLOGIN; END IF; END $$"));
    const QString user = mSchema + QStringLiteral("_pw");
    admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'sesame' IN ROLE "
                              "worksmap_password_users")
                   .arg(user));
    admin.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(mSchema, user));
    admin.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(mSchema, user));
    const QString asPlanner =
        connectAs(mDir.filePath(QStringLiteral("shared.postgis.worksmap.json")), user,
                  QStringLiteral("as-planner"));

    MainWindow window(mRoles);
    window.show();
    QStringList asked, warnings;
    apptest::ModalHandler handler([&](QWidget* w) {
        if (auto* input = qobject_cast<QInputDialog*>(w)) {
            asked << input->labelText();
            input->setTextValue(QStringLiteral("sesame"));
            input->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(w)) {
            warnings << box->text();
            box->done(QMessageBox::Ok);
        }
    });
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    window.openPath(asPlanner);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.front().contains(user + QStringLiteral("@127.0.0.1")),
             qPrintable(asked.front()));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
    const LoadedLayer& layer = window.document()->layer(0);
    QVERIFY2(layer.isAvailable(), qPrintable(layer.problem));
    QCOMPARE(layer.data->featureCount(), 2);
    // Nothing of it in the project the window would save.
    QVERIFY(
        !window.document()->toProject().layers.front().source.contains(QLatin1String("sesame")));
    admin.exec(QStringLiteral("DROP OWNED BY %1").arg(user));
    admin.exec(QStringLiteral("DROP ROLE %1").arg(user));
}

void TestSharedLayers::aCountyPlannerCannotTouchAnotherCountysFeature()
{
    // Two clinics, one per county, published with the county roles; a planner of 130522.
    const QString gpkg = mDir.filePath(QStringLiteral("counties.gpkg"));
    test::writeVector(
        gpkg, "GPKG", QStringLiteral("clinics"), 4547, wkbPoint,
        {{QStringLiteral("kind")}, {QStringLiteral("name")}, {QStringLiteral("county_code")}},
        {{QStringLiteral("POINT (500000 4100000)"), {"clinic", "Ours", "130522"}},
         {QStringLiteral("POINT (501000 4100000)"), {"clinic", "Theirs", "130523"}}});
    const QString schema = mSchema + QStringLiteral("_r");
    const QString shared = publishClinics(gpkg, schema, true, QStringLiteral("roles"));
    PgConnection admin(mServer);
    const QString user = schema + QStringLiteral("_planner");
    admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
                   .arg(user, PostgisPublisher::countyRole(schema, QStringLiteral("130522"))));
    const QString asPlanner = connectAs(shared, user, QStringLiteral("roles-planner"));

    MainWindow window(mRoles);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    window.openPath(asPlanner);
    QVERIFY(loaded.wait(30000));
    EditController* edit = window.editController();
    QSignalSpy messages(edit, &EditController::message);
    QVERIFY(edit->startEditing(0));
    QVERIFY(messages.last().first().toString().contains(QLatin1String("130522")));
    auto* remove = window.findChild<QAction*>(QStringLiteral("deleteFeatures"));
    auto* attributes = window.findChild<QAction*>(QStringLiteral("featureAttributes"));
    QVERIFY(remove && attributes);
    // Rows follow the table: fid 1 is ours, fid 2 theirs.
    window.document()->setSelection(QStringLiteral("facilities"), {0});
    QVERIFY(remove->isEnabled());
    window.document()->setSelection(QStringLiteral("facilities"), {1});
    QVERIFY(!remove->isEnabled());
    QVERIFY(!attributes->isEnabled());
    window.document()->setSelection(QStringLiteral("facilities"), {0, 1});
    QVERIFY(!remove->isEnabled());

    admin.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    const PgResult roles = admin.exec(
        QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)"), {schema});
    for (int i = 0; i < roles.rows(); ++i) {
        admin.exec(QStringLiteral("DROP OWNED BY %1").arg(roles.text(i, 0)));
        admin.exec(QStringLiteral("DROP ROLE %1").arg(roles.text(i, 0)));
    }
}

void TestSharedLayers::aLargeTableStaysInTheDatabaseAndIsCheckedThere()
{
    // The demo published; its 5,313 villages and 7,697 facilities count as large here.
    QTemporaryDir demoDir;
    const QString demo = test::copyDemo(demoDir);
    const QString schema = mSchema + QStringLiteral("_demo");
    PublishOptions o;
    o.target = mServer;
    o.schema = schema;
    o.projectOut = demoDir.filePath(QStringLiteral("demo.postgis.worksmap.json"));
    PostgisPublisher::publish(ProjectLoader(mRoles).load(Project::load(demo)), mRoles, o);
    qputenv("WORKSMAP_IN_DATABASE_ABOVE", "5000");

    MainWindow window(mRoles);
    window.show();
    QStringList boxes;
    apptest::ModalHandler handler([&](QWidget* w) {
        if (auto* box = qobject_cast<QMessageBox*>(w)) {
            boxes << box->text();
            box->done(QMessageBox::Ok);
        }
    });
    QSignalSpy loaded(&window, &MainWindow::projectLoaded);
    window.openPath(o.projectOut);
    QVERIFY(loaded.wait(30000));
    qunsetenv("WORKSMAP_IN_DATABASE_ABOVE");
    const LoadedLayer* villages = window.document()->project().layer(QStringLiteral("villages"));
    QVERIFY(villages && villages->isRemote());
    QCOMPARE(villages->remote->rows, qint64(5313));

    // The coverage panel's check measures it in the database, with the file project's values.
    auto* panel = window.findChild<CoveragePanel*>();
    QVERIFY(panel);
    panel->setRulesPath(demoDir.filePath(QStringLiteral("rules.json")));
    QSignalSpy finished(panel, &CoveragePanel::finished);
    panel->run();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    const CoverageCheck fromFiles = CoverageCheck::run(
        ProjectLoader(mRoles).load(Project::load(demo)),
        RulesFile::load(demoDir.filePath(QStringLiteral("rules.json"))), QStringLiteral("county"));
    const CoverageCheck& shown = *panel->check();
    QCOMPARE(shown.results.size(), fromFiles.results.size());
    for (std::size_t r = 0; r < shown.results.size(); ++r) {
        const RuleResult& a = shown.results[r];
        const RuleResult& b = fromFiles.results[r];
        QCOMPARE(a.failingFeatures.size(), b.failingFeatures.size());
        for (std::size_t u = 0; u < a.verdicts.size(); ++u) {
            const double x = a.verdicts[u].value, y = b.verdicts[u].value;
            QVERIFY2(
                (std::isnan(x) && std::isnan(y)) || std::abs(x - y) < 1e-9,
                qPrintable(QStringLiteral("%1 unit %2: %3 vs %4").arg(a.id).arg(u).arg(x).arg(y)));
        }
        if (a.id == QLatin1String("care_within_10km"))
            QVERIFY(!a.inDatabase.isEmpty()); // it did run there
    }

    // Too large to edit in the window: said, not attempted.
    int index = -1;
    for (int i = 0; i < window.document()->layerCount(); ++i)
        if (window.document()->layer(i).entry.id == QLatin1String("facilities"))
            index = i;
    QVERIFY(!window.editController()->startEditing(index));
    QVERIFY2(!boxes.isEmpty() && boxes.last().contains(QLatin1String("7697")),
             qPrintable(boxes.join('\n')));
    PgConnection(mServer).exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
}

QTEST_MAIN(TestSharedLayers)
#include "test_shared_layers.moc"
