#include "app/rule_form_dialog.h"

#include "analysis/feature_filter.h"
#include "app/map_document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace wm {

namespace {
using P = RuleFormDialog::Parameter;

/// A form parameter; a function rather than aggregate braces so optional parts can be left out.
P param(const QString& key, P::Type type, const QString& label, const QString& defaultValue = {},
        bool required = false, const QString& layerKey = {}, const QStringList& choices = {})
{
    return P{key, type, label, defaultValue, required, layerKey, choices};
}
} // namespace

QStringList RuleFormDialog::kinds()
{
    return {QStringLiteral("one-per-unit"),    QStringLiteral("service-radius"),
            QStringLiteral("indicator"),       QStringLiteral("share-of-units"),
            QStringLiteral("ratio"),           QStringLiteral("population-threshold"),
            QStringLiteral("target-progress"), QStringLiteral("co-location")};
}

QVector<RuleFormDialog::Parameter> RuleFormDialog::parameters(const QString& kind)
{
    const P layer = param(QStringLiteral("layer"), P::Layer, tr("Features"), {}, true);
    const P filter = param(QStringLiteral("filter"), P::Filter, tr("Only where"), {});
    const P codeField = param(QStringLiteral("codeField"), P::Field, tr("Unit code field"), {},
                              false, QStringLiteral("layer"));
    const P popLayer =
        param(QStringLiteral("populationLayer"), P::Layer, tr("Population from"), {}, true);
    const P popCode =
        param(QStringLiteral("populationCodeField"), P::Field, tr("Its unit code field"), {}, false,
              QStringLiteral("populationLayer"));
    const P popField = param(QStringLiteral("populationField"), P::Field, tr("Population field"),
                             {}, true, QStringLiteral("populationLayer"));
    const QStringList measures{QStringLiteral("count"), QStringLiteral("sum"),
                               QStringLiteral("length")};
    if (kind == QLatin1String("one-per-unit"))
        return {layer, filter, codeField,
                param(QStringLiteral("min"), P::Number, tr("At least"), QStringLiteral("1"), true),
                param(QStringLiteral("noun"), P::Text, tr("Called"), {})};
    if (kind == QLatin1String("service-radius"))
        return {param(QStringLiteral("villages"), P::Layer, tr("Villages"), {}, true),
                param(QStringLiteral("codeField"), P::Field, tr("Village code field"), {}, false,
                      QStringLiteral("villages")),
                param(QStringLiteral("facilities"), P::Layer, tr("Facilities"), {}, true),
                filter,
                param(QStringLiteral("radiusKm"), P::Number, tr("Radius (km)"), QStringLiteral("3"),
                      true),
                param(QStringLiteral("minShare"), P::Number, tr("Share within (0–1)"),
                      QStringLiteral("1"))};
    if (kind == QLatin1String("indicator"))
        return {layer,
                filter,
                codeField,
                param(QStringLiteral("measure"), P::Choice, tr("Measure"), QStringLiteral("count"),
                      true, {}, measures),
                param(QStringLiteral("sumField"), P::Field, tr("Sum of field"), {}, false,
                      QStringLiteral("layer")),
                param(QStringLiteral("min"), P::Number, tr("At least"), {}),
                param(QStringLiteral("max"), P::Number, tr("At most"), {}),
                param(QStringLiteral("unitText"), P::Text, tr("Unit text"), {})};
    if (kind == QLatin1String("share-of-units"))
        return {
            layer,
            filter,
            param(QStringLiteral("codeField"), P::Field, tr("Township code field"), {}, true,
                  QStringLiteral("layer")),
            param(QStringLiteral("childUnits"), P::Layer, tr("Township list"), {}, true),
            param(QStringLiteral("childCodeField"), P::Field, tr("Its code field"), {}, true,
                  QStringLiteral("childUnits")),
            param(QStringLiteral("childCodeLength"), P::Number, tr("Code digits"),
                  QStringLiteral("9")),
            param(QStringLiteral("min"), P::Number, tr("Each needs at least"), QStringLiteral("1")),
            param(QStringLiteral("minShare"), P::Number, tr("Share of townships (0–1)"),
                  QStringLiteral("0.6"), true)};
    if (kind == QLatin1String("ratio"))
        return {layer,
                filter,
                codeField,
                param(QStringLiteral("sumField"), P::Field, tr("Sum of field"), {}, true,
                      QStringLiteral("layer")),
                popLayer,
                popCode,
                popField,
                param(QStringLiteral("per"), P::Number, tr("Per people"), QStringLiteral("1000")),
                param(QStringLiteral("min"), P::Number, tr("At least"), {}, true)};
    if (kind == QLatin1String("population-threshold"))
        return {layer,
                filter,
                codeField,
                popLayer,
                popCode,
                popField,
                param(QStringLiteral("threshold"), P::Number, tr("Units above (people)"),
                      QStringLiteral("30000"), true),
                param(QStringLiteral("min"), P::Number, tr("Need at least"), QStringLiteral("2"),
                      true)};
    if (kind == QLatin1String("target-progress"))
        return {param(QStringLiteral("targets"), P::Layer, tr("Target table"), {}, true),
                param(QStringLiteral("layer"), P::Layer, tr("Works built"), {}, false),
                filter,
                codeField,
                param(QStringLiteral("nameField"), P::Field, tr("Unit name field"), {}, false,
                      QStringLiteral("layer")),
                param(QStringLiteral("measure"), P::Choice, tr("Measure"), QStringLiteral("count"),
                      false, {}, measures),
                param(QStringLiteral("sumField"), P::Field, tr("Sum of field"), {}, false,
                      QStringLiteral("layer")),
                param(QStringLiteral("minPercent"), P::Number, tr("At least (% of target)"),
                      QStringLiteral("100")),
                param(QStringLiteral("topN"), P::Number, tr("Top N"), QStringLiteral("3")),
                param(QStringLiteral("bottomN"), P::Number, tr("Bottom N"), QStringLiteral("3"))};
    if (kind == QLatin1String("co-location"))
        return {layer,
                filter,
                codeField,
                param(QStringLiteral("near"), P::Layer, tr("Next to"), {}, true),
                param(QStringLiteral("nearFilter"), P::Filter, tr("Only where (next to)"), {}),
                param(QStringLiteral("withinM"), P::Number, tr("Within (m)"), QStringLiteral("500"),
                      true)};
    return {};
}

namespace {
QString kindHint(const QString& kind)
{
    if (kind == QLatin1String("one-per-unit"))
        return RuleFormDialog::tr("At least N features in every unit, e.g. one health centre "
                                  "per township.");
    if (kind == QLatin1String("service-radius"))
        return RuleFormDialog::tr("Every village within a distance of a facility; lists the "
                                  "villages beyond it and the uncovered area.");
    if (kind == QLatin1String("indicator"))
        return RuleFormDialog::tr("A figure per unit (count, sum of a field, km of lines "
                                  "clipped at borders), optionally with bounds.");
    if (kind == QLatin1String("share-of-units"))
        return RuleFormDialog::tr("A share of the townships of each county must have the "
                                  "facility.");
    if (kind == QLatin1String("ratio"))
        return RuleFormDialog::tr("Sum of a field per N people, e.g. elderly-care beds per "
                                  "1,000.");
    if (kind == QLatin1String("population-threshold"))
        return RuleFormDialog::tr("Units above a population need at least N facilities.");
    if (kind == QLatin1String("target-progress"))
        return RuleFormDialog::tr("Completion against a target table, ranked like a "
                                  "provincial bulletin.");
    if (kind == QLatin1String("co-location"))
        return RuleFormDialog::tr("Each feature needs another kind within a distance.");
    return {};
}
} // namespace

RuleFormDialog::RuleFormDialog(const MapDocument* document, QStringList takenIds, QWidget* parent)
    : QDialog(parent), mDocument(document), mTaken(std::move(takenIds))
{
    setWindowTitle(tr("New Rule"));
    auto* layout = new QVBoxLayout(this);
    auto* head = new QFormLayout;
    mKind = new QComboBox(this);
    for (const QString& k : kinds())
        mKind->addItem(k, k);
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
    for (const Row& row : mRows) {
        if (row.parameter.key != key)
            continue;
        if (auto* box = qobject_cast<QComboBox*>(row.editor)) {
            const int i = box->findData(text);
            if (i >= 0)
                box->setCurrentIndex(i);
            else if (box->isEditable())
                box->setCurrentText(text);
            else
                return false;
        } else if (auto* edit = qobject_cast<QLineEdit*>(row.editor)) {
            edit->setText(text);
        }
        validate();
        return true;
    }
    return false;
}

void RuleFormDialog::rebuild()
{
    while (mParameterForm->rowCount() > 0)
        mParameterForm->removeRow(0);
    mRows.clear();
    const QString kind = mKind->currentData().toString();
    mHint->setText(kindHint(kind));
    for (const Parameter& p : parameters(kind)) {
        QWidget* editor = nullptr;
        switch (p.type) {
        case Parameter::Layer: {
            auto* box = new QComboBox(mParameterBox);
            if (!p.required)
                box->addItem(tr("(none)"), QString());
            for (int i = 0; mDocument && i < mDocument->layerCount(); ++i) {
                const LoadedLayer& l = mDocument->layer(i);
                if (l.isAvailable() && !l.entry.source.isEmpty())
                    box->addItem(QStringLiteral("%1 (%2)").arg(l.entry.displayName(), l.entry.id),
                                 l.entry.id);
            }
            const QString key = p.key;
            connect(box, &QComboBox::currentIndexChanged, this, [this, key] { fillFields(key); });
            editor = box;
            break;
        }
        case Parameter::Field: {
            auto* box = new QComboBox(mParameterBox);
            box->setEditable(true);
            editor = box;
            break;
        }
        case Parameter::Choice: {
            auto* box = new QComboBox(mParameterBox);
            for (const QString& c : p.choices)
                box->addItem(c, c);
            box->setCurrentIndex(box->findData(p.defaultValue));
            editor = box;
            break;
        }
        case Parameter::Number: {
            auto* edit = new QLineEdit(p.defaultValue, mParameterBox);
            auto* validator = new QDoubleValidator(edit);
            validator->setLocale(QLocale::c()); // rules files take "0.6", not "0,6"
            edit->setValidator(validator);
            editor = edit;
            break;
        }
        case Parameter::Filter:
        case Parameter::Text: {
            auto* edit = new QLineEdit(p.defaultValue, mParameterBox);
            if (p.type == Parameter::Filter)
                edit->setPlaceholderText(tr("e.g. kind = clinic, status in (started, completed)"));
            editor = edit;
            break;
        }
        }
        if (auto* edit = qobject_cast<QLineEdit*>(editor))
            connect(edit, &QLineEdit::textChanged, this, &RuleFormDialog::validate);
        if (auto* box = qobject_cast<QComboBox*>(editor))
            connect(box, &QComboBox::currentTextChanged, this, &RuleFormDialog::validate);
        mParameterForm->addRow(p.required ? p.label + QStringLiteral(" *") : p.label, editor);
        mRows.push_back({p, editor});
    }
    for (const Row& row : mRows)
        if (row.parameter.type == Parameter::Layer)
            fillFields(row.parameter.key);
    validate();
}

void RuleFormDialog::fillFields(const QString& layerKey)
{
    QString layerId;
    for (const Row& row : mRows)
        if (row.parameter.key == layerKey)
            layerId = qobject_cast<QComboBox*>(row.editor)->currentData().toString();
    const int index = mDocument ? mDocument->indexOf(layerId) : -1;
    QStringList columns;
    if (index >= 0 && mDocument->layer(index).data)
        for (const FieldDef& f : mDocument->layer(index).data->attributes.fields())
            columns << f.name;
    for (const Row& row : mRows) {
        if (row.parameter.type != Parameter::Field || row.parameter.layerKey != layerKey)
            continue;
        auto* box = qobject_cast<QComboBox*>(row.editor);
        const QString current = box->currentText();
        box->clear();
        box->addItem(QString());
        box->addItems(columns);
        box->setCurrentText(current);
    }
}

QJsonObject RuleFormDialog::rule() const
{
    QJsonObject json{{QStringLiteral("id"), mId->text().trimmed()},
                     {QStringLiteral("kind"), mKind->currentData().toString()}};
    if (!mTitle->text().trimmed().isEmpty())
        json.insert(QStringLiteral("title"), mTitle->text().trimmed());
    for (const Row& row : mRows) {
        QString text;
        if (auto* box = qobject_cast<QComboBox*>(row.editor))
            text = row.parameter.type == Parameter::Field ? box->currentText().trimmed()
                                                          : box->currentData().toString();
        else if (auto* edit = qobject_cast<QLineEdit*>(row.editor))
            text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        if (row.parameter.type == Parameter::Number)
            json.insert(row.parameter.key, QLocale::c().toDouble(text));
        else
            json.insert(row.parameter.key, text);
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
    const QJsonObject json = rule();
    for (const Row& row : mRows) {
        const Parameter& p = row.parameter;
        if (p.required && !json.contains(p.key))
            return tr("\"%1\" is needed.").arg(p.label);
        if (p.type == Parameter::Number && json.contains(p.key)) {
            bool ok = false;
            QLocale::c().toDouble(qobject_cast<QLineEdit*>(row.editor)->text().trimmed(), &ok);
            if (!ok)
                return tr("\"%1\" must be a number.").arg(p.label);
        }
        if (p.type == Parameter::Filter && json.contains(p.key)) {
            bool ok = false;
            FeatureFilter::parse(json.value(p.key).toString(), &ok);
            if (!ok)
                return tr("\"%1\": cannot read the condition (write field = value, field != "
                          "value or field in (a, b)).")
                    .arg(p.label);
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
