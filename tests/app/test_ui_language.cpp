#include "app/attribute_table_model.h"
#include "app/coverage_panel.h"
#include "app/identify_panel.h"
#include "app/map_document.h"
#include "app/suggest_dialog.h"
#include "app_test_support.h"
#include "core/error.h"
#include "core/resource_paths.h"
#include "core/ui_language.h"
#include "render/page_template.h"

#include <QDir>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace wm;

/// The window in Chinese (the translator installed as the app installs it): coded values,
/// coverage gaps, layout names and errors read in Chinese, not as codes or English.
class TestUiLanguage : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());

    /// The first feature of `layer` whose `column` holds `value`, or -1.
    static qsizetype featureWith(const Layer& layer, const QString& column, const QString& value)
    {
        const int c = layer.attributes.indexOf(column);
        for (qsizetype i = 0; c >= 0 && i < layer.featureCount(); ++i)
            if (layer.attributes.toString(i, c) == value)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!chineseUi()); // nothing installed yet: English, the source language
        QVERIFY(installUiLanguage(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        QVERIFY(chineseUi());
    }

    void theIdentifyPanelShowsKindTitles()
    {
        auto doc = apptest::demoDocument(mRoles);
        const int index = doc->indexOf(QStringLiteral("facilities"));
        QVERIFY(index >= 0);
        const LoadedLayer& l = doc->layer(index);
        const QString kindColumn = l.mapping.sourceOf.value(QStringLiteral("kind"));
        const qsizetype feature = featureWith(*l.data, kindColumn, QStringLiteral("health_centre"));
        QVERIFY(feature >= 0);

        IdentifyPanel panel(doc.get());
        panel.showHits({{QStringLiteral("facilities"), feature}});
        QCOMPARE(panel.topLevelItemCount(), 1);
        const QTreeWidgetItem* top = panel.topLevelItem(0);
        const QTreeWidgetItem* kind = nullptr;
        for (int i = 0; i < top->childCount(); ++i) {
            QVERIFY2(top->child(i)->text(1) != QLatin1String("health_centre"),
                     qPrintable(top->child(i)->text(0)));
            if (top->child(i)->text(0).endsWith(QStringLiteral("(%1)").arg(kindColumn)))
                kind = top->child(i);
        }
        QVERIFY(kind);
        QCOMPARE(kind->text(0), QStringLiteral("设施类别 (%1)").arg(kindColumn));
        QCOMPARE(kind->text(1), QStringLiteral("乡镇卫生院"));
        QCOMPARE(kind->toolTip(1), QStringLiteral("health_centre")); // the stored code
    }

    void theAttributeTableShowsKindTitlesAndSortsOnCodes()
    {
        auto doc = apptest::demoDocument(mRoles);
        const LoadedLayer& l = doc->layer(doc->indexOf(QStringLiteral("facilities")));
        const QString kindColumn = l.mapping.sourceOf.value(QStringLiteral("kind"));
        const qsizetype feature = featureWith(*l.data, kindColumn, QStringLiteral("clinic"));
        QVERIFY(feature >= 0);
        AttributeTableModel model;
        model.setLayer(l.data, mRoles.role(l.entry.role), &l.mapping);
        const QModelIndex cell = model.index(int(feature), l.data->attributes.indexOf(kindColumn));
        QCOMPARE(model.data(cell, Qt::DisplayRole).toString(), QStringLiteral("村卫生室"));
        QCOMPARE(model.data(cell, AttributeTableModel::RawValueRole).toString(),
                 QStringLiteral("clinic"));
    }

    void coverageGapsAreChinese()
    {
        auto doc = apptest::demoDocument(mRoles);
        CoveragePanel panel(doc.get());
        QSignalSpy finished(&panel, &CoveragePanel::finished);
        panel.run();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        const int i = panel.check()->indexOfRule(QStringLiteral("care_within_10km"));
        QVERIFY(i >= 0);
        int gaps = 0;
        for (const UnitVerdict& v : panel.check()->results[std::size_t(i)].verdicts) {
            if (v.gap.isEmpty())
                continue;
            if (!v.applicable) { // 邢台县, abolished in 2020, has no division code
                QCOMPARE(v.gap, QStringLiteral("无区划代码"));
                continue;
            }
            ++gaps;
            QVERIFY2(v.gap.contains(QStringLiteral("个村在")) &&
                         v.gap.contains(QStringLiteral("公里以外")),
                     qPrintable(v.gap));
        }
        QVERIFY(gaps > 0);
    }

    void layoutsAndErrorsAreChinese()
    {
        const PageTemplate t = PageTemplate::load(
            QDir(stylesDir()).filePath(QStringLiteral("layouts/a4-landscape.json")));
        QCOMPARE(t.displayName(chineseUi()), QStringLiteral("A4 横版"));
        QCOMPARE(t.displayName(false), QStringLiteral("A4 landscape"));
        QCOMPARE(Cancelled().message(), QStringLiteral("已取消"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "test_ui_language.moc"
