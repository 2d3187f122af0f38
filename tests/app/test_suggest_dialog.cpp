#include "analysis/suggest_sites.h"
#include "app/map_document.h"
#include "app/suggest_dialog.h"
#include "app_test_support.h"
#include "core/resource_paths.h"
#include "io/project_loader.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace wm;

/// Analysis ▸ Suggest Sites on the demo: kindergartens within 3 km, in the background. (The
/// demo's 4002 clinics already reach all but one village within 3 km, so clinics get a
/// single site whatever k is; kindergartens reach a third of the villages.)
class TestSuggestDialog : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());
    std::unique_ptr<MapDocument> mDoc;

    template <typename T> static T* child(const SuggestDialog& d, const char* name)
    {
        T* w = d.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    static void setUp(SuggestDialog& dialog, const QString& kindName, int k)
    {
        auto* kind = child<QComboBox>(dialog, "kind");
        QVERIFY(kind->findData(kindName) >= 0);
        kind->setCurrentIndex(kind->findData(kindName));
        QCOMPARE(child<QDoubleSpinBox>(dialog, "radius")->value(), 3.0); // the default
        child<QSpinBox>(dialog, "k")->setValue(k);
    }

    static void suggestAndWait(SuggestDialog& dialog)
    {
        auto* button = child<QPushButton>(dialog, "suggest");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        // A small job (one county) may be done on its thread before we look; while it
        // runs, the button is disabled (re-enabled only by the finished slot, on this
        // thread).
        if (dialog.isRunning())
            QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && button->isEnabled(), 30000);
    }

private Q_SLOTS:
    void initTestCase() { mDoc = apptest::demoDocument(mRoles); }

    void suggestsThreeKindergartensLikeTheAnalysisDoes()
    {
        SuggestDialog dialog(mDoc->project(), *mRoles.role(QStringLiteral("facility")));
        dialog.show();
        QVERIFY(!dialog.result());
        QVERIFY(!child<QPushButton>(dialog, "addToScenario")->isEnabled());
        QCOMPARE(child<QComboBox>(dialog, "scenario")->currentText(), QStringLiteral("suggested"));
        setUp(dialog, QStringLiteral("kindergarten"), 3);
        suggestAndWait(dialog);
        QVERIFY(dialog.result());
        const SuggestResult& r = *dialog.result();
        QCOMPARE(int(r.sites.size()), 3);
        QCOMPARE(child<QTableWidget>(dialog, "sites")->rowCount(), 3);
        QVERIFY(child<QPushButton>(dialog, "addToScenario")->isEnabled());
        QVERIFY(r.villagesCoveredAfter >= r.villagesCoveredBefore);
        QVERIFY(!child<QLabel>(dialog, "summary")->text().isEmpty());

        // The same numbers from an independent call with the dialog's options.
        const SuggestOptions o = dialog.options();
        QCOMPARE(o.kind, QStringLiteral("kindergarten"));
        QCOMPARE(o.radiusMetres, 3000.0);
        QCOMPARE(o.k, 3);
        const SuggestResult direct = suggestSites(mDoc->project(), o);
        QCOMPARE(r.villagesCoveredAfter, direct.villagesCoveredAfter);
        QCOMPARE(r.villagesCoveredBefore, direct.villagesCoveredBefore);
        QCOMPARE(r.sites.size(), direct.sites.size());

        // Lon/lat with 6 decimals; a double click asks the map to pan there.
        auto* table = child<QTableWidget>(dialog, "sites");
        QCOMPARE(table->item(0, 4)->text(), QString::number(r.sites[0].lon, 'f', 6));
        QSignalSpy activated(&dialog, &SuggestDialog::siteActivated);
        Q_EMIT table->cellDoubleClicked(1, 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toDouble(), r.sites[1].x);
        QCOMPARE(activated.first().at(1).toDouble(), r.sites[1].y);
    }

    void clinicsGetOnlyTheSitesThatAddSomething()
    {
        SuggestDialog dialog(mDoc->project(), *mRoles.role(QStringLiteral("facility")));
        setUp(dialog, QStringLiteral("clinic"), 3);
        suggestAndWait(dialog);
        QVERIFY(dialog.result());
        const SuggestResult& r = *dialog.result();
        QVERIFY(!r.sites.empty() && r.sites.size() <= 3);
        QCOMPARE(child<QTableWidget>(dialog, "sites")->rowCount(), int(r.sites.size()));
        QVERIFY(r.villagesCoveredAfter >= r.villagesCoveredBefore);
        const SuggestResult direct = suggestSites(mDoc->project(), dialog.options());
        QCOMPARE(r.villagesCoveredAfter, direct.villagesCoveredAfter);
        // The analysis' note on the missing sites is in the summary.
        for (const QString& note : r.notes)
            QVERIFY(child<QLabel>(dialog, "summary")->text().contains(note));
    }

    void restrictingToACountyKeepsEverySiteInIt()
    {
        SuggestDialog dialog(mDoc->project(), *mRoles.role(QStringLiteral("facility")));
        setUp(dialog, QStringLiteral("kindergarten"), 3);
        auto* unit = child<QComboBox>(dialog, "unit");
        QVERIFY(unit->count() > 1);
        const int lincheng = unit->findData(QStringLiteral("130522"));
        QVERIFY(lincheng > 0);
        unit->setCurrentIndex(lincheng);
        QCOMPARE(dialog.options().unitCodes, QStringList{QStringLiteral("130522")});
        suggestAndWait(dialog);
        QVERIFY(dialog.result());
        QVERIFY(!dialog.result()->sites.empty());
        for (const SuggestedSite& s : dialog.result()->sites)
            QCOMPARE(s.countyCode, QStringLiteral("130522"));
    }

    void aBadOptionShowsTheErrorAndNoResult()
    {
        SuggestDialog dialog(mDoc->project(), *mRoles.role(QStringLiteral("facility")));
        dialog.show();
        setUp(dialog, QStringLiteral("kindergarten"), 3);
        // No scenario name: suggestSites() refuses with a wm::Error.
        child<QComboBox>(dialog, "scenario")->setEditText(QString());
        auto* button = child<QPushButton>(dialog, "suggest");
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = dialog.findChild<QMessageBox*>()) && box->isVisible(),
                                 30000);
        // The option named by the form's label, never by a CLI flag (wm::OptionError).
        QVERIFY2(box->text().contains(QLatin1String("Scenario: the scenario name is empty")),
                 qPrintable(box->text()));
        QVERIFY2(!box->text().contains(QLatin1String("--")), qPrintable(box->text()));
        QVERIFY(!dialog.result());
        QVERIFY(!child<QPushButton>(dialog, "addToScenario")->isEnabled());
        QVERIFY(button->isEnabled());
        {
            apptest::MessageBoxCloser closer;
            QTRY_VERIFY(!dialog.findChild<QMessageBox*>() ||
                        !dialog.findChild<QMessageBox*>()->isVisible());
        }
        QCOMPARE(child<QTableWidget>(dialog, "sites")->rowCount(), 0);
    }
};

QTEST_MAIN(TestSuggestDialog)
#include "test_suggest_dialog.moc"
