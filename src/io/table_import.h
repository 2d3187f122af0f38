#pragma once

#include "core/field_mapping.h"
#include "core/layer_role.h"
#include "core/value_mapping.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace wm {

struct ImportOptions {
    QString encoding;  ///< iconv name ("GBK", "UTF-8"); empty: detected (CSV/TSV only)
    QString sheet;     ///< XLSX/ODS/XLS sheet; empty: the first
    int headerRow = 0; ///< 1-based row of the header as a spreadsheet shows it; 0: detected
    /// Role field → source column, replacing the alias mapping for the fields it names
    /// (what the wizard sends back after the user changed a column).
    QHash<QString, QString> columnOf;
    /// Role fields whose empty cells take the value above; unset: the grouping fields
    /// (county, township, unit, indicator and their codes).
    std::optional<QStringList> fillDown;
    /// Required role fields the caller fills in itself (the division code a name match
    /// gives): neither their missing column nor an empty cell rejects a row.
    QStringList derivedFields;
    /// Fields filled without a column of their own: a constant, or another column's cells
    /// mapped (`import --set`, `--map`). They replace a column the field may have.
    QVector<ValueMapping> valueMappings;
};

/// A source row that did not become a data row, with its 1-based row number.
struct RowIssue {
    int sourceRow = 0;
    QString reason;
    QStringList cells; ///< the row as read, so the wizard can show and fix it
};

struct ImportedRow {
    int sourceRow = 0;   ///< 1-based, as the spreadsheet (or a text editor) shows it
    QStringList cells;   ///< one per column, trimmed, after fill-down
    QVariantHash values; ///< role field → parsed value (qint64, double or QString); null if empty
    QStringList filledFields; ///< fields filled down from the row above
    QStringList warnings;     ///< optional values that could not be read (left null)
};

/// A planner's table (CSV, TSV, XLSX, XLS, ODS) read for a layer role: title rows above
/// the header skipped, the header found, columns mapped through the role's aliases,
/// grouping columns filled down, totals rows excluded, numbers parsed into the role's
/// units. Every source row below the header ends up in exactly one of `rows`, `rejects`
/// and `excluded`, so `rowsRead == rows.size() + rejects.size() + excluded.size()`.
struct TableImport {
    QString path;
    QString driver;   ///< "CSV" (read here) or the GDAL driver that read the sheet
    QString sheet;    ///< the sheet read, empty for text files
    QString encoding; ///< text encoding of a CSV/TSV ("UTF-8", "GB18030", …)
    bool encodingDetected = false;
    QChar separator; ///< of a CSV/TSV

    int headerRow = 0;               ///< 1-based; 0 if the table is empty
    int headerRowCount = 1;          ///< 2 when a merged header spans two rows
    QVector<int> titleRows;          ///< 1-based rows above the header that were skipped
    QStringList columns;             ///< column names (merged headers filled, duplicates numbered)
    FieldMapping mapping;            ///< role field → column; confirm or change in the wizard
    QHash<QString, int> filledCells; ///< role field → cells filled down

    int rowsRead = 0; ///< source rows below the header
    QVector<ImportedRow> rows;
    QVector<RowIssue> rejects;      ///< data rows whose required values cannot be read
    QVector<RowIssue> excluded;     ///< totals, notes and blank rows
    QVector<ValueMapping> mappings; ///< the --set/--map mappings the rows were read with
    /// Per mapped field, the source cells no value mapping took, with their row counts.
    QHash<QString, QHash<QString, int>> unmappedValues;
    QStringList notes;

    int filledCellCount() const;
    bool countsAddUp() const { return rowsRead == rows.size() + rejects.size() + excluded.size(); }

    /// Reads `path` for `role`. Throws wm::Error naming the file when it cannot be read
    /// at all (missing, not a table, unknown sheet); row problems are reported instead.
    static TableImport read(const QString& path, const LayerRole& role,
                            const ImportOptions& options = {});

    /// The raw cells of `path` (CSV/TSV decoded, sheets read as text), one list per
    /// source row, for a wizard's preview. `encodingUsed`/`sheetUsed` receive what was read.
    static QVector<QStringList> readCells(const QString& path, const ImportOptions& options = {},
                                          QString* encodingUsed = nullptr,
                                          QString* sheetUsed = nullptr);
};

} // namespace wm
