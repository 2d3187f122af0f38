#include "io/list_import.h"

#include "core/crs.h"
#include "core/geos_context.h"
#include "core/layer.h"
#include "core/layer_role.h"
#include "io/table_writer.h"
#include "io/vector_writer.h"

#include <QDir>
#include <QFileInfo>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ListImport)
};

/// A match quality as the reader's language says it; the files keep the code.
QString qualityText(const QString& quality)
{
    static const char* const titles[][2] = {
        {"exact", QT_TRANSLATE_NOOP("wm::ListImport", "exact")},
        {"normalised", QT_TRANSLATE_NOOP("wm::ListImport", "normalised")},
        {"fuzzy", QT_TRANSLATE_NOOP("wm::ListImport", "fuzzy")},
        {"ambiguous", QT_TRANSLATE_NOOP("wm::ListImport", "ambiguous")},
        {"none", QT_TRANSLATE_NOOP("wm::ListImport", "none")}};
    for (const auto& t : titles)
        if (quality == QLatin1String(t[0]))
            return Tr::tr(t[1]);
    return quality;
}
} // namespace

namespace wm {

bool ListRow::doubtful() const
{
    // A placed row whose name matched nothing is shown too: its code stays empty.
    return state == State::Rejected || quality == QLatin1String("fuzzy") ||
           quality == QLatin1String("ambiguous") || (nameMatch && quality == QLatin1String("none"));
}

bool ListRow::pick(int index)
{
    if (fromTable || !nameMatch || index >= candidates.size())
        return false;
    if (!drawnAt.isEmpty()) {
        // Drawn at the village of the previous code: no longer where this row is.
        point.reset();
        drawnAt.clear();
    }
    if (index < 0) {
        // Back to what the gazetteer said: an unsettled name is rejected again.
        if (picked >= 0) {
            picked = -1;
            code.clear();
            if (!point)
                state = State::Rejected;
        }
        return true;
    }
    picked = index;
    code = candidates[index].code;
    if (!point)
        state = State::Matched;
    return true;
}

ListNameColumns listNameColumns(const TableImport& table, const LayerRole& role)
{
    const auto& m = table.mapping.sourceOf;
    // A village list names its villages in the role's "name"; other lists in "village".
    return {m.value(QStringLiteral("county")), m.value(QStringLiteral("township")),
            m.value(role.id == QLatin1String("village") ? QStringLiteral("name")
                                                        : QStringLiteral("village"))};
}

QVector<ListRow> placeListRows(const TableImport& table, const LayerRole& role,
                               const ListPlacement& placement)
{
    const ListNameColumns names = listNameColumns(table, role);
    QVector<ListRow> out;
    for (const RowIssue& issue : table.rejects) {
        ListRow o;
        o.sourceRow = issue.sourceRow;
        o.cells = issue.cells;
        o.reason = issue.reason;
        o.fromTable = true;
        out << o;
    }
    const int x = placement.xColumn, y = placement.yColumn;
    for (const ImportedRow& row : table.rows) {
        auto cell = [&](const QString& column) {
            const int i = column.isEmpty() ? -1 : int(table.columns.indexOf(column));
            return i >= 0 ? row.cells.value(i) : QString();
        };
        ListRow o;
        o.sourceRow = row.sourceRow;
        o.cells = row.cells;
        o.notes = row.warnings;
        if (x >= 0 && y >= 0 && !(row.cells.value(x).isEmpty() && row.cells.value(y).isEmpty())) {
            const ColumnPoint p =
                pointFromColumns(row.cells.value(x), row.cells.value(y), placement.coordinates);
            if (!p.lonLat) {
                o.reason = p.problem;
                out << o;
                continue;
            }
            if (!p.problem.isEmpty())
                o.notes << p.problem;
            o.point = p.lonLat;
            o.state = ListRow::State::OnMap;
        }
        if (placement.gazetteer && names.any()) {
            const Gazetteer::MatchResult m = placement.gazetteer->match(
                cell(names.county), cell(names.township), cell(names.village));
            o.nameMatch = true;
            o.code = m.code;
            o.quality = Gazetteer::qualityName(m.quality);
            o.candidates = QVector<Gazetteer::Candidate>(m.candidates.begin(), m.candidates.end());
            if (!m.note.isEmpty())
                o.notes << m.note;
            if (o.code.isEmpty() && placement.outside &&
                m.quality != Gazetteer::Quality::Ambiguous) {
                // A name of another city is no typo of this one: say where it is.
                const Gazetteer::MatchResult elsewhere = placement.outside->match(
                    cell(names.county), cell(names.township), cell(names.village));
                if (!elsewhere.code.isEmpty()) {
                    const QString where = Tr::tr("outside the project's area: %1")
                                              .arg(placement.outside->path(elsewhere.code));
                    if (!o.point) {
                        o.quality = Gazetteer::qualityName(Gazetteer::Quality::None);
                        o.candidates.clear();
                        o.reason = where;
                        out << o;
                        continue;
                    }
                    o.notes << where;
                }
            }
            if (!o.point && o.code.isEmpty()) {
                // Fuzzy, ambiguous and unmatched names wait for a person to choose.
                o.reason = Tr::tr("%1 name match%2")
                               .arg(qualityText(o.quality),
                                    m.note.isEmpty() ? QString() : QStringLiteral(": ") + m.note);
            } else if (!o.point) {
                o.state = ListRow::State::Matched;
            } else if (o.code.isEmpty()) {
                o.reason = Tr::tr("placed, but the name is a %1 match").arg(qualityText(o.quality));
            }
        } else if (!o.point) {
            o.reason = Tr::tr("no coordinates and no names to match");
        }
        out << o;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ListRow& a, const ListRow& b) { return a.sourceRow < b.sourceRow; });
    return out;
}

DrawnRows drawMatchedRows(QVector<ListRow>& rows, const VillagePoints& villages)
{
    DrawnRows drawn;
    if (!villages.layer || villages.codeColumn < 0)
        return drawn;
    const Layer& layer = *villages.layer;
    GEOSContextHandle_t ctx = geosContext();
    QHash<QString, LonLat> byCode;
    QHash<QString, std::pair<LonLat, int>> townshipSums; // sum of lon/lat, count
    for (qsizetype i = 0; i < layer.featureCount(); ++i) {
        const GEOSGeometry* g = layer.geometry(i);
        const QString code = layer.attributes.toString(i, villages.codeColumn).trimmed();
        if (!g || code.size() != 12 || GEOSGeomTypeId_r(ctx, g) != GEOS_POINT)
            continue;
        LonLat p;
        GEOSGeomGetX_r(ctx, g, &p.lon);
        GEOSGeomGetY_r(ctx, g, &p.lat);
        byCode.insert(code, p);
        auto& [sum, n] = townshipSums[code.left(9)];
        sum.lon += p.lon;
        sum.lat += p.lat;
        ++n;
    }
    for (ListRow& o : rows) {
        if (o.state != ListRow::State::Matched || o.point || o.code.size() != 12)
            continue;
        if (const auto it = byCode.constFind(o.code); it != byCode.cend()) {
            o.point = *it;
            o.drawnAt = QStringLiteral("village");
        } else if (const auto t = townshipSums.constFind(o.code.left(9));
                   t != townshipSums.cend()) {
            o.point = LonLat{t->first.lon / t->second, t->first.lat / t->second};
            o.drawnAt = QStringLiteral("township");
        }
    }
    // Counted over every row, those drawn by an earlier call too (the wizard redraws after
    // a pick).
    for (const ListRow& o : rows) {
        drawn.atVillage += o.drawnAt == QLatin1String("village") ? 1 : 0;
        drawn.atTownship += o.drawnAt == QLatin1String("township") ? 1 : 0;
    }
    return drawn;
}

ListSummary summarise(const TableImport& table, const QVector<ListRow>& rows)
{
    ListSummary s;
    s.rowsRead = table.rowsRead;
    s.excluded = int(table.excluded.size());
    for (const ListRow& o : rows)
        (o.state == ListRow::State::OnMap     ? s.onMap
         : o.state == ListRow::State::Matched ? s.matched
                                              : s.rejected) += 1;
    return s;
}

QString listRejectsPath(const QString& gpkgPath)
{
    const QFileInfo info(gpkgPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("_rejects.csv"));
}

QStringList writeListImport(const TableImport& table, const QVector<ListRow>& rows,
                            const QString& layerName, const QString& gpkgPath,
                            const QString& rejectsPath)
{
    OutputLayer layer;
    layer.name = layerName;
    layer.columns = table.columns;
    // Fields given by --set/--map are written under the field's own name (replacing a source
    // column of that name), so the layer reads back with them whatever the source called it.
    QHash<int, QVariantHash> valuesOfRow;
    QVector<QPair<QString, int>> mappedColumns; // field → column index in layer.columns
    for (const ValueMapping& m : table.mappings) {
        int column = int(layer.columns.indexOf(m.field));
        if (column < 0) {
            column = int(layer.columns.size());
            layer.columns << m.field;
        }
        mappedColumns.append({m.field, column});
    }
    if (!mappedColumns.isEmpty())
        for (const ImportedRow& r : table.rows)
            valuesOfRow.insert(r.sourceRow, r.values);
    const int sourceWidth = int(layer.columns.size());
    layer.columns << QStringLiteral("source_row") << QStringLiteral("division_code")
                  << QStringLiteral("match") << QStringLiteral("position")
                  << QStringLiteral("note");
    // A column whose every written value reads as a number (户数, 人口) is written as one.
    std::vector<bool> numeric(std::size_t(sourceWidth), true),
        integral(std::size_t(sourceWidth), true);
    std::vector<bool> seen(std::size_t(sourceWidth), false);
    for (const ListRow& o : rows) {
        if (o.state == ListRow::State::Rejected)
            continue;
        for (int c = 0; c < int(o.cells.size()) && c < sourceWidth; ++c) {
            const QString v = o.cells[c].trimmed();
            if (v.isEmpty())
                continue;
            bool ok = false;
            const double x = QLocale::c().toDouble(v, &ok);
            seen[std::size_t(c)] = true;
            // Codes are text: leading zeros and 12-digit division codes stay as written.
            if (!ok || !std::isfinite(x) ||
                (v.size() > 1 && v.startsWith(QLatin1Char('0')) &&
                 !v.startsWith(QLatin1String("0."))) ||
                v.size() >= 9)
                numeric[std::size_t(c)] = false;
            else if (x != std::floor(x))
                integral[std::size_t(c)] = false;
        }
    }
    std::vector<GeomPtr> points;
    QVector<QStringList> rejects;
    GEOSContextHandle_t ctx = geosContext();
    for (const ListRow& o : rows) {
        if (o.state == ListRow::State::Rejected) {
            QStringList candidates;
            for (const auto& c : o.candidates)
                candidates << QStringLiteral("%1 %2").arg(c.code, c.path);
            rejects << QStringList{QString::number(o.sourceRow), o.reason,
                                   candidates.join(QStringLiteral(" | "))};
            continue;
        }
        QStringList notes = o.notes;
        if (o.drawnAt == QLatin1String("township"))
            notes << Tr::tr("approximate position: the centre of its township's village points");
        if (o.picked >= 0)
            notes << Tr::tr("division chosen in the import wizard (%1 name match)")
                         .arg(qualityText(o.quality));
        const QString quality = o.picked >= 0 ? QStringLiteral("picked") : o.quality;
        QVector<QVariant> values;
        for (int c = 0; c < int(o.cells.size()); ++c) {
            const QString& v = o.cells[c];
            const bool number = c < sourceWidth && seen[std::size_t(c)] && numeric[std::size_t(c)];
            if (v.trimmed().isEmpty())
                values << QVariant();
            else if (number && integral[std::size_t(c)])
                values << QVariant(qint64(QLocale::c().toDouble(v.trimmed())));
            else if (number)
                values << QVariant(QLocale::c().toDouble(v.trimmed()));
            else
                values << QVariant(v);
        }
        values.resize(sourceWidth);
        for (const auto& [field, column] : mappedColumns)
            values[column] = valuesOfRow.value(o.sourceRow).value(field);
        values << QVariant(qint64(o.sourceRow))
               << (o.code.isEmpty() ? QVariant() : QVariant(o.code))
               << (quality.isEmpty() ? QVariant() : QVariant(quality))
               << (o.drawnAt.isEmpty()
                       ? (o.point ? QVariant(QStringLiteral("coordinates")) : QVariant())
                       : QVariant(o.drawnAt))
               << (notes.isEmpty() ? QVariant() : QVariant(notes.join(QStringLiteral("; "))));
        layer.rows << values;
        points.emplace_back(o.point ? GEOSGeom_createPointFromXY_r(ctx, o.point->lon, o.point->lat)
                                    : nullptr);
    }
    for (const GeomPtr& p : points)
        layer.geometries.push_back(p.get());
    for (const RowIssue& e : table.excluded)
        rejects << QStringList{QString::number(e.sourceRow), e.reason, QString()};
    const QStringList notes = writeGeoPackage(gpkgPath, Crs::cgcs2000(), {layer});
    writeCsv(rejectsPath,
             {QStringLiteral("row"), QStringLiteral("reason"), QStringLiteral("candidates")},
             rejects);
    return notes;
}

} // namespace wm
