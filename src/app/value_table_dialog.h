#pragma once

#include <QDialog>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

class QTableWidget;

namespace wm {

struct RoleField;

/// The values of one list column translated to a coded field's values, one row per distinct
/// cell with its count, as a planner fills a lookup table in Excel (医院次类 综合医院 →
/// health_centre). Rows start from the table given, else the first keyword a cell contains
/// (layers/poi_types.json), else unmapped; unmapped cells reject their rows on import.
class ValueTableDialog : public QDialog {
    Q_OBJECT
public:
    ValueTableDialog(const RoleField& field, const QString& column,
                     const QVector<QPair<QString, int>>& cells,
                     const QHash<QString, QString>& initial,
                     const QVector<QPair<QString, QString>>& keywords, QWidget* parent = nullptr);

    /// Cell → field value for every row given a value.
    QHash<QString, QString> values() const;
    /// Gives `cell` the field value `value` (empty: unmapped), as the row's box does.
    void setValue(const QString& cell, const QString& value);
    QTableWidget* table() const { return mTable; }

private:
    QTableWidget* mTable = nullptr;
};

} // namespace wm
