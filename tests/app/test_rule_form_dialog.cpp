#include "analysis/rule_registry.h"
#include "analysis/rules_file.h"
#include "app/map_document.h"
#include "app/rule_form_dialog.h"
#include "app_test_support.h"
#include "core/error.h"
#include "core/resource_paths.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace wm;

/// The New Rule form on the demo project: built from each kind's spec, layer boxes
/// offering the parameter's roles first, and what it produces is a rule the reader takes.
class TestRuleFormDialog : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());

    static QString roleOf(const MapDocument& doc, const QComboBox* box, int item)
    {
        const int i = doc.indexOf(box->itemData(item).toString());
        return i < 0 ? QString() : doc.layer(i).entry.role;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void eachKindShowsExactlyItsSpecsParameters()
    {
        auto doc = apptest::demoDocument(mRoles);
        RuleFormDialog form(doc.get(), {});
        auto* box = form.findChild<QWidget*>(QStringLiteral("parameters"));
        QVERIFY(box);
        auto* layout = qobject_cast<QFormLayout*>(box->layout());
        QVERIFY(layout);
        for (const RuleKind& k : RuleRegistry::instance().kinds()) {
            form.setKind(k.spec.kind);
            QCOMPARE(form.rule().value(QStringLiteral("kind")).toString(), k.spec.kind);
            QCOMPARE(layout->rowCount(), int(k.spec.parameters.size()));
            for (int row = 0; row < layout->rowCount(); ++row) {
                const ParamSpec& p = k.spec.parameters[std::size_t(row)];
                QWidget* editor = layout->itemAt(row, QFormLayout::FieldRole)->widget();
                QCOMPARE(editor->objectName(), p.key);
                QCOMPARE(form.editor(p.key), editor);
                QCOMPARE(editor->toolTip(), p.hintEn); // English: see initTestCase
                const bool box = p.type == ParamType::Layer || p.type == ParamType::Field ||
                                 p.type == ParamType::Choice || p.type == ParamType::Filter;
                QCOMPARE(qobject_cast<QComboBox*>(editor) != nullptr, box);
                // Numbers show their default; a text default is the placeholder.
                if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
                    if (p.type == ParamType::Text)
                        QCOMPARE(edit->placeholderText(), p.defaultText());
                    else
                        QCOMPARE(edit->text(), p.defaultText());
                }
            }
        }
        form.setKind(QStringLiteral("service-radius"));
        QCOMPARE(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("radiusKm")))->text(),
                 QStringLiteral("3"));
        const auto* radiusLabel =
            qobject_cast<QLabel*>(layout->labelForField(form.editor(QStringLiteral("radiusKm"))));
        QVERIFY(radiusLabel);
        QCOMPARE(radiusLabel->text(), QStringLiteral("Radius (km)"));
        form.setKind(QStringLiteral("share-of-units"));
        QCOMPARE(qobject_cast<QLineEdit*>(form.editor(QStringLiteral("minShare")))->text(),
                 QStringLiteral("0.6"));
        QVERIFY(!form.editor(QStringLiteral("radiusKm")));
    }

    void layerBoxesOfferTheParametersRolesFirst()
    {
        auto doc = apptest::demoDocument(mRoles);
        RuleFormDialog form(doc.get(), {});
        form.setKind(QStringLiteral("service-radius"));
        const auto* villages = qobject_cast<QComboBox*>(form.editor(QStringLiteral("villages")));
        const auto* facilities =
            qobject_cast<QComboBox*>(form.editor(QStringLiteral("facilities")));
        QVERIFY(villages && facilities);
        // The demo lists division_villages, the targets and counties before villages.
        QCOMPARE(roleOf(*doc, villages, 0), QStringLiteral("village"));
        QCOMPARE(roleOf(*doc, villages, 1), QStringLiteral("village"));
        QCOMPARE(roleOf(*doc, facilities, 0), QStringLiteral("facility"));
        QVERIFY(roleOf(*doc, facilities, 1).isEmpty()); // the separator
        // All other layers still follow.
        int listed = 0;
        for (int i = 0; i < facilities->count(); ++i)
            listed += facilities->itemData(i).toString().isEmpty() ? 0 : 1;
        int available = 0;
        for (int i = 0; i < doc->layerCount(); ++i)
            available += doc->layer(i).isAvailable() && !doc->layer(i).entry.source.isEmpty();
        QCOMPARE(listed, available);
        form.setKind(QStringLiteral("target-progress"));
        const auto* targets = qobject_cast<QComboBox*>(form.editor(QStringLiteral("targets")));
        for (int i = 0; i < 8; ++i) // the demo's eight target tables
            QCOMPARE(roleOf(*doc, targets, i), QStringLiteral("target"));
        const auto* works = qobject_cast<QComboBox*>(form.editor(QStringLiteral("layer")));
        QVERIFY(works->itemData(0).toString().isEmpty()); // optional: (none) first
        QCOMPARE(roleOf(*doc, works, 1), QStringLiteral("parking"));
        QCOMPARE(roleOf(*doc, works, 2), QStringLiteral("pipe"));
        // Fields list the chosen layer's columns.
        const auto* sumField = qobject_cast<QComboBox*>(form.editor(QStringLiteral("sumField")));
        QVERIFY(form.setParameter(QStringLiteral("layer"), QStringLiteral("parking")));
        QVERIFY(sumField->findText(QStringLiteral("spaces")) >= 0);
    }

    void everyKindFilledWithItsRequiredParametersIsARuleTheReaderTakes()
    {
        auto doc = apptest::demoDocument(mRoles);
        RuleFormDialog form(doc.get(), {});
        RulesFile file = RulesFile::fromJson({}, QStringLiteral("rules.json"), {}, false);
        for (const RuleKind& k : RuleRegistry::instance().kinds()) {
            form.setKind(k.spec.kind);
            QVERIFY(
                form.setParameter(QStringLiteral("id"), QString(k.spec.kind).replace('-', '_')));
            for (const ParamSpec& p : k.spec.parameters) {
                if (!p.required || p.type != ParamType::Field)
                    continue;
                // The first column of the layer the field belongs to.
                auto* box = qobject_cast<QComboBox*>(form.editor(p.key));
                QVERIFY2(box->count() > 1, qPrintable(p.key));
                box->setCurrentIndex(1);
            }
            QVERIFY2(form.problem().isEmpty(), qPrintable(form.problem()));
            const QJsonObject json = form.rule();
            for (const ParamSpec& p : k.spec.parameters)
                if (p.required)
                    QVERIFY2(json.contains(p.key), qPrintable(p.key));
            try {
                file.addRule(json);
            } catch (const Error& e) {
                QFAIL(qPrintable(e.message()));
            }
        }
        QCOMPARE(file.rules.size(), RuleRegistry::instance().kinds().size());
    }

    void theFormSaysWhatIsWrongInTheRulesFilesTerms()
    {
        auto doc = apptest::demoDocument(mRoles);
        RuleFormDialog form(doc.get(), {});
        form.setKind(QStringLiteral("share-of-units"));
        QVERIFY(form.setParameter(QStringLiteral("id"), QStringLiteral("s")));
        QVERIFY(form.setParameter(QStringLiteral("codeField"), QStringLiteral("township_code")));
        QVERIFY(form.problem().contains(QStringLiteral("Its code field"))); // required, empty
        QVERIFY(
            form.setParameter(QStringLiteral("childCodeField"), QStringLiteral("township_code")));
        QVERIFY2(form.problem().isEmpty(), qPrintable(form.problem()));
        QVERIFY(form.setParameter(QStringLiteral("minShare"), QStringLiteral("1.5")));
        QVERIFY(form.problem().contains(QStringLiteral("from 0 to 1")));
        QVERIFY(form.setParameter(QStringLiteral("minShare"), QStringLiteral("0.5")));
        QVERIFY(form.setParameter(QStringLiteral("childCodeLength"), QStringLiteral("abc")));
        QVERIFY(form.problem().contains(QStringLiteral("must be a number")));
        QVERIFY(form.setParameter(QStringLiteral("childCodeLength"), QStringLiteral("9")));
        QVERIFY(form.problem().isEmpty());
        QCOMPARE(form.rule().value(QStringLiteral("minShare")).toDouble(), 0.5);
        QVERIFY(!form.setParameter(QStringLiteral("radiusKm"), QStringLiteral("3")));
    }
    void aFilterIsPickedFromTheLayersCodedValues()
    {
        auto doc = apptest::demoDocument(mRoles);
        RuleFormDialog form(doc.get(), {});
        form.setKind(QStringLiteral("one-per-unit"));
        QVERIFY(form.setParameter(QStringLiteral("layer"), QStringLiteral("facilities")));
        auto* filter = qobject_cast<QComboBox*>(form.editor(QStringLiteral("filter")));
        QVERIFY(filter);
        // Every kind and status of the facility role is offered, as a filter the rule reads.
        const LayerRole* role = mRoles.role(QStringLiteral("facility"));
        int expected = 1; // the empty choice: all features
        for (const RoleField& f : role->fields)
            expected += int(f.values.size());
        QCOMPARE(filter->count(), expected);
        const int clinic = filter->findText(QStringLiteral("kind = clinic"));
        QVERIFY(clinic > 0);
        QCOMPARE(filter->itemData(clinic, Qt::ToolTipRole).toString(),
                 QStringLiteral("Village clinic"));
        filter->setCurrentIndex(clinic);
        QCOMPARE(form.rule().value(QStringLiteral("filter")).toString(),
                 QStringLiteral("kind = clinic"));
        // Another layer offers its own role's values; typed text still goes through.
        QVERIFY(form.setParameter(QStringLiteral("layer"), QStringLiteral("parking")));
        QVERIFY(filter->findText(QStringLiteral("kind = clinic")) < 0);
        QVERIFY(form.setParameter(QStringLiteral("filter"), QStringLiteral("spaces > 50")));
        QCOMPARE(form.rule().value(QStringLiteral("filter")).toString(),
                 QStringLiteral("spaces > 50"));
    }
};

QTEST_MAIN(TestRuleFormDialog)
#include "test_rule_form_dialog.moc"
