#pragma once

#include "charts/chart_data.h"

#include <QString>

namespace wm {

class Layer;

/// The columns of a table that gives an indicator for several years, one row per unit and
/// year (a long table, as statistical yearbooks are usually entered).
struct YearColumns {
    QString unit;
    QString year;
    QString value;
};

/// One line per unit across the years of `table` (a layer without geometry, e.g. a CSV read
/// by VectorReader): years ascending on the x axis, units in the order they first appear.
/// A year cell may read "2021" or "2021年"; an empty value cell leaves a gap in the line, a
/// row without a unit is skipped. `title` empty: "<value column> 历年变化". Throws wm::Error
/// naming the table's file for a missing column, a year or value that is not a number (with
/// its 1-based data row), or a unit given twice for one year (never summed silently).
ChartData yearsChart(const Layer& table, const YearColumns& columns, const QString& title = {});

} // namespace wm
