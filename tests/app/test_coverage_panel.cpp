#include "analysis/coverage_check.h"
#include "analysis/coverage_layer.h"
#include "app/coverage_panel.h"
#include "app/coverage_results_model.h"
#include "app/map_document.h"
#include "app/rule_form_dialog.h"
#include "app_test_support.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "io/project_opener.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>

using namespace wm;

/// The coverage panel on the demo project, as a planner uses it: run the shipped rules,
/// sort, pick a unit, map a rule, save the results, build a rule in the form, cancel.
class TestCoveragePanel : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());
    QString mDemoDir = QStringLiteral(WORKSMAP_DEMO_DIR);
    apptest::MessageBoxCloser mCloser; ///< the boxes opened with open()

    std::unique_ptr<MapDocument> demoDocument() { return apptest::demoDocument(mRoles); }

    static bool runAndWait(CoveragePanel& panel)
    {
        QSignalSpy finished(&panel, &CoveragePanel::finished);
        panel.run();
        if (!finished.wait(60000))
            qFatal("the check did not finish");
        return finished.first().first().toBool();
    }

    static const RuleResult& rule(const CoveragePanel& panel, const QString& id)
    {
        const int i = panel.check()->indexOfRule(id);
        if (i < 0)
            qFatal("no rule %s", qPrintable(id));
        return panel.check()->results[std::size_t(i)];
    }

private Q_SLOTS:
    void runsTheRulesBesideTheProject()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QCOMPARE(QFileInfo(panel.rulesPath()).fileName(), QStringLiteral("rules.json"));
        QVERIFY(runAndWait(panel));
        const RulesFile rules = RulesFile::load(panel.rulesPath());
        QCOMPARE(panel.check()->results.size(), rules.rules.size());
        // The panel shows what a direct run gives.
        const CoverageCheck direct =
            CoverageCheck::run(doc->project(), rules, QStringLiteral("county"));
        QCOMPARE(panel.check()->failingRules(), direct.failingRules());
    }

    void sortsByValueAndTintsByVerdict()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(runAndWait(panel));
        QVERIFY(panel.selectRule(QStringLiteral("care_within_10km")));
        QSortFilterProxyModel* proxy = panel.proxyModel();
        QCOMPARE(proxy->rowCount(), 19);
        proxy->sort(CoverageResultsModel::Value, Qt::DescendingOrder);
        double previous = INFINITY;
        const RuleResult& r = rule(panel, QStringLiteral("care_within_10km"));
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const int unit = proxy->mapToSource(proxy->index(row, 0)).row();
            // A unit without a value (邢台县: no villages) sorts last.
            const double value = r.verdicts[std::size_t(unit)].value;
            const double v = std::isnan(value) ? -INFINITY : value;
            QVERIFY2(v <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
            previous = v;
            const QColor tint = proxy->index(row, CoverageResultsModel::Result)
                                    .data(Qt::BackgroundRole)
                                    .value<QBrush>()
                                    .color();
            const UnitVerdict& verdict = r.verdicts[std::size_t(unit)];
            if (verdict.applicable)
                QCOMPARE(tint.green() > tint.red(), verdict.pass);
        }
    }

    void choosingAUnitZoomsAndSelectsItsVillagesBeyondTheRadius()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(runAndWait(panel));
        QVERIFY(panel.selectRule(QStringLiteral("care_within_10km")));
        const RuleResult& r = rule(panel, QStringLiteral("care_within_10km"));
        int failing = -1;
        for (const UnitVerdict& v : r.verdicts)
            if (v.applicable && !v.pass) {
                failing = v.unit;
                break;
            }
        QVERIFY2(failing >= 0, "the demo has a county with villages beyond 10 km");
        QSignalSpy zoom(&panel, &CoveragePanel::zoomToFeaturesRequested);
        // Click the unit's row in the (sorted) table.
        QSortFilterProxyModel* proxy = panel.proxyModel();
        const QModelIndex row = proxy->mapFromSource(proxy->sourceModel()->index(failing, 1));
        panel.tableView()->setCurrentIndex(row);
        QCOMPARE(zoom.count(), 1);
        QCOMPARE(zoom.first().at(0).toString(), QStringLiteral("counties"));
        // The villages selected are the ones the gap counts ("N villages beyond 10 km").
        const std::vector<qsizetype>& selected = doc->selection(QStringLiteral("villages"));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d+) villages beyond"))
                .match(r.verdicts[std::size_t(failing)].gap);
        QVERIFY(m.hasMatch());
        QCOMPARE(qsizetype(selected.size()), m.captured(1).toLongLong());
        // Each is farther than 10 km from every health centre (checked with GEOS here).
        const Layer& villages = *doc->layer(doc->indexOf(QStringLiteral("villages"))).data;
        const Layer& facilities = *doc->layer(doc->indexOf(QStringLiteral("facilities"))).data;
        const int kind = facilities.attributes.indexOf(QStringLiteral("kind"));
        for (const qsizetype v : selected)
            for (qsizetype f = 0; f < facilities.featureCount(); ++f) {
                if (facilities.attributes.toString(f, kind) != QLatin1String("health_centre"))
                    continue;
                double d = 0;
                GEOSDistance_r(geosContext(), villages.geometry(v), facilities.geometry(f), &d);
                QVERIFY(d > 10000);
            }
    }

    void theProgressTableKeepsUnitsWithoutPolygon()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(runAndWait(panel));
        QVERIFY(panel.selectRule(QStringLiteral("parking_progress")));
        const RuleResult& r = rule(panel, QStringLiteral("parking_progress"));
        // The ranking the chart draws names 市本级 (the table lists it, no polygon on the map).
        const auto entry = std::find_if(
            r.ranking->ordered.begin(), r.ranking->ordered.end(),
            [](const RankEntry& e) { return e.row.unitName == QStringLiteral("市本级"); });
        QVERIFY(entry != r.ranking->ordered.end());
        QCOMPARE(entry->row.unit, -1);
        QSortFilterProxyModel* proxy = panel.proxyModel();
        QCOMPARE(proxy->rowCount(), int(r.verdicts.size()) + 1);
        int found = -1;
        for (int row = 0; row < proxy->rowCount(); ++row)
            if (proxy->index(row, CoverageResultsModel::Unit).data().toString() ==
                QStringLiteral("市本级"))
                found = row;
        QVERIFY(found >= 0);
        auto cell = [&](int column) { return proxy->index(found, column).data().toString(); };
        QCOMPARE(cell(CoverageResultsModel::Rank), QString::number(entry->rank));
        // Actual over target of the table's row, as the table writes a rate.
        const double rate = entry->row.actual / entry->row.target;
        QCOMPARE(cell(CoverageResultsModel::Value),
                 QStringLiteral("%1%").arg(rate * 100, 0, 'f', 0));
        const bool pass = rate >= 1.0;
        QCOMPARE(cell(CoverageResultsModel::Gap).isEmpty(), pass);
        // The summary counts it among the failing units when it fails.
        int failing = 0;
        for (const UnitVerdict& v : r.verdicts)
            failing += v.applicable && !v.pass;
        QCOMPARE(r.failingUnits(), failing + (pass ? 0 : 1));
    }

    void aChartBarSelectsItsRow()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(runAndWait(panel));
        QVERIFY(panel.selectRule(QStringLiteral("parking_progress")));
        const RuleResult& r = rule(panel, QStringLiteral("parking_progress"));
        QSignalSpy zoom(&panel, &CoveragePanel::zoomToFeaturesRequested);
        // A county's bar: its row becomes current and the map zooms to it.
        const int unit = r.ranking->ordered.front().row.unit;
        QVERIFY(unit >= 0);
        panel.selectUnitRow(unit, r.ranking->ordered.front().row.unitName);
        QTableView* view = panel.tableView();
        QSortFilterProxyModel* proxy = panel.proxyModel();
        QCOMPARE(proxy->mapToSource(view->currentIndex()).row(), unit);
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
        QCOMPARE(zoom.count(), 1);
        QCOMPARE(doc->selection(QStringLiteral("counties")),
                 std::vector<qsizetype>{panel.check()->units.unit(unit).feature});
        // 市本级's bar selects its row; there is nothing to zoom to.
        panel.selectUnitRow(-1, QStringLiteral("市本级"));
        QCOMPARE(view->currentIndex().siblingAtColumn(CoverageResultsModel::Unit).data().toString(),
                 QStringLiteral("市本级"));
        QCOMPARE(zoom.count(), 1);
    }

    void mapsARuleAndSavesTheResultsAsALayer()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(runAndWait(panel));
        QVERIFY(panel.selectRule(QStringLiteral("care_within_10km")));
        QVERIFY(panel.mapCurrentRule());
        const int index = doc->indexOf(QStringLiteral("coverage_county"));
        QVERIFY(index >= 0);
        QCOMPARE(index, doc->indexOf(QStringLiteral("counties")) + 1);
        QCOMPARE(doc->style(index).type, StyleType::Graduated);
        QCOMPARE(doc->style(index).field, valueColumn(QStringLiteral("care_within_10km")));
        // Not saved yet: not part of the project file.
        for (const LayerEntry& e : doc->toProject().layers)
            QVERIFY(e.id != QLatin1String("coverage_county"));

        // A source of the project is never overwritten.
        const QString source = mDemoDir + QStringLiteral("/works_synthetic.gpkg");
        const qint64 size = QFileInfo(source).size();
        const QDateTime modified = QFileInfo(source).lastModified();
        QVERIFY(!panel.saveResultsLayer(source));
        QVERIFY(panel.lastError().contains(QStringLiteral("works_synthetic.gpkg")));
        QCOMPARE(QFileInfo(source).size(), size);
        QCOMPARE(QFileInfo(source).lastModified(), modified);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("coverage.gpkg"));
        QVERIFY(panel.saveResultsLayer(path));
        bool listed = false;
        for (const LayerEntry& e : doc->toProject().layers)
            listed |= e.id == QLatin1String("coverage_county") && !e.source.isEmpty();
        QVERIFY(listed);
        std::unique_ptr<GDALDataset> ds(
            GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        QVERIFY(ds);
        OGRLayer* layer = ds->GetLayerByName("coverage_county");
        QVERIFY(layer);
        QCOMPARE(layer->GetFeatureCount(), GIntBig(19));
        QVERIFY(layer->GetLayerDefn()->GetFieldIndex("care_within_10km_value") >= 0);
        QVERIFY(layer->GetLayerDefn()->GetFieldIndex("parking_progress_verdict") >= 0);
    }

    void aRuleBuiltInTheFormRuns()
    {
        auto doc = demoDocument();
        RuleFormDialog form(doc.get(), {QStringLiteral("taken")});
        form.setKind(QStringLiteral("one-per-unit"));
        QVERIFY(form.setParameter(QStringLiteral("id"), QStringLiteral("taken")));
        QVERIFY(form.problem().contains(QStringLiteral("taken")));
        QVERIFY(form.setParameter(QStringLiteral("id"), QStringLiteral("kg2")));
        QVERIFY(form.setParameter(QStringLiteral("layer"), QStringLiteral("facilities")));
        QVERIFY(form.setParameter(QStringLiteral("filter"), QStringLiteral("kind clinic")));
        QVERIFY(!form.problem().isEmpty());
        QVERIFY(form.setParameter(QStringLiteral("filter"), QStringLiteral("kind = kindergarten")));
        QVERIFY(form.setParameter(QStringLiteral("codeField"), QStringLiteral("county_code")));
        QVERIFY(form.setParameter(QStringLiteral("min"), QStringLiteral("40")));
        QVERIFY2(form.problem().isEmpty(), qPrintable(form.problem()));
        const QJsonObject json = form.rule();
        QCOMPARE(json.value(QStringLiteral("min")).toDouble(), 40.0);
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("one-per-unit"));

        CoveragePanel panel(doc.get());
        QVERIFY(panel.addRule(json));
        QVERIFY(runAndWait(panel));
        const RuleResult& r = rule(panel, QStringLiteral("kg2"));
        // Independent count from the attribute table: kindergartens per county code.
        const Layer& facilities = *doc->layer(doc->indexOf(QStringLiteral("facilities"))).data;
        const int kind = facilities.attributes.indexOf(QStringLiteral("kind"));
        const int code = facilities.attributes.indexOf(QStringLiteral("county_code"));
        for (const UnitVerdict& v : r.verdicts) {
            const QString unitCode = panel.check()->units.unit(v.unit).code;
            if (unitCode.isEmpty())
                continue;
            int n = 0;
            for (qsizetype i = 0; i < facilities.featureCount(); ++i)
                n += facilities.attributes.toString(i, kind) == QLatin1String("kindergarten") &&
                     facilities.attributes.toString(i, code) == unitCode;
            QCOMPARE(v.value, double(n));
            QCOMPARE(v.pass, n >= 40);
        }
    }

    void aNewRuleIsNotLostWithoutBeingAsked()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(!panel.hasUnsavedRules());
        QVERIFY(panel.maybeSaveRules()); // nothing to ask
        QVERIFY(panel.addRule(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("kg")},
                        {QStringLiteral("kind"), QStringLiteral("one-per-unit")},
                        {QStringLiteral("layer"), QStringLiteral("facilities")},
                        {QStringLiteral("filter"), QStringLiteral("kind = kindergarten")}}));
        QVERIFY(panel.hasUnsavedRules());
        // Cancel in the question keeps the window open (and the rule).
        QTimer::singleShot(100, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!panel.maybeSaveRules());
        QVERIFY(panel.hasUnsavedRules());
        // Saving them clears the flag; the file holds the rule.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rules.json"));
        QVERIFY(panel.saveRules(path));
        QVERIFY(!panel.hasUnsavedRules());
        QVERIFY(RulesFile::load(path).rules.size() >= 1);
    }

    void changingTheDisplayedViewRunsTheCheckAgain()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(runAndWait(panel));
        const auto before = panel.check();
        // Another view: the results on screen must be this view's, so the check runs again.
        QSignalSpy finished(&panel, &CoveragePanel::finished);
        const scenario::View other = doc->scenarioView() == scenario::View::Current
                                         ? scenario::View::Both
                                         : scenario::View::Current;
        doc->setScenarioView(other, QString());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(panel.check() != before);
        // No results yet: a view change starts nothing.
        CoveragePanel idle(doc.get());
        QSignalSpy none(&idle, &CoveragePanel::finished);
        doc->setScenarioView(doc->scenarioView() == scenario::View::Current
                                 ? scenario::View::Both
                                 : scenario::View::Current,
                             QString());
        QVERIFY(!none.wait(300));
    }

    void theMappedRuleFollowsTheRuleOnScreen()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        QVERIFY(runAndWait(panel));
        QVERIFY(panel.selectRule(QStringLiteral("care_within_10km")));
        QVERIFY(panel.mapCurrentRule(true)); // pass/fail colours
        const int index = doc->indexOf(QStringLiteral("coverage_county"));
        QCOMPARE(doc->style(index).field, verdictColumn(QStringLiteral("care_within_10km")));
        // Another rule chosen: the map shows its verdicts, not the previous rule's colours.
        QVERIFY(panel.selectRule(QStringLiteral("pipe_km")));
        QCOMPARE(doc->style(index).field, verdictColumn(QStringLiteral("pipe_km")));
        QVERIFY(doc->layer(index).entry.title.contains(QStringLiteral("Pipe network km")));
    }

    void aRunCanBeCancelled()
    {
        auto doc = demoDocument();
        // 200 service-radius rules: several seconds if nothing stops them.
        QJsonArray rules;
        for (int i = 0; i < 200; ++i)
            rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                                     {QStringLiteral("kind"), QStringLiteral("service-radius")},
                                     {QStringLiteral("villages"), QStringLiteral("villages")},
                                     {QStringLiteral("facilities"), QStringLiteral("facilities")},
                                     {QStringLiteral("filter"), QStringLiteral("kind = clinic")},
                                     {QStringLiteral("radiusKm"), 3}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("rules"), rules}}).toJson());
        f.close();
        CoveragePanel panel(doc.get());
        panel.setRulesPath(path);
        QSignalSpy finished(&panel, &CoveragePanel::finished);
        QElapsedTimer timer;
        timer.start();
        panel.run();
        QVERIFY(panel.isRunning());
        panel.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!panel.check());
        QVERIFY(panel.lastError().isEmpty()); // cancelled is not an error
    }

    void aBrokenRulesFileIsReportedWithItsLine()
    {
        auto doc = demoDocument();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rules\": [\n {\"id\": \"a\" \"kind\": \"indicator\"}\n]}");
        f.close();
        CoveragePanel panel(doc.get());
        panel.setRulesPath(path);
        panel.run();
        QVERIFY(!panel.isRunning());
        QVERIFY2(panel.lastError().contains(path + QStringLiteral(":2")),
                 qPrintable(panel.lastError()));
    }

    void townshipLevelHasNoPolygonsToMap()
    {
        auto doc = demoDocument();
        CoveragePanel panel(doc.get());
        panel.setLevel(QStringLiteral("township"));
        QVERIFY(runAndWait(panel));
        QVERIFY(panel.check()->units.size() > 19);
        QVERIFY(!panel.mapCurrentRule());
        QVERIFY(doc->indexOf(QStringLiteral("coverage_township")) < 0);
    }
};

QTEST_MAIN(TestCoveragePanel)
#include "test_coverage_panel.moc"
