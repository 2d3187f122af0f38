#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStyledItemDelegate>
#include <QVector>

#include <memory>

namespace wm {

class Layer;
class LayerRole;
struct FieldMapping;

/// One layer's attributes as a table: a row per feature (row i is feature i), a column per
/// attribute field. Cells are read from the columnar store on demand, so a layer of any
/// size costs nothing up front and data() is O(1).
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The typed value as stored (null for an empty cell), never formatted: what sorting and
    /// filtering compare. EditRole gives the same typed value; DisplayRole too, except that
    /// a coded value (kind, status) with a title in the role shows that title (乡镇卫生院).
    static constexpr int RawValueRole = Qt::UserRole;

    explicit AttributeTableModel(QObject* parent = nullptr);

    /// Shows `layer` (kept alive here, so a layer removed from the project meanwhile stays
    /// readable). With a role, the header of each mapped column names the role field.
    void setLayer(std::shared_ptr<const Layer> layer, const LayerRole* role = nullptr,
                  const FieldMapping* mapping = nullptr);
    const std::shared_ptr<const Layer>& layer() const { return mLayer; }

    /// The title of the role field `column` is mapped to, in the UI language; empty if none.
    QString roleTitle(int column) const;
    /// A column's header text: its name, plus the role field's title in brackets.
    QString columnTitle(int column) const;
    bool isNumericColumn(int column) const;

    /// A value as the table shows it: numbers without group separators and in plain
    /// notation (years and codes read "2021", sums "3000000"), empty for null.
    static QString formatValue(const QVariant& value);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RoleTitles {
        QString zh, en, field, unit;
        QHash<QString, QString> valuesZh, valuesEn; ///< titles of coded values (kind, status)
    };

    std::shared_ptr<const Layer> mLayer;
    QVector<RoleTitles> mRoleTitles; ///< per column; empty strings when unmapped
};

/// Draws attribute values through AttributeTableModel::formatValue, because the default
/// delegate groups digits ("2,021") and switches to exponents ("3e+06").
class AttributeValueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant& value, const QLocale& locale) const override;
};

} // namespace wm
