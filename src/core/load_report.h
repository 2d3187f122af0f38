#pragma once

#include <QString>
#include <QStringList>

namespace wm {

/// What happened while a layer was read: every feature read is either kept as it was,
/// kept repaired, or kept with a note here, so nothing disappears without a count.
struct LoadReport {
    qint64 featuresRead = 0;
    qint64 withoutGeometry = 0; ///< kept, with a null geometry (tables, empty rows)
    qint64 repaired = 0;        ///< invalid geometries repaired with GEOS MakeValid
    qint64 unrepairable = 0;    ///< invalid and kept as read (MakeValid left nothing)
    qint64 overBudget = 0; ///< too large or slow to check or repair (RepairBudget): kept as read
    qint64 transformFailed = 0;       ///< coordinates PROJ could not transform: kept, no geometry
    qint64 coordinatesUnreadable = 0; ///< table rows whose coordinate cells are not numbers
    qint64 unreadable = 0; ///< features GDAL could not read whole (a corrupt geometry): kept
                           ///< with their attributes, no geometry
    qint64 coordinatesNotFinite = 0; ///< NaN, ±inf or beyond ±1e10: kept, no geometry
    QString encoding;                ///< text encoding used for attribute strings
    bool readInBulk = false;         ///< read through GDAL's Arrow stream, not feature by feature
    QStringList notes;               ///< one line per notable event, with feature ids

    /// Adds a note, keeping at most `limit` of them (the counters stay exact).
    void note(const QString& line, int limit = 50);
};

} // namespace wm
