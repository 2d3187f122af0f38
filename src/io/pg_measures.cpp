#include "io/pg_measures.h"

#include "io/pg_connection.h"

#include <atomic>
#include <stdexcept>

namespace wm {

namespace {
QString condition(const QString& where)
{
    return where.trimmed().isEmpty() ? QStringLiteral("true") : QStringLiteral("(%1)").arg(where);
}
} // namespace

PgMeasures::PgMeasures(PgConnection& connection, QString unitsTable, QString codesTable)
    : mConn(connection), mUnits(PgConnection::qualifiedTable(unitsTable)),
      mCodes(codesTable.isEmpty() ? QString() : PgConnection::qualifiedTable(codesTable))
{
}

QString PgMeasures::uploadUnits(PgConnection& connection, const std::vector<PgUnit>& units,
                                int srid, QString* codesTable)
{
    static std::atomic<int> serial = 0;
    const int n = ++serial;
    const QString table = QStringLiteral("pg_temp.worksmap_units_%1").arg(n);
    const QString codes = QStringLiteral("pg_temp.worksmap_unit_codes_%1").arg(n);
    connection.execScript(
        QStringLiteral("CREATE TEMP TABLE %1 (fid integer PRIMARY KEY, geom geometry); "
                       "CREATE TEMP TABLE %2 (code text PRIMARY KEY, fid integer)")
            .arg(table, codes));
    for (std::size_t i = 0; i < units.size(); ++i) {
        const PgUnit& u = units[i];
        connection.exec(QStringLiteral("INSERT INTO %1 VALUES ($1, CASE WHEN $2 = '' THEN NULL "
                                       "ELSE ST_GeomFromWKB(decode($2, 'hex'), %2) END)")
                            .arg(table)
                            .arg(srid),
                        {qint64(i), QString::fromLatin1(u.wkb.toHex())});
        if (!u.code.isEmpty())
            connection.exec(
                QStringLiteral("INSERT INTO %1 VALUES ($1, $2) ON CONFLICT DO NOTHING").arg(codes),
                {u.code, qint64(i)});
    }
    if (codesTable)
        *codesTable = codes;
    return table;
}

const QHash<qint64, int>& PgMeasures::unitIndex()
{
    if (mIndex.isEmpty()) {
        const PgResult r =
            mConn.exec(QStringLiteral("SELECT fid FROM %1 ORDER BY fid").arg(mUnits));
        for (int row = 0; row < r.rows(); ++row)
            mIndex.insert(r.integer(row, 0), row);
    }
    return mIndex;
}

QString PgMeasures::codeOf(const PgPlacement& placement)
{
    // QString::trimmed() in memory: spaces, tabs and line ends.
    return QStringLiteral("btrim(wm_t.%1::text, E' \\t\\n\\r\\f\\v')")
        .arg(PgConnection::quoted(placement.codeColumn));
}

int PgMeasures::unitCount()
{
    if (mCount < 0)
        mCount =
            int(mConn.exec(QStringLiteral("SELECT count(*) FROM %1").arg(mUnits)).integer(0, 0));
    return mCount;
}

std::vector<std::vector<double>> PgMeasures::perUnit(const QString& sql, int columns)
{
    std::vector<std::vector<double>> out(std::size_t(columns),
                                         std::vector<double>(std::size_t(unitCount()), 0.0));
    // Unit rows by fid order, joined to the per-unit figures.
    const PgResult r = mConn.exec(
        QStringLiteral("WITH units AS (SELECT fid, row_number() OVER (ORDER BY fid) - 1 AS i "
                       "FROM %1), figures AS (%2) SELECT units.i, figures.* FROM figures JOIN "
                       "units ON units.fid = figures.unit")
            .arg(mUnits, sql));
    for (int row = 0; row < r.rows(); ++row) {
        const qint64 i = r.integer(row, 0);
        if (i < 0 || i >= unitCount())
            continue;
        // Column 1 is the unit's fid; the figures follow.
        for (int c = 0; c < columns; ++c)
            if (!r.isNull(row, 2 + c))
                out[std::size_t(c)][std::size_t(i)] = r.text(row, 2 + c).toDouble();
    }
    return out;
}

QString PgMeasures::pieces()
{
    if (mPieces.isEmpty()) {
        // A county outline has thousands of vertices, and testing a million points against
        // it is what costs: cut into pieces of at most 128 vertices, with their own index,
        // each point is tested against one or two small polygons. Temporary: the session's.
        mPieces = QStringLiteral("pg_temp.worksmap_unit_pieces_%1").arg(quintptr(this));
        mConn.exec(QStringLiteral("CREATE TEMP TABLE %1 AS SELECT fid, ST_Subdivide(geom, 128) "
                                  "AS geom FROM %2 WHERE geom IS NOT NULL")
                       .arg(mPieces, mUnits));
        mConn.exec(QStringLiteral("CREATE INDEX ON %1 USING gist (geom)").arg(mPieces));
        mConn.exec(QStringLiteral("ANALYZE %1").arg(mPieces));
    }
    return mPieces;
}

QString PgMeasures::pointOf(const QString& table)
{
    // Points as they are (most of a big layer's rows: villages); anything else at its
    // point on surface, as in memory. An expression on every row of a point table costs
    // the join its speed (PostGIS caches the prepared geometry per argument).
    const PgResult r = mConn.exec(
        QStringLiteral("SELECT postgis_typmod_type(atttypmod) FROM pg_attribute WHERE attrelid = "
                       "$1::regclass AND attname = 'geom' AND NOT attisdropped"),
        {PgConnection::qualifiedTable(table)});
    if (r.rows() > 0 && r.text(0, 0).compare(QLatin1String("Point"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("wm_t.geom");
    return QStringLiteral("CASE WHEN GeometryType(wm_t.geom) = 'POINT' THEN wm_t.geom ELSE "
                          "ST_PointOnSurface(wm_t.geom) END");
}

QString PgMeasures::placed(const QString& table, const QString& where, const QString& inner,
                           const QString& outer, const PgPlacement& placement)
{
    if (!placement.codeColumn.isEmpty()) {
        // One row per feature whose code names a unit, geometry or not (as in memory).
        if (mCodes.isEmpty())
            throw std::logic_error("PgMeasures: features placed by code without a codes table");
        QString innerColumns = inner;
        innerColumns.replace(QLatin1String("@@PT@@"), pointOf(table));
        return QStringLiteral("SELECT c.fid AS unit%4 FROM %1 wm_t JOIN %2 c ON c.code = "
                              "left(%5, %6) WHERE %3 AND length(%5) >= %6")
            .arg(PgConnection::qualifiedTable(table), mCodes, condition(where), innerColumns,
                 codeOf(placement), QString::number(placement.codeLength));
    }
    // Each feature's point joined to the unit pieces it lies in, then per feature the
    // lowest unit fid (a point on an edge between two pieces of one unit meets both; one on
    // a shared border goes to the lower unit). `inner` adds per-feature columns (computed
    // from the table's own, with @@PT@@ for the point), `outer` their aggregate per feature.
    // The table is "wm_t": inside a subquery of `inner`, a bare "geom" would be the
    // subquery's own.
    const QString pt = pointOf(table);
    QString innerColumns = inner;
    innerColumns.replace(QLatin1String("@@PT@@"), pt);
    return QStringLiteral("SELECT min(s.fid) AS unit%5 FROM (SELECT ctid AS wm_row, %4 AS pt%6 "
                          "FROM %2 wm_t WHERE %3 AND wm_t.geom IS NOT NULL) p JOIN %1 s ON "
                          "ST_Intersects(s.geom, p.pt) GROUP BY p.wm_row")
        .arg(pieces(), PgConnection::qualifiedTable(table), condition(where), pt, outer,
             innerColumns);
}

std::vector<double> PgMeasures::count(const QString& table, const QString& where,
                                      const PgPlacement& placement)
{
    return perUnit(QStringLiteral("SELECT unit, count(*) AS value FROM (%1) f GROUP BY unit")
                       .arg(placed(table, where, {}, {}, placement)),
                   1)
        .front();
}

std::vector<double> PgMeasures::sum(const QString& table, const QString& column,
                                    const QString& where, const PgPlacement& placement)
{
    // Cells that are not finite numbers add nothing, as in memory.
    const QString amount =
        QStringLiteral(", CASE WHEN %1::text ~ '^\\s*[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*$' "
                       "THEN %1::text::double precision ELSE 0 END AS amount")
            .arg(PgConnection::quoted(column));
    return perUnit(QStringLiteral("SELECT unit, sum(amount) AS value FROM (%1) f GROUP BY unit")
                       .arg(placed(table, where, amount,
                                   QStringLiteral(", min(p.amount) AS amount"), placement)),
                   1)
        .front();
}

std::vector<double> PgMeasures::lengthKm(const QString& table, const QString& where,
                                         const PgPlacement& placement)
{
    if (!placement.codeColumn.isEmpty())
        return perUnit(
                   QStringLiteral("SELECT unit, sum(km) AS value FROM (%1) f GROUP BY unit")
                       .arg(placed(table, where,
                                   QStringLiteral(", coalesce(ST_Length(wm_t.geom), 0) / 1000.0 "
                                                  "AS km"),
                                   {}, placement)),
                   1)
            .front();
    // Each line clipped by each unit it meets (a line along a shared border counts in both
    // units here; in memory in the lower one only).
    return perUnit(QStringLiteral(
                       "SELECT u.fid AS unit, sum(ST_Length(ST_Intersection(l.geom, "
                       "u.geom))) / 1000.0 AS value FROM (SELECT wm_t.geom FROM %1 wm_t WHERE %3 "
                       "AND wm_t.geom IS NOT NULL) l JOIN %2 u ON ST_Intersects(l.geom, "
                       "u.geom) GROUP BY u.fid")
                       .arg(PgConnection::qualifiedTable(table), mUnits, condition(where)),
                   1)
        .front();
}

QString PgMeasures::farTest(const QString& facilities, const QString& facilityWhere,
                            double radiusMetres)
{
    // The facilities' own columns are named first inside their subquery, so a filter on
    // "kind" means the facility's kind.
    return QStringLiteral(
               "NOT EXISTS (SELECT 1 FROM %1 f WHERE %2 AND ST_DWithin(f.geom, @@PT@@, %3))")
        .arg(PgConnection::qualifiedTable(facilities), condition(facilityWhere),
             QString::number(radiusMetres, 'g', 17));
}

PgMeasures::Radius PgMeasures::withinRadius(const QString& villages, const QString& villageWhere,
                                            const QString& facilities, const QString& facilityWhere,
                                            double radiusMetres, const PgPlacement& placement)
{
    const QString far =
        QStringLiteral(", %1 AS far").arg(farTest(facilities, facilityWhere, radiusMetres));
    const auto figures = perUnit(
        QStringLiteral("SELECT unit, count(*) AS total, count(*) FILTER (WHERE far) AS "
                       "beyond FROM (%1) f GROUP BY unit")
            .arg(placed(villages, villageWhere, far,
                        placement.codeColumn.isEmpty() ? QStringLiteral(", bool_or(p.far) AS far")
                                                       : QString(),
                        placement)),
        2);
    Radius r;
    for (std::size_t i = 0; i < figures[0].size(); ++i) {
        r.total.push_back(int(figures[0][i]));
        r.beyond.push_back(int(figures[1][i]));
    }
    return r;
}

std::vector<PgMeasures::Beyond>
PgMeasures::beyond(const QString& villages, const QString& facilities, const QString& facilityWhere,
                   double radiusMetres, const PgPlacement& placement)
{
    // Only the far villages are placed, one lookup each (they are few beside the rest).
    QString sql;
    if (placement.codeColumn.isEmpty())
        sql =
            QStringLiteral("SELECT wm_t.fid, (SELECT min(s.fid) FROM %1 s WHERE "
                           "ST_Intersects(s.geom, @@PT@@)) FROM %2 wm_t WHERE wm_t.geom IS NULL OR "
                           "%3 ORDER BY wm_t.fid")
                .arg(pieces(), PgConnection::qualifiedTable(villages),
                     farTest(facilities, facilityWhere, radiusMetres));
    else
        sql = QStringLiteral("SELECT wm_t.fid, c.fid FROM %1 wm_t LEFT JOIN %2 c ON c.code = "
                             "left(%4, %5) AND length(%4) >= %5 WHERE wm_t.geom IS NULL OR %3 "
                             "ORDER BY wm_t.fid")
                  .arg(PgConnection::qualifiedTable(villages), mCodes,
                       farTest(facilities, facilityWhere, radiusMetres), codeOf(placement),
                       QString::number(placement.codeLength));
    sql.replace(QLatin1String("@@PT@@"), pointOf(villages));
    const PgResult r = mConn.exec(sql);
    std::vector<Beyond> out;
    out.reserve(std::size_t(r.rows()));
    for (int row = 0; row < r.rows(); ++row)
        out.push_back(
            {r.integer(row, 0), r.isNull(row, 1) ? -1 : unitIndex().value(r.integer(row, 1), -1)});
    return out;
}

QString PgMeasures::selection(const QString& table, const QString& where)
{
    static std::atomic<int> serial = 0;
    const QString name = QStringLiteral("pg_temp.worksmap_selection_%1").arg(++serial);
    mConn.exec(QStringLiteral("CREATE TEMP TABLE %1 AS SELECT wm_t.geom FROM %2 wm_t WHERE %3 AND "
                              "wm_t.geom IS NOT NULL")
                   .arg(name, PgConnection::qualifiedTable(table), condition(where)));
    mConn.exec(QStringLiteral("CREATE INDEX ON %1 USING gist (geom)").arg(name));
    mConn.exec(QStringLiteral("ANALYZE %1").arg(name));
    return name;
}

bool PgMeasures::codesReach(const QString& table, const QString& column, int length)
{
    return mConn
               .exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 wm_t WHERE length(%2) >= %3) "
                                    "OR NOT EXISTS (SELECT 1 FROM %1)")
                         .arg(PgConnection::qualifiedTable(table), codeOf({column, length}),
                              QString::number(length)))
               .text(0, 0) == QLatin1String("t");
}

} // namespace wm
