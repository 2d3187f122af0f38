#pragma once

#include "core/attribute_table.h"
#include "core/field_mapping.h"
#include "core/layer_role.h"

#include <QDialog>
#include <QMap>
#include <QStringList>
#include <QVariant>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QWidget;

namespace wm {

struct LoadedLayer;

/// The attributes of one feature in a form generated from its layer's role: one editor per
/// role field that has a column (a list of the role's values for coded fields such as kind
/// or status, a checked number for integer and real fields, the known scenarios for
/// `scenario`, a line of text otherwise), then the columns no role field takes. Required
/// fields left empty keep OK disabled. The dialog edits nothing itself: the caller writes
/// changedValues() back.
class FeatureForm : public QDialog {
    Q_OBJECT
public:
    /// `values`: one per column of `layer`'s attribute table (the feature's current values).
    FeatureForm(const LayerRole& role, const LoadedLayer& layer, const QVector<QVariant>& values,
                const QStringList& knownScenarios, QWidget* parent = nullptr);
    /// The same from a layer's columns and role mapping; `layerTitle` names it in the title.
    FeatureForm(const LayerRole& role, const QVector<FieldDef>& columns,
                const FieldMapping& mapping, const QVector<QVariant>& values,
                const QStringList& knownScenarios, const QString& layerTitle,
                QWidget* parent = nullptr);

    /// Column index → new value, only for the columns whose value changed: a null QVariant
    /// for an emptied field, qlonglong or double for numbers, QString otherwise.
    QMap<int, QVariant> changedValues() const;
    /// Every column's value: the original ones with the changes applied.
    QVector<QVariant> values() const;

    /// The editor of role field `field` (QComboBox or QLineEdit), or null if it has none.
    QWidget* editorFor(const QString& field) const;
    /// The editor of attribute column `column`, or null.
    QWidget* editorForColumn(int column) const;
    /// Why the form cannot be accepted yet (empty when it can).
    QString problem() const { return mProblem; }

private:
    enum class Kind { Text, Integer, Real, Choice, Scenario };
    struct Editor {
        int column = -1;
        QString field; ///< role field name; empty for other columns
        QString label;
        Kind kind = Kind::Text;
        bool required = false;
        QWidget* widget = nullptr;
        QString initialText; ///< the editor's text (or item data) as first shown
    };

    void build(const LayerRole& role, const QVector<FieldDef>& columns, const FieldMapping& mapping,
               const QStringList& knownScenarios, const QString& layerTitle);
    QWidget* makeEditor(Editor& e, const RoleField* field, FieldType columnType,
                        const QVariant& value, const QStringList& knownScenarios);
    QString currentText(const Editor& e) const;
    QVariant valueOf(const Editor& e) const;
    /// Empty when the editor's content is acceptable, else why not.
    QString editorProblem(const Editor& e) const;
    void validate();

    QVector<QVariant> mValues;
    QVector<Editor> mEditors;
    QDialogButtonBox* mButtons = nullptr;
    QLabel* mProblemLabel = nullptr;
    QString mProblem;
};

} // namespace wm
