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
struct ParamSpec;
struct RuleSpec;

/// Builds one rule in a form instead of a rules file: the planner picks a kind (one per
/// unit, service radius, indicator, …) and fills what it asks — layers from the project
/// (those of the parameter's roles first), fields from the chosen layer, a filter
/// ("kind = clinic"), numbers — and gets the JSON object a rules file would hold. The
/// form is built from the kind's RuleSpec: one editor per parameter, by its type.
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
    /// The editor of parameter `key` of the current kind (its object name is the key);
    /// null when the kind has no such parameter.
    QWidget* editor(const QString& key) const;
    /// The keys of the parameters shown, in form order.
    QStringList parameterKeys() const;

private:
    void rebuild();
    QWidget* makeEditor(const ParamSpec& p);
    void addLayers(QComboBox* box, const ParamSpec& p) const;
    void fillFields(const QString& layerKey);
    void validate();
    QString rowText(int row) const;

    const MapDocument* mDocument;
    QStringList mTaken;
    bool mChinese = false;
    const RuleSpec* mSpec = nullptr;
    QComboBox* mKind = nullptr;
    QLineEdit* mId = nullptr;
    QLineEdit* mTitle = nullptr;
    QWidget* mParameterBox = nullptr;
    QFormLayout* mParameterForm = nullptr;
    QLabel* mHint = nullptr;
    QLabel* mProblem = nullptr;
    QDialogButtonBox* mButtons = nullptr;
    struct Row {
        const ParamSpec* parameter = nullptr;
        QWidget* editor = nullptr;
    };
    QVector<Row> mRows;
};

} // namespace wm
