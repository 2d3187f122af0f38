#include "app/feature_form.h"

#include "core/ui_language.h"
#include "io/project_loader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wm {

namespace {

/// Index of the column named `name` (exact, then case-insensitive), or -1.
int columnIndex(const QVector<FieldDef>& columns, const QString& name)
{
    if (name.isEmpty())
        return -1;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

/// A value as the editors show it: empty for null, numbers in C notation.
QString textOf(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QLocale::c().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
}

bool isIntegerType(FieldType t)
{
    return t == FieldType::Integer || t == FieldType::Integer64;
}

QVector<FieldDef> columnsOf(const LoadedLayer& layer)
{
    return layer.data ? layer.data->attributes.fields() : QVector<FieldDef>{};
}

const char* InvalidStyle = "background-color: #fde2e2;";

} // namespace

FeatureForm::FeatureForm(const LayerRole& role, const LoadedLayer& layer,
                         const QVector<QVariant>& values, const QStringList& knownScenarios,
                         QWidget* parent)
    : QDialog(parent), mValues(values)
{
    build(role, columnsOf(layer), layer.mapping, knownScenarios, layer.entry.displayName());
}

FeatureForm::FeatureForm(const LayerRole& role, const QVector<FieldDef>& columns,
                         const FieldMapping& mapping, const QVector<QVariant>& values,
                         const QStringList& knownScenarios, const QString& layerTitle,
                         QWidget* parent)
    : QDialog(parent), mValues(values)
{
    build(role, columns, mapping, knownScenarios, layerTitle);
}

void FeatureForm::build(const LayerRole& role, const QVector<FieldDef>& columns,
                        const FieldMapping& mapping, const QStringList& knownScenarios,
                        const QString& layerTitle)
{
    setWindowTitle(tr("Feature attributes — %1").arg(layerTitle));
    mValues.resize(columns.size());
    const bool chinese = chineseUi();

    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* roleForm = new QFormLayout;
    contentLayout->addLayout(roleForm);

    // The role's fields, in the role's order, each on its column.
    QVector<char> taken(columns.size(), 0);
    for (const RoleField& f : role.fields) {
        int column = columnIndex(columns, mapping.sourceOf.value(f.name));
        if (column < 0)
            column = columnIndex(columns, f.name);
        if (column < 0 || taken[column])
            continue;
        taken[column] = 1;
        Editor e;
        e.column = column;
        e.field = f.name;
        e.required = f.required;
        QString title = chinese ? f.titleZh : f.titleEn;
        if (title.isEmpty())
            title = chinese ? f.titleEn : f.titleZh;
        if (title.isEmpty())
            title = f.name;
        if (!f.unit.isEmpty() && !title.contains(f.unit))
            title = tr("%1 (%2)").arg(title, f.unit);
        e.label = title;
        QString labelText = title;
        if (columns[column].name != title)
            labelText = tr("%1 [%2]").arg(title, columns[column].name);
        if (f.required)
            labelText += QStringLiteral(" *");
        QWidget* editor =
            makeEditor(e, &f, columns[column].type, mValues.value(column), knownScenarios);
        editor->setObjectName(QStringLiteral("field_") + f.name);
        auto* label = new QLabel(labelText, content);
        label->setToolTip(f.required ? tr("Column \"%1\"; required").arg(columns[column].name)
                                     : tr("Column \"%1\"").arg(columns[column].name));
        label->setBuddy(editor);
        roleForm->addRow(label, editor);
        mEditors << e;
    }

    // Columns no role field takes.
    QFormLayout* otherForm = nullptr;
    for (int c = 0; c < columns.size(); ++c) {
        if (taken[c])
            continue;
        if (!otherForm) {
            auto* box = new QGroupBox(tr("Other columns"), content);
            otherForm = new QFormLayout(box);
            contentLayout->addWidget(box);
        }
        Editor e;
        e.column = c;
        e.label = columns[c].name;
        QWidget* editor = makeEditor(e, nullptr, columns[c].type, mValues.value(c), {});
        editor->setObjectName(QStringLiteral("column_%1").arg(c));
        otherForm->addRow(columns[c].name, editor);
        mEditors << e;
    }
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    mProblemLabel = new QLabel(this);
    mProblemLabel->setWordWrap(true);
    mProblemLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(mProblemLabel);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, [this] {
        if (mProblem.isEmpty())
            accept();
    });
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 560);
    validate();
}

QWidget* FeatureForm::makeEditor(Editor& e, const RoleField* field, FieldType columnType,
                                 const QVariant& value, const QStringList& knownScenarios)
{
    const QString text = textOf(value);
    e.initialText = text;
    if (field && field->name == QLatin1String("scenario") && !isNumeric(columnType)) {
        e.kind = Kind::Scenario;
        auto* combo = new QComboBox(this);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        // The first item stands for "no scenario": what exists or is under way.
        combo->addItem(tr("Current (no scenario)"), QString());
        for (const QString& s : knownScenarios)
            if (!s.trimmed().isEmpty())
                combo->addItem(s, s);
        const QString current = text.trimmed();
        if (current.isEmpty()) {
            combo->setCurrentIndex(0);
        } else {
            int index = combo->findData(current);
            if (index < 0) {
                combo->addItem(current, current);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        }
        combo->setToolTip(tr("Empty for what exists or is under way; a plan's name for a "
                             "proposed feature."));
        connect(combo, &QComboBox::currentTextChanged, this, &FeatureForm::validate);
        e.widget = combo;
        e.initialText = currentText(e);
        return combo;
    }
    if (field && !field->values.isEmpty() && !isNumeric(columnType)) {
        e.kind = Kind::Choice;
        auto* combo = new QComboBox(this);
        combo->addItem(QString(), QString());
        const bool chinese = chineseUi();
        for (const QString& v : field->values) {
            // The title a planner reads, with the code that is stored.
            const QString title = field->valueTitle(v, chinese);
            combo->addItem(title == v ? v : tr("%1 (%2)").arg(title, v), v);
        }
        int index = combo->findData(text);
        if (index < 0) {
            // A value the role does not list stays what it is until the planner picks another.
            combo->addItem(tr("%1 (not in the role's list)").arg(text), text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        connect(combo, &QComboBox::currentIndexChanged, this, &FeatureForm::validate);
        e.widget = combo;
        return combo;
    }

    // Numbers: the column's storage decides; a text column takes the role's type unless it
    // already holds text that is no number (kept editable as text, never lost).
    FieldType type = columnType;
    if (!isNumeric(type) && field && isNumeric(field->type)) {
        bool ok = text.isEmpty();
        if (!ok)
            QLocale::c().toDouble(text.trimmed(), &ok);
        if (ok)
            type = field->type;
    }
    auto* edit = new QLineEdit(text, this);
    if (isIntegerType(type)) {
        e.kind = Kind::Integer;
        if (type == FieldType::Integer) {
            auto* v = new QIntValidator(edit);
            v->setLocale(QLocale::c());
            edit->setValidator(v);
        } else {
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("-?[0-9]{0,18}")), edit));
        }
        edit->setPlaceholderText(tr("(empty)"));
    } else if (type == FieldType::Real) {
        e.kind = Kind::Real;
        auto* v = new QDoubleValidator(edit);
        v->setLocale(QLocale::c());
        v->setNotation(QDoubleValidator::ScientificNotation);
        edit->setValidator(v);
        edit->setPlaceholderText(tr("(empty)"));
    } else {
        e.kind = Kind::Text;
    }
    connect(edit, &QLineEdit::textChanged, this, &FeatureForm::validate);
    e.widget = edit;
    return edit;
}

QString FeatureForm::currentText(const Editor& e) const
{
    switch (e.kind) {
    case Kind::Choice:
        return static_cast<QComboBox*>(e.widget)->currentData().toString();
    case Kind::Scenario: {
        auto* combo = static_cast<QComboBox*>(e.widget);
        const QString t = combo->currentText().trimmed();
        return t == combo->itemText(0) ? QString() : t;
    }
    default:
        return static_cast<QLineEdit*>(e.widget)->text();
    }
}

QVariant FeatureForm::valueOf(const Editor& e) const
{
    const QString text = currentText(e);
    if (text.trimmed().isEmpty())
        return {};
    switch (e.kind) {
    case Kind::Integer:
        return QVariant(text.trimmed().toLongLong());
    case Kind::Real:
        return QVariant(QLocale::c().toDouble(text.trimmed()));
    default:
        return QVariant(text);
    }
}

QString FeatureForm::editorProblem(const Editor& e) const
{
    const QString text = currentText(e).trimmed();
    if (text.isEmpty())
        return e.required ? tr("%1 is required: it cannot be empty.").arg(e.label) : QString();
    bool ok = true;
    if (e.kind == Kind::Integer)
        text.toLongLong(&ok);
    else if (e.kind == Kind::Real)
        QLocale::c().toDouble(text, &ok);
    if (!ok)
        return tr("%1: \"%2\" is not a number.").arg(e.label, text);
    return {};
}

void FeatureForm::validate()
{
    QStringList problems;
    for (const Editor& e : mEditors) {
        const QString p = editorProblem(e);
        if (!p.isEmpty())
            problems << p;
        e.widget->setStyleSheet(p.isEmpty() ? QString() : QString::fromLatin1(InvalidStyle));
        if (e.kind != Kind::Scenario)
            e.widget->setToolTip(p);
    }
    mProblem = problems.join(QLatin1Char('\n'));
    mProblemLabel->setText(mProblem);
    mProblemLabel->setVisible(!mProblem.isEmpty());
    if (QPushButton* ok = mButtons->button(QDialogButtonBox::Ok)) {
        ok->setEnabled(mProblem.isEmpty());
        ok->setToolTip(mProblem);
    }
}

QMap<int, QVariant> FeatureForm::changedValues() const
{
    QMap<int, QVariant> changed;
    for (const Editor& e : mEditors)
        if (currentText(e) != e.initialText)
            changed.insert(e.column, valueOf(e));
    return changed;
}

QVector<QVariant> FeatureForm::values() const
{
    QVector<QVariant> all = mValues;
    const QMap<int, QVariant> changed = changedValues();
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        all[it.key()] = it.value();
    return all;
}

QWidget* FeatureForm::editorFor(const QString& field) const
{
    for (const Editor& e : mEditors)
        if (!e.field.isEmpty() && e.field == field)
            return e.widget;
    return nullptr;
}

QWidget* FeatureForm::editorForColumn(int column) const
{
    for (const Editor& e : mEditors)
        if (e.column == column)
            return e.widget;
    return nullptr;
}

} // namespace wm
