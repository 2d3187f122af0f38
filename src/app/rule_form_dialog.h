#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace wm {

class MapDocument;

/// Builds one rule in a form instead of a rules file: the planner picks a kind (one per
/// unit, service radius, indicator, …) and fills what it asks — layers from the project,
/// fields from the chosen layer, a filter ("kind = clinic"), numbers — and gets the JSON
/// object a rules file would hold. The form is generated from a parameter list per kind.
class RuleFormDialog : public QDialog {
    Q_OBJECT
public:
    /// `takenIds`: ids of the rules already loaded (a new rule needs another).
    RuleFormDialog(const MapDocument* document, QStringList takenIds, QWidget* parent = nullptr);

    /// The rule as JSON: id, kind, title and the filled parameters (empty ones left out).
    QJsonObject rule() const;
    /// Selects a kind ("service-radius") and sets a parameter's text, as a user would.
    void setKind(const QString& kind);
    bool setParameter(const QString& key, const QString& text);
    /// Why the form cannot be accepted yet (empty when it can).
    QString problem() const;

    struct Parameter {
        QString key;
        enum Type { Layer, Field, Filter, Number, Text, Choice } type;
        QString label;
        QString defaultValue;
        bool required = false;
        QString layerKey;    ///< Field: the parameter naming the layer whose columns it lists
        QStringList choices; ///< Choice
    };
    /// What a rule of `kind` takes (besides id, kind, title), in form order.
    static QVector<Parameter> parameters(const QString& kind);
    static QStringList kinds();

private:
    void rebuild();
    void fillFields(const QString& layerKey);
    void validate();

    const MapDocument* mDocument;
    QStringList mTaken;
    QComboBox* mKind = nullptr;
    QLineEdit* mId = nullptr;
    QLineEdit* mTitle = nullptr;
    QWidget* mParameterBox = nullptr;
    QFormLayout* mParameterForm = nullptr;
    QLabel* mHint = nullptr;
    QLabel* mProblem = nullptr;
    QDialogButtonBox* mButtons = nullptr;
    struct Row {
        Parameter parameter;
        QWidget* editor = nullptr;
    };
    QVector<Row> mRows;
};

} // namespace wm
