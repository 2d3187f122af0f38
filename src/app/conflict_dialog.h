#pragma once

#include "io/pg_edit_saver.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QRadioButton;

namespace wm {

/// Features someone else saved while this planner edited them, side by side: each field as
/// read, theirs (who, when) and this planner's, with a choice per field where they differ;
/// for a feature one side deleted, keep it or let it go. The choices give the feature to
/// save next (EditSession::resolve); nothing is written until the planner saves again.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(const std::vector<EditConflict>& conflicts, const QVector<FieldDef>& fields,
                   QWidget* parent = nullptr);

    /// Per conflict: the feature the layer should hold, or nullopt to drop it (theirs
    /// deleted and accepted, or this planner's deletion kept).
    std::vector<std::optional<EditableFeature>> results() const;

private:
    struct Choice {
        QVector<QComboBox*> fieldChoice; ///< per field: null where both sides agree
        QComboBox* geometryChoice = nullptr;
        QRadioButton* keep = nullptr; ///< delete conflicts: keep the feature…
        QRadioButton* drop = nullptr; ///< …or let it go
    };
    void takeAllTheirs();

    std::vector<EditConflict> mConflicts;
    std::vector<Choice> mChoices;
};

} // namespace wm
