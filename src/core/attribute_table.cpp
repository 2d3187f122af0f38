#include "core/attribute_table.h"

#include <limits>

namespace wm {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return QStringLiteral("Integer");
    case FieldType::Integer64:
        return QStringLiteral("Integer64");
    case FieldType::Real:
        return QStringLiteral("Real");
    case FieldType::String:
        return QStringLiteral("String");
    case FieldType::Date:
        return QStringLiteral("Date");
    case FieldType::Time:
        return QStringLiteral("Time");
    case FieldType::DateTime:
        return QStringLiteral("DateTime");
    case FieldType::Boolean:
        return QStringLiteral("Boolean");
    }
    return QString();
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Integer64 || type == FieldType::Real ||
           type == FieldType::Boolean;
}

namespace {
enum class Storage { Int, Real, Text };
Storage storageOf(FieldType t)
{
    switch (t) {
    case FieldType::Integer:
    case FieldType::Integer64:
    case FieldType::Boolean:
        return Storage::Int;
    case FieldType::Real:
        return Storage::Real;
    default:
        return Storage::Text;
    }
}
} // namespace

void AttributeTable::setFields(QVector<FieldDef> fields)
{
    mFields = std::move(fields);
    mColumns.assign(mFields.size(), Column{});
    mRows = 0;
}

int AttributeTable::indexOf(const QString& name) const
{
    for (int i = 0; i < mFields.size(); ++i)
        if (mFields[i].name == name)
            return i;
    for (int i = 0; i < mFields.size(); ++i)
        if (mFields[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

void AttributeTable::reserve(qsizetype rows)
{
    for (int i = 0; i < mFields.size(); ++i) {
        Column& c = mColumns[i];
        c.nulls.reserve(rows);
        switch (storageOf(mFields[i].type)) {
        case Storage::Int:
            c.ints.reserve(rows);
            break;
        case Storage::Real:
            c.reals.reserve(rows);
            break;
        case Storage::Text:
            c.codes.reserve(rows);
            break;
        }
    }
}

void AttributeTable::IntColumn::set(qsizetype row, qint64 v)
{
    if (!mWide &&
        (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max())) {
        mInts64.assign(mInts32.begin(), mInts32.end());
        mInts32 = {};
        mWide = true;
    }
    if (mWide)
        mInts64[std::size_t(row)] = v;
    else
        mInts32[std::size_t(row)] = qint32(v);
}

qsizetype AttributeTable::appendRow()
{
    for (int i = 0; i < mFields.size(); ++i) {
        Column& c = mColumns[i];
        c.nulls.push_back(1);
        switch (storageOf(mFields[i].type)) {
        case Storage::Int:
            c.ints.push_back(0);
            break;
        case Storage::Real:
            c.reals.push_back(0.0);
            break;
        case Storage::Text:
            c.codes.push_back(0);
            break;
        }
    }
    return mRows++;
}

void AttributeTable::setInteger(qsizetype row, int col, qint64 v)
{
    Column& c = mColumns[col];
    switch (storageOf(mFields[col].type)) {
    case Storage::Int:
        c.ints.set(row, v);
        break;
    case Storage::Real:
        c.reals[row] = double(v);
        break;
    case Storage::Text:
        c.codes[row] = c.dictionary.intern(QString::number(v));
        break;
    }
    c.nulls[row] = 0;
}

void AttributeTable::setReal(qsizetype row, int col, double v)
{
    Column& c = mColumns[col];
    switch (storageOf(mFields[col].type)) {
    case Storage::Int:
        c.ints.set(row, qint64(v));
        break;
    case Storage::Real:
        c.reals[row] = v;
        break;
    case Storage::Text:
        c.codes[row] = c.dictionary.intern(QString::number(v, 'g', 15));
        break;
    }
    c.nulls[row] = 0;
}

void AttributeTable::setString(qsizetype row, int col, const QString& v)
{
    Column& c = mColumns[col];
    bool ok = true;
    switch (storageOf(mFields[col].type)) {
    case Storage::Int:
        c.ints.set(row, v.toLongLong(&ok));
        break;
    case Storage::Real:
        c.reals[row] = v.toDouble(&ok);
        break;
    case Storage::Text:
        c.codes[row] = c.dictionary.intern(v);
        break;
    }
    c.nulls[row] = ok ? 0 : 1;
}

void AttributeTable::setUtf8(qsizetype row, int col, QByteArrayView utf8)
{
    Column& c = mColumns[col];
    if (storageOf(mFields[col].type) != Storage::Text) {
        setString(row, col, QString::fromUtf8(utf8));
        return;
    }
    c.codes[row] = c.dictionary.intern(utf8);
    c.nulls[row] = 0;
}

const StringDictionary* AttributeTable::dictionary(int col) const
{
    return storageOf(mFields[col].type) == Storage::Text ? &mColumns[col].dictionary : nullptr;
}

std::size_t AttributeTable::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const Column& c : mColumns)
        bytes += c.ints.memoryBytes() + c.reals.capacity() * sizeof(double) +
                 c.codes.capacity() * sizeof(std::uint32_t) + c.nulls.capacity() / 8 +
                 c.dictionary.memoryBytes();
    return bytes;
}

bool AttributeTable::isNull(qsizetype row, int col) const
{
    return mColumns[col].nulls[row] != 0;
}

QVariant AttributeTable::value(qsizetype row, int col) const
{
    const Column& c = mColumns[col];
    if (c.nulls[row])
        return QVariant();
    switch (mFields[col].type) {
    case FieldType::Boolean:
        return QVariant(c.ints[row] != 0);
    case FieldType::Integer:
        return QVariant(int(c.ints[row]));
    case FieldType::Integer64:
        return QVariant(c.ints[row]);
    case FieldType::Real:
        return QVariant(c.reals[row]);
    default:
        return QVariant(c.dictionary.text(c.codes[row]));
    }
}

double AttributeTable::toDouble(qsizetype row, int col, bool* ok) const
{
    const Column& c = mColumns[col];
    bool good = !c.nulls[row];
    double v = 0;
    if (good) {
        switch (storageOf(mFields[col].type)) {
        case Storage::Int:
            v = double(c.ints[row]);
            break;
        case Storage::Real:
            v = c.reals[row];
            break;
        case Storage::Text:
            v = c.dictionary.text(c.codes[row]).toDouble(&good);
            break;
        }
    }
    if (ok)
        *ok = good;
    return good ? v : 0.0;
}

QString AttributeTable::toString(qsizetype row, int col) const
{
    const Column& c = mColumns[col];
    if (c.nulls[row])
        return QString();
    switch (storageOf(mFields[col].type)) {
    case Storage::Int:
        return mFields[col].type == FieldType::Boolean
                   ? (c.ints[row] ? QStringLiteral("true") : QStringLiteral("false"))
                   : QString::number(c.ints[row]);
    case Storage::Real:
        return QString::number(c.reals[row], 'g', 15);
    case Storage::Text:
        return c.dictionary.text(c.codes[row]);
    }
    return QString();
}

} // namespace wm
