#pragma once

// A table of typed cells as results hand it to io (CSV: the cells' text; a workbook: their
// values), so analysis builds sheets without opening a file.

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <vector>

namespace wm {

/// One table as written: a header and typed cells (text for CSV, value for XLSX).
struct SheetTable {
    struct Cell {
        QVariant value; ///< QString, double or qlonglong; null for an empty cell
        QString text;   ///< as the CSV writes it
    };
    QStringList header;
    QVector<QMetaType::Type> types; ///< per column: QString, Double or LongLong
    QVector<QVector<Cell>> rows;
};

/// A sheet of a workbook: its tab name and table.
struct NamedSheet {
    QString name;
    SheetTable table;
};

} // namespace wm
