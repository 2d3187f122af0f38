#pragma once

#include <QString>

#include <vector>

namespace wm {

class PgConnection;

/// The coverage measures of analysis/measures.h computed by PostGIS on published tables,
/// for layers too large to read into memory: the work happens next to the data, with the
/// GiST indexes, and only one number per unit comes back. Units are the rows of a
/// boundary table in fid order (the order UnitSet has after reading the same table), and
/// follow the same rule: a place on a shared border, or in two overlapping units,
/// belongs to the unit with the lowest fid. Tables are "schema.table" in one CRS (metres).
/// `where` is an SQL condition on the feature table (empty: every row). Throws PgError.
///
/// Not yet used by `check`: its rules read their layers into memory (docs/postgis.md).
class PgMeasures {
public:
    PgMeasures(PgConnection& connection, QString unitsTable);

    /// Units in fid order (the index every result is in).
    int unitCount();
    /// Per unit: features whose point (a non-point feature: its point on surface) the unit
    /// covers.
    std::vector<double> count(const QString& table, const QString& where = {});
    /// Per unit: the sum of numeric column `column` over those features (NULLs add nothing).
    std::vector<double> sum(const QString& table, const QString& column, const QString& where = {});
    /// Per unit: km of the lines inside it (each line clipped by the unit; a stretch lying
    /// on a shared border counts in both units, where memory counts it in the lower one).
    std::vector<double> lengthKm(const QString& table, const QString& where = {});
    struct Radius {
        std::vector<int> total;  ///< villages per unit
        std::vector<int> beyond; ///< of them, with no facility within the radius
    };
    /// Per unit: features of `villages` and those with no feature of `facilities`
    /// (matching `facilityWhere`) within `radiusMetres` (ST_DWithin, planar).
    Radius withinRadius(const QString& villages, const QString& villageWhere,
                        const QString& facilities, const QString& facilityWhere,
                        double radiusMetres);

private:
    /// `sql` gives (unit fid, `columns` figures) rows: each figure spread into a vector of
    /// unitCount() in unit order, 0 where a unit has no row.
    std::vector<std::vector<double>> perUnit(const QString& sql, int columns);
    /// The SQL of one row per feature of `table` in a unit: "unit" (its fid) and the
    /// columns `inner` computes per feature, aggregated by `outer`.
    QString placed(const QString& table, const QString& where, const QString& inner,
                   const QString& outer);
    /// The SQL of a feature's point in `table`.
    QString pointOf(const QString& table);
    /// The units cut into small indexed pieces (a temporary table, made once).
    QString pieces();

    PgConnection& mConn;
    QString mUnits;
    int mCount = -1;
    QString mPieces;
};

} // namespace wm
