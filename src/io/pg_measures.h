#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace wm {

class PgConnection;

/// How a feature finds its unit: by position (its point in the unit polygons; the
/// default) or, when `codeColumn` is given, by the first `codeLength` characters of that
/// column's trimmed text looked up in the units' codes (CheckUnits::unitOf by code).
struct PgPlacement {
    QString codeColumn;
    int codeLength = 6;
};

/// A unit as uploaded by PgMeasures::uploadUnits: its division code (empty: none; placed by
/// code only through it) and its polygon as WKB (empty: no polygon).
struct PgUnit {
    QString code;
    QByteArray wkb;
};

/// The coverage measures of analysis/measures.h computed by PostGIS on published tables,
/// for layers too large to read into memory: the work happens next to the data, with the
/// GiST indexes, and only one number per unit comes back. Units are the rows of a
/// boundary table in fid order (the order UnitSet has after reading the same table), and
/// follow the same rule: a place on a shared border, or in two overlapping units,
/// belongs to the unit with the lowest fid. Tables are "schema.table" in one CRS (metres).
/// `where` is an SQL condition on the feature table (empty: every row). Throws PgError.
///
/// `check` runs these for tables too large to read (sql/pg_near_data, --in-database-above).
class PgMeasures {
public:
    /// `codesTable`: (code, fid) rows naming the unit of each division code, for features
    /// placed by code; empty: features are placed by position only.
    PgMeasures(PgConnection& connection, QString unitsTable, QString codesTable = {});

    /// Units from memory (the repaired polygons a check counts with) as temporary tables of
    /// the session: unit i gets fid i. Returns the units table; `codesTable` receives the
    /// codes table (a code names the first unit that has it). `srid`: the feature tables'.
    static QString uploadUnits(PgConnection& connection, const std::vector<PgUnit>& units, int srid,
                               QString* codesTable);

    /// Units in fid order (the index every result is in).
    int unitCount();
    /// Per unit: features whose point (a non-point feature: its point on surface) the unit
    /// covers.
    std::vector<double> count(const QString& table, const QString& where = {},
                              const PgPlacement& placement = {});
    /// Per unit: the sum of numeric column `column` over those features (NULLs add nothing).
    std::vector<double> sum(const QString& table, const QString& column, const QString& where = {},
                            const PgPlacement& placement = {});
    /// Per unit: km of the lines inside it (each line clipped by the unit; a stretch lying
    /// on a shared border counts in both units, where memory counts it in the lower one).
    /// Placed by code, each line's whole length goes to the unit its code names.
    std::vector<double> lengthKm(const QString& table, const QString& where = {},
                                 const PgPlacement& placement = {});
    struct Radius {
        std::vector<int> total;  ///< villages per unit
        std::vector<int> beyond; ///< of them, with no facility within the radius
    };
    /// Per unit: features of `villages` and those with no feature of `facilities`
    /// (matching `facilityWhere`) within `radiusMetres` (ST_DWithin, planar).
    Radius withinRadius(const QString& villages, const QString& villageWhere,
                        const QString& facilities, const QString& facilityWhere,
                        double radiusMetres, const PgPlacement& placement = {});
    /// A village beyond the radius: its fid and unit index (-1: in no unit).
    struct Beyond {
        qint64 fid = 0;
        int unit = -1;
    };
    /// Every feature of `villages` (those outside every unit too) without a geometry or
    /// with no feature of `facilities` matching `facilityWhere` within `radiusMetres`, in
    /// fid order.
    std::vector<Beyond> beyond(const QString& villages, const QString& facilities,
                               const QString& facilityWhere, double radiusMetres,
                               const PgPlacement& placement = {});
    /// The geometries of `table`'s features matching `where` in a temporary table of the
    /// session with its own GiST index: facilities of one kind, so that a radius test
    /// meets only them. Returns its name.
    QString selection(const QString& table, const QString& where);
    /// Whether some value of `column` has `length` characters or more once trimmed.
    bool codesReach(const QString& table, const QString& column, int length);

private:
    /// `sql` gives (unit fid, `columns` figures) rows: each figure spread into a vector of
    /// unitCount() in unit order, 0 where a unit has no row.
    std::vector<std::vector<double>> perUnit(const QString& sql, int columns);
    /// The SQL of one row per feature of `table` in a unit: "unit" (its fid) and the
    /// columns `inner` computes per feature, aggregated by `outer`.
    QString placed(const QString& table, const QString& where, const QString& inner,
                   const QString& outer, const PgPlacement& placement);
    /// The SQL of `column`'s first `length` characters, trimmed, in table wm_t.
    static QString codeOf(const PgPlacement& placement);
    /// The SQL of the far-from-every-facility test of a village's point PT.
    static QString farTest(const QString& facilities, const QString& facilityWhere,
                           double radiusMetres);
    /// Unit index of each unit fid.
    const QHash<qint64, int>& unitIndex();
    /// The SQL of a feature's point in `table`.
    QString pointOf(const QString& table);
    /// The units cut into small indexed pieces (a temporary table, made once).
    QString pieces();

    PgConnection& mConn;
    QString mUnits;
    QString mCodes;
    int mCount = -1;
    QHash<qint64, int> mIndex;
    QString mPieces;
};

} // namespace wm
