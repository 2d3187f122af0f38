// The style editor as a planner meets it on the demo (issue 16, item 6): it opened at
// 296×666 px with the legend column cut off; Categorized put raw codes for the Chinese
// titles and circles for every shape; a class could get a colour only; Cancel left the
// "*" mark; Graduated started on the village code and listed text fields.
#include "app/color_button.h"
#include "app/map_document.h"
#include "app/style_editor.h"
#include "app/symbol_dialog.h"
#include "app_test_support.h"
#include "core/resource_paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

using namespace wm;
using wm::apptest::ModalHandler;

class TestStyleEditor : public QObject {
    Q_OBJECT

private:
    RoleRegistry mRoles = RoleRegistry::load(layerRolesDir());
    std::unique_ptr<MapDocument> mDoc;

    int index(const char* id) const { return mDoc->indexOf(QString::fromLatin1(id)); }
    static QComboBox* combo(QWidget& w, const char* name)
    {
        return w.findChild<QComboBox*>(QString::fromLatin1(name));
    }
    static QStringList labels(const Style& s)
    {
        QStringList out;
        for (const Category& c : s.categories)
            out << c.label;
        return out;
    }
    static QList<MarkerShape> shapes(const Style& s)
    {
        QList<MarkerShape> out;
        for (const Category& c : s.categories)
            out << c.symbol.shape;
        return out;
    }
    /// Answers the symbol dialog of a class with `edit`, then OK.
    static ModalHandler answerSymbolDialog(std::function<void(SymbolWidget*)> edit)
    {
        return ModalHandler([edit](QWidget* w) {
            auto* dialog = qobject_cast<SymbolDialog*>(w);
            if (!dialog)
                return;
            edit(dialog->symbolWidget());
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
    }

private Q_SLOTS:
    void init()
    {
        mDoc = apptest::demoDocument(mRoles);
        QVERIFY(!mDoc->isModified());
    }

    void opensLargeEnoughForTheWholeClassTable()
    {
        StyleEditor editor(mDoc.get(), index("facilities"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY2(editor.width() >= 640 && editor.height() >= 480,
                 qPrintable(QStringLiteral("%1×%2").arg(editor.width()).arg(editor.height())));
        auto* table = editor.findChild<QTableWidget*>(QStringLiteral("categories"));
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 7); // the seven kinds of styles/facility.json
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("乡镇卫生院"));
        // Every column within the table's width, the legend column as wide as its texts,
        // every row in sight: nothing to scroll to.
        QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(table->horizontalHeader()->length())
                                .arg(table->viewport()->width())));
        const QAbstractItemView* view = table; // sizeHintForColumn is public here
        QVERIFY(table->columnWidth(2) >= view->sizeHintForColumn(2));
        QVERIFY(table->columnWidth(1) >= view->sizeHintForColumn(1));
        const int last = table->rowCount() - 1;
        QVERIFY(table->rowViewportPosition(last) + table->rowHeight(last) <=
                table->viewport()->height());
        editor.reject();
    }

    void cancelPutsTheStyleBackAndLeavesTheProjectUnmodified()
    {
        const int i = index("facilities");
        const Style before = mDoc->style(i);
        const QJsonObject inlineBefore = mDoc->layer(i).entry.inlineStyle;
        QVERIFY(inlineBefore.isEmpty()); // the role's default style, not one of the project
        for (const bool escape : {false, true}) {
            StyleEditor editor(mDoc.get(), i);
            editor.show();
            combo(editor, "styleType")->setCurrentIndex(0); // Single symbol
            QCOMPARE(mDoc->style(i).type, StyleType::Single);
            QVERIFY(mDoc->isModified()); // the map showed the change: "*"
            if (escape)
                QTest::keyClick(&editor, Qt::Key_Escape);
            else
                editor.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
            QVERIFY(!editor.isVisible());
            QCOMPARE(mDoc->style(i), before);
            QCOMPARE(mDoc->layer(i).entry.inlineStyle, inlineBefore);
            QVERIFY(!mDoc->isModified());
        }
        // OK with nothing changed changes nothing either; OK after a change keeps it.
        {
            StyleEditor editor(mDoc.get(), i);
            editor.show();
            editor.accept();
            QVERIFY(!mDoc->isModified());
            QVERIFY(mDoc->layer(i).entry.inlineStyle.isEmpty());
        }
        StyleEditor editor(mDoc.get(), i);
        editor.show();
        combo(editor, "styleType")->setCurrentIndex(0);
        editor.accept();
        QVERIFY(mDoc->isModified());
        QCOMPARE(mDoc->style(i).type, StyleType::Single);
        QCOMPARE(mDoc->layer(i).entry.inlineStyle.value(QStringLiteral("type")).toString(),
                 QStringLiteral("single"));
    }

    void classifyKeepsTheTitlesAndTheShapesOfTheClasses()
    {
        const int i = index("facilities");
        const Style before = mDoc->style(i);
        QCOMPARE(before.categories[0].symbol.shape, MarkerShape::Cross);
        StyleEditor editor(mDoc.get(), i);
        editor.show();
        editor.findChild<QPushButton*>(QStringLiteral("classify"))->click();
        QCOMPARE(labels(mDoc->style(i)), labels(before));
        QCOMPARE(shapes(mDoc->style(i)), shapes(before));

        // Another field: its classes titled from the role (status: planned, started,
        // completed), not by their codes.
        QComboBox* field = combo(editor, "styleField");
        field->setCurrentIndex(field->findData(QStringLiteral("status")));
        QCOMPARE(mDoc->style(i).field, QStringLiteral("status"));
        QStringList titles = labels(mDoc->style(i));
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Completed"), QStringLiteral("Planned"),
                                      QStringLiteral("Started")}));
        // Back to the kind: its classes as they were, shapes and Chinese texts.
        field->setCurrentIndex(field->findData(QStringLiteral("kind")));
        QCOMPARE(labels(mDoc->style(i)), labels(before));
        QCOMPARE(shapes(mDoc->style(i)), shapes(before));
        // Single and back to Categorized: the same.
        combo(editor, "styleType")->setCurrentIndex(0);
        combo(editor, "styleType")->setCurrentIndex(1);
        QCOMPARE(mDoc->style(i).categories, before.categories);
        editor.reject();
    }

    void categoriesAreTitledInChineseInTheChineseUi()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/worksmap_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        // The pipes are drawn by kind; classed by status, the classes read in Chinese.
        const int i = index("pipes");
        StyleEditor editor(mDoc.get(), i);
        editor.show();
        QComboBox* field = combo(editor, "styleField");
        // The field box names the role's fields in the UI language.
        QVERIFY2(field->itemText(field->findData(QStringLiteral("status"))).contains(u'状'),
                 qPrintable(field->itemText(field->findData(QStringLiteral("status")))));
        field->setCurrentIndex(field->findData(QStringLiteral("status")));
        QStringList titles = labels(mDoc->style(i));
        titles.sort();
        QStringList expected{QStringLiteral("计划"), QStringLiteral("已开工"),
                             QStringLiteral("已建成")};
        expected.sort();
        QCOMPARE(titles, expected);
        editor.reject();
        QCoreApplication::removeTranslator(&zh);
    }

    void aClassGetsItsOwnShapeSizeAndOutline()
    {
        const int i = index("facilities");
        const Style before = mDoc->style(i);
        StyleEditor editor(mDoc.get(), i);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = editor.findChild<QTableWidget*>(QStringLiteral("categories"));
        // The clinic (row 1, a small pink circle) becomes a 12 px blue star with a black
        // 1.5 px outline, by a double-click on its symbol.
        ModalHandler handler = answerSymbolDialog([](SymbolWidget* w) {
            auto* shape = w->findChild<QComboBox*>(QStringLiteral("shape"));
            shape->setCurrentIndex(shape->findData(int(MarkerShape::Star)));
            w->findChild<QDoubleSpinBox*>(QStringLiteral("size"))->setValue(12);
            w->findChild<ColorButton*>(QStringLiteral("fill"))->setColor(QColor(0, 90, 200));
            w->findChild<ColorButton*>(QStringLiteral("stroke"))->setColor(Qt::black);
            w->findChild<QDoubleSpinBox*>(QStringLiteral("strokeWidth"))->setValue(1.5);
        });
        const QPoint at = table->visualItemRect(table->item(1, 0)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at); // a double-click's first
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(handler.count(), 1);
        const Symbol clinic = mDoc->style(i).categories[1].symbol;
        QCOMPARE(clinic.shape, MarkerShape::Star);
        QCOMPARE(clinic.size, 12.0);
        QCOMPARE(clinic.fill, QColor(0, 90, 200));
        QCOMPARE(clinic.stroke, QColor(Qt::black));
        QCOMPARE(clinic.strokeWidth, 1.5);
        QCOMPARE(mDoc->style(i).categories[1].label, before.categories[1].label);
        for (int r : {0, 2, 3, 4, 5, 6})
            QCOMPARE(mDoc->style(i).categories[r], before.categories[r]);
        editor.accept();
        QCOMPARE(mDoc->style(i).categories[1].symbol, clinic);
    }

    void lineAndPolygonSymbolsShowWhatTheyDraw()
    {
        // Pipes: colour, width and dash, no marker shape.
        const int pipes = index("pipes");
        StyleEditor editor(mDoc.get(), pipes);
        editor.show();
        ModalHandler handler = answerSymbolDialog([](SymbolWidget* w) {
            QVERIFY(!w->findChild<QComboBox*>(QStringLiteral("shape")));
            auto* dash = w->findChild<QComboBox*>(QStringLiteral("dash"));
            dash->setCurrentIndex(dash->findData(int(Qt::DashLine)));
            w->findChild<QDoubleSpinBox*>(QStringLiteral("strokeWidth"))->setValue(3);
        });
        editor.editClassSymbol(0);
        QCOMPARE(handler.count(), 1);
        QCOMPARE(mDoc->style(pipes).categories[0].symbol.dash, Qt::DashLine);
        QCOMPARE(mDoc->style(pipes).categories[0].symbol.strokeWidth, 3.0);
        editor.reject();

        // Counties: fill and outline, no shape or size.
        StyleEditor counties(mDoc.get(), index("counties"));
        auto* base = counties.findChild<SymbolWidget*>(QStringLiteral("baseSymbol"));
        QVERIFY(base->findChild<ColorButton*>(QStringLiteral("fill")));
        QVERIFY(base->findChild<ColorButton*>(QStringLiteral("stroke")));
        QVERIFY(!base->findChild<QComboBox*>(QStringLiteral("shape")));
        QVERIFY(!base->findChild<QDoubleSpinBox*>(QStringLiteral("size")));
    }

    void graduatedOffersNumericFieldsAndStartsOnAMeasure()
    {
        const int i = index("villages");
        const Layer& villages = *mDoc->layer(i).data;
        StyleEditor editor(mDoc.get(), i);
        editor.show();
        combo(editor, "styleType")->setCurrentIndex(2); // Graduated
        QComboBox* field = combo(editor, "styleField");
        QVERIFY(field->count() >= 2);
        for (int k = 0; k < field->count(); ++k) {
            const int column = villages.attributes.indexOf(field->itemData(k).toString());
            QVERIFY(column >= 0);
            QVERIFY2(isNumeric(villages.attributes.fields()[column].type),
                     qPrintable(field->itemText(k)));
        }
        QCOMPARE(field->findData(QStringLiteral("code")), -1);
        QCOMPARE(field->findData(QStringLiteral("name")), -1);
        QCOMPARE(field->currentData().toString(), QStringLiteral("households"));
        const Style& s = mDoc->style(i);
        QCOMPARE(s.type, StyleType::Graduated);
        QCOMPARE(s.field, QStringLiteral("households"));
        QVERIFY(!s.classes.isEmpty());
        // The classes span the households: from the smallest village to the largest.
        const int column = villages.attributes.indexOf(QStringLiteral("households"));
        double lo = 1e18, hi = -1e18;
        for (qsizetype r = 0; r < villages.featureCount(); ++r) {
            lo = std::min(lo, villages.attributes.toDouble(r, column));
            hi = std::max(hi, villages.attributes.toDouble(r, column));
        }
        QCOMPARE(s.classes.first().lower, lo);
        QCOMPARE(s.classes.last().upper, hi);

        // A class's own symbol survives other edits (a label setting); the method does not
        // keep it (the classes are cut again).
        ModalHandler handler = answerSymbolDialog([](SymbolWidget* w) {
            w->findChild<QDoubleSpinBox*>(QStringLiteral("size"))->setValue(20);
        });
        editor.editClassSymbol(0);
        QCOMPARE(mDoc->style(i).classes[0].symbol.size, 20.0);
        editor.findChild<QCheckBox*>()->setChecked(true); // labels on
        QCOMPARE(mDoc->style(i).classes[0].symbol.size, 20.0);
        editor.reject();
    }

    void graduatedIsOfferedOnlyWithANumericField()
    {
        // The counties carry codes and names only.
        StyleEditor editor(mDoc.get(), index("counties"));
        const Layer& counties = *mDoc->layer(index("counties")).data;
        const bool numeric =
            std::any_of(counties.attributes.fields().cbegin(), counties.attributes.fields().cend(),
                        [](const FieldDef& f) { return isNumeric(f.type); });
        auto* model = qobject_cast<QStandardItemModel*>(combo(editor, "styleType")->model());
        QCOMPARE(model->item(2)->isEnabled(), numeric);
    }
};

QTEST_MAIN(TestStyleEditor)
#include "test_style_editor.moc"
