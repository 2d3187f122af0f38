#include "app/conflict_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wm {

namespace {

QString shown(const QVariant& v)
{
    return v.isNull() ? QStringLiteral("—") : v.toString();
}

bool same(const QVariant& a, const QVariant& b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

bool sameGeometry(const SharedGeom& a, const SharedGeom& b)
{
    if (a == b)
        return true;
    return a && b && GEOSEqualsExact_r(geosContext(), a.get(), b.get(), 0.0) == 1;
}

} // namespace

ConflictDialog::ConflictDialog(const std::vector<EditConflict>& conflicts,
                               const QVector<FieldDef>& fields, QWidget* parent)
    : QDialog(parent), mConflicts(conflicts)
{
    setWindowTitle(tr("Changed by Someone Else"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("%n feature(s) you edited were saved by someone else after you read them. Nothing of "
           "yours was written. Choose what each should hold, then save again.",
           nullptr, int(conflicts.size())));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget;
    auto* list = new QVBoxLayout(inner);
    for (const EditConflict& c : mConflicts) {
        Choice choice;
        QString who = tr("deleted by someone else");
        if (!c.theyDeleted)
            who = c.theirTime.isValid()
                      ? tr("saved by %1 at %2")
                            .arg(c.theirUser, c.theirTime.toLocalTime().toString(
                                                  QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                      : tr("saved by %1").arg(c.theirUser);
        auto* box = new QGroupBox(tr("%1, feature %2: %3").arg(c.layerName).arg(c.fid).arg(who));
        auto* boxLayout = new QVBoxLayout(box);
        if (c.theyDeleted || c.iDeleted) {
            choice.keep =
                new QRadioButton(c.theyDeleted ? tr("Keep my version (saved as a new feature)")
                                               : tr("Keep their version (undo my deletion)"));
            choice.drop =
                new QRadioButton(c.theyDeleted ? tr("Accept their deletion (drop my edits)")
                                               : tr("Delete it anyway"));
            choice.keep->setChecked(true);
            boxLayout->addWidget(choice.keep);
            boxLayout->addWidget(choice.drop);
        }
        if (!c.theyDeleted) {
            const EditableFeature& mine = c.iDeleted ? c.base : c.mine;
            auto* table = new QTableWidget(0, 5);
            table->setHorizontalHeaderLabels(
                {tr("Field"), tr("As you read it"), tr("Theirs"), tr("Yours"), tr("Keep")});
            table->verticalHeader()->hide();
            choice.fieldChoice.resize(fields.size());
            const auto addRow = [&](const QString& name, const QString& base, const QString& theirs,
                                    const QString& yours, bool yoursChanged) {
                const int row = table->rowCount();
                table->insertRow(row);
                const QStringList cells{name, base, theirs, yours};
                for (int col = 0; col < cells.size(); ++col) {
                    auto* item = new QTableWidgetItem(cells[col]);
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                    // What each side changed since it was read stands out.
                    if ((col == 2 && theirs != base) || (col == 3 && yoursChanged)) {
                        QFont bold = item->font();
                        bold.setBold(true);
                        item->setFont(bold);
                    }
                    table->setItem(row, col, item);
                }
                auto* combo = new QComboBox;
                combo->addItem(tr("Theirs"));
                combo->addItem(tr("Yours"));
                combo->setCurrentIndex(yoursChanged ? 1 : 0);
                combo->setEnabled(!c.iDeleted);
                table->setCellWidget(row, 4, combo);
                return combo;
            };
            for (int col = 0; col < fields.size(); ++col) {
                if (PgEditSaver::isStoreColumn(fields[col].name))
                    continue;
                const QVariant b = c.base.values.value(col), t = c.theirs.values.value(col),
                               m = mine.values.value(col);
                if (same(b, t) && same(b, m))
                    continue;
                choice.fieldChoice[col] = addRow(fields[col].name, shown(b), shown(t), shown(m),
                                                 c.changedColumns.contains(col));
            }
            if (!sameGeometry(c.theirs.geometry, c.base.geometry) || c.geometryChanged)
                choice.geometryChoice =
                    addRow(tr("(position)"), tr("as read"),
                           sameGeometry(c.theirs.geometry, c.base.geometry) ? tr("unchanged")
                                                                            : tr("moved"),
                           c.geometryChanged ? tr("moved") : tr("unchanged"), c.geometryChanged);
            table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
            table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
            table->resizeRowsToContents();
            // As tall as its rows: the dialog scrolls, not each table.
            int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
            for (int row = 0; row < table->rowCount(); ++row)
                height += table->rowHeight(row);
            table->setFixedHeight(height);
            table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            boxLayout->addWidget(table);
        }
        list->addWidget(box);
        mChoices.push_back(choice);
    }
    list->addStretch();
    scroll->setWidget(inner);
    layout->addWidget(scroll);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* merge = buttons->addButton(tr("Use These Choices"), QDialogButtonBox::AcceptRole);
    QPushButton* theirs =
        buttons->addButton(tr("Take Theirs for All"), QDialogButtonBox::ActionRole);
    merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(theirs, &QPushButton::clicked, this, [this] {
        takeAllTheirs();
        accept();
    });
    layout->addWidget(buttons);
    resize(820, 520);
}

void ConflictDialog::takeAllTheirs()
{
    for (std::size_t i = 0; i < mChoices.size(); ++i) {
        Choice& c = mChoices[i];
        for (QComboBox* combo : c.fieldChoice)
            if (combo)
                combo->setCurrentIndex(0);
        if (c.geometryChoice)
            c.geometryChoice->setCurrentIndex(0);
        // Theirs: the deletion they made, or their feature where this planner deleted.
        if (c.keep)
            (mConflicts[i].iDeleted ? c.keep : c.drop)->setChecked(true);
    }
}

std::vector<std::optional<EditableFeature>> ConflictDialog::results() const
{
    std::vector<std::optional<EditableFeature>> out;
    for (std::size_t i = 0; i < mConflicts.size(); ++i) {
        const EditConflict& c = mConflicts[i];
        const Choice& choice = mChoices[i];
        if (c.theyDeleted) {
            out.push_back(choice.keep->isChecked() ? std::optional(c.mine) : std::nullopt);
            continue;
        }
        if (c.iDeleted) {
            out.push_back(choice.keep->isChecked() ? std::optional(c.theirs) : std::nullopt);
            continue;
        }
        EditableFeature f = c.theirs;
        for (int col = 0; col < choice.fieldChoice.size(); ++col)
            if (choice.fieldChoice[col] && choice.fieldChoice[col]->currentIndex() == 1)
                f.values[col] = c.mine.values.value(col);
        if (choice.geometryChoice && choice.geometryChoice->currentIndex() == 1)
            f.geometry = c.mine.geometry;
        out.push_back(f);
    }
    return out;
}

} // namespace wm
