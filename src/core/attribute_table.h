#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

#include <cstdint>
#include <vector>

namespace wm {

/// Storage type of an attribute column. Dates and times are kept as ISO 8601 text.
enum class FieldType { Integer, Integer64, Real, String, Date, Time, DateTime, Boolean };

QString fieldTypeName(FieldType type);
bool isNumeric(FieldType type);

struct FieldDef {
    QString name;
    FieldType type = FieldType::String;
    /// The type as the source's driver named it (e.g. "Integer64", "StringList").
    QString sourceType;
};

/// Columnar attribute storage: one typed vector per field, so a million rows of a
/// numeric field cost eight bytes each, and sums run over contiguous memory.
class AttributeTable {
public:
    void setFields(QVector<FieldDef> fields);
    const QVector<FieldDef>& fields() const { return mFields; }
    int fieldCount() const { return int(mFields.size()); }
    /// Index of the field named `name` (exact, then case-insensitive), or -1.
    int indexOf(const QString& name) const;

    qsizetype rowCount() const { return mRows; }
    void reserve(qsizetype rows);
    /// Appends a row of nulls and returns its index.
    qsizetype appendRow();

    void setInteger(qsizetype row, int col, qint64 v);
    void setReal(qsizetype row, int col, double v);
    void setString(qsizetype row, int col, const QString& v);

    bool isNull(qsizetype row, int col) const;
    QVariant value(qsizetype row, int col) const;
    /// Numeric value; `ok` false for null or non-numeric text.
    double toDouble(qsizetype row, int col, bool* ok = nullptr) const;
    QString toString(qsizetype row, int col) const;

private:
    struct Column {
        std::vector<qint64> ints;
        std::vector<double> reals;
        std::vector<QString> strings;
        std::vector<std::uint8_t> nulls;
    };
    QVector<FieldDef> mFields;
    std::vector<Column> mColumns;
    qsizetype mRows = 0;
};

} // namespace wm
