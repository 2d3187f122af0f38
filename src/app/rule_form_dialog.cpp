#include "app/rule_form_dialog.h"

#include "analysis/rule_registry.h"
#include "app/map_document.h"
#include "core/ui_language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace wm {

namespace {
bool isNumeric(ParamType t)
{
    return t == ParamType::Number || t == ParamType::Integer || t == ParamType::Length ||
           t == ParamType::Share;
}
} // namespace

RuleFormDialog::RuleFormDialog(const MapDocument* document, QStringList takenIds, QWidget* parent)
    : QDialog(parent), mDocument(document), mTaken(std::move(takenIds)), mChinese(chineseUi())
{
    setWindowTitle(tr("New Rule"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QFormLayout;
    mKind = new QComboBox(this);
    for (const RuleKind& k : RuleRegistry::instance().kinds()) {
        mKind->addItem(QStringLiteral("%1 (%2)").arg(k.spec.title(mChinese), k.spec.kind),
                       k.spec.kind);
        mKind->setItemData(mKind->count() - 1, k.spec.description(mChinese), Qt::ToolTipRole);
    }
    mId = new QLineEdit(this);
    mId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_]+")), mId));
    mId->setPlaceholderText(tr("letters, digits, _ (names the output columns)"));
    mTitle = new QLineEdit(this);
    mTitle->setPlaceholderText(tr("e.g. 每个乡镇设置1所卫生院"));
    head->addRow(tr("Kind"), mKind);
    head->addRow(tr("Id"), mId);
    head->addRow(tr("Title"), mTitle);
    layout->addLayout(head);
    mHint = new QLabel(this);
    mHint->setWordWrap(true);
    layout->addWidget(mHint);
    mParameterBox = new QWidget(this);
    mParameterBox->setObjectName(QStringLiteral("parameters"));
    mParameterForm = new QFormLayout(mParameterBox);
    mParameterForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mParameterBox);
    mProblem = new QLabel(this);
    mProblem->setStyleSheet(QStringLiteral("color: #b00020"));
    mProblem->setWordWrap(true);
    layout->addWidget(mProblem);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mKind, &QComboBox::currentIndexChanged, this, &RuleFormDialog::rebuild);
    connect(mId, &QLineEdit::textChanged, this, &RuleFormDialog::validate);
    rebuild();
}

void RuleFormDialog::setKind(const QString& kind)
{
    mKind->setCurrentIndex(mKind->findData(kind));
}

QWidget* RuleFormDialog::editor(const QString& key) const
{
    for (const Row& row : mRows)
        if (row.parameter->key == key)
            return row.editor;
    return nullptr;
}

QStringList RuleFormDialog::parameterKeys() const
{
    QStringList keys;
    for (const Row& row : mRows)
        keys << row.parameter->key;
    return keys;
}

bool RuleFormDialog::setParameter(const QString& key, const QString& text)
{
    if (key == QLatin1String("id")) {
        mId->setText(text);
        return true;
    }
    if (key == QLatin1String("title")) {
        mTitle->setText(text);
        return true;
    }
    QWidget* w = editor(key);
    if (auto* box = qobject_cast<QComboBox*>(w)) {
        const int i = box->findData(text);
        if (i >= 0)
            box->setCurrentIndex(i);
        else if (box->isEditable())
            box->setCurrentText(text);
        else
            return false;
    } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        edit->setText(text);
    } else {
        return false;
    }
    validate();
    return true;
}

void RuleFormDialog::addLayers(QComboBox* box, const ParamSpec& p) const
{
    // The layers of the parameter's roles first (in the order of its roles), then the rest.
    QVector<int> preferred, others;
    for (int i = 0; mDocument && i < mDocument->layerCount(); ++i) {
        const LoadedLayer& l = mDocument->layer(i);
        if (l.isAvailable() && !l.entry.source.isEmpty())
            (p.roles.contains(l.entry.role) ? preferred : others) << i;
    }
    std::stable_sort(preferred.begin(), preferred.end(), [&](int a, int b) {
        return p.roles.indexOf(mDocument->layer(a).entry.role) <
               p.roles.indexOf(mDocument->layer(b).entry.role);
    });
    const auto add = [&](int i) {
        const LayerEntry& e = mDocument->layer(i).entry;
        box->addItem(QStringLiteral("%1 (%2)").arg(e.displayName(), e.id), e.id);
    };
    for (int i : preferred)
        add(i);
    if (!preferred.isEmpty() && !others.isEmpty())
        box->insertSeparator(box->count());
    for (int i : others)
        add(i);
}

QWidget* RuleFormDialog::makeEditor(const ParamSpec& p)
{
    switch (p.type) {
    case ParamType::Layer: {
        auto* box = new QComboBox(mParameterBox);
        if (!p.required)
            box->addItem(tr("(none)"), QString());
        addLayers(box, p);
        const QString key = p.key;
        connect(box, &QComboBox::currentIndexChanged, this, [this, key] { fillFields(key); });
        return box;
    }
    case ParamType::Field: {
        auto* box = new QComboBox(mParameterBox);
        box->setEditable(true);
        return box;
    }
    case ParamType::Choice: {
        auto* box = new QComboBox(mParameterBox);
        if (!p.required && !p.hasDefault())
            box->addItem(QString(), QString()); // the rule decides (see the hint)
        for (const QString& c : p.choices)
            box->addItem(c, c);
        box->setCurrentIndex(std::max(0, box->findData(p.defaultText())));
        return box;
    }
    case ParamType::Number:
    case ParamType::Integer:
    case ParamType::Length:
    case ParamType::Share: {
        auto* edit = new QLineEdit(p.defaultText(), mParameterBox);
        if (p.type == ParamType::Integer) {
            auto* validator = new QIntValidator(edit);
            if (p.minimum)
                validator->setBottom(int(*p.minimum));
            if (p.maximum)
                validator->setTop(int(*p.maximum));
            edit->setValidator(validator);
        } else {
            auto* validator = new QDoubleValidator(edit);
            // The spec's range; the form's problem line names it when a value is outside.
            if (p.type == ParamType::Share)
                validator->setRange(0, 1, 6);
            else if (p.type == ParamType::Length || p.minimum)
                validator->setBottom(p.minimum.value_or(0));
            validator->setLocale(QLocale::c()); // rules files take "0.6", not "0,6"
            edit->setValidator(validator);
        }
        return edit;
    }
    case ParamType::Filter: {
        // Typed freely, or picked from the coded values of the layer's role (fillFields).
        auto* box = new QComboBox(mParameterBox);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->lineEdit()->setPlaceholderText(
            tr("e.g. kind = clinic, status in (started, completed)"));
        return box;
    }
    case ParamType::Text: {
        auto* edit = new QLineEdit(mParameterBox);
        // A text default is what the rule says when the box stays empty.
        edit->setPlaceholderText(p.defaultText());
        return edit;
    }
    }
    return nullptr;
}

void RuleFormDialog::rebuild()
{
    while (mParameterForm->rowCount() > 0)
        mParameterForm->removeRow(0);
    mRows.clear();
    mSpec = RuleRegistry::instance().spec(mKind->currentData().toString());
    mHint->setText(mSpec ? mSpec->description(mChinese) : QString());
    static const std::vector<ParamSpec> none;
    // References into the registry's spec: the rows keep pointers to them.
    for (const ParamSpec& p : mSpec ? mSpec->parameters : none) {
        QWidget* editor = makeEditor(p);
        editor->setObjectName(p.key);
        editor->setToolTip(p.hint(mChinese));
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            connect(edit, &QLineEdit::textChanged, this, &RuleFormDialog::validate);
        if (auto* box = qobject_cast<QComboBox*>(editor))
            connect(box, &QComboBox::currentTextChanged, this, &RuleFormDialog::validate);
        QString label = p.label(mChinese);
        if (!p.unitTitle(mChinese).isEmpty())
            label += (mChinese ? QStringLiteral("（%1）") : QStringLiteral(" (%1)"))
                         .arg(p.unitTitle(mChinese));
        mParameterForm->addRow(p.required ? label + QStringLiteral(" *") : label, editor);
        mRows.push_back({&p, editor});
    }
    for (const Row& row : mRows)
        if (row.parameter->type == ParamType::Layer)
            fillFields(row.parameter->key);
    validate();
}

void RuleFormDialog::fillFields(const QString& layerKey)
{
    const auto* layerBox = qobject_cast<QComboBox*>(editor(layerKey));
    const QString layerId = layerBox ? layerBox->currentData().toString() : QString();
    const int index = mDocument ? mDocument->indexOf(layerId) : -1;
    QStringList columns;
    if (index >= 0 && mDocument->layer(index).data)
        for (const FieldDef& f : mDocument->layer(index).data->attributes.fields())
            columns << f.name;
    const LayerRole* role =
        index >= 0 ? mDocument->roles().role(mDocument->layer(index).entry.role) : nullptr;
    for (const Row& row : mRows) {
        if (row.parameter->type == ParamType::Filter && row.parameter->layerKey == layerKey) {
            auto* box = qobject_cast<QComboBox*>(row.editor);
            const QString current = box->currentText();
            box->clear();
            box->addItem(QString());
            // "kind = clinic" for every coded value of the role, its title as the tooltip.
            for (const RoleField& f : role ? role->fields : QVector<RoleField>{})
                for (const QString& v : f.values) {
                    box->addItem(QStringLiteral("%1 = %2").arg(f.name, v));
                    box->setItemData(box->count() - 1, f.valueTitle(v, mChinese), Qt::ToolTipRole);
                }
            box->setCurrentText(current);
            continue;
        }
        if (row.parameter->type != ParamType::Field || row.parameter->layerKey != layerKey)
            continue;
        auto* box = qobject_cast<QComboBox*>(row.editor);
        const QString current = box->currentText();
        box->clear();
        box->addItem(QString());
        box->addItems(columns);
        box->setCurrentText(current);
    }
}

QString RuleFormDialog::rowText(int i) const
{
    const Row& row = mRows[i];
    if (auto* box = qobject_cast<QComboBox*>(row.editor))
        return row.parameter->type == ParamType::Field || row.parameter->type == ParamType::Filter
                   ? box->currentText().trimmed()
                   : box->currentData().toString();
    if (auto* edit = qobject_cast<QLineEdit*>(row.editor))
        return edit->text().trimmed();
    return {};
}

QJsonObject RuleFormDialog::rule() const
{
    QJsonObject json{{QStringLiteral("id"), mId->text().trimmed()},
                     {QStringLiteral("kind"), mKind->currentData().toString()}};
    if (!mTitle->text().trimmed().isEmpty())
        json.insert(QStringLiteral("title"), mTitle->text().trimmed());
    for (int i = 0; i < mRows.size(); ++i) {
        const QString text = rowText(i);
        if (text.isEmpty())
            continue;
        const ParamSpec& p = *mRows[i].parameter;
        if (isNumeric(p.type))
            json.insert(p.key, QLocale::c().toDouble(text));
        else
            json.insert(p.key, text);
    }
    return json;
}

QString RuleFormDialog::problem() const
{
    const QString id = mId->text().trimmed();
    if (id.isEmpty())
        return tr("Give the rule an id.");
    if (mTaken.contains(id))
        return tr("A rule with the id \"%1\" exists already.").arg(id);
    for (int i = 0; i < mRows.size(); ++i) {
        bool ok = true;
        const QString text = rowText(i);
        if (isNumeric(mRows[i].parameter->type) && !text.isEmpty())
            QLocale::c().toDouble(text, &ok);
        if (!ok)
            return tr("\"%1\" must be a number.").arg(mRows[i].parameter->label(mChinese));
    }
    // The rules file's own checks, worded for the form.
    for (const ParamProblem& p : mSpec ? mSpec->problems(rule()) : std::vector<ParamProblem>{}) {
        const ParamSpec* param = mSpec->parameter(p.key);
        const QString label = param ? param->label(mChinese) : p.key;
        switch (p.what) {
        case ParamProblem::Missing:
            return tr("\"%1\" is needed.").arg(label);
        case ParamProblem::BadFilter:
            return tr("\"%1\": cannot read the condition (write field = value, field != "
                      "value or field in (a, b)).")
                .arg(label);
        case ParamProblem::NotWhole:
            return tr("\"%1\" must be a whole number.").arg(label);
        case ParamProblem::OutOfRange:
            if (param && param->type == ParamType::Share)
                return tr("\"%1\" must be from 0 to 1.").arg(label);
            return tr("\"%1\" must be %2.").arg(label, param ? param->rangeText() : QString());
        default:
            return p.message(id, *mSpec);
        }
    }
    return {};
}

void RuleFormDialog::validate()
{
    const QString p = problem();
    mProblem->setText(p);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace wm
