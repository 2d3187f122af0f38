#include "app/attribute_table_model.h"

#include "analysis/value_compare.h"

#include "core/field_mapping.h"
#include "core/layer.h"
#include "core/layer_role.h"
#include "core/ui_language.h"

#include <QLocale>

#include <limits>

namespace wm {

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttributeTableModel::setLayer(std::shared_ptr<const Layer> layer, const LayerRole* role,
                                   const FieldMapping* mapping)
{
    beginResetModel();
    mLayer = std::move(layer);
    mRoleTitles.clear();
    if (mLayer) {
        const AttributeTable& attributes = mLayer->attributes;
        mRoleTitles.resize(attributes.fieldCount());
        // Titles are copied rather than the role kept: the registry may outlive us or not.
        if (role && mapping) {
            for (auto it = mapping->sourceOf.cbegin(); it != mapping->sourceOf.cend(); ++it) {
                const RoleField* field = role->field(it.key());
                const int column = attributes.indexOf(it.value());
                if (field && column >= 0)
                    mRoleTitles[column] = {field->titleZh,       field->titleEn,
                                           field->name,          field->unit,
                                           field->valueTitlesZh, field->valueTitlesEn};
            }
        }
    }
    endResetModel();
}

QString AttributeTableModel::roleTitle(int column) const
{
    if (column < 0 || column >= mRoleTitles.size())
        return QString();
    const RoleTitles& t = mRoleTitles[column];
    // Asked each time, not cached, so the header follows a language switch.
    const bool chinese = chineseUi();
    const QString& title = chinese ? t.zh : t.en;
    return title.isEmpty() ? (chinese ? t.en : t.zh) : title;
}

QString AttributeTableModel::columnTitle(int column) const
{
    if (!mLayer || column < 0 || column >= mLayer->attributes.fieldCount())
        return QString();
    const QString name = mLayer->attributes.fields()[column].name;
    const QString title = roleTitle(column);
    // A column already named like its field ("车位数" in Chinese) needs no "(车位数)".
    if (title.isEmpty() || normalizeColumnName(title) == normalizeColumnName(name))
        return name;
    return QStringLiteral("%1 (%2)").arg(name, title);
}

bool AttributeTableModel::isNumericColumn(int column) const
{
    if (!mLayer || column < 0 || column >= mLayer->attributes.fieldCount())
        return false;
    const FieldType type = mLayer->attributes.fields()[column].type;
    // Booleans are stored as integers but read as words, so they are not aligned as numbers.
    return isNumeric(type) && type != FieldType::Boolean;
}

QString AttributeTableModel::formatValue(const QVariant& value)
{
    // Booleans in the UI's language; everything else as the filters compare it (numbers in
    // shortest round-trip fixed notation: 0.1 stays "0.1", never "3e+06").
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("true") : tr("false");
    return valueText(value);
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !mLayer)
        return 0;
    // Row i must be feature i everywhere; the attribute rows are what data() reads.
    return int(qMin<qsizetype>(mLayer->attributes.rowCount(), std::numeric_limits<int>::max()));
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !mLayer ? 0 : mLayer->attributes.fieldCount();
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!mLayer || !index.isValid())
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() < mRoleTitles.size()) {
            const RoleTitles& t = mRoleTitles[index.column()];
            if (!t.valuesZh.isEmpty() || !t.valuesEn.isEmpty()) {
                const QVariant v = mLayer->attributes.value(index.row(), index.column());
                const bool chinese = chineseUi();
                const QString title =
                    (chinese ? t.valuesZh : t.valuesEn)
                        .value(v.toString(),
                               (chinese ? t.valuesEn : t.valuesZh).value(v.toString()));
                return title.isEmpty() ? v : QVariant(title);
            }
        }
        [[fallthrough]];
    case Qt::EditRole:
    case RawValueRole:
        // Typed, so a view or proxy sorting on any of these roles sorts numbers as numbers.
        return mLayer->attributes.value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return isNumericColumn(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return QVariant();
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!mLayer)
        return QVariant();
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return QString::number(section + 1); // text, so 100000 is not shown as "100,000"
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    if (section < 0 || section >= mLayer->attributes.fieldCount())
        return QVariant();
    const FieldDef& field = mLayer->attributes.fields()[section];
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole: {
        const RoleTitles& t = mRoleTitles.value(section);
        QString tip = tr("Column %1, type %2").arg(field.name, fieldTypeName(field.type));
        if (!t.field.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Role field %1: %2").arg(t.field, roleTitle(section));
            if (!t.unit.isEmpty())
                tip += QLatin1Char('\n') + tr("Unit: %1").arg(t.unit);
        }
        return tip;
    }
    default:
        return QVariant();
    }
}

QString AttributeValueDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.typeId() == QMetaType::Bool || isNumberValue(value))
        return AttributeTableModel::formatValue(value);
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace wm
