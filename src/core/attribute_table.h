#pragma once

#include "core/string_dictionary.h"

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
/// numeric field cost eight bytes each, and sums run over contiguous memory. Text is
/// dictionary-encoded: four bytes a row, each distinct value stored once.
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
    /// Text already in UTF-8 (a bulk reader's bytes), without a QString in between.
    void setUtf8(qsizetype row, int col, QByteArrayView utf8);

    bool isNull(qsizetype row, int col) const;
    QVariant value(qsizetype row, int col) const;
    /// Numeric value; `ok` false for null or non-numeric text.
    double toDouble(qsizetype row, int col, bool* ok = nullptr) const;
    QString toString(qsizetype row, int col) const;

    /// The distinct values of a text column (strings, dates and times), or null for a
    /// numeric column: per-value work (a style's category, a filter's literal) is done
    /// once per distinct value and looked up by code().
    const StringDictionary* dictionary(int col) const;
    /// Dictionary code of a text cell; meaningless for a null cell.
    std::uint32_t code(qsizetype row, int col) const { return mColumns[col].codes[row]; }

    /// Bytes held, for memory reports.
    std::size_t memoryBytes() const;

private:
    /// Whole numbers in 32 bits while every value fits (OGR's Integer fields, booleans),
    /// widened to 64 bits for good on the first value that does not.
    class IntColumn {
    public:
        qint64 operator[](qsizetype row) const
        {
            return mWide ? mInts64[std::size_t(row)] : mInts32[std::size_t(row)];
        }
        void set(qsizetype row, qint64 v);
        void push_back(qint64 v)
        {
            if (mWide) {
                mInts64.push_back(v);
            } else {
                mInts32.push_back(0);
                set(size() - 1, v);
            }
        }
        void reserve(qsizetype rows)
        {
            if (mWide)
                mInts64.reserve(std::size_t(rows));
            else
                mInts32.reserve(std::size_t(rows));
        }
        qsizetype size() const { return qsizetype(mWide ? mInts64.size() : mInts32.size()); }
        std::size_t memoryBytes() const
        {
            return mInts64.capacity() * sizeof(qint64) + mInts32.capacity() * sizeof(qint32);
        }

    private:
        bool mWide = false;
        std::vector<qint32> mInts32;
        std::vector<qint64> mInts64;
    };

    struct Column {
        IntColumn ints;
        std::vector<double> reals;
        std::vector<std::uint32_t> codes; ///< text: codes into `dictionary`
        StringDictionary dictionary;
        std::vector<bool> nulls; ///< a bit a row: a million rows cost 125 kB, not 1 MB
    };
    QVector<FieldDef> mFields;
    std::vector<Column> mColumns;
    qsizetype mRows = 0;
};

} // namespace wm
