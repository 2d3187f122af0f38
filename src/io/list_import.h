#pragma once

#include "core/china_coordinates.h"
#include "core/gazetteer.h"
#include "io/point_columns.h"
#include "io/table_import.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace wm {

class Layer;
class LayerRole;

/// One data row of a planner's list once placed: on the map (it had coordinates), matched
/// to a division code by its names, or rejected with the reason. The CLI import and the
/// import wizard both work on these, so both count and write rows the same way.
struct ListRow {
    enum class State { OnMap, Matched, Rejected };
    int sourceRow = 0;
    QStringList cells;
    std::optional<LonLat> point; ///< CGCS2000; empty for rows matched by name only
    QString code;                ///< division code (matched, or picked by the user)
    QString quality;             ///< Gazetteer::qualityName(), or "picked"
    QStringList notes;
    QString reason; ///< why rejected, or why a placed row is still doubtful
    State state = State::Rejected;
    bool nameMatch = false; ///< the row went through the gazetteer
    bool fromTable = false; ///< rejected by the table reader (unreadable values)
    QVector<Gazetteer::Candidate> candidates;
    int picked = -1; ///< index into candidates the user chose, or -1
    /// How a row matched by name got its point: "village" (the village's own point in a
    /// project layer) or "township" (approximate: the centre of its township's village
    /// points); empty for rows with their own coordinates or without a point.
    QString drawnAt;

    /// Rejected, or a name match a person should look at (fuzzy, ambiguous, none).
    bool doubtful() const;
    /// Takes candidate `index` (-1: back to what the gazetteer said); false when the row
    /// has no such candidate.
    bool pick(int index);
};

/// Rows on the map + matched + rejected + excluded, against the rows read.
struct ListSummary {
    int rowsRead = 0;
    int onMap = 0;
    int matched = 0;
    int rejected = 0;
    int excluded = 0;
    int total() const { return onMap + matched + rejected + excluded; }
    bool addsUp() const { return total() == rowsRead; }
};

/// How the rows are placed: the coordinate columns (-1: none) in `coordinates`, and the
/// division table for rows placed by name (null: names are not matched).
struct ListPlacement {
    int xColumn = -1;
    int yColumn = -1;
    CoordinateSource coordinates;
    const Gazetteer* gazetteer = nullptr;
    /// A wider table (all of Hebei) that names where a row the project's table does not
    /// know lies instead ("outside the project's area: 承德市 › …"); null: none.
    const Gazetteer* outside = nullptr;
};

/// The village points a list matched by name is drawn at: a project layer in CGCS2000
/// lon/lat and its column of 12-digit division codes.
struct VillagePoints {
    const Layer* layer = nullptr;
    int codeColumn = -1;
};
struct DrawnRows {
    int atVillage = 0;  ///< at the point of the village with the row's code
    int atTownship = 0; ///< at the mean of the township's village points (approximate)
};
/// Gives rows matched by name (Matched, a code, no point) a point from `villages`: the
/// village's own point when the layer has its code, else the mean of the points of the
/// villages of the same township (first 9 digits), marked approximate. Rows stay Matched.
/// Returns how many rows are drawn so, those of an earlier call included.
DrawnRows drawMatchedRows(QVector<ListRow>& rows, const VillagePoints& villages);

/// The columns of the county, township and village names of `table` for `role` (empty
/// where the table has none); `any` tells whether names can be matched at all.
struct ListNameColumns {
    QString county, township, village;
    bool any() const { return !county.isEmpty() || !township.isEmpty() || !village.isEmpty(); }
};
ListNameColumns listNameColumns(const TableImport& table, const LayerRole& role);

/// Every row of `table` (its rejects included), placed, in source-row order.
QVector<ListRow> placeListRows(const TableImport& table, const LayerRole& role,
                               const ListPlacement& placement);

ListSummary summarise(const TableImport& table, const QVector<ListRow>& rows);

/// "<out>_rejects.csv" beside the GeoPackage.
QString listRejectsPath(const QString& gpkgPath);

/// Writes the placed and matched rows as layer `layerName` of a new GeoPackage (CGCS2000
/// lon/lat; the table's columns plus source_row, division_code, match, note) and the
/// rejected and excluded rows, with reasons and candidates, to `rejectsPath` (CSV with
/// BOM). Throws wm::Error naming the file. Returns notes on leftovers of killed runs it
/// removed.
QStringList writeListImport(const TableImport& table, const QVector<ListRow>& rows,
                            const QString& layerName, const QString& gpkgPath,
                            const QString& rejectsPath);

} // namespace wm
