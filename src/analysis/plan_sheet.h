#pragma once

// The plan sheet of a scenario (the `plan-sheet` verb): every proposed feature of the works
// layers (roles facility, parking, pipe) whose `scenario` names the plan, with the county it
// lies in, what it is, its quantity, its CGCS2000 lon/lat and the rules it serves, grouped
// per county with 序号 and a subtotal per county; and a summary with one row per county, like
// the target tables planners hand on. Written as CSV (UTF-8 with BOM) or XLSX. Layers are in
// the project's metric CRS (ProjectLoader leaves them so). No widgets.

#include "core/crs.h"
#include "core/sheet_table.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <limits>
#include <vector>

namespace wm {

class RoleRegistry;

struct LoadedProject;
struct RulesFile;

struct PlanSheetRow {
    int unit = -1;  ///< index into PlanSheet::units
    int number = 0; ///< 序号 within its unit, from 1
    int group = -1; ///< index into PlanSheet::groups (layer + kind)
    QString layerId;
    qint64 fid = 0;
    QString kind; ///< the kind value ("heating"); empty for a layer without kinds
    QString what; ///< layer title + kind: "管网 Pipe segments · heating"
    QString name, status;
    /// Spaces (parking), km computed from the geometry (pipe, 3 decimals), capacity
    /// (facility, when given); NaN without one.
    double quantity = std::numeric_limits<double>::quiet_NaN();
    QString measure; ///< unit of the quantity ("车位 spaces", "公里 km"); empty without one
    double x = std::numeric_limits<double>::quiet_NaN(); ///< project CRS (metres)
    double y = std::numeric_limits<double>::quiet_NaN();
    double lon = std::numeric_limits<double>::quiet_NaN(); ///< EPSG:4490
    double lat = std::numeric_limits<double>::quiet_NaN();
    QStringList rules; ///< rules served: "title (id)", or the id of a rule without title
};

/// One kind of proposal: a works layer and a kind value, as a column of the summary.
struct PlanSheetGroup {
    QString layerId;
    QString kind;
    QString what;
    QString measure; ///< the quantity's unit; empty when no feature of the group has one
};

struct PlanSheetUnit {
    QString code;         ///< division code as text; empty for "outside" or a code-less county
    QString name;         ///< current name (襄都区, not 桥东区)
    bool outside = false; ///< the features in no county polygon
    int count = 0;
    /// Sum of the quantities per unit of measure, in order of first appearance.
    std::vector<std::pair<QString, double>> quantities;
    std::vector<int> groupCounts;        ///< per group
    std::vector<double> groupQuantities; ///< per group (0 where it has no measure)
};

struct PlanSheet {
    QString scenario; ///< as the features spell it
    QString projectName, projectFile;
    Crs crs;                          ///< the project CRS of x/y
    QString rulesFile;                ///< empty without rules
    QString unitsLayer;               ///< boundary layer the counties come from; empty without one
    std::vector<PlanSheetUnit> units; ///< in code order, those without code after, outside last
    std::vector<PlanSheetGroup> groups; ///< in layer order, kinds sorted
    std::vector<PlanSheetRow> rows;     ///< unit by unit, 序号 order
    QStringList notes;

    /// Detail: the rows of each unit, then its subtotal row(s) (小计: count, one row per unit
    /// of measure).
    SheetTable detailTable() const;
    /// Summary: one row per unit (count per group and its quantity), then 合计.
    SheetTable summaryTable() const;
    /// The workbook planners get: sheets "汇总 Summary" and "明细 Detail" (for writeXlsx()).
    std::vector<NamedSheet> workbook() const;
};

/// Builds the sheet of `scenario` (trimmed, case-insensitive). `rules` (may be null) tells
/// which rules each proposal serves: a rule serves a feature when its "layer" or
/// "facilities" is the feature's layer and its "filter" accepts the feature. Throws
/// wm::Error naming the project when no works feature names the scenario, listing the
/// scenarios that exist. `roles` (may be null) gives the Chinese titles of coded values:
/// "公共服务设施 · 村卫生室" and "计划" rather than "clinic" and "planned".
PlanSheet makePlanSheet(const LoadedProject& project, const QString& scenario,
                        const RulesFile* rules = nullptr, const RoleRegistry* roles = nullptr);

/// "<dir>/<base>_summary.csv" for a detail CSV "<dir>/<base>.csv": a CSV plan sheet is the
/// detail at the path given and the summary there.
QString planSheetSummaryCsvPath(const QString& csvPath);

} // namespace wm
