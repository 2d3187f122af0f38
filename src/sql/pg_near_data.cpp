#include "sql/pg_near_data.h"

#include "core/error.h"
#include "core/geos_context.h"
#include "core/loaded_project.h"
#include "io/pg_connection.h"
#include "io/project_loader.h"
#include "sql/filter_sql.h"

#include <QCoreApplication>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::PgNearData)
};
} // namespace

namespace wm {

namespace {

QByteArray wkbOf(const GEOSGeometry* g)
{
    if (!g)
        return {};
    GEOSContextHandle_t ctx = geosContext();
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(ctx);
    std::size_t size = 0;
    unsigned char* bytes = GEOSWKBWriter_write_r(ctx, writer, g, &size);
    QByteArray out(reinterpret_cast<const char*>(bytes), qsizetype(size));
    GEOSFree_r(ctx, bytes);
    GEOSWKBWriter_destroy_r(ctx, writer);
    return out;
}

/// The SRID of a table's geometry column (0 when unknown).
int sridOfTableIn(PgConnection& c, const QString& table)
{
    const PgResult r = c.exec(QStringLiteral("SELECT Find_SRID($1, $2, 'geom')"),
                              {PgConnection::schemaOf(table), PgConnection::tableOf(table)});
    return r.rows() > 0 && !r.isNull(0, 0) ? int(r.integer(0, 0)) : 0;
}

/// The table of a PostGIS layer, whether it was left in the database or read.
QString tableOf(const LoadedLayer& l)
{
    return l.remote ? l.remote->table : l.entry.layerName;
}

} // namespace

struct PgNearData::Session {
    std::unique_ptr<PgConnection> connection;
    std::unique_ptr<PgMeasures> measures;
    const CheckUnits* units = nullptr; ///< the units uploaded
    int srid = 0;                      ///< theirs
    QHash<QString, int> sridOfTable;   ///< asked once per table, not once per measure

    int sridOf(const QString& table)
    {
        auto it = sridOfTable.find(table);
        if (it == sridOfTable.end())
            it = sridOfTable.insert(table, sridOfTableIn(*connection, table));
        return *it;
    }
};

PgNearData::PgNearData(const LoadedProject& project, const RoleRegistry& roles)
    : mProject(project), mRoles(roles)
{
}

PgNearData::~PgNearData() = default;

PgNearData::Session& PgNearData::sessionFor(const QString& source)
{
    const QString key = PgConnection::connInfo(source);
    auto& s = mSessions[key];
    if (!s) {
        s = std::make_unique<Session>();
        s->connection = std::make_unique<PgConnection>(source);
    }
    return *s;
}

template <typename Compute>
std::vector<double> PgNearData::remembered(const QString& measure, const Plan& p, Compute&& compute)
{
    const QString key = QStringList{measure, p.table, p.where, p.placement.codeColumn,
                                    QString::number(p.placement.codeLength)}
                            .join(QLatin1Char('|'));
    auto it = mFigures.find(key);
    if (it == mFigures.end())
        it = mFigures.emplace(key, compute()).first;
    return it->second;
}

bool PgNearData::plan(const CheckUnits& units, const LoadedLayer& layer, const QString& codeField,
                      const FeatureFilter& filter, Plan& out)
{
    // PgMeasures speaks of "fid" and "geom", as publish writes them.
    if (!layer.remote || layer.remote->geometryColumn != QLatin1String("geom") ||
        layer.remote->fidColumn != QLatin1String("fid"))
        return false;
    const AttributeTable& columns = layer.data->attributes;
    if (codeField.isEmpty()) {
        if (!units.polygons())
            return false; // the rule reports the missing "codeField"
    } else {
        const int c = columns.indexOf(codeField);
        // A real column prints codes in memory as SQL does not ("1.30529e+05").
        if (c < 0 || columns.fields()[c].type == FieldType::Real)
            return false;
        out.placement.codeColumn = columns.fields()[c].name;
        out.placement.codeLength = units.codeLength();
    }
    const std::optional<QString> where = filterToSql(filter, columns, layer.data->sourcePath);
    if (!where)
        return false;
    out.where = *where;
    out.table = layer.remote->table;

    Session& s = sessionFor(layer.remote->source);
    const int srid = s.sridOf(out.table);
    if (srid <= 0)
        return false;
    if (s.units != &units || s.srid != srid) {
        std::vector<PgUnit> rows;
        for (int i = 0; i < units.size(); ++i) {
            PgUnit u;
            const QString& code = units.unit(i).code;
            if (!code.isEmpty() && units.indexOfCode(code) == i)
                u.code = code;
            if (units.polygons() && i < units.polygons()->size())
                u.wkb = wkbOf(units.polygons()->geometry(i));
            rows.push_back(u);
        }
        QString codes;
        const QString table = PgMeasures::uploadUnits(*s.connection, rows, srid, &codes);
        s.measures = std::make_unique<PgMeasures>(*s.connection, table, codes);
        s.units = &units;
        s.srid = srid;
        mFigures.clear(); // of other units
    }
    out.measures = s.measures.get();
    return true;
}

template <typename Measure>
std::optional<std::vector<double>>
PgNearData::measured(const CheckUnits& units, const LoadedLayer& layer, const QString& codeField,
                     const FeatureFilter& filter, const QString& measure, const QString& log,
                     Measure&& compute)
{
    Plan p;
    if (!plan(units, layer, codeField, filter, p))
        return std::nullopt;
    mLog << log;
    return remembered(measure, p, [&] { return compute(p); });
}

std::optional<std::vector<double>> PgNearData::count(const CheckUnits& units,
                                                     const LoadedLayer& layer,
                                                     const QString& codeField,
                                                     const FeatureFilter& filter)
{
    return measured(units, layer, codeField, filter, QStringLiteral("count"),
                    Tr::tr("count of %1").arg(layer.entry.id),
                    [](const Plan& p) { return p.measures->count(p.table, p.where, p.placement); });
}

std::optional<std::vector<double>>
PgNearData::sum(const CheckUnits& units, const LoadedLayer& layer, const QString& sumField,
                const QString& codeField, const FeatureFilter& filter)
{
    const int column = layer.data->attributes.indexOf(sumField);
    if (column < 0)
        return std::nullopt; // the rule names the missing field
    const QString name = layer.data->attributes.fields()[column].name;
    return measured(
        units, layer, codeField, filter, QStringLiteral("sum ") + name,
        Tr::tr("sum of %1 in %2").arg(sumField, layer.entry.id),
        [&name](const Plan& p) { return p.measures->sum(p.table, name, p.where, p.placement); });
}

std::optional<std::vector<double>> PgNearData::lengthKm(const CheckUnits& units,
                                                        const LoadedLayer& layer,
                                                        const QString& codeField,
                                                        const FeatureFilter& filter)
{
    return measured(units, layer, codeField, filter, QStringLiteral("km"),
                    Tr::tr("km of %1").arg(layer.entry.id), [](const Plan& p) {
                        return p.measures->lengthKm(p.table, p.where, p.placement);
                    });
}

std::optional<NearRadiusCoverage>
PgNearData::withinRadius(const CheckUnits& units, const LoadedLayer& villages,
                         const QString& codeField, const LoadedLayer& facilities,
                         const FeatureFilter& facilityFilter, double radiusMetres)
{
    Plan p;
    // The facilities must be a table of the same database, in the same SRID.
    if (!facilities.entry.isPostgis() || !facilities.data ||
        PgConnection::connInfo(facilities.entry.source) !=
            PgConnection::connInfo(villages.entry.source) ||
        !plan(units, villages, codeField, {}, p))
        return std::nullopt;
    Session& s = sessionFor(villages.remote->source);
    const QString facilityTable = tableOf(facilities);
    if (s.sridOf(facilityTable) != s.srid)
        return std::nullopt;
    const std::optional<QString> facilityWhere =
        filterToSql(facilityFilter, facilities.data->attributes, facilities.data->sourcePath);
    if (!facilityWhere)
        return std::nullopt;

    mLog << Tr::tr("%1 within %2 m of %3")
                .arg(villages.entry.id)
                .arg(radiusMetres)
                .arg(facilities.entry.id);
    // The facilities of the kind asked for, indexed on their own; then one pass over the
    // villages finds those beyond, and the totals are a plain count.
    const QString near = p.measures->selection(facilityTable, *facilityWhere);
    const std::vector<double> total = p.measures->count(p.table, {}, p.placement);
    const std::vector<PgMeasures::Beyond> far =
        p.measures->beyond(p.table, near, {}, radiusMetres, p.placement);

    // Only the villages beyond are read, to be shown and written.
    QStringList fids;
    QHash<qint64, int> unitOf;
    for (const PgMeasures::Beyond& b : far) {
        fids << QString::number(b.fid);
        unitOf.insert(b.fid, b.unit);
    }
    const ProjectLoader loader(mRoles);
    LoadedLayer read = loader.loadLayer(
        mProject.project, villages.entry, mProject.crs,
        fids.isEmpty()
            ? QStringLiteral("false")
            : QStringLiteral("fid = ANY('{%1}'::bigint[])").arg(fids.join(QLatin1Char(','))));
    if (!read.data)
        throw Error(villages.remote->source, read.problem);

    NearRadiusCoverage out;
    RadiusCoverage& c = out.coverage;
    c.total.assign(total.begin(), total.end());
    c.beyond.assign(total.size(), 0);
    for (const PgMeasures::Beyond& b : far)
        if (b.unit >= 0 && std::size_t(b.unit) < c.beyond.size())
            ++c.beyond[std::size_t(b.unit)];
    c.share.assign(total.size(), 0.0);
    for (std::size_t u = 0; u < c.total.size(); ++u)
        if (c.total[u] > 0)
            c.share[u] = double(c.total[u] - c.beyond[u]) / double(c.total[u]);
    for (qsizetype i = 0; i < read.data->featureCount(); ++i) {
        c.villagesBeyond.push_back(i);
        c.unitOfVillage.push_back(unitOf.value(read.data->fid(i), -1));
    }
    out.beyondFeatures = read.data;
    return out;
}

std::optional<bool> PgNearData::codesReach(const LoadedLayer& layer, const QString& codeField,
                                           int length)
{
    if (!layer.remote || !layer.data)
        return std::nullopt;
    const int c = layer.data->attributes.indexOf(codeField);
    if (c < 0)
        return true; // reported as a missing column by the rule itself
    if (layer.data->attributes.fields()[c].type == FieldType::Real)
        return std::nullopt;
    Session& s = sessionFor(layer.remote->source);
    PgMeasures measures(*s.connection, layer.remote->table);
    return measures.codesReach(layer.remote->table, layer.data->attributes.fields()[c].name,
                               length);
}

const LoadedLayer& PgNearData::readWhole(const LoadedLayer& layer)
{
    auto it = mRead.find(layer.entry.id);
    if (it != mRead.end())
        return it->second;
    const ProjectLoader loader(mRoles);
    LoadedLayer read = loader.loadLayer(mProject.project, layer.entry, mProject.crs);
    if (!read.data)
        throw Error(layer.remote ? layer.remote->source : layer.entry.source, read.problem);
    mLog << Tr::tr("%1 read whole").arg(layer.entry.id);
    return mRead.emplace(layer.entry.id, std::move(read)).first->second;
}

void PgNearData::readTablesWithProposals(LoadedProject& project)
{
    for (LoadedLayer& l : project.layers) {
        const QString column = l.isRemote() ? l.columnOf(QStringLiteral("scenario")) : QString();
        if (!column.isEmpty() && codesReach(l, column, 1).value_or(true))
            l = readWhole(l);
    }
}

QStringList PgNearData::takeLog()
{
    return std::exchange(mLog, {});
}

} // namespace wm
