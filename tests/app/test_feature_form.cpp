#include "app/feature_form.h"
#include "app/map_document.h"
#include "app_test_support.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "io/project_loader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace wm;

/// The attribute form generated from the facility role, on the demo's facilities.
class TestFeatureForm : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());
    std::unique_ptr<MapDocument> mDoc;

    const LayerRole& facilityRole() const { return *mRoles.role(QStringLiteral("facility")); }
    const LoadedLayer& facilities() const
    {
        return *mDoc->project().layer(QStringLiteral("facilities"));
    }
    int column(const QString& field) const
    {
        return facilities().data->attributes.indexOf(facilities().columnOf(field));
    }
    QVector<QVariant> rowValues(qsizetype row) const
    {
        const AttributeTable& t = facilities().data->attributes;
        QVector<QVariant> values;
        for (int c = 0; c < t.fieldCount(); ++c)
            values << t.value(row, c);
        return values;
    }
    static bool okEnabled(const FeatureForm& form)
    {
        return form.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        mDoc = apptest::demoDocument(mRoles);
        QVERIFY(facilities().isAvailable());
        QVERIFY(column(QStringLiteral("kind")) >= 0);
        QVERIFY(column(QStringLiteral("capacity")) >= 0);
    }

    void kindListsTheRoleValuesAndPreselectsTheFeatures()
    {
        const QVector<QVariant> values = rowValues(0);
        FeatureForm form(facilityRole(), facilities(), values, {});
        QVERIFY(form.windowTitle().contains(facilities().entry.displayName()));
        auto* kind = qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("kind")));
        QVERIFY(kind);
        const RoleField& kindField = *facilityRole().field(QStringLiteral("kind"));
        const bool chinese = QLocale().language() == QLocale::Chinese;
        for (const QString& v : kindField.values) {
            QVERIFY2(kind->findData(v) >= 0, qPrintable(v));
            // The planner reads the title; the code that is stored goes with it.
            const QString text = kind->itemText(kind->findData(v));
            QVERIFY2(text.contains(kindField.valueTitle(v, chinese)) && text.contains(v),
                     qPrintable(text));
        }
        QCOMPARE(kindField.valueTitle(QStringLiteral("clinic"), chinese),
                 chinese ? QStringLiteral("村卫生室") : QStringLiteral("Village clinic"));
        QCOMPARE(kind->currentData().toString(), values[column(QStringLiteral("kind"))].toString());
        QVERIFY(qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("status"))));
        QVERIFY(qobject_cast<QLineEdit*>(form.editorFor(QStringLiteral("capacity"))));
        // The demo's "synthetic" column is no role field: it is among the other columns.
        const int synthetic = facilities().data->attributes.indexOf(QStringLiteral("synthetic"));
        QVERIFY(synthetic >= 0);
        QWidget* other = form.editorForColumn(synthetic);
        QVERIFY(other);
        QVERIFY(other->objectName().startsWith(QLatin1String("column_")));
        QVERIFY(okEnabled(form));
        QVERIFY(form.changedValues().isEmpty());
        QCOMPARE(form.values(), values);
    }

    void changedValuesHoldOnlyTheEditedColumnsWithTheirTypes()
    {
        const QVector<QVariant> values = rowValues(0);
        FeatureForm form(facilityRole(), facilities(), values, {});
        auto* kind = qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("kind")));
        const QString other =
            values[column(QStringLiteral("kind"))].toString() == QLatin1String("kindergarten")
                ? QStringLiteral("clinic")
                : QStringLiteral("kindergarten");
        kind->setCurrentIndex(kind->findData(other));
        auto* capacity = qobject_cast<QLineEdit*>(form.editorFor(QStringLiteral("capacity")));
        capacity->setText(QStringLiteral("42"));
        const QMap<int, QVariant> changed = form.changedValues();
        QCOMPARE(changed.keys(), (QList<int>{std::min(column(QStringLiteral("kind")),
                                                      column(QStringLiteral("capacity"))),
                                             std::max(column(QStringLiteral("kind")),
                                                      column(QStringLiteral("capacity")))}));
        const QVariant k = changed.value(column(QStringLiteral("kind")));
        QCOMPARE(k.typeId(), int(QMetaType::QString));
        QCOMPARE(k.toString(), other);
        const QVariant c = changed.value(column(QStringLiteral("capacity")));
        QCOMPARE(c.typeId(), int(QMetaType::LongLong));
        QCOMPARE(c.toLongLong(), 42);
        QCOMPARE(form.values()[column(QStringLiteral("capacity"))].toLongLong(), 42);

        // Emptying a number gives a null, not 0.
        capacity->clear();
        const QVariant emptied =
            form.changedValues().value(column(QStringLiteral("capacity")), QVariant(1));
        QVERIFY(emptied.isNull());
        QVERIFY(okEnabled(form)); // capacity is not required
    }

    void anUnlistedExistingValueIsKept()
    {
        QVector<QVariant> values = rowValues(0);
        values[column(QStringLiteral("kind"))] = QStringLiteral("hospital");
        FeatureForm form(facilityRole(), facilities(), values, {});
        auto* kind = qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("kind")));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("hospital"));
        QVERIFY(kind->currentText().contains(QLatin1String("hospital")));
        QVERIFY(form.changedValues().isEmpty());
        QCOMPARE(form.values()[column(QStringLiteral("kind"))].toString(),
                 QStringLiteral("hospital"));
        QVERIFY(okEnabled(form));
    }

    void emptyingARequiredFieldDisablesOk()
    {
        FeatureForm form(facilityRole(), facilities(), rowValues(0), {});
        auto* kind = qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("kind")));
        QVERIFY(okEnabled(form));
        kind->setCurrentIndex(kind->findData(QString()));
        QVERIFY(kind->currentData().toString().isEmpty());
        QVERIFY(!okEnabled(form));
        QVERIFY(!kind->toolTip().isEmpty()); // says why
        QVERIFY(!form.problem().isEmpty());
        kind->setCurrentIndex(kind->findData(QStringLiteral("clinic")));
        QVERIFY(okEnabled(form));
        QVERIFY(kind->toolTip().isEmpty());
    }

    void aNonNumericCapacityCannotBeTyped()
    {
        FeatureForm form(facilityRole(), facilities(), rowValues(0), {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* capacity = qobject_cast<QLineEdit*>(form.editorFor(QStringLiteral("capacity")));
        capacity->setFocus();
        capacity->clear();
        QTest::keyClicks(capacity, QStringLiteral("1x2.5"));
        QCOMPARE(capacity->text(), QStringLiteral("125"));
        QCOMPARE(form.changedValues().value(column(QStringLiteral("capacity"))).toLongLong(), 125);
    }

    void aHandMadeLayerGetsScenariosRealsAndOtherColumns()
    {
        const QVector<FieldDef> columns = {{QStringLiteral("设施类别"), FieldType::String, {}},
                                           {QStringLiteral("名称"), FieldType::String, {}},
                                           {QStringLiteral("scenario"), FieldType::String, {}},
                                           {QStringLiteral("year"), FieldType::Integer, {}},
                                           {QStringLiteral("备注"), FieldType::String, {}},
                                           {QStringLiteral("score"), FieldType::Real, {}}};
        QStringList names;
        for (const FieldDef& f : columns)
            names << f.name;
        const FieldMapping mapping = FieldMapping::map(facilityRole(), names);
        const QVector<QVariant> values = {
            QStringLiteral("clinic"),  QStringLiteral("卫生室"), QVariant(),
            QVariant(qlonglong(2022)), QStringLiteral("note"),   QVariant(0.1)};
        FeatureForm form(facilityRole(), columns, mapping, values,
                         {QStringLiteral("2022 plan"), QStringLiteral("option B")},
                         QStringLiteral("hand-made"));
        QVERIFY(form.windowTitle().contains(QLatin1String("hand-made")));
        auto* scenario = qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("scenario")));
        QVERIFY(scenario);
        QVERIFY(scenario->isEditable());
        QVERIFY(scenario->findText(QStringLiteral("2022 plan")) >= 0);
        QVERIFY(scenario->findText(QStringLiteral("option B")) >= 0);
        QVERIFY(form.changedValues().isEmpty());
        scenario->setCurrentIndex(scenario->findText(QStringLiteral("option B")));
        QCOMPARE(form.changedValues().value(2).toString(), QStringLiteral("option B"));
        scenario->setEditText(QStringLiteral("option C"));
        QCOMPARE(form.changedValues().value(2).toString(), QStringLiteral("option C"));

        // Columns no role field takes: plain line edits; a real keeps its type.
        auto* note = qobject_cast<QLineEdit*>(form.editorForColumn(4));
        QVERIFY(note);
        QVERIFY(form.findChild<QGroupBox*>());
        note->clear();
        QVERIFY(form.changedValues().contains(4));
        QVERIFY(form.changedValues().value(4).isNull());
        auto* score = qobject_cast<QLineEdit*>(form.editorForColumn(5));
        QCOMPARE(score->text(), QStringLiteral("0.1"));
        score->setText(QStringLiteral("2.5"));
        QCOMPARE(form.changedValues().value(5).typeId(), int(QMetaType::Double));
        QCOMPARE(form.changedValues().value(5).toDouble(), 2.5);
        QVERIFY(!form.changedValues().contains(3));
        QCOMPARE(form.values()[0].toString(), QStringLiteral("clinic"));
    }
};

QTEST_MAIN(TestFeatureForm)
#include "test_feature_form.moc"
