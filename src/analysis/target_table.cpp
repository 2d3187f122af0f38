#include "analysis/target_table.h"

#include "core/error.h"
#include "core/field_mapping.h"
#include "core/resource_paths.h"
#include "core/role_registry.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <QCoreApplication>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::TargetTable)
};
} // namespace

namespace wm {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum class CellKind { Empty, Number, Text };

struct Cell {
    CellKind kind = CellKind::Empty;
    double value = kNaN;
    QString text;
};

Cell parseNumber(const QString& raw)
{
    Cell cell;
    cell.text = raw.trimmed();
    const QString t = UnitNameMatcher::normalise(raw);
    // Planners mark "no task" with a dash, a slash or 无 as often as with a blank cell.
    static const QStringList placeholders = {
        QStringLiteral("-"), QStringLiteral("--"), QStringLiteral("—"), QStringLiteral("——"),
        QStringLiteral("/"), QStringLiteral("无"), QStringLiteral("―"), QStringLiteral("─")};
    if (t.isEmpty() || placeholders.contains(t))
        return cell;
    static const QRegularExpression number(
        QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    static const QRegularExpression grouped(QStringLiteral(R"(^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$)"));
    QString digits = t;
    if (grouped.match(digits).hasMatch()) // "1,777" as Excel exports it
        digits.remove(u',');
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (number.match(digits).hasMatch() && ok && std::isfinite(v)) {
        cell.kind = CellKind::Number;
        cell.value = v;
    } else {
        cell.kind = CellKind::Text;
    }
    return cell;
}

Cell readCell(const AttributeTable& a, qsizetype row, int col)
{
    if (col < 0 || a.isNull(row, col))
        return {};
    if (isNumeric(a.fields()[col].type)) {
        Cell cell;
        cell.kind = CellKind::Number;
        cell.value = a.toDouble(row, col);
        cell.text = a.toString(row, col);
        return cell;
    }
    return parseNumber(a.toString(row, col));
}

/// A label cell reduced for comparison: no spaces, full-width folded, trailing colons gone
/// ("合 计" and "合计：" are both 合计).
QString label(const QString& text)
{
    QString n = UnitNameMatcher::normalise(text);
    while (n.endsWith(u':'))
        n.chop(1);
    return n;
}

enum class RowKind { Unit, Total, Subtotal, Note, Blank };

RowKind labelKind(const QString& text)
{
    const QString raw = UnitNameMatcher::normalise(text);
    const QString n = label(text);
    if (n.isEmpty())
        return RowKind::Unit;
    if (n.startsWith(QStringLiteral("备注")) || n.startsWith(QStringLiteral("说明")) ||
        n == QStringLiteral("注") || raw.startsWith(QStringLiteral("注:")))
        return RowKind::Note;
    if (n.endsWith(QStringLiteral("小计")))
        return RowKind::Subtotal;
    static const QStringList totals = {QStringLiteral("全市"), QStringLiteral("共计"),
                                       QStringLiteral("总数")};
    if (totals.contains(n) || n.endsWith(QStringLiteral("合计")) ||
        n.endsWith(QStringLiteral("总计")))
        return RowKind::Total;
    return RowKind::Unit;
}

/// What a data row is. Totals and notes are labelled in the unit column or in a column left of
/// it (序号 "合 计", 地市 "合 计"), never in the numbers to its right.
RowKind classify(const AttributeTable& a, qsizetype row, int unitColumn)
{
    bool blank = true;
    for (int c = 0; c < a.fieldCount(); ++c)
        if (readCell(a, row, c).kind != CellKind::Empty)
            blank = false;
    if (blank)
        return RowKind::Blank;
    for (int c = 0; c <= unitColumn && c < a.fieldCount(); ++c) {
        if (isNumeric(a.fields()[c].type))
            continue;
        const RowKind kind = labelKind(a.toString(row, c));
        if (kind != RowKind::Unit)
            return kind;
    }
    return RowKind::Unit;
}

bool isRowNumberColumn(const QString& header)
{
    static const QStringList names = {QStringLiteral("序号"), QStringLiteral("序"),
                                      QStringLiteral("编号"), QStringLiteral("行号"),
                                      QStringLiteral("排序"), QStringLiteral("no"),
                                      QStringLiteral("no."),  QStringLiteral("#"),
                                      QStringLiteral("id"),   QStringLiteral("fid")};
    return names.contains(normalizeColumnName(header));
}

bool isNoteColumn(const QString& header)
{
    const QString n = normalizeColumnName(header);
    return n.startsWith(QStringLiteral("备注")) || n.startsWith(QStringLiteral("说明"));
}

/// The shipped target role, loaded once; null when layers/ cannot be read, and then the
/// columns are found from their contents alone.
const LayerRole* targetRole()
{
    static const std::optional<RoleRegistry> registry = []() -> std::optional<RoleRegistry> {
        try {
            return RoleRegistry::load(layerRolesDir());
        } catch (const Error&) {
            return std::nullopt;
        }
    }();
    return registry ? registry->role(QStringLiteral("target")) : nullptr;
}

QStringList columnNames(const AttributeTable& a)
{
    QStringList names;
    for (const FieldDef& f : a.fields())
        names << f.name;
    return names;
}

/// The columns of a table and which rows hold units.
struct Resolved {
    int unit = -1;
    int code = -1;
    int target = -1;
    int actual = -1;
    QList<int> indicators;
    std::vector<RowKind> kinds;
};

int requireColumn(const Layer& layer, const QString& name, const char* what)
{
    const int c = layer.attributes.indexOf(name);
    if (c < 0)
        throw Error(layer.sourcePath,
                    Tr::tr("no %1 column \"%2\"; the columns are %3")
                        .arg(QLatin1String(what), name,
                             columnNames(layer.attributes).join(QStringLiteral(", "))));
    return c;
}

/// Fallback when no header names the units: the text column with the most distinct values
/// (the 县 column beats 地市, whose cells repeat or are blank).
int guessUnitColumn(const AttributeTable& a)
{
    int best = -1;
    qsizetype bestCount = 0;
    for (int c = 0; c < a.fieldCount(); ++c) {
        const QString header = a.fields()[c].name;
        if (isNumeric(a.fields()[c].type) || isRowNumberColumn(header) || isNoteColumn(header))
            continue;
        QSet<QString> values;
        for (qsizetype r = 0; r < a.rowCount(); ++r) {
            const Cell cell = readCell(a, r, c);
            if (cell.kind == CellKind::Text)
                values.insert(cell.text);
        }
        if (values.size() > bestCount) {
            best = c;
            bestCount = values.size();
        }
    }
    return best;
}

Resolved resolve(const Layer& layer, const QString& unitColumn, const QString& targetColumn,
                 const QString& actualColumn, bool needTarget)
{
    const AttributeTable& a = layer.attributes;
    Resolved r;
    FieldMapping mapping;
    if (const LayerRole* role = targetRole())
        mapping = FieldMapping::map(*role, columnNames(a));
    auto mapped = [&](const char* field) {
        const QString source = mapping.sourceOf.value(QLatin1String(field));
        return source.isEmpty() ? -1 : a.indexOf(source);
    };

    if (!unitColumn.isEmpty())
        r.unit = requireColumn(layer, unitColumn, "unit");
    else if ((r.unit = mapped("unit")) < 0 && (r.unit = guessUnitColumn(a)) < 0)
        throw Error(layer.sourcePath, Tr::tr("no column names the units"));
    r.code = mapped("unit_code");
    if (r.code == r.unit)
        r.code = -1;

    r.kinds.reserve(size_t(a.rowCount()));
    for (qsizetype row = 0; row < a.rowCount(); ++row)
        r.kinds.push_back(classify(a, row, r.unit));

    // Per column, how many unit-row cells hold numbers and how many hold text.
    std::vector<int> numbers(size_t(a.fieldCount()), 0), texts(size_t(a.fieldCount()), 0);
    for (int c = 0; c < a.fieldCount(); ++c) {
        for (qsizetype row = 0; row < a.rowCount(); ++row) {
            if (r.kinds[size_t(row)] != RowKind::Unit)
                continue;
            const CellKind kind = readCell(a, row, c).kind;
            numbers[size_t(c)] += kind == CellKind::Number ? 1 : 0;
            texts[size_t(c)] += kind == CellKind::Text ? 1 : 0;
        }
        const QString header = a.fields()[c].name;
        if (c == r.unit || c == r.code || isRowNumberColumn(header) || isNoteColumn(header))
            continue;
        if (numbers[size_t(c)] > 0 && texts[size_t(c)] == 0)
            r.indicators << c;
    }
    // The column the role's aliases name is taken when it mostly holds numbers, so that a
    // stray "约30" in it is reported by row rather than making the column vanish.
    auto mappedNumeric = [&](const char* field) {
        const int m = mapped(field);
        const bool numeric = m >= 0 && m != r.unit && m != r.code && numbers[size_t(m)] > 0 &&
                             numbers[size_t(m)] >= texts[size_t(m)];
        return numeric ? m : -1;
    };
    if (!needTarget)
        return r;

    if (!targetColumn.isEmpty()) {
        r.target = requireColumn(layer, targetColumn, "target");
    } else if (const int m = mappedNumeric("target"); m >= 0) {
        r.target = m;
    } else if (r.indicators.size() == 1) {
        r.target = r.indicators.front();
    } else {
        QStringList names;
        for (int c : std::as_const(r.indicators))
            names << a.fields()[c].name;
        throw Error(layer.sourcePath,
                    names.isEmpty()
                        ? Tr::tr("no numeric column holds targets")
                        : Tr::tr("several columns could hold the targets (%1); name one")
                              .arg(names.join(QStringLiteral(", "))));
    }

    if (!actualColumn.isEmpty())
        r.actual = requireColumn(layer, actualColumn, "actual");
    else if (const int m = mappedNumeric("actual"); m >= 0 && m != r.target)
        r.actual = m;
    return r;
}

double numberOrThrow(const Layer& layer, qsizetype row, int col, const QString& unitText)
{
    const Cell cell = readCell(layer.attributes, row, col);
    if (cell.kind == CellKind::Text)
        throw Error(layer.sourcePath,
                    Tr::tr("data row %1 (%2): \"%3\" in column \"%4\" is not a number")
                        .arg(row + 1)
                        .arg(unitText, cell.text, layer.attributes.fields()[col].name),
                    int(row) + 2); // the header is line 1 of a CSV and row 1 of a sheet
    return cell.value;
}

QString kindName(RowKind kind)
{
    switch (kind) {
    case RowKind::Total:
        return QStringLiteral("total");
    case RowKind::Subtotal:
        return QStringLiteral("subtotal");
    case RowKind::Note:
        return QStringLiteral("note");
    default:
        return {};
    }
}

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

double TargetTable::sumOfRows() const
{
    double sum = 0;
    for (const TargetRow& row : rows)
        if (std::isfinite(row.target))
            sum += row.target;
    return sum;
}

bool TargetTable::totalAgrees() const
{
    return std::isnan(statedTotal) || sameNumber(sumOfRows(), statedTotal);
}

TargetTable TargetTable::fromLayer(const Layer& table, const QString& unitColumn,
                                   const QString& targetColumn, const QString& actualColumn)
{
    const AttributeTable& a = table.attributes;
    const Resolved r = resolve(table, unitColumn, targetColumn, actualColumn, true);
    TargetTable t;
    t.sourcePath = table.sourcePath;
    t.unitColumn = a.fields()[r.unit].name;
    t.targetColumn = a.fields()[r.target].name;
    t.indicator = t.targetColumn;
    if (r.actual >= 0)
        t.actualColumn = a.fields()[r.actual].name;

    double subtotal = kNaN;
    int subtotals = 0;
    for (qsizetype row = 0; row < a.rowCount(); ++row) {
        const int sourceRow = int(row) + 1;
        const RowKind kind = r.kinds[size_t(row)];
        if (kind == RowKind::Blank)
            continue;
        const QString unitText = a.toString(row, r.unit).trimmed();
        if (kind != RowKind::Unit) {
            t.totalRows.push_back(sourceRow);
            QString text;
            for (int c = 0; c <= r.unit && text.isEmpty(); ++c)
                if (labelKind(a.toString(row, c)) == kind)
                    text = a.toString(row, c).trimmed();
            t.notes
                << Tr::tr("data row %1 (%2) excluded: %3").arg(sourceRow).arg(text, kindName(kind));
            // A note's cells are prose ("日间照料站拟分配数=…"), not numbers to check.
            const Cell cell = readCell(a, row, r.target);
            if (cell.kind == CellKind::Number) {
                if (kind == RowKind::Total)
                    t.statedTotal = cell.value; // the last grand total, below any subtotals
                else if (kind == RowKind::Subtotal && ++subtotals == 1)
                    subtotal = cell.value;
            }
            continue;
        }
        TargetRow out;
        out.unitText = unitText;
        out.unitCode = r.code >= 0 ? a.toString(row, r.code).trimmed() : QString();
        out.sourceRow = sourceRow;
        out.target = numberOrThrow(table, row, r.target, unitText);
        if (r.actual >= 0)
            out.actual = numberOrThrow(table, row, r.actual, unitText);
        // A row numbered but otherwise empty (序号 18 and nothing else) is padding, not a unit.
        if (out.unitText.isEmpty() && out.unitCode.isEmpty() && std::isnan(out.target) &&
            std::isnan(out.actual)) {
            t.notes << Tr::tr("data row %1 skipped: no unit and no numbers").arg(sourceRow);
            continue;
        }
        t.rows.push_back(out);
    }
    // No grand total and a single block: that block's subtotal is the table's total.
    if (std::isnan(t.statedTotal) && subtotals == 1)
        t.statedTotal = subtotal;
    return t;
}

QStringList TargetTable::indicatorColumns(const Layer& table)
{
    const Resolved r = resolve(table, {}, {}, {}, false);
    QStringList names;
    for (int c : r.indicators)
        names << table.attributes.fields()[c].name;
    return names;
}

ProgressReport joinTargets(const TargetTable& table, const UnitNameMatcher& matcher,
                           const std::vector<UnitName>& units,
                           const std::vector<double>& actualPerUnit)
{
    if (!actualPerUnit.empty() && actualPerUnit.size() != units.size())
        throw std::invalid_argument("joinTargets: actualPerUnit must be indexed like units");

    ProgressReport report;
    std::vector<int> rowOfUnit(units.size(), 0);
    QHash<QString, int> rowOfUnitWithoutPolygon;
    QSet<int> suggested;

    auto rateOf = [](double target, double actual) {
        return target > 0 && std::isfinite(actual) ? actual / target : kNaN;
    };
    auto place = [&](ProgressRow p) {
        p.rate = rateOf(p.target, p.actual);
        const bool hasTask = std::isfinite(p.target) && p.target != 0;
        (hasTask ? report.rows : report.noTask).push_back(std::move(p));
    };
    auto unmatched = [&](const TargetRow& row, const QString& why) {
        report.unmatched.push_back(row);
        report.unmatchedNotes << Tr::tr("data row %1 (%2): %3")
                                     .arg(row.sourceRow)
                                     .arg(row.unitText.isEmpty() ? row.unitCode : row.unitText,
                                          why);
    };

    for (const TargetRow& row : table.rows) {
        UnitMatch m;
        if (!row.unitCode.isEmpty())
            m = matcher.match(row.unitCode);
        if (m.unit < 0 && !row.unitText.isEmpty())
            m = matcher.match(row.unitText);

        if (m.unit >= 0 && size_t(m.unit) < units.size()) {
            const UnitName& unit = units[size_t(m.unit)];
            if (const int earlier = rowOfUnit[size_t(m.unit)]; earlier != 0) {
                unmatched(row,
                          Tr::tr("the same unit as data row %1; not added twice").arg(earlier));
                continue;
            }
            rowOfUnit[size_t(m.unit)] = row.sourceRow;
            ProgressRow p;
            p.unitCode = unit.code;
            p.unitName = unit.names.isEmpty() ? unit.code : unit.names.back();
            p.target = row.target;
            p.actual = actualPerUnit.empty() ? row.actual : actualPerUnit[size_t(m.unit)];
            p.hasPolygon = true;
            p.sourceRow = row.sourceRow;
            p.unit = m.unit;
            place(std::move(p));
            continue;
        }

        if (UnitNameMatcher::isUnitWithoutPolygon(row.unitText)) {
            const QString name = UnitNameMatcher::normalise(row.unitText);
            if (const int earlier = rowOfUnitWithoutPolygon.value(name); earlier != 0) {
                unmatched(row,
                          Tr::tr("the same unit as data row %1; not added twice").arg(earlier));
                continue;
            }
            rowOfUnitWithoutPolygon.insert(name, row.sourceRow);
            ProgressRow p;
            p.unitCode = row.unitCode;
            p.unitName = name;
            p.target = row.target;
            p.actual = row.actual; // nothing on the map to measure it from
            p.hasPolygon = false;
            p.sourceRow = row.sourceRow;
            place(std::move(p));
            continue;
        }
        for (const QString& s : matcher.suggestions(row.unitText))
            if (const int u = matcher.match(s).unit; u >= 0)
                suggested.insert(u);
        unmatched(row, m.note.isEmpty() ? Tr::tr("no unit of that name") : m.note);
    }

    // Units the table leaves out have no task, unless an unmatched row is probably theirs.
    for (size_t u = 0; u < units.size(); ++u) {
        if (rowOfUnit[u] != 0 || suggested.contains(int(u)))
            continue;
        ProgressRow p;
        p.unitCode = units[u].code;
        p.unitName = units[u].names.isEmpty() ? units[u].code : units[u].names.back();
        p.actual = actualPerUnit.empty() ? kNaN : actualPerUnit[u];
        p.hasPolygon = true;
        p.unit = int(u);
        report.noTask.push_back(std::move(p));
    }
    return report;
}

} // namespace wm
