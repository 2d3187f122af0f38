#include "sql/filter_sql.h"

#include "analysis/value_compare.h"
#include "core/attribute_table.h"
#include "core/error.h"
#include "io/pg_connection.h"

#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::FilterSql)
};
} // namespace

namespace wm {

QString sqlLiteral(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QStringLiteral("E'%1'").arg(escaped);
}

namespace {

/// "cell = value" for one value, cells never null here.
std::optional<QString> equalsSql(const QString& column, FieldType type, const FilterValue& value)
{
    if (isNumeric(type)) {
        // A word against a number column compares with the cell's printed text in memory
        // (shortest round trip), which SQL does not print the same way.
        if (!value.number)
            return std::nullopt;
        const QString v = QString::number(*value.number, 'g', 17);
        return QStringLiteral("(abs(%1::double precision - %2) <= 1e-9 * greatest(1, "
                              "abs(%1::double precision), abs(%2)))")
            .arg(column, v);
    }
    if (type != FieldType::String)
        return std::nullopt;
    // QString::trimmed() and a case-insensitive compare: spaces, tabs and line ends.
    return QStringLiteral("(lower(btrim(%1, E' \\t\\n\\r\\f\\v')) = lower(%2))")
        .arg(column, sqlLiteral(value.text));
}

std::optional<QString> oneFilterSql(const FeatureFilter& f, const AttributeTable& columns,
                                    const QString& source, const QString& alias)
{
    const int index = columns.indexOf(f.field);
    if (index < 0)
        throw Error(source,
                    Tr::tr("no field \"%1\" for the filter \"%2\"").arg(f.field, f.toString()));
    const FieldDef& field = columns.fields()[index];
    const QString column = alias + QLatin1Char('.') + PgConnection::quoted(field.name);
    QStringList any;
    bool emptyAmong = false;
    for (const QString& typed : f.values) {
        const FilterValue value(typed);
        emptyAmong = emptyAmong || value.text.isEmpty();
        const std::optional<QString> one = equalsSql(column, field.type, value);
        if (!one)
            return std::nullopt;
        any << *one;
    }
    if (any.isEmpty())
        return QStringLiteral("false"); // matches nothing, as in memory
    const QString equal = QStringLiteral("(%1)").arg(any.join(QLatin1String(" OR ")));
    // An empty cell equals only the empty value.
    const QString nullCase = emptyAmong ? QStringLiteral("true") : QStringLiteral("false");
    switch (f.op) {
    case FeatureFilter::Op::Equals:
    case FeatureFilter::Op::In:
        return QStringLiteral("(CASE WHEN %1 IS NULL THEN %2 ELSE coalesce(%3, false) END)")
            .arg(column, nullCase, equal);
    case FeatureFilter::Op::NotEquals:
        return QStringLiteral("(CASE WHEN %1 IS NULL THEN NOT %2 ELSE NOT coalesce(%3, false) END)")
            .arg(column, nullCase, equal);
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> filterToSql(const FeatureFilter& filter, const AttributeTable& columns,
                                   const QString& source, const QString& alias)
{
    if (filter.isEmpty())
        return QString();
    QStringList all;
    const std::optional<QString> first = oneFilterSql(filter, columns, source, alias);
    if (!first)
        return std::nullopt;
    all << *first;
    for (const FeatureFilter& more : filter.also) {
        const std::optional<QString> sql = filterToSql(more, columns, source, alias);
        if (!sql)
            return std::nullopt;
        if (!sql->isEmpty())
            all << *sql;
    }
    return all.join(QLatin1String(" AND "));
}

} // namespace wm
