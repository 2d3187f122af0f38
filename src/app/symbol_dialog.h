#pragma once

#include "app/symbol_widget.h"

#include <QDialog>

namespace wm {

/// The symbol of one class of a categorized or graduated style (double-click on its row):
/// shape, size, colours and outline of its own, as QGIS's symbol selector.
class SymbolDialog : public QDialog {
    Q_OBJECT
public:
    SymbolDialog(const Symbol& symbol, GeometryKind kind, const QString& className,
                 QWidget* parent = nullptr);

    Symbol symbol() const { return mWidget->symbol(); }
    SymbolWidget* symbolWidget() const { return mWidget; }

private:
    SymbolWidget* mWidget;
};

} // namespace wm
