#include "analysis/plan_sheet.h"

#include "analysis/feature_filter.h"
#include "analysis/measure_support.h"
#include "analysis/rules_file.h"
#include "analysis/scenario.h"
#include "analysis/unit_set.h"
#include "core/coordinate_transform.h"
#include "core/error.h"
#include "core/loaded_project.h"
#include "core/role_registry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PlanSheet)
};
} // namespace

namespace wm {

namespace {

double roundTo(double v, int decimals)
{
    if (!std::isfinite(v))
        return v;
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

/// The measure of a facility's capacity by its kind: beds for care and health, school
/// places for kindergartens, "capacity" for the rest (the role's capacity has no unit).
QString facilityMeasure(const QString& kind)
{
    const QString k = kind.toLower();
    if (k == QLatin1String("kindergarten"))
        return QStringLiteral("学位 places");
    if (k == QLatin1String("elderly_care") || k == QLatin1String("health_centre") ||
        k == QLatin1String("clinic"))
        return QStringLiteral("床位 beds");
    return QStringLiteral("规模 capacity");
}

const QString kKm = QStringLiteral("公里 km");

/// The county of a line: the one holding the most of its length (clipped by the county
/// polygons; a tie goes to the lower index). -1 when no county holds any of it.
int unitOfLine(const UnitSet& units, const GEOSGeometry* g)
{
    GEOSContextHandle_t ctx = geosContext();
    double xmin = 0, ymin = 0, xmax = 0, ymax = 0;
    if (GEOSGeom_getXMin_r(ctx, g, &xmin) != 1 || GEOSGeom_getYMin_r(ctx, g, &ymin) != 1 ||
        GEOSGeom_getXMax_r(ctx, g, &xmax) != 1 || GEOSGeom_getYMax_r(ctx, g, &ymax) != 1)
        return -1;
    int best = -1;
    double bestLength = 0;
    for (int u : units.unitsIn(Extent::of(xmin, ymin, xmax, ymax))) {
        const GEOSGeometry* poly = units.geometry(u);
        if (!poly)
            continue;
        GeomPtr part(GEOSIntersection_r(ctx, g, poly));
        double length = 0;
        if (!part || GEOSLength_r(ctx, part.get(), &length) != 1)
            continue;
        if (length > bestLength) {
            bestLength = length;
            best = u;
        }
    }
    return best;
}

QString amountText(double v, const QString& measure)
{
    if (!std::isfinite(v))
        return {};
    if (measure == kKm)
        return QString::number(v, 'f', 3);
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'f', 2);
}

SheetTable::Cell textCell(const QString& s)
{
    return {s.isEmpty() ? QVariant() : QVariant(s), s};
}

SheetTable::Cell numberCell(double v, const QString& text)
{
    return {std::isfinite(v) ? QVariant(v) : QVariant(), std::isfinite(v) ? text : QString()};
}

SheetTable::Cell integerCell(qint64 v)
{
    return {QVariant(qlonglong(v)), QString::number(v)};
}

const SheetTable::Cell kEmpty{};

} // namespace

PlanSheet makePlanSheet(const LoadedProject& project, const QString& scenarioName,
                        const RulesFile* rules, const RoleRegistry* roles)
{
    PlanSheet sheet;
    const QString wanted = scenarioName.trimmed();
    sheet.projectFile = project.project.filePath;
    sheet.projectName = project.project.name;
    sheet.crs = project.crs;
    const QString where = sheet.projectFile.isEmpty() ? sheet.projectName : sheet.projectFile;

    auto noProposals = [&]() {
        const QStringList existing = scenario::names(project);
        return Error(where, existing.isEmpty()
                                ? Tr::tr("no works feature names scenario \"%1\"; the "
                                         "project has no scenarios (no proposed "
                                         "features)")
                                      .arg(wanted)
                                : Tr::tr("no works feature names scenario \"%1\"; the "
                                         "scenarios are: %2")
                                      .arg(wanted, existing.join(QStringLiteral(", "))));
    };
    if (wanted.isEmpty())
        throw Error(where, Tr::tr("the scenario name is empty"));

    // Counties: the rules' units layer when it is a boundary layer, else the first one.
    std::optional<UnitSet> counties;
    for (int pass = 0; pass < 2 && !counties; ++pass) {
        for (const LoadedLayer& l : project.layers) {
            if (!l.isAvailable() || !detail::hasRole(l, "boundary"))
                continue;
            if (pass == 0 && (!rules || l.entry.id != rules->unitsLayer))
                continue;
            counties = UnitSet::fromLoadedLayer(l);
            sheet.unitsLayer = l.entry.id;
            break;
        }
    }
    if (!counties)
        sheet.notes << Tr::tr("the project has no boundary layer: no proposal is placed "
                              "in a county");

    // Rules: the layer each reads and its filter.
    struct RuleRead {
        QString layer, label;
        FeatureFilter filter;
    };
    std::vector<RuleRead> ruleReads;
    if (rules) {
        sheet.rulesFile = rules->path;
        for (const auto& r : rules->rules) {
            bool ok = true;
            const FeatureFilter f =
                FeatureFilter::parse(r->json.value(QStringLiteral("filter")).toString(), &ok);
            if (!ok)
                continue; // the check reports it; a plan sheet only leaves the rule out
            const QString label = r->title.trimmed().isEmpty() || r->title == r->id
                                      ? r->id
                                      : QStringLiteral("%1 (%2)").arg(r->title, r->id);
            for (const char* key : {"layer", "facilities"}) {
                const QString id = r->json.value(QLatin1String(key)).toString().trimmed();
                if (!id.isEmpty())
                    ruleReads.push_back({id, label, f});
            }
        }
    }

    const CoordinateTransform toLonLat(project.crs, Crs::cgcs2000());

    // The proposals, layer by layer; units are indexed by their UnitSet index for now
    // (-1: outside every county).
    struct Found {
        int countyIndex = -1;
        PlanSheetRow row;
    };
    std::vector<Found> found;
    std::map<std::pair<int, QString>, int> groupOf; // (layer order, kind) → group
    std::vector<std::pair<int, QString>> groupKeys;
    for (int li = 0; li < project.layers.size(); ++li) {
        const LoadedLayer& l = project.layers[li];
        if (!l.isAvailable() || !scenario::isWorksRole(l.entry.role))
            continue;
        const int scenarioCol = scenario::columnIn(l);
        if (scenarioCol < 0)
            continue;
        const Layer& data = *l.data;
        const AttributeTable& a = data.attributes;
        auto column = [&](const char* field) {
            const QString c = l.columnOf(QString::fromLatin1(field));
            return c.isEmpty() ? -1 : a.indexOf(c);
        };
        const int kindCol = column("kind"), nameCol = column("name"), statusCol = column("status");
        const bool pipe = detail::hasRole(l, "pipe"), parking = detail::hasRole(l, "parking");
        const int quantityCol = parking ? column("spaces") : pipe ? -1 : column("capacity");
        const QString title = l.entry.displayName();
        // Sheets are read in Chinese: a coded value by its role's title, else as stored.
        const LayerRole* role = roles ? roles->role(l.entry.role) : nullptr;
        auto valueTitle = [role](const char* field, const QString& value) {
            const RoleField* f = role ? role->field(QString::fromLatin1(field)) : nullptr;
            return f && !value.isEmpty() ? f->valueTitle(value, true) : value;
        };
        std::vector<char> readers; // per rule read: reads this layer
        for (const RuleRead& r : ruleReads)
            readers.push_back(r.layer == l.entry.id);
        for (qsizetype i = 0; i < data.featureCount(); ++i) {
            const QString s = scenario::of(l, scenarioCol, i);
            if (s.isEmpty() || s.compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            if (sheet.scenario.isEmpty())
                sheet.scenario = s;
            Found f;
            PlanSheetRow& row = f.row;
            row.layerId = l.entry.id;
            row.fid = data.fid(i);
            auto text = [&](int c) {
                return c < 0 || a.isNull(i, c) ? QString() : a.toString(i, c).trimmed();
            };
            row.kind = text(kindCol);
            row.what = row.kind.isEmpty()
                           ? title
                           : QStringLiteral("%1 · %2").arg(title, valueTitle("kind", row.kind));
            row.name = text(nameCol);
            row.status = valueTitle("status", text(statusCol));
            const GEOSGeometry* g = data.geometry(i);
            if (pipe) {
                row.measure = kKm;
                double metres = 0;
                if (g && GEOSLength_r(geosContext(), g, &metres) == 1)
                    row.quantity = roundTo(metres / 1000.0, 3);
            } else if (quantityCol >= 0 && !a.isNull(i, quantityCol)) {
                bool ok = false;
                const double v = a.toDouble(i, quantityCol, &ok);
                if (ok && std::isfinite(v)) {
                    row.quantity = v;
                    row.measure =
                        parking ? QStringLiteral("车位 spaces") : facilityMeasure(row.kind);
                }
            }
            double x = 0, y = 0;
            if (detail::positionOf(g, x, y, detail::Position::Midpoint)) {
                row.x = roundTo(x, 2);
                row.y = roundTo(y, 2);
                double lon = x, lat = y;
                if (toLonLat.transform(lon, lat)) {
                    row.lon = roundTo(lon, 6);
                    row.lat = roundTo(lat, 6);
                }
                // A point goes to the county it lies in; a line to the county holding the
                // most of its length (not its midpoint: a pipe along a border is counted
                // where most of it is built), its midpoint's county when none holds any.
                if (counties) {
                    if (pipe && g)
                        f.countyIndex = unitOfLine(*counties, g);
                    if (f.countyIndex < 0)
                        f.countyIndex = counties->unitAt(x, y);
                }
            }
            for (std::size_t r = 0; r < ruleReads.size(); ++r)
                if (readers[r] &&
                    (ruleReads[r].filter.isEmpty() || ruleReads[r].filter.matches(data, i)) &&
                    !row.rules.contains(ruleReads[r].label))
                    row.rules << ruleReads[r].label;
            const auto key = std::make_pair(li, row.kind.toLower());
            if (!groupOf.count(key)) {
                groupOf[key] = int(groupKeys.size());
                groupKeys.push_back(key);
                sheet.groups.push_back({row.layerId, row.kind, row.what, {}});
            }
            row.group = groupOf[key];
            if (!row.measure.isEmpty())
                sheet.groups[std::size_t(row.group)].measure = row.measure;
            found.push_back(std::move(f));
        }
    }
    if (found.empty())
        throw noProposals();

    // Groups in layer order, kinds sorted.
    std::vector<int> groupOrder(sheet.groups.size());
    for (std::size_t g = 0; g < groupOrder.size(); ++g)
        groupOrder[g] = int(g);
    std::sort(groupOrder.begin(), groupOrder.end(),
              [&](int a, int b) { return groupKeys[std::size_t(a)] < groupKeys[std::size_t(b)]; });
    std::vector<int> newGroup(groupOrder.size());
    std::vector<PlanSheetGroup> groups;
    for (std::size_t g = 0; g < groupOrder.size(); ++g) {
        newGroup[std::size_t(groupOrder[g])] = int(g);
        groups.push_back(sheet.groups[std::size_t(groupOrder[g])]);
    }
    sheet.groups = std::move(groups);

    // Units in code order; those without a code (an abolished county) by name after them;
    // the proposals outside every county last.
    std::vector<int> used;
    for (const Found& f : found)
        if (std::find(used.begin(), used.end(), f.countyIndex) == used.end())
            used.push_back(f.countyIndex);
    std::sort(used.begin(), used.end(), [&](int a, int b) {
        if ((a < 0) != (b < 0))
            return b < 0;
        if (a < 0)
            return false;
        const Unit& ua = counties->unit(a);
        const Unit& ub = counties->unit(b);
        if (ua.code.isEmpty() != ub.code.isEmpty())
            return ub.code.isEmpty();
        if (ua.code != ub.code)
            return ua.code < ub.code;
        if (ua.displayName() != ub.displayName())
            return ua.displayName() < ub.displayName();
        return a < b;
    });
    for (int u : used) {
        PlanSheetUnit unit;
        if (u < 0) {
            unit.outside = true;
            unit.name = QStringLiteral("不在各县范围内 Outside the counties");
        } else {
            unit.code = counties->unit(u).code;
            unit.name = counties->unit(u).displayName();
        }
        unit.groupCounts.assign(sheet.groups.size(), 0);
        unit.groupQuantities.assign(sheet.groups.size(), 0.0);
        const int index = int(sheet.units.size());
        // Rows in layer order, then fid (the order of the found features).
        for (Found& f : found) {
            if (f.countyIndex != u)
                continue;
            PlanSheetRow row = f.row;
            row.unit = index;
            row.group = newGroup[std::size_t(row.group)];
            row.number = ++unit.count;
            ++unit.groupCounts[std::size_t(row.group)];
            if (std::isfinite(row.quantity)) {
                unit.groupQuantities[std::size_t(row.group)] += row.quantity;
                auto it = std::find_if(unit.quantities.begin(), unit.quantities.end(),
                                       [&](const auto& q) { return q.first == row.measure; });
                if (it == unit.quantities.end())
                    unit.quantities.emplace_back(row.measure, row.quantity);
                else
                    it->second += row.quantity;
            }
            sheet.rows.push_back(std::move(row));
        }
        for (auto& q : unit.quantities)
            q.second = roundTo(q.second, 3);
        for (double& q : unit.groupQuantities)
            q = roundTo(q, 3);
        sheet.units.push_back(std::move(unit));
    }
    return sheet;
}

SheetTable PlanSheet::detailTable() const
{
    SheetTable t;
    const QString crsId = crs.id();
    t.header = {QStringLiteral("序号 No."),
                QStringLiteral("县（市、区） County"),
                QStringLiteral("区划代码 Code"),
                QStringLiteral("项目类别 Kind"),
                QStringLiteral("项目名称 Name"),
                QStringLiteral("建设状态 Status"),
                QStringLiteral("规模 Quantity"),
                QStringLiteral("单位 Unit"),
                QStringLiteral("经度 Lon (CGCS2000)"),
                QStringLiteral("纬度 Lat (CGCS2000)"),
                crsId.isEmpty() ? QStringLiteral("X") : QStringLiteral("X (%1)").arg(crsId),
                crsId.isEmpty() ? QStringLiteral("Y") : QStringLiteral("Y (%1)").arg(crsId),
                QStringLiteral("服务规则 Serves rule"),
                QStringLiteral("图层 Layer"),
                QStringLiteral("要素号 FID")};
    using T = QMetaType::Type;
    t.types = {T::LongLong, T::QString, T::QString, T::QString, T::QString,
               T::QString,  T::Double,  T::QString, T::Double,  T::Double,
               T::Double,   T::Double,  T::QString, T::QString, T::LongLong};
    std::size_t r = 0;
    for (int u = 0; u < int(units.size()); ++u) {
        const PlanSheetUnit& unit = units[std::size_t(u)];
        for (; r < rows.size() && rows[r].unit == u; ++r) {
            const PlanSheetRow& row = rows[r];
            t.rows.push_back({integerCell(row.number), textCell(unit.name), textCell(unit.code),
                              textCell(row.what), textCell(row.name), textCell(row.status),
                              numberCell(row.quantity, amountText(row.quantity, row.measure)),
                              textCell(row.measure),
                              numberCell(row.lon, QString::number(row.lon, 'f', 6)),
                              numberCell(row.lat, QString::number(row.lat, 'f', 6)),
                              numberCell(row.x, QString::number(row.x, 'f', 2)),
                              numberCell(row.y, QString::number(row.y, 'f', 2)),
                              textCell(row.rules.join(QStringLiteral("; "))), textCell(row.layerId),
                              integerCell(row.fid)});
        }
        // 小计: the count, and one row per unit of measure (a first row without quantity
        // when the unit's proposals have none).
        const QString count = QStringLiteral("%1 项 items").arg(unit.count);
        const std::size_t subtotalRows = std::max<std::size_t>(1, unit.quantities.size());
        for (std::size_t q = 0; q < subtotalRows; ++q) {
            QVector<SheetTable::Cell> row(t.header.size());
            row[1] = textCell(unit.name);
            row[2] = textCell(unit.code);
            row[3] = textCell(QStringLiteral("小计 Subtotal"));
            row[4] = textCell(q == 0 ? count : QString());
            if (q < unit.quantities.size()) {
                const auto& [measure, value] = unit.quantities[q];
                row[6] = numberCell(value, amountText(value, measure));
                row[7] = textCell(measure);
            }
            t.rows.push_back(row);
        }
    }
    return t;
}

SheetTable PlanSheet::summaryTable() const
{
    SheetTable t;
    using T = QMetaType::Type;
    t.header = {QStringLiteral("序号 No."), QStringLiteral("县（市、区） County"),
                QStringLiteral("区划代码 Code"), QStringLiteral("项目数 Proposals")};
    t.types = {T::LongLong, T::QString, T::QString, T::LongLong};
    for (const PlanSheetGroup& g : groups) {
        t.header << QStringLiteral("%1 (项 count)").arg(g.what);
        t.types << T::LongLong;
        if (!g.measure.isEmpty()) {
            t.header << QStringLiteral("%1 (%2)").arg(g.what, g.measure);
            t.types << T::Double;
        }
    }
    std::vector<int> totalCounts(groups.size(), 0);
    std::vector<double> totalQuantities(groups.size(), 0.0);
    int total = 0;
    int number = 0;
    for (const PlanSheetUnit& unit : units) {
        QVector<SheetTable::Cell> row = {unit.outside ? kEmpty : integerCell(++number),
                                         textCell(unit.name), textCell(unit.code),
                                         integerCell(unit.count)};
        total += unit.count;
        for (std::size_t g = 0; g < groups.size(); ++g) {
            row << integerCell(unit.groupCounts[g]);
            totalCounts[g] += unit.groupCounts[g];
            totalQuantities[g] += unit.groupQuantities[g];
            if (!groups[g].measure.isEmpty())
                row << numberCell(unit.groupQuantities[g],
                                  amountText(unit.groupQuantities[g], groups[g].measure));
        }
        t.rows.push_back(row);
    }
    QVector<SheetTable::Cell> row = {kEmpty, textCell(QStringLiteral("合计 Total")), kEmpty,
                                     integerCell(total)};
    for (std::size_t g = 0; g < groups.size(); ++g) {
        row << integerCell(totalCounts[g]);
        if (!groups[g].measure.isEmpty()) {
            const double v = std::round(totalQuantities[g] * 1000.0) / 1000.0;
            row << numberCell(v, amountText(v, groups[g].measure));
        }
    }
    t.rows.push_back(row);
    return t;
}

QString planSheetSummaryCsvPath(const QString& csvPath)
{
    const QFileInfo info(csvPath);
    const QString name = info.completeBaseName() + QStringLiteral("_summary.") +
                         (info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix());
    // "plan.csv" → "plan_summary.csv" (not "./plan_summary.csv").
    return info.path() == QLatin1String(".") && !csvPath.startsWith(QLatin1String("./"))
               ? name
               : QDir(info.path()).filePath(name);
}

std::vector<NamedSheet> PlanSheet::workbook() const
{
    return {{QStringLiteral("汇总 Summary"), summaryTable()},
            {QStringLiteral("明细 Detail"), detailTable()}};
}

} // namespace wm
