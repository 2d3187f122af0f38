#include "app/symbol_dialog.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace wm {

SymbolDialog::SymbolDialog(const Symbol& symbol, GeometryKind kind, const QString& className,
                           QWidget* parent)
    : QDialog(parent), mWidget(new SymbolWidget(kind, this))
{
    setWindowTitle(tr("Symbol of \"%1\"").arg(className));
    mWidget->setSymbol(symbol);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mWidget);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(320);
}

} // namespace wm
