// Planning mode driven as a planner drives it, in the main window: the mouse on the map,
// the toolbar's actions, the forms and message boxes. On a fixture whose distances are
// worked out in the comments (units of km from (500000, 4100000) in EPSG:4547).
#include "analysis/coverage_check.h"
#include "app/coverage_panel.h"
#include "app/edit_controller.h"
#include "app/feature_form.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/map_document.h"
#include "app/suggest_dialog.h"
#include "app_test_support.h"
#include "core/resource_paths.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>

using namespace wm;
using wm::apptest::geojson;
using wm::apptest::ModalHandler;
using wm::apptest::point;
using wm::apptest::X0;
using wm::apptest::Y0;

namespace {

QString square(double x0Km, double x1Km, const QString& properties)
{
    const auto x = [](double km) { return QString::number(X0 + km * 1000, 'f', 1); };
    const QString y0 = QString::number(Y0, 'f', 1), y1 = QString::number(Y0 + 10000, 'f', 1);
    return QStringLiteral(R"({"type": "Feature", "properties": {%1}, "geometry": {"type":
 "Polygon", "coordinates": [[[%2, %4], [%3, %4], [%3, %5], [%2, %5], [%2, %4]]]}})")
        .arg(properties, x(x0Km), x(x1Km), y0, y1);
}

void write(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray md5(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5);
}

/// Message box texts seen (each box is answered with `button`).
struct BoxAnswer {
    QStringList texts;
    QMessageBox::StandardButton button = QMessageBox::Ok;
    void operator()(QWidget* w)
    {
        if (auto* box = qobject_cast<QMessageBox*>(w)) {
            texts << box->text();
            QAbstractButton* b = box->button(button);
            if (b)
                b->click();
            else
                box->done(QMessageBox::Ok);
        }
    }
};

} // namespace

class TestEditController : public QObject {
    Q_OBJECT

private:
    QTemporaryDir mDir;
    std::unique_ptr<MainWindow> mWindow;
    QByteArray mFacilitiesMd5, mPipesMd5;

    MapCanvas* canvas() const { return mWindow->canvas(); }
    EditController* controller() const { return mWindow->editController(); }
    MapDocument* document() const { return mWindow->document(); }
    QAction* action(const char* name) const
    {
        auto* a = mWindow->findChild<QAction*>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }
    int layerIndex(const QString& id) const { return document()->indexOf(id); }
    const Layer& layer(const QString& id) const { return *document()->layer(layerIndex(id)).data; }
    QString text(const QString& id, qsizetype row, const QString& field) const
    {
        const LoadedLayer& l = document()->layer(layerIndex(id));
        return l.data->attributes.value(row, l.data->attributes.indexOf(l.columnOf(field)))
            .toString();
    }
    QPointF world(double xKm, double yKm) const
    {
        return QPointF(X0 + xKm * 1000, Y0 + yKm * 1000);
    }
    QPoint pixel(double xKm, double yKm) const
    {
        return canvas()->toPixel(world(xKm, yKm)).toPoint();
    }
    void mouse(QEvent::Type type, const QPoint& at, Qt::MouseButton button = Qt::LeftButton)
    {
        const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton
                                      : type == QEvent::MouseMove ? Qt::MouseButtons(Qt::LeftButton)
                                                                  : Qt::MouseButtons(button);
        QMouseEvent e(type, QPointF(at), canvas()->mapToGlobal(QPointF(at)),
                      type == QEvent::MouseMove ? Qt::NoButton : button, held, Qt::NoModifier);
        QApplication::sendEvent(canvas(), &e);
    }
    void click(const QPoint& at, Qt::MouseButton button = Qt::LeftButton)
    {
        mouse(QEvent::MouseButtonPress, at, button);
        mouse(QEvent::MouseButtonRelease, at, button);
    }
    /// Vertex `i` of a point or line feature (of its first part).
    static QPointF vertex(const Layer& l, qsizetype row, int i = 0)
    {
        const QVector<QPointF> v = verticesOf(l.geometry(row));
        return i < v.size() ? v[i] : QPointF(qQNaN(), qQNaN());
    }
    static int vertexCount(const Layer& l, qsizetype row)
    {
        return int(verticesOf(l.geometry(row)).size());
    }
    /// One pixel of the view in metres: what a click can miss its target by.
    double pixelTolerance() const { return canvas()->worldPerPixel(); }
    /// The coverage table's cell of unit `unit` (rows are units in the source model).
    QString cell(int unit, int column) const
    {
        auto* proxy = mWindow->coveragePanel()->proxyModel();
        const QModelIndex i = proxy->sourceModel()->index(unit, column);
        return i.data().toString();
    }
    /// The km² of a service-radius gap ("… (12.3 km² uncovered)"); NaN without one.
    static double uncoveredKm2(const QString& gap)
    {
        const qsizetype open = gap.indexOf(u'(');
        const qsizetype end = gap.indexOf(QStringLiteral(" km²"));
        bool ok = false;
        const double v =
            open >= 0 && end > open ? gap.mid(open + 1, end - open - 1).toDouble(&ok) : 0;
        return ok ? v : std::nan("");
    }

    bool italic(int unit) const
    {
        auto* proxy = mWindow->coveragePanel()->proxyModel();
        return proxy->sourceModel()->index(unit, 0).data(Qt::FontRole).value<QFont>().italic();
    }
    /// Answers the attribute form of a new feature: kind (and a name), then OK.
    static void fillForm(QWidget* w, const QString& kind, const QString& name)
    {
        auto* form = qobject_cast<FeatureForm*>(w);
        if (!form)
            return;
        auto* k = qobject_cast<QComboBox*>(form->editorFor(QStringLiteral("kind")));
        k->setCurrentIndex(k->findData(kind));
        if (auto* n = qobject_cast<QLineEdit*>(form->editorFor(QStringLiteral("name"))))
            n->setText(name);
        form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
    /// Picks project layer `id` in the layer list and turns editing on (the toolbar toggle);
    /// returns the message box texts shown meanwhile.
    QStringList editLayer(const QString& id)
    {
        auto* list = mWindow->findChild<LayerPanel*>();
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(Qt::UserRole).toInt() == layerIndex(id))
                list->setCurrentRow(row);
        BoxAnswer answer;
        ModalHandler handler(std::ref(answer));
        action("editLayer")->trigger();
        return answer.texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WorksMapTest"));
        QSettings().clear();
        // Two 10 km squares: 130501 西县 (x 0–10 km) and 130502 东县 (x 10–20 km).
        write(mDir.filePath(QStringLiteral("counties.geojson")),
              geojson(square(0, 10, QStringLiteral(R"("code": "130501", "name": "西县")")) + ", " +
                      square(10, 20, QStringLiteral(R"("code": "130502", "name": "东县")"))));
        write(mDir.filePath(QStringLiteral("villages.geojson")),
              geojson(QStringList{
                  point(1, 4, QStringLiteral(R"("code": "130501100001", "name": "甲")")),
                  point(8, 8, QStringLiteral(R"("code": "130501100002", "name": "乙")")),
                  point(5, 1, QStringLiteral(R"("code": "130501100003", "name": "丙")")),
                  point(15, 5, QStringLiteral(R"("code": "130502100001", "name": "丁")")),
                  point(19, 9, QStringLiteral(R"("code": "130502100002", "name": "戊")"))}
                          .join(", ")));
        // What a county sent: "option B"'s clinic at (9, 9) km, another plan, never in the
        // views below; a clinic at (1, 1) km and a kindergarten at (15, 5.5) km.
        write(mDir.filePath(QStringLiteral("facilities.geojson")),
              geojson(QStringList{
                  point(9, 9, QStringLiteral(R"("kind": "clinic", "name": "B方案卫生室",
 "scenario": "option B")")),
                  point(1, 1, QStringLiteral(R"("kind": "clinic", "name": "老卫生室")")),
                  point(15, 5.5, QStringLiteral(R"("kind": "kindergarten", "name": "幼儿园")"))}
                          .join(", ")));
        write(mDir.filePath(QStringLiteral("pipes.geojson")),
              geojson(QStringLiteral(R"({"type": "Feature", "properties": {"kind": "water_supply"},
 "geometry": {"type": "LineString", "coordinates": [[502000, 4102000], [506000, 4102000]]}})")));
        write(mDir.filePath(QStringLiteral("plan.worksmap.json")),
              QStringLiteral(R"({"format": "worksmap-project", "schemaVersion": 1,
 "name": "Planning test", "crs": "EPSG:4547", "layers": [
 {"id": "counties", "source": "counties.geojson", "role": "boundary"},
 {"id": "villages", "source": "villages.geojson", "role": "village"},
 {"id": "pipes", "source": "pipes.geojson", "role": "pipe"},
 {"id": "facilities", "source": "facilities.geojson", "role": "facility"}]})"));
        // Half the villages of a county within 3 km of a clinic.
        write(mDir.filePath(QStringLiteral("rules.json")),
              QStringLiteral(R"({"units": {"county": "counties"}, "rules": [
 {"id": "clinic_3km", "kind": "service-radius", "villages": "villages",
  "facilities": "facilities", "filter": "kind = clinic", "radiusKm": 3, "minShare": 0.5},
 {"id": "clinic_near_kindergarten", "kind": "co-location", "layer": "facilities",
  "filter": "kind = clinic", "near": "facilities", "nearFilter": "kind = kindergarten",
  "withinM": 2000}]})"));
        mFacilitiesMd5 = md5(mDir.filePath(QStringLiteral("facilities.geojson")));
        mPipesMd5 = md5(mDir.filePath(QStringLiteral("pipes.geojson")));

        mWindow = std::make_unique<MainWindow>(RoleRegistry::load(layerRolesDir()));
        mWindow->resize(1100, 800);
        mWindow->show();
        QSignalSpy loaded(mWindow.get(), &MainWindow::projectLoaded);
        BoxAnswer answer;
        ModalHandler handler(std::ref(answer));
        mWindow->openPath(mDir.filePath(QStringLiteral("plan.worksmap.json")));
        QVERIFY(loaded.wait(30000));
        QVERIFY(loaded.first().first().toBool());
        QTest::qWait(100);
        QVERIFY2(answer.texts.isEmpty(), qPrintable(answer.texts.join('\n')));
        canvas()->setExtent(Extent::of(X0 - 1000, Y0 - 1000, X0 + 21000, Y0 + 11000));

        // The check, with the service-radius rule shown: 西县 has 甲 exactly 3 km from the
        // clinic (covered), 乙 √(7² + 7²) = 9.9 km and 丙 4 km away: 1 of 3, 33%, fails.
        // 东县 has no clinic (the kindergarten is not one): 0 of 2.
        CoveragePanel* panel = mWindow->coveragePanel();
        QSignalSpy finished(panel, &CoveragePanel::finished);
        panel->run();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(panel->selectRule(QStringLiteral("clinic_3km")) ||
                panel->currentRuleId() == QLatin1String("clinic_3km"));
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("33%"));
        QCOMPARE(cell(0, CoverageResultsModel::Result), QStringLiteral("FAIL"));
        QCOMPARE(cell(1, CoverageResultsModel::Value), QStringLiteral("0%"));
    }

    void aFailingFeatureIsSelectedInTheLayerAsShownNotAsChecked()
    {
        // The check read the current state: the facilities without "option B"'s clinic, so
        // the clinic at (1, 1) km (13 km from the kindergarten: fails) was its row 0. In the
        // layer it is row 1, and row 1 is what the unit's row selects.
        CoveragePanel* panel = mWindow->coveragePanel();
        QVERIFY(panel->selectRule(QStringLiteral("clinic_near_kindergarten")));
        QCOMPARE(cell(0, CoverageResultsModel::Result), QStringLiteral("FAIL"));
        panel->showUnit(0);
        QCOMPARE(document()->selection(QStringLiteral("facilities")), std::vector<qsizetype>{1});
        QCOMPARE(text(QStringLiteral("facilities"), 1, QStringLiteral("name")),
                 QStringLiteral("老卫生室"));
        document()->setSelection(QStringLiteral("facilities"), {});
        QVERIFY(panel->selectRule(QStringLiteral("clinic_3km")));
    }

    void editingAUsersLayerCopiesItIntoTheWorksPackage()
    {
        const QStringList boxes = editLayer(QStringLiteral("facilities"));
        QCOMPARE(boxes.size(), 1);
        const QString package = mDir.filePath(QStringLiteral("plan.plan.gpkg"));
        QVERIFY2(boxes[0].contains(package) && boxes[0].contains(QStringLiteral("not changed")),
                 qPrintable(boxes[0]));
        QVERIFY(QFileInfo::exists(package));
        QCOMPARE(md5(mDir.filePath(QStringLiteral("facilities.geojson"))), mFacilitiesMd5);
        const LoadedLayer& l = document()->layer(layerIndex(QStringLiteral("facilities")));
        QCOMPARE(l.entry.source, QStringLiteral("plan.plan.gpkg"));
        QCOMPARE(l.data->featureCount(), 3);
        QVERIFY(action("editLayer")->isChecked());
        QVERIFY(action("addPoint")->isChecked());
        QVERIFY(action("addPoint")->isEnabled());
        QVERIFY(!action("drawLine")->isEnabled()); // a point layer
        QVERIFY(!action("saveEdits")->isEnabled());
    }

    void addingAPointAsksForItsAttributesAndUpdatesTheTable()
    {
        auto* scenario = mWindow->findChild<QComboBox*>(QStringLiteral("ScenarioName"));
        scenario->setEditText(QStringLiteral("2022 plan"));
        ModalHandler form(
            [](QWidget* w) { fillForm(w, QStringLiteral("clinic"), QStringLiteral("新卫生院")); });
        click(pixel(8, 7));
        QTRY_COMPARE(layer(QStringLiteral("facilities")).featureCount(), 4);
        QCOMPARE(form.count(), 1);
        const Layer& f = layer(QStringLiteral("facilities"));
        const QPointF at = vertex(f, 3);
        QVERIFY(QLineF(at, world(8, 7)).length() <= pixelTolerance());
        QCOMPARE(text(QStringLiteral("facilities"), 3, QStringLiteral("name")),
                 QStringLiteral("新卫生院"));
        QCOMPARE(text(QStringLiteral("facilities"), 3, QStringLiteral("scenario")),
                 QStringLiteral("2022 plan"));
        QCOMPARE(text(QStringLiteral("facilities"), 3, QStringLiteral("status")),
                 QStringLiteral("planned"));
        QVERIFY(action("saveEdits")->isEnabled());
        // The clinic at (8, 7) is 1 km from 乙; 丙 is √(3² + 6²) = 6.7 km away: 西县 now has
        // 2 of 3 villages covered, 67%, and passes. The row shows it (in italics: changed
        // since the check). 东县 keeps its 0% and FAIL, but the new circle reaches 1 km
        // into it: a segment of 9·acos(2/3) − 2·√5 = 3.1 km² is covered now, so its gap (the
        // rule's own text) reads 100 − 3.1 = 96.9 km² uncovered, changed since the check.
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("67%"));
        QCOMPARE(cell(0, CoverageResultsModel::Result), QStringLiteral("pass"));
        QVERIFY(italic(0));
        QCOMPARE(cell(1, CoverageResultsModel::Value), QStringLiteral("0%"));
        QCOMPARE(cell(1, CoverageResultsModel::Result), QStringLiteral("FAIL"));
        QCOMPARE(cell(1, CoverageResultsModel::Gap),
                 QStringLiteral("2 villages beyond 3 km (96.9 km² uncovered)"));
        QVERIFY(italic(1));
    }

    void undoAndRedoTakeTheAdditionBackAndForth()
    {
        action("undo")->trigger();
        QCOMPARE(layer(QStringLiteral("facilities")).featureCount(), 3);
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("33%"));
        QCOMPARE(cell(0, CoverageResultsModel::Result), QStringLiteral("FAIL"));
        QVERIFY(!italic(0));
        QVERIFY(!action("saveEdits")->isEnabled()); // back to the saved state
        action("redo")->trigger();
        QCOMPARE(layer(QStringLiteral("facilities")).featureCount(), 4);
        QCOMPARE(text(QStringLiteral("facilities"), 3, QStringLiteral("name")),
                 QStringLiteral("新卫生院"));
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("67%"));
    }

    void draggingTheClinicUpdatesItsUnitLive()
    {
        action("moveFeature")->trigger();
        LiveCoverage* live = controller()->liveCoverage();
        // The kindergarten is no clinic: dragging it follows nothing.
        mouse(QEvent::MouseButtonPress, pixel(15, 5.5));
        mouse(QEvent::MouseMove, pixel(14, 5.5));
        QCOMPARE(live->state().unit, -1);
        mouse(QEvent::MouseButtonRelease, pixel(14, 5.5));
        QVERIFY(QLineF(vertex(layer(QStringLiteral("facilities")), 2), world(14, 5.5)).length() <=
                pixelTolerance());
        action("undo")->trigger();
        QCOMPARE(vertex(layer(QStringLiteral("facilities")), 2), world(15, 5.5));

        const QPointF start = vertex(layer(QStringLiteral("facilities")), 3);
        mouse(QEvent::MouseButtonPress, pixel(8, 7));
        // At (12, 6.5) km, in 东县: 丁 is √(3² + 1.5²) = 3.35 km away: 0 of 2, fails; 乙 is
        // now 4.3 km away, so 西县 is back to its checked 33% and FAIL. Its uncovered area
        // is not: the check's 100 − 13.96 km² (the (1, 1) clinic's circle inside the
        // square) less the 3.1 km² segment the circle at x = 12 reaches past x = 10, 82.9
        // km² (the rule's 64-gon circles cover a little less: within 0.1 km²).
        mouse(QEvent::MouseMove, pixel(12, 6.5));
        QCOMPARE(live->state().unit, 1);
        QCOMPARE(live->state().unitName, QStringLiteral("东县"));
        QCOMPARE(live->state().stats.villages, 2);
        QCOMPARE(live->state().stats.covered, 0);
        QVERIFY(!live->state().pass);
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("33%"));
        QCOMPARE(cell(0, CoverageResultsModel::Result), QStringLiteral("FAIL"));
        QVERIFY(cell(0, CoverageResultsModel::Gap)
                    .startsWith(QStringLiteral("2 villages beyond 3 km (")));
        QVERIFY(std::abs(uncoveredKm2(cell(0, CoverageResultsModel::Gap)) - 82.95) <= 0.1);
        QVERIFY(italic(0));
        // At (16, 6) km: 丁 √2 = 1.4 km away, 戊 √(3² + 3²) = 4.2 km: 1 of 2, 50%, passes.
        mouse(QEvent::MouseMove, pixel(16, 6));
        QCOMPARE(live->state().stats.covered, 1);
        QVERIFY(live->state().pass);
        QVERIFY(live->state().milliseconds < 50);
        QVERIFY(live->statusText().contains(QStringLiteral("东县")));
        QCOMPARE(cell(1, CoverageResultsModel::Value), QStringLiteral("50%"));
        QCOMPARE(cell(1, CoverageResultsModel::Result), QStringLiteral("pass"));
        QVERIFY(italic(1));
        mouse(QEvent::MouseButtonRelease, pixel(16, 6));

        // The feature moved by the mouse's way; the table keeps the new verdicts.
        const QPointF moved = vertex(layer(QStringLiteral("facilities")), 3);
        const QPointF expected =
            start + canvas()->toWorld(pixel(16, 6)) - canvas()->toWorld(pixel(8, 7));
        QVERIFY(QLineF(moved, expected).length() < 1e-6);
        QVERIFY(QLineF(moved, world(16, 6)).length() <= 2 * pixelTolerance());
        QCOMPARE(live->state().unit, -1); // the overlay went with the drag
        QCOMPARE(cell(1, CoverageResultsModel::Value), QStringLiteral("50%"));
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("33%"));
    }

    void choosingIdentifyReleasesTheEditingToolAndKeepsTheUndoHistory()
    {
        action("moveFeature")->trigger();
        QVERIFY(action("moveFeature")->isChecked());
        const QPointF kindergarten = vertex(layer(QStringLiteral("facilities")), 2);
        mouse(QEvent::MouseButtonPress, pixel(15, 5.5));
        mouse(QEvent::MouseMove, pixel(14, 5.5));
        mouse(QEvent::MouseButtonRelease, pixel(14, 5.5));
        QVERIFY(vertex(layer(QStringLiteral("facilities")), 2) != kindergarten);
        action("undo")->trigger();
        QCOMPARE(vertex(layer(QStringLiteral("facilities")), 2), kindergarten);
        QVERIFY(action("redo")->isEnabled());

        QAction* identify = nullptr;
        for (QAction* a : mWindow->findChildren<QAction*>())
            if (a->text() == QLatin1String("Identify"))
                identify = a;
        QVERIFY(identify);
        identify->trigger();
        QVERIFY(identify->isChecked());
        QVERIFY(!action("moveFeature")->isChecked()); // one tool has the mouse
        // The same drag now identifies: nothing moves, no undo step, redo kept.
        mouse(QEvent::MouseButtonPress, pixel(15, 5.5));
        mouse(QEvent::MouseMove, pixel(14, 5.5));
        mouse(QEvent::MouseButtonRelease, pixel(14, 5.5));
        QCOMPARE(vertex(layer(QStringLiteral("facilities")), 2), kindergarten);
        QVERIFY(action("redo")->isEnabled());
        // Back to editing: the navigation tool is released in turn.
        action("moveFeature")->trigger();
        QVERIFY(!identify->isChecked());
    }

    void drawingALineSnapsAndVerticesReshapeIt()
    {
        const QStringList boxes = editLayer(QStringLiteral("pipes"));
        QCOMPARE(boxes.size(), 1); // copied into the same package
        QCOMPARE(md5(mDir.filePath(QStringLiteral("pipes.geojson"))), mPipesMd5);
        QVERIFY(action("drawLine")->isChecked());
        // The first click lands 5 px off the existing pipe's end at (6, 2) km: it snaps onto
        // it exactly. Enter finishes the line.
        ModalHandler form([](QWidget* w) {
            fillForm(w, QStringLiteral("water_supply"), QStringLiteral("新管"));
        });
        click(pixel(6, 2) + QPoint(4, -3));
        click(pixel(6, 6));
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(canvas(), &enter);
        QTRY_COMPARE(layer(QStringLiteral("pipes")).featureCount(), 2);
        const Layer& pipes = layer(QStringLiteral("pipes"));
        QCOMPARE(vertexCount(pipes, 1), 2);
        QCOMPARE(vertex(pipes, 1, 0), world(6, 2));
        QVERIFY(QLineF(vertex(pipes, 1, 1), world(6, 6)).length() <= pixelTolerance());
        QCOMPARE(text(QStringLiteral("pipes"), 1, QStringLiteral("scenario")),
                 QStringLiteral("2022 plan"));

        // Vertex editing: pick the line, drag its end to (7, 6) km, insert a vertex on the
        // segment with a double-click, remove it again with a right-click.
        action("editVertices")->trigger();
        click(pixel(6, 4));
        mouse(QEvent::MouseButtonPress, pixel(6, 6));
        mouse(QEvent::MouseMove, pixel(7, 6));
        mouse(QEvent::MouseButtonRelease, pixel(7, 6));
        QCOMPARE(vertexCount(layer(QStringLiteral("pipes")), 1), 2);
        QVERIFY(QLineF(vertex(layer(QStringLiteral("pipes")), 1, 1), world(7, 6)).length() <=
                pixelTolerance());
        const QPoint middle = (pixel(6, 2) + pixel(7, 6)) / 2;
        mouse(QEvent::MouseButtonDblClick, middle);
        QCOMPARE(vertexCount(layer(QStringLiteral("pipes")), 1), 3);
        QVERIFY(QLineF(vertex(layer(QStringLiteral("pipes")), 1, 1), canvas()->toWorld(middle))
                    .length() < 1e-6);
        mouse(QEvent::MouseButtonPress, middle, Qt::RightButton);
        mouse(QEvent::MouseButtonRelease, middle, Qt::RightButton);
        QCOMPARE(vertexCount(layer(QStringLiteral("pipes")), 1), 2);
        // The existing pipe was never touched.
        QCOMPARE(vertex(layer(QStringLiteral("pipes")), 0, 1), world(6, 2));
    }

    void aFailedSaveShowsWhyAndKeepsEveryEdit()
    {
        const QString package = mDir.filePath(QStringLiteral("plan.plan.gpkg"));
        const QByteArray before = md5(package);
        // Another program is in the middle of writing the package.
        std::unique_ptr<GDALDataset> other(GDALDataset::Open(package.toUtf8().constData(),
                                                             GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                                             nullptr, nullptr, nullptr));
        QVERIFY(other);
        QCOMPARE(other->StartTransaction(), OGRERR_NONE);
        OGRLayer* l = other->GetLayer(0);
        OGRFeature held(l->GetLayerDefn());
        QCOMPARE(l->CreateFeature(&held), OGRERR_NONE);
        BoxAnswer answer;
        {
            ModalHandler handler(std::ref(answer));
            action("saveEdits")->trigger();
        }
        QCOMPARE(answer.texts.size(), 1);
        QVERIFY2(answer.texts[0].contains(QStringLiteral("every edit is still here")),
                 qPrintable(answer.texts[0]));
        QVERIFY(action("saveEdits")->isEnabled());
        const EditSession::Pending p = controller()->session()->pending();
        QCOMPARE(p.added, 2); // the clinic (moved since) and the pipe
        other->RollbackTransaction();
        other.reset();
        QCOMPARE(md5(package), before);
    }

    void saveWritesEveryEditIntoThePackage()
    {
        action("saveEdits")->trigger();
        QVERIFY(!action("saveEdits")->isEnabled());
        const QString package = mDir.filePath(QStringLiteral("plan.plan.gpkg"));
        std::unique_ptr<GDALDataset> ds(GDALDataset::Open(package.toUtf8().constData(),
                                                          GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                          nullptr, nullptr, nullptr));
        QVERIFY(ds);
        const auto layerName = [this](const QString& id) {
            const LoadedLayer& l = document()->layer(layerIndex(id));
            return l.entry.layerName.toUtf8();
        };
        OGRLayer* facilities = ds->GetLayerByName(layerName(QStringLiteral("facilities")));
        OGRLayer* pipes = ds->GetLayerByName(layerName(QStringLiteral("pipes")));
        QVERIFY(facilities && pipes);
        QCOMPARE(facilities->GetFeatureCount(), 4);
        QCOMPARE(pipes->GetFeatureCount(), 2);
        facilities->SetAttributeFilter("scenario = '2022 plan'");
        std::unique_ptr<OGRFeature> clinic(facilities->GetNextFeature());
        QVERIFY(clinic);
        QCOMPARE(QString::fromUtf8(clinic->GetFieldAsString("name")), QStringLiteral("新卫生院"));
        const OGRPoint* at = clinic->GetGeometryRef()->toPoint();
        QVERIFY(QLineF(QPointF(at->getX(), at->getY()), world(16, 6)).length() <=
                2 * pixelTolerance());
        // The user's files are as they were.
        QCOMPARE(md5(mDir.filePath(QStringLiteral("facilities.geojson"))), mFacilitiesMd5);
        QCOMPARE(md5(mDir.filePath(QStringLiteral("pipes.geojson"))), mPipesMd5);
    }

    void suggestedSitesJoinTheActiveScenarioInOneUndoStep()
    {
        // Left uncovered: 乙 (8, 8), 丙 (5, 1) and 戊 (19, 9), pairwise more than 6 km apart,
        // so three sites are needed, one for each; 甲 and 丁 are covered (丁 by the planned
        // clinic, which the suggestion must count as it is in the scenario shown).
        SuggestResult result;
        QString scenarioShown;
        ModalHandler handler([&](QWidget* w) {
            auto* dialog = qobject_cast<SuggestDialog*>(w);
            if (!dialog)
                return;
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("clinic")));
            dialog->findChild<QSpinBox*>(QStringLiteral("k"))->setValue(3);
            scenarioShown =
                dialog->findChild<QComboBox*>(QStringLiteral("scenario"))->currentText();
            dialog->suggest();
            // Done when the result (or an error box) is in: the run itself may end before
            // the dialog has taken its result.
            if (!QTest::qWaitFor(
                    [dialog] {
                        return dialog->result() || !dialog->findChildren<QMessageBox*>().isEmpty();
                    },
                    30000) ||
                !dialog->result()) {
                for (auto* box : dialog->findChildren<QMessageBox*>())
                    qWarning("%s", qPrintable(box->text()));
                dialog->reject();
                return;
            }
            result = *dialog->result();
            dialog->findChild<QPushButton*>(QStringLiteral("addToScenario"))->click();
        });
        action("suggestSites")->trigger();
        QCOMPARE(scenarioShown, QStringLiteral("2022 plan"));
        QCOMPARE(int(result.sites.size()), 3);
        QCOMPARE(result.villagesCoveredBefore, 2);
        QCOMPARE(result.villagesCoveredAfter, 5);
        QCOMPARE(layer(QStringLiteral("facilities")).featureCount(), 7);
        for (qsizetype row = 4; row < 7; ++row) {
            QCOMPARE(text(QStringLiteral("facilities"), row, QStringLiteral("scenario")),
                     QStringLiteral("2022 plan"));
            QCOMPARE(text(QStringLiteral("facilities"), row, QStringLiteral("kind")),
                     QStringLiteral("clinic"));
        }
        // Every village is reached now: both counties at 100%.
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("100%"));
        QCOMPARE(cell(1, CoverageResultsModel::Value), QStringLiteral("100%"));
        action("undo")->trigger();
        QCOMPARE(layer(QStringLiteral("facilities")).featureCount(), 4);
        QCOMPARE(cell(0, CoverageResultsModel::Value), QStringLiteral("33%"));
        action("redo")->trigger();
        QCOMPARE(layer(QStringLiteral("facilities")).featureCount(), 7);
    }

    void closingWithUnsavedEditsAsksAndDiscardLeavesThePackageAsSaved()
    {
        const QString package = mDir.filePath(QStringLiteral("plan.plan.gpkg"));
        const QByteArray saved = md5(package);
        BoxAnswer answer;
        answer.button = QMessageBox::Discard;
        {
            ModalHandler handler(std::ref(answer));
            mWindow->close();
            QTest::qWait(50);
        }
        QVERIFY(!answer.texts.isEmpty());
        QVERIFY2(answer.texts[0].contains(QStringLiteral("3 added")), qPrintable(answer.texts[0]));
        QVERIFY(!mWindow->isVisible());
        QCOMPARE(md5(package), saved);
    }

    void cleanupTestCase() { mWindow.reset(); }
};

QTEST_MAIN(TestEditController)
#include "test_edit_controller.moc"
