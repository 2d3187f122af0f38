#include "app/value_table_dialog.h"

#include "core/layer_role.h"
#include "core/ui_language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wm {

ValueTableDialog::ValueTableDialog(const RoleField& field, const QString& column,
                                   const QVector<QPair<QString, int>>& cells,
                                   const QHash<QString, QString>& initial,
                                   const QVector<QPair<QString, QString>>& keywords,
                                   QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Values of %1").arg(column));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Each value of column \"%1\" becomes a value of %2. Rows whose value is left "
                      "unmapped are rejected with the reason, never dropped.")
                       .arg(column, chineseUi() ? field.titleZh : field.titleEn)));
    mTable = new QTableWidget(int(cells.size()), 3, this);
    mTable->setHorizontalHeaderLabels(
        {column, tr("Rows"), chineseUi() ? field.titleZh : field.titleEn});
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int r = 0; r < cells.size(); ++r) {
        const auto& [cell, count] = cells[r];
        auto* item = new QTableWidgetItem(cell.isEmpty() ? tr("(empty)") : cell);
        item->setData(Qt::UserRole, cell);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        mTable->setItem(r, 0, item);
        auto* n = new QTableWidgetItem(QString::number(count));
        n->setFlags(n->flags() & ~Qt::ItemIsEditable);
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mTable->setItem(r, 1, n);
        auto* box = new QComboBox;
        box->addItem(tr("(unmapped)"), QString());
        for (const QString& v : field.values)
            box->addItem(QStringLiteral("%1 (%2)").arg(field.valueTitle(v, chineseUi()), v), v);
        QString value = initial.value(cell);
        for (int k = 0; value.isEmpty() && k < keywords.size(); ++k)
            if (!cell.isEmpty() && cell.contains(keywords[k].first))
                value = keywords[k].second;
        box->setCurrentIndex(std::max(0, box->findData(value)));
        mTable->setCellWidget(r, 2, box);
    }
    mTable->resizeColumnsToContents();
    layout->addWidget(mTable);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

QHash<QString, QString> ValueTableDialog::values() const
{
    QHash<QString, QString> out;
    for (int r = 0; r < mTable->rowCount(); ++r) {
        const QString value =
            qobject_cast<QComboBox*>(mTable->cellWidget(r, 2))->currentData().toString();
        if (!value.isEmpty())
            out.insert(mTable->item(r, 0)->data(Qt::UserRole).toString(), value);
    }
    return out;
}

void ValueTableDialog::setValue(const QString& cell, const QString& value)
{
    for (int r = 0; r < mTable->rowCount(); ++r)
        if (mTable->item(r, 0)->data(Qt::UserRole).toString() == cell) {
            auto* box = qobject_cast<QComboBox*>(mTable->cellWidget(r, 2));
            box->setCurrentIndex(std::max(0, box->findData(value)));
        }
}

} // namespace wm
