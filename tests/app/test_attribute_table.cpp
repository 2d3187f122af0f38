#include "analysis/feature_filter.h"
#include "app/attribute_filter.h"
#include "app/attribute_table_dock.h"
#include "app/attribute_table_model.h"
#include "app/map_document.h"
#include "core/field_mapping.h"
#include "core/layer.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"
#include "io/project_loader.h"
#include "io/project_opener.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

using namespace wm;

namespace {

using Rows = std::vector<qsizetype>;

/// Six parking sites, columns named as a Chinese planner's spreadsheet would name them.
/// Row: name, 车位数 (spaces), cost, 县(市、区)
///   0  Alpha     10    2.5      桥西区
///   1  beta       9    100      桥东区
///   2  Gamma    100    (null)   桥西区
///   3  delta   (null)  7.25     信都区
///   4  Epsilon   25    3000000  桥西区
///   5  alphabet   2    0.5      襄都区
std::shared_ptr<Layer> makeParking()
{
    auto layer = std::make_shared<Layer>();
    layer->name = QStringLiteral("parking");
    layer->kind = GeometryKind::Point;
    layer->attributes.setFields({{QStringLiteral("名称"), FieldType::String, QString()},
                                 {QStringLiteral("车位数"), FieldType::Integer, QString()},
                                 {QStringLiteral("cost"), FieldType::Real, QString()},
                                 {QStringLiteral("县(市、区)"), FieldType::String, QString()}});
    struct Row {
        const char* name;
        std::optional<int> spaces;
        std::optional<double> cost;
        const char* county;
    };
    const Row rows[] = {
        {"Alpha", 10, 2.5, "桥西区"},           {"beta", 9, 100.0, "桥东区"},
        {"Gamma", 100, std::nullopt, "桥西区"}, {"delta", std::nullopt, 7.25, "信都区"},
        {"Epsilon", 25, 3000000.0, "桥西区"},   {"alphabet", 2, 0.5, "襄都区"}};
    for (const Row& r : rows) {
        const qsizetype row = layer->attributes.appendRow();
        layer->attributes.setString(row, 0, QString::fromUtf8(r.name));
        if (r.spaces)
            layer->attributes.setInteger(row, 1, *r.spaces);
        if (r.cost)
            layer->attributes.setReal(row, 2, *r.cost);
        layer->attributes.setString(row, 3, QString::fromUtf8(r.county));
        layer->addFeature(row + 1, nullptr);
    }
    layer->buildIndex();
    return layer;
}

/// A target list: a table without geometry.
std::shared_ptr<Layer> makeTargets()
{
    auto layer = std::make_shared<Layer>();
    layer->kind = GeometryKind::None;
    layer->attributes.setFields({{QStringLiteral("县(市、区)"), FieldType::String, QString()},
                                 {QStringLiteral("任务"), FieldType::Integer, QString()}});
    for (int i = 0; i < 3; ++i) {
        const qsizetype row = layer->attributes.appendRow();
        layer->attributes.setString(row, 0, QStringLiteral("县%1").arg(i));
        layer->attributes.setInteger(row, 1, 100 * (i + 1));
        layer->addFeature(row, nullptr);
    }
    layer->buildIndex();
    return layer;
}

/// `rows` features with a pseudo-random integer column and a text column.
std::shared_ptr<Layer> makeBig(int rows)
{
    auto layer = std::make_shared<Layer>();
    layer->kind = GeometryKind::Point;
    layer->attributes.setFields({{QStringLiteral("value"), FieldType::Integer, QString()},
                                 {QStringLiteral("label"), FieldType::String, QString()}});
    layer->attributes.reserve(rows);
    layer->reserve(rows);
    quint32 x = 12345;
    for (int i = 0; i < rows; ++i) {
        x = x * 1664525u + 1013904223u; // LCG: repeatable, unsorted
        const qsizetype row = layer->attributes.appendRow();
        layer->attributes.setInteger(row, 0, qint64(x % 1000000));
        layer->attributes.setString(row, 1, QStringLiteral("row %1").arg(i));
        layer->addFeature(i, nullptr);
    }
    layer->buildIndex();
    return layer;
}

LoadedLayer loaded(const RoleRegistry& roles, const QString& id, const QString& role,
                   std::shared_ptr<const Layer> data)
{
    LoadedLayer l;
    l.entry.id = id;
    l.entry.title = id;
    l.entry.role = role;
    if (data) {
        QStringList columns;
        for (const FieldDef& f : data->attributes.fields())
            columns << f.name;
        if (const LayerRole* r = roles.role(role))
            l.mapping = FieldMapping::map(*r, columns);
    } else {
        l.problem = QStringLiteral("file not found");
    }
    l.data = std::move(data);
    return l;
}

/// Source rows in the proxy's current order.
Rows proxyOrder(const AttributeFilterProxy& proxy)
{
    Rows rows;
    for (int r = 0; r < proxy.rowCount(); ++r)
        rows.push_back(proxy.mapToSource(proxy.index(r, 0)).row());
    return rows;
}

/// Selected rows of the view, as source rows in ascending order.
Rows viewSelection(const QTableView& view, const AttributeFilterProxy& proxy)
{
    Rows rows;
    for (const QModelIndex& i : view.selectionModel()->selectedRows())
        rows.push_back(proxy.mapToSource(i).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

/// The attribute table: model, filter proxy and the dock's selection sync with the document.
class TestAttributeTable : public QObject {
    Q_OBJECT

private:
    std::optional<RoleRegistry> mRoles;

    /// A document with: parking (6 rows), targets (table, 3 rows), an empty layer and an
    /// unavailable one, in that drawing order (parking at the bottom).
    std::unique_ptr<MapDocument> makeDocument()
    {
        auto doc = std::make_unique<MapDocument>(*mRoles);
        doc->setProject(makeDocumentProject());
        return doc;
    }

    std::shared_ptr<LoadedProject> makeDocumentProject()
    {
        auto project = std::make_shared<LoadedProject>();
        project->project.name = QStringLiteral("test");
        auto empty = std::make_shared<Layer>();
        empty->kind = GeometryKind::Point;
        project->layers = {
            loaded(*mRoles, QStringLiteral("parking"), QStringLiteral("parking"), makeParking()),
            loaded(*mRoles, QStringLiteral("targets"), QStringLiteral("target"), makeTargets()),
            loaded(*mRoles, QStringLiteral("empty"), QStringLiteral("parking"), empty),
            loaded(*mRoles, QStringLiteral("missing"), QStringLiteral("parking"), nullptr)};
        return project;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        mRoles = RoleRegistry::load(layerRolesDir());
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bothFilterFacesGiveTheSameAnswers()
    {
        // The rules' FeatureFilter and the table's condition on the same cells and values.
        auto layer = std::make_shared<Layer>();
        layer->attributes.setFields({{QStringLiteral("code"), FieldType::String, QString()},
                                     {QStringLiteral("n"), FieldType::Integer, QString()},
                                     {QStringLiteral("share"), FieldType::Real, QString()}});
        const std::vector<std::tuple<QString, std::optional<int>, double>> rows{
            {QStringLiteral("09"), 9, 0.1 + 0.2},
            {QStringLiteral("9"), 10, 2.5},
            {QStringLiteral("130502"), std::nullopt, 300},
            {QStringLiteral(" Clinic "), 0, -1},
            {QString(), 130502, 0}};
        for (const auto& [code, n, share] : rows) {
            const qsizetype r = layer->attributes.appendRow();
            if (!code.isNull())
                layer->attributes.setString(r, 0, code);
            if (n)
                layer->attributes.setInteger(r, 1, *n);
            layer->attributes.setReal(r, 2, share);
            layer->addFeature(r + 1, nullptr);
        }
        layer->buildIndex();
        const QStringList values{
            QStringLiteral("09"),     QStringLiteral("9"),      QStringLiteral("9.0"),
            QStringLiteral("130502"), QStringLiteral("clinic"), QStringLiteral("0.3"),
            QStringLiteral("300"),    QStringLiteral("x"),      QStringLiteral("''")};
        // Hand-checked answers for code = v (text) and n = v (numbers).
        QStringList codeRows, nRows;
        for (const QString& field :
             {QStringLiteral("code"), QStringLiteral("n"), QStringLiteral("share")}) {
            const int column = layer->attributes.indexOf(field);
            for (const QString& v : values) {
                const QString typed = v == QStringLiteral("''") ? QString() : v;
                for (const char* op : {"=", "!="}) {
                    bool ok = false;
                    const FeatureFilter f = FeatureFilter::parse(
                        field + QLatin1Char(' ') + QLatin1String(op) + QLatin1Char(' ') + v, &ok);
                    QVERIFY(ok);
                    const FilterOp tableOp = QLatin1String(op) == QLatin1String("=")
                                                 ? FilterOp::Equal
                                                 : FilterOp::NotEqual;
                    for (qsizetype r = 0; r < layer->featureCount(); ++r) {
                        const bool rule = f.matches(*layer, r);
                        const bool table =
                            matches(layer->attributes.value(r, column), tableOp, typed);
                        QVERIFY2(rule == table, qPrintable(QStringLiteral("%1 %2 %3, row %4")
                                                               .arg(field, QLatin1String(op), v)
                                                               .arg(r)));
                        if (rule && QLatin1String(op) == QLatin1String("=")) {
                            if (field == QLatin1String("code"))
                                codeRows << QStringLiteral("%1:%2").arg(v).arg(r);
                            if (field == QLatin1String("n"))
                                nRows << QStringLiteral("%1:%2").arg(v).arg(r);
                        }
                    }
                }
            }
        }
        // code: "09" only row 0, "9" only row 1, "130502" row 2, "clinic" row 3 (trimmed,
        // any case), empty the null row 4. n: 9 = "09" = "9" = "9.0" (row 0), 130502 row 4,
        // the null n of row 2 equals the empty value.
        QCOMPARE(codeRows, (QStringList{QStringLiteral("09:0"), QStringLiteral("9:1"),
                                        QStringLiteral("130502:2"), QStringLiteral("clinic:3"),
                                        QStringLiteral("'':4")}));
        QCOMPARE(nRows, (QStringList{QStringLiteral("09:0"), QStringLiteral("9:0"),
                                     QStringLiteral("9.0:0"), QStringLiteral("130502:4"),
                                     QStringLiteral("'':2")}));
    }

    void matchesComparesNumbersAsNumbersAndTextAsText()
    {
        using Op = FilterOp;
        // =
        QVERIFY(matches(QVariant(10), Op::Equal, QStringLiteral("10")));
        QVERIFY(matches(QVariant(10.0), Op::Equal, QStringLiteral(" 10 ")));
        // A text column compares = as text: codes "09" and "9" differ, as do "10" and "10.0".
        QVERIFY(!matches(QVariant(QStringLiteral("10")), Op::Equal, QStringLiteral("10.0")));
        QVERIFY(!matches(QVariant(QStringLiteral("09")), Op::Equal, QStringLiteral("9")));
        QVERIFY(matches(QVariant(QStringLiteral("09")), Op::NotEqual, QStringLiteral("9")));
        QVERIFY(matches(QVariant(9), Op::Equal, QStringLiteral("09"))); // a number column
        QVERIFY(matches(QVariant(0.1 + 0.2), Op::Equal, QStringLiteral("0.3")));
        QVERIFY(matches(QVariant(QStringLiteral("桥西区")), Op::Equal, QStringLiteral("桥西区")));
        QVERIFY(matches(QVariant(QStringLiteral("Alpha")), Op::Equal, QStringLiteral("alpha")));
        QVERIFY(!matches(QVariant(QStringLiteral("Alpha")), Op::Equal, QStringLiteral("alphabet")));
        QVERIFY(!matches(QVariant(10), Op::Equal, QStringLiteral("ten")));
        QVERIFY(matches(QVariant(), Op::Equal, QString()));
        QVERIFY(!matches(QVariant(), Op::Equal, QStringLiteral("0")));
        // ≠
        QVERIFY(matches(QVariant(10), Op::NotEqual, QStringLiteral("9")));
        QVERIFY(!matches(QVariant(10), Op::NotEqual, QStringLiteral("10.00")));
        QVERIFY(matches(QVariant(), Op::NotEqual, QStringLiteral("x")));
        QVERIFY(!matches(QVariant(), Op::NotEqual, QString()));
        // < : 9 < 10 as numbers, even stored as text; "a9" > "a10" as text
        QVERIFY(matches(QVariant(9), Op::Less, QStringLiteral("10")));
        QVERIFY(matches(QVariant(QStringLiteral("9")), Op::Less, QStringLiteral("10")));
        QVERIFY(!matches(QVariant(QStringLiteral("a9")), Op::Less, QStringLiteral("a10")));
        QVERIFY(matches(QVariant(QStringLiteral("apple")), Op::Less, QStringLiteral("Banana")));
        QVERIFY(!matches(QVariant(10), Op::Less, QStringLiteral("10")));
        QVERIFY(!matches(QVariant(), Op::Less, QStringLiteral("10")));
        // ≤
        QVERIFY(matches(QVariant(10), Op::LessEqual, QStringLiteral("10")));
        QVERIFY(matches(QVariant(qint64(-5)), Op::LessEqual, QStringLiteral("-4.5")));
        QVERIFY(!matches(QVariant(11), Op::LessEqual, QStringLiteral("10")));
        QVERIFY(!matches(QVariant(), Op::LessEqual, QString()));
        // >
        QVERIFY(matches(QVariant(2.5), Op::Greater, QStringLiteral("2.25")));
        QVERIFY(matches(QVariant(100), Op::Greater, QStringLiteral("25"))); // text: "100" < "25"
        QVERIFY(!matches(QVariant(QStringLiteral("100")), Op::Greater, QStringLiteral("25x")));
        QVERIFY(!matches(QVariant(), Op::Greater, QStringLiteral("-1")));
        // ≥
        QVERIFY(matches(QVariant(25), Op::GreaterEqual, QStringLiteral("25")));
        QVERIFY(matches(QVariant(QStringLiteral("b")), Op::GreaterEqual, QStringLiteral("B")));
        QVERIFY(!matches(QVariant(24.99), Op::GreaterEqual, QStringLiteral("25")));
        // contains: always text, case-insensitive, on the shown form of numbers
        QVERIFY(matches(QVariant(QStringLiteral("alphabet")), Op::Contains, QStringLiteral("PHA")));
        QVERIFY(matches(QVariant(QStringLiteral("桥西区")), Op::Contains, QStringLiteral("西")));
        QVERIFY(matches(QVariant(3000000.0), Op::Contains, QStringLiteral("3000000")));
        QVERIFY(matches(QVariant(2021), Op::Contains, QStringLiteral("02")));
        QVERIFY(!matches(QVariant(2021), Op::Contains, QStringLiteral("2,0")));
        QVERIFY(!matches(QVariant(), Op::Contains, QStringLiteral("a")));
        QVERIFY(matches(QVariant(), Op::Contains, QString()));
    }

    void modelGivesTypedValuesAndHeaders()
    {
        const RoleRegistry& roles = *mRoles;
        const LoadedLayer l =
            loaded(roles, QStringLiteral("parking"), QStringLiteral("parking"), makeParking());
        AttributeTableModel model;
        model.setLayer(l.data, roles.role(QStringLiteral("parking")), &l.mapping);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.layer(), l.data);

        const QVariant spaces = model.data(model.index(1, 1));
        QCOMPARE(spaces.typeId(), int(QMetaType::Int));
        QCOMPARE(spaces.toInt(), 9);
        QCOMPARE(model.data(model.index(4, 2), Qt::EditRole).typeId(), int(QMetaType::Double));
        QCOMPARE(model.data(model.index(4, 2), AttributeTableModel::RawValueRole).toDouble(),
                 3000000.0);
        QVERIFY(!model.data(model.index(2, 2)).isValid()); // null cost
        QCOMPARE(model.data(model.index(5, 0)).toString(), QStringLiteral("alphabet"));
        QCOMPARE(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.data(model.index(0, 2), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.data(model.index(0, 0), Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignLeft | Qt::AlignVCenter));

        // Numbers as planners write them: no digit grouping, no exponent.
        QCOMPARE(AttributeTableModel::formatValue(QVariant(2021)), QStringLiteral("2021"));
        QCOMPARE(AttributeTableModel::formatValue(QVariant(3000000.0)), QStringLiteral("3000000"));
        QCOMPARE(AttributeTableModel::formatValue(QVariant(7.25)), QStringLiteral("7.25"));
        QCOMPARE(AttributeTableModel::formatValue(QVariant()), QString());
        AttributeValueDelegate delegate;
        QCOMPARE(delegate.displayText(QVariant(qint64(130502)), QLocale()),
                 QStringLiteral("130502"));

        // Header: the column name, plus the role field's title in the UI language.
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("车位数 (Parking spaces)"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("名称 (Name)"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(),
                 QStringLiteral("县(市、区) (County)"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("cost"));
        QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("spaces")));
        {
            // The Chinese interface is the translation installed, as the app installs it.
            QTranslator zh;
            QVERIFY(zh.load(QStringLiteral(":/i18n/worksmap_zh_CN.qm")));
            QCoreApplication::installTranslator(&zh);
            // Named like the field already: no "车位数 (车位数)".
            QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("车位数"));
            QCoreApplication::removeTranslator(&zh);
        }

        // Row numbers are feature index + 1.
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("1"));
        QCOMPARE(model.headerData(5, Qt::Vertical).toString(), QStringLiteral("6"));

        // The model keeps the layer alive.
        {
            AttributeTableModel keeper;
            keeper.setLayer(makeParking());
            QCOMPARE(keeper.rowCount(), 6);
        }
        model.setLayer(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void proxySortsNumbersNumerically()
    {
        AttributeTableModel model;
        model.setLayer(makeParking());
        AttributeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxyOrder(proxy), (Rows{0, 1, 2, 3, 4, 5}));
        // 车位数: 2, 9, 10, 25, 100, then the empty cell (text order would be 10, 100, 2, 25, 9).
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxyOrder(proxy), (Rows{5, 1, 0, 4, 2, 3}));
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(proxyOrder(proxy), (Rows{3, 2, 4, 0, 1, 5}));
        // cost: 0.5, 2.5, 7.25, 100, 3000000, empty.
        proxy.sort(2, Qt::AscendingOrder);
        QCOMPARE(proxyOrder(proxy), (Rows{5, 0, 3, 1, 4, 2}));
        // Names ignore case: Alpha, alphabet, beta, delta, Epsilon, Gamma.
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(proxyOrder(proxy), (Rows{0, 5, 1, 3, 4, 2}));
        proxy.sort(-1);
        QCOMPARE(proxyOrder(proxy), (Rows{0, 1, 2, 3, 4, 5}));

        // The generic path (another source model) sorts numerically through the raw values.
        QStandardItemModel plain(3, 1);
        plain.setData(plain.index(0, 0), 10, Qt::UserRole);
        plain.setData(plain.index(1, 0), 9, Qt::UserRole);
        plain.setData(plain.index(2, 0), 100, Qt::UserRole);
        AttributeFilterProxy generic;
        generic.setSourceModel(&plain);
        generic.sort(0);
        QCOMPARE(proxyOrder(generic), (Rows{1, 0, 2}));
    }

    void proxyFiltersTextAndCondition()
    {
        AttributeTableModel model;
        model.setLayer(makeParking());
        AttributeFilterProxy proxy;
        proxy.setSourceModel(&model);

        proxy.setText(QStringLiteral("ALPHA"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 5}));
        proxy.setText(QStringLiteral("桥西"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 2, 4}));
        // "25" is in 25 (row 4) and 7.25 (row 3), not in 2.5.
        proxy.setText(QStringLiteral("25"));
        QCOMPARE(proxyOrder(proxy), (Rows{3, 4}));
        proxy.setText(QStringLiteral("3000000"));
        QCOMPARE(proxyOrder(proxy), (Rows{4}));
        proxy.setText(QStringLiteral("nothing like this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), 6);

        using Op = AttributeFilterProxy::Op;
        proxy.setCondition(1, Op::Equal, QStringLiteral("10"));
        QCOMPARE(proxyOrder(proxy), (Rows{0}));
        proxy.setCondition(1, Op::NotEqual, QStringLiteral("10"));
        QCOMPARE(proxyOrder(proxy), (Rows{1, 2, 3, 4, 5})); // the empty cell is ≠ 10
        proxy.setCondition(1, Op::Less, QStringLiteral("10"));
        QCOMPARE(proxyOrder(proxy), (Rows{1, 5}));
        proxy.setCondition(1, Op::LessEqual, QStringLiteral("10"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 1, 5}));
        proxy.setCondition(1, Op::Greater, QStringLiteral("9"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 2, 4}));
        proxy.setCondition(1, Op::GreaterEqual, QStringLiteral("25"));
        QCOMPARE(proxyOrder(proxy), (Rows{2, 4}));
        proxy.setCondition(2, Op::Greater, QStringLiteral("7"));
        QCOMPARE(proxyOrder(proxy), (Rows{1, 3, 4}));
        proxy.setCondition(3, Op::Equal, QStringLiteral("桥西区"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 2, 4}));
        proxy.setCondition(3, Op::NotEqual, QStringLiteral("桥西区"));
        QCOMPARE(proxyOrder(proxy), (Rows{1, 3, 5}));
        proxy.setCondition(0, Op::Contains, QStringLiteral("ALPHA"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 5}));
        // Text comparison on a text column: "beta" < "c", "alpha…" < "c", the rest not.
        proxy.setCondition(0, Op::Less, QStringLiteral("c"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 1, 5}));

        // Both filters at once: text AND condition.
        proxy.setText(QStringLiteral("桥"));
        proxy.setCondition(1, Op::Greater, QStringLiteral("9"));
        QCOMPARE(proxyOrder(proxy), (Rows{0, 2, 4}));
        proxy.clearCondition();
        QVERIFY(!proxy.hasCondition());
        QCOMPARE(proxyOrder(proxy), (Rows{0, 1, 2, 4}));
        // Filtering keeps the sort.
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(proxyOrder(proxy), (Rows{2, 4, 0, 1}));
    }

    void dockListsLayersWithFeatures()
    {
        auto doc = makeDocument();
        AttributeTableDock dock(doc.get());
        auto* combo = dock.findChild<QComboBox*>(QStringLiteral("layerCombo"));
        QVERIFY(combo);
        // Topmost first; neither the empty nor the unavailable layer.
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemData(0).toString(), QStringLiteral("targets"));
        QCOMPARE(combo->itemData(1).toString(), QStringLiteral("parking"));
        QVERIFY(combo->itemText(0).contains(QStringLiteral("table")));
        QCOMPARE(dock.currentLayerId(), QStringLiteral("targets"));
        QCOMPARE(dock.statusText(), QStringLiteral("3 features, 3 shown, 0 selected"));
        // Tables have nowhere to zoom to.
        doc->setSelection(QStringLiteral("targets"), {0});
        QVERIFY(!dock.findChild<QPushButton*>(QStringLiteral("zoomButton"))->isEnabled());
        QVERIFY(dock.findChild<QPushButton*>(QStringLiteral("clearSelectionButton"))->isEnabled());

        dock.showLayer(QStringLiteral("parking"));
        QCOMPARE(dock.currentLayerId(), QStringLiteral("parking"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("parking"));
        QCOMPARE(dock.tableModel()->rowCount(), 6);
        QCOMPARE(dock.tableView()->model()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("车位数 (Parking spaces)"));
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 6 shown, 0 selected"));
        dock.showLayer(QStringLiteral("missing")); // not listed: nothing changes
        QCOMPARE(dock.currentLayerId(), QStringLiteral("parking"));

        // A rename relists but keeps the layer, its sort and its filter, without a reset.
        dock.tableView()->sortByColumn(1, Qt::AscendingOrder);
        dock.filterProxy()->setText(QStringLiteral("桥"));
        QSignalSpy resets(dock.tableModel(), &QAbstractItemModel::modelReset);
        doc->rename(doc->indexOf(QStringLiteral("parking")), QStringLiteral("停车场"));
        QCOMPARE(combo->currentText(), QStringLiteral("停车场"));
        QCOMPARE(dock.currentLayerId(), QStringLiteral("parking"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(proxyOrder(*dock.filterProxy()), (Rows{1, 0, 4, 2}));
        QVERIFY(dock.windowTitle().contains(QStringLiteral("停车场")));

        // The same layer reloaded (a new project with the same ids): new data, same sort and
        // search; the old selection went with the old project.
        doc->setSelection(QStringLiteral("parking"), {0});
        const auto oldData = dock.tableModel()->layer();
        doc->setProject(makeDocumentProject());
        QCOMPARE(dock.currentLayerId(), QStringLiteral("parking"));
        QVERIFY(dock.tableModel()->layer() != oldData);
        QCOMPARE(proxyOrder(*dock.filterProxy()), (Rows{1, 0, 4, 2}));
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 4 shown, 0 selected"));

        // The shown layer removed: the dock moves to one that is left.
        doc->removeLayer(doc->indexOf(QStringLiteral("parking")));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(dock.currentLayerId(), QStringLiteral("targets"));
        QCOMPARE(dock.filterProxy()->text(), QString()); // another layer: filters reset

        // No project: nothing shown.
        doc->setProject(nullptr);
        QCOMPARE(combo->count(), 0);
        QCOMPARE(dock.currentLayerId(), QString());
        QCOMPARE(dock.tableModel()->rowCount(), 0);
    }

    void dockFilterRowAndSearchBox()
    {
        auto doc = makeDocument();
        AttributeTableDock dock(doc.get());
        dock.showLayer(QStringLiteral("parking"));
        auto* field = dock.findChild<QComboBox*>(QStringLiteral("fieldCombo"));
        auto* op = dock.findChild<QComboBox*>(QStringLiteral("opCombo"));
        auto* value = dock.findChild<QLineEdit*>(QStringLiteral("valueEdit"));
        auto* search = dock.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QCOMPARE(field->count(), 4);
        QCOMPARE(field->itemText(1), QStringLiteral("车位数 (Parking spaces)"));
        QCOMPARE(op->count(), 7);
        QCOMPARE(op->itemText(5), QStringLiteral("≥"));

        field->setCurrentIndex(1);
        op->setCurrentIndex(op->findData(int(FilterOp::GreaterEqual)));
        value->setText(QStringLiteral("10"));
        dock.findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
        QCOMPARE(proxyOrder(*dock.filterProxy()), (Rows{0, 2, 4}));
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 3 shown, 0 selected"));

        search->setText(QStringLiteral("gam")); // small layer: applied while typing
        QCOMPARE(proxyOrder(*dock.filterProxy()), (Rows{2}));
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 1 shown, 0 selected"));

        dock.findChild<QPushButton*>(QStringLiteral("clearFilterButton"))->click();
        QVERIFY(value->text().isEmpty());
        QCOMPARE(proxyOrder(*dock.filterProxy()), (Rows{2}));
        search->clear();
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 6 shown, 0 selected"));
    }

    void viewSelectionGoesToTheDocument()
    {
        auto doc = makeDocument();
        AttributeTableDock dock(doc.get());
        dock.resize(700, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.showLayer(QStringLiteral("parking"));
        QTableView* view = dock.tableView();
        AttributeFilterProxy* proxy = dock.filterProxy();
        const QString id = QStringLiteral("parking");

        // Sorted by 车位数 ascending and searched for "桥": source rows 1 (9), 0 (10), 4 (25),
        // 2 (100).
        view->sortByColumn(1, Qt::AscendingOrder);
        dock.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("桥"));
        QCOMPARE(proxyOrder(*proxy), (Rows{1, 0, 4, 2}));

        QSignalSpy changes(doc.get(), &MapDocument::selectionChanged);
        const int last = proxy->columnCount() - 1;
        auto rowRange = [&](int row) {
            return QItemSelection(proxy->index(row, 0), proxy->index(row, last));
        };
        view->selectionModel()->select(rowRange(0), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(doc->selection(id), (Rows{1}));
        QCOMPARE(changes.count(), 1); // no echo back through the view
        view->selectionModel()->select(rowRange(3), QItemSelectionModel::Select);
        view->selectionModel()->select(rowRange(2), QItemSelectionModel::Select);
        // View order is 1, 2, 4; the document gets them ascending.
        QCOMPARE(doc->selection(id), (Rows{1, 2, 4}));
        QCOMPARE(changes.count(), 3);
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 4 shown, 3 selected"));

        // A plain click selects that row alone.
        const QRect cell = view->visualRect(proxy->index(1, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(doc->selection(id), (Rows{0}));
        // Ctrl+click adds one.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(proxy->index(3, 0)).center());
        QCOMPARE(doc->selection(id), (Rows{0, 2}));
        QCOMPARE(viewSelection(*view, *proxy), (Rows{0, 2}));

        // Ctrl+A selects every shown row, not the filtered-out ones.
        view->selectAll();
        QCOMPARE(doc->selection(id), (Rows{0, 1, 2, 4}));

        // Clear selection empties both.
        dock.findChild<QPushButton*>(QStringLiteral("clearSelectionButton"))->click();
        QVERIFY(doc->selection(id).empty());
        QVERIFY(view->selectionModel()->selection().isEmpty());
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 4 shown, 0 selected"));
    }

    void documentSelectionGoesToTheView()
    {
        auto doc = makeDocument();
        AttributeTableDock dock(doc.get());
        dock.showLayer(QStringLiteral("parking"));
        QTableView* view = dock.tableView();
        AttributeFilterProxy* proxy = dock.filterProxy();
        const QString id = QStringLiteral("parking");
        view->sortByColumn(1, Qt::AscendingOrder); // 5, 1, 0, 4, 2, 3

        QSignalSpy changes(doc.get(), &MapDocument::selectionChanged);
        doc->setSelection(id, {2, 3, 5});
        QCOMPARE(changes.count(), 1); // the view's update does not write back
        QCOMPARE(viewSelection(*view, *proxy), (Rows{2, 3, 5}));
        QVERIFY(view->selectionModel()->isRowSelected(0, {}));  // row 5
        QVERIFY(!view->selectionModel()->isRowSelected(1, {})); // row 1
        QVERIFY(view->selectionModel()->isRowSelected(4, {}));  // row 2
        QVERIFY(view->selectionModel()->isRowSelected(5, {}));  // row 3
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 6 shown, 3 selected"));

        // Filtered out rows stay selected in the document, and show again when the filter goes.
        dock.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("桥"));
        QCOMPARE(proxyOrder(*proxy), (Rows{1, 0, 4, 2}));
        QCOMPARE(viewSelection(*view, *proxy), (Rows{2}));
        QCOMPARE(doc->selection(id), (Rows{2, 3, 5}));
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 4 shown, 3 selected"));
        dock.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->clear();
        QCOMPARE(viewSelection(*view, *proxy), (Rows{2, 3, 5}));
        // Re-sorting keeps the selection on the same features.
        view->sortByColumn(0, Qt::AscendingOrder); // 0, 5, 1, 3, 4, 2
        QCOMPARE(viewSelection(*view, *proxy), (Rows{2, 3, 5}));
        QVERIFY(view->selectionModel()->isRowSelected(1, {})); // row 5
        QCOMPARE(changes.count(), 1);

        // Another layer's selection does not touch this view.
        doc->setSelection(QStringLiteral("targets"), {0, 1});
        QCOMPARE(viewSelection(*view, *proxy), (Rows{2, 3, 5}));
        doc->clearSelection();
        QVERIFY(view->selectionModel()->selection().isEmpty());
        QCOMPARE(dock.statusText(), QStringLiteral("6 features, 6 shown, 0 selected"));
    }

    void zoomToSelectionAsksForTheSelectedFeatures()
    {
        auto doc = makeDocument();
        AttributeTableDock dock(doc.get());
        dock.showLayer(QStringLiteral("parking"));
        auto* zoom = dock.findChild<QPushButton*>(QStringLiteral("zoomButton"));
        QVERIFY(!zoom->isEnabled());
        QString askedLayer;
        Rows asked;
        connect(&dock, &AttributeTableDock::zoomToFeaturesRequested, this,
                [&](const QString& layerId, const Rows& features) {
                    askedLayer = layerId;
                    asked = features;
                });
        doc->setSelection(QStringLiteral("parking"), {1, 4});
        QVERIFY(zoom->isEnabled());
        zoom->click();
        QCOMPARE(askedLayer, QStringLiteral("parking"));
        QCOMPARE(asked, (Rows{1, 4}));
        QSignalSpy spy(&dock, &AttributeTableDock::zoomToFeaturesRequested);
        zoom->click();
        QCOMPARE(spy.count(), 1);
    }

    void demoTablesAndRoleTitles()
    {
        auto doc = std::make_unique<MapDocument>(*mRoles);
        doc->setProject(std::make_shared<LoadedProject>(openProjectOrDataset(
            QStringLiteral(WORKSMAP_DEMO_DIR "/xingtai-2021.worksmap.json"), *mRoles)));
        AttributeTableDock dock(doc.get());
        auto* combo = dock.findChild<QComboBox*>(QStringLiteral("layerCombo"));
        QVERIFY(combo->findData(QStringLiteral("target_parking_spaces")) >= 0);
        QVERIFY(combo->findData(QStringLiteral("parking")) >= 0);
        QVERIFY(combo->findData(QStringLiteral("counties")) >= 0);

        dock.showLayer(QStringLiteral("parking"));
        const LoadedLayer& parking = doc->layer(doc->indexOf(QStringLiteral("parking")));
        const int spacesColumn = parking.data->attributes.indexOf(
            parking.mapping.sourceOf.value(QStringLiteral("spaces")));
        QVERIFY(spacesColumn >= 0);
        QVERIFY(dock.tableModel()
                    ->headerData(spacesColumn, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("Parking spaces")));
        const int n = int(parking.data->featureCount());
        QCOMPARE(dock.statusText(), QStringLiteral("%L1 features, %L1 shown, 0 selected").arg(n));

        // Sorted by spaces, the view reads ascending numbers (empty cells last).
        dock.tableView()->sortByColumn(spacesColumn, Qt::AscendingOrder);
        AttributeFilterProxy* proxy = dock.filterProxy();
        double previous = -1e300;
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QVariant v =
                proxy->index(r, spacesColumn).data(AttributeTableModel::RawValueRole);
            if (!v.isValid())
                continue;
            QVERIFY(v.toDouble() >= previous);
            previous = v.toDouble();
        }

        dock.showLayer(QStringLiteral("target_parking_spaces"));
        QVERIFY(dock.tableModel()->rowCount() > 0);
        QVERIFY(dock.statusText().startsWith(QString::number(dock.tableModel()->rowCount())));
    }

    void hundredThousandRows()
    {
        const int n = 100000;
        const std::shared_ptr<const Layer> big = makeBig(n);
        AttributeTableModel model;
        model.setLayer(big);
        QCOMPARE(model.rowCount(), n);
        QCOMPARE(model.data(model.index(n - 1, 1)).toString(), QStringLiteral("row 99999"));
        QCOMPARE(model.data(model.index(n - 1, 0)).toLongLong(),
                 big->attributes.value(n - 1, 0).toLongLong());
        QCOMPARE(model.headerData(n - 1, Qt::Vertical).toString(), QStringLiteral("100000"));

        AttributeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(proxy.rowCount(), n);
        qint64 previous = -1;
        for (int r = 0; r < n; ++r) {
            const qint64 v = proxy.index(r, 0).data().toLongLong();
            if (v < previous)
                QFAIL(qPrintable(QStringLiteral("row %1 out of order").arg(r)));
            previous = v;
        }
        proxy.setText(QStringLiteral("row 9999"));
        QCOMPARE(proxy.rowCount(), 11); // "row 9999" and "row 99990" … "row 99999"

        // In the dock: 50,000 scattered selected rows in both directions.
        MapDocument doc(*mRoles);
        auto project = std::make_shared<LoadedProject>();
        project->layers = {loaded(*mRoles, QStringLiteral("big"), QStringLiteral("parking"), big)};
        doc.setProject(project);
        AttributeTableDock dock(&doc);
        QCOMPARE(dock.currentLayerId(), QStringLiteral("big"));
        Rows every2nd;
        for (qsizetype i = 0; i < n; i += 2)
            every2nd.push_back(i);
        doc.setSelection(QStringLiteral("big"), every2nd);
        QItemSelectionModel* sm = dock.tableView()->selectionModel();
        QCOMPARE(sm->selection().size(), n / 2);
        QVERIFY(sm->isRowSelected(n - 2, {}));
        QVERIFY(!sm->isRowSelected(n - 1, {}));
        dock.tableView()->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(dock.statusText(),
                 QStringLiteral("100,000 features, 100,000 shown, 50,000 selected"));
        QCOMPARE(doc.selection(QStringLiteral("big")).size(), size_t(n / 2));

        // Ctrl+click toggles one row of the scattered selection.
        dock.resize(600, 400);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTableView* view = dock.tableView();
        const qsizetype clicked = dock.filterProxy()->mapToSource(view->model()->index(2, 0)).row();
        const bool wasSelected = clicked % 2 == 0;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(view->model()->index(2, 0)).center());
        const Rows& afterClick = doc.selection(QStringLiteral("big"));
        QCOMPARE(afterClick.size(), size_t(n / 2 + (wasSelected ? -1 : 1)));
        QCOMPARE(std::binary_search(afterClick.begin(), afterClick.end(), clicked), !wasSelected);

        // Ctrl+A over it: one update of the document, with every row.
        QSignalSpy changes(&doc, &MapDocument::selectionChanged);
        view->selectAll();
        QCOMPARE(changes.count(), 1);
        QCOMPARE(doc.selection(QStringLiteral("big")).size(), size_t(n));
        QCOMPARE(doc.selection(QStringLiteral("big")).back(), qsizetype(n - 1));
        // The search box waits for a pause in typing on a table this size.
        auto* search = dock.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("row 9999"));
        QTRY_COMPARE(dock.filterProxy()->rowCount(), 11);
        QCOMPARE(doc.selection(QStringLiteral("big")).size(), size_t(n));
        QCOMPARE(dock.tableView()->selectionModel()->selectedRows().size(), 11);
    }
};

QTEST_MAIN(TestAttributeTable)
#include "test_attribute_table.moc"
