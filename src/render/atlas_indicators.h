#pragma once

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

namespace wm {

struct CoverageCheck;

/// Per unit code, the rows of an atlas page's indicator table.
using IndicatorRows = QHash<QString, QVector<QPair<QString, QString>>>;

/// Each unit's indicators from a coverage check, for an atlas page's table: one row per
/// rule, its short title and the value with the verdict ("93% ✗"). The atlas verb, the
/// report verb and the Export dialog fill their tables with this.
IndicatorRows indicatorRows(const CoverageCheck& check);

} // namespace wm
