#include "io/pg_measures.h"

#include "io/pg_connection.h"

namespace wm {

namespace {
QString condition(const QString& where)
{
    return where.trimmed().isEmpty() ? QStringLiteral("true") : QStringLiteral("(%1)").arg(where);
}
} // namespace

PgMeasures::PgMeasures(PgConnection& connection, QString unitsTable)
    : mConn(connection), mUnits(PgConnection::qualifiedTable(unitsTable))
{
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

QString PgMeasures::placed(const QString& table, const QString& where, const QString& extra)
{
    // Each feature's point, then the lowest-fid unit covering it (a point on a piece's edge
    // inside a unit is covered by both pieces, of the same unit; one on a shared border
    // goes to the lower fid).
    return QStringLiteral("SELECT (SELECT min(u.fid) FROM %1 u WHERE ST_Covers(u.geom, p.pt)) AS "
                          "unit%4 FROM (SELECT CASE WHEN GeometryType(geom) = 'POINT' THEN geom "
                          "ELSE ST_PointOnSurface(geom) END AS pt, * FROM %2 WHERE %3 AND geom IS "
                          "NOT NULL) p")
        .arg(pieces(), PgConnection::qualifiedTable(table), condition(where), extra);
}

std::vector<double> PgMeasures::count(const QString& table, const QString& where)
{
    return perUnit(QStringLiteral("SELECT unit, count(*) AS value FROM (%1) f WHERE unit IS NOT "
                                  "NULL GROUP BY unit")
                       .arg(placed(table, where, QString())),
                   1)
        .front();
}

std::vector<double> PgMeasures::sum(const QString& table, const QString& column,
                                    const QString& where)
{
    // Cells that are not finite numbers add nothing, as in memory.
    const QString value =
        QStringLiteral(
            ", CASE WHEN p.%1::text ~ '^\\s*[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*$' "
            "THEN p.%1::text::double precision ELSE 0 END AS amount")
            .arg(PgConnection::quoted(column));
    return perUnit(QStringLiteral("SELECT unit, sum(amount) AS value FROM (%1) f WHERE unit IS NOT "
                                  "NULL GROUP BY unit")
                       .arg(placed(table, where, value)),
                   1)
        .front();
}

std::vector<double> PgMeasures::lengthKm(const QString& table, const QString& where)
{
    // Each line clipped by each unit it meets (a line along a shared border counts in both
    // units here; in memory in the lower one only).
    return perUnit(QStringLiteral("SELECT u.fid AS unit, sum(ST_Length(ST_Intersection(l.geom, "
                                  "u.geom))) / 1000.0 AS value FROM (SELECT geom FROM %1 WHERE %3 "
                                  "AND geom IS NOT NULL) l JOIN %2 u ON ST_Intersects(l.geom, "
                                  "u.geom) GROUP BY u.fid")
                       .arg(PgConnection::qualifiedTable(table), mUnits, condition(where)),
                   1)
        .front();
}

PgMeasures::Radius PgMeasures::withinRadius(const QString& villages, const QString& villageWhere,
                                            const QString& facilities, const QString& facilityWhere,
                                            double radiusMetres)
{
    // The facilities' own columns are named first inside their subquery, so a filter on
    // "kind" means the facility's kind.
    const QString far = QStringLiteral(", NOT EXISTS (SELECT 1 FROM %1 f WHERE %2 AND "
                                       "ST_DWithin(f.geom, p.pt, %3)) AS far")
                            .arg(PgConnection::qualifiedTable(facilities), condition(facilityWhere),
                                 QString::number(radiusMetres, 'g', 17));
    const auto figures =
        perUnit(QStringLiteral("SELECT unit, count(*) AS total, count(*) FILTER (WHERE far) AS "
                               "beyond FROM (%1) f WHERE unit IS NOT NULL GROUP BY unit")
                    .arg(placed(villages, villageWhere, far)),
                2);
    Radius r;
    for (std::size_t i = 0; i < figures[0].size(); ++i) {
        r.total.push_back(int(figures[0][i]));
        r.beyond.push_back(int(figures[1][i]));
    }
    return r;
}

} // namespace wm
