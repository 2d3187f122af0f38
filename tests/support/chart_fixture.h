#pragma once

#include "analysis/coverage_check.h"

#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace wm::test {

/// Writes a small SYNTHETIC project for the chart tests into `dir` and returns the project
/// file's path; its rules.json lies beside it. Numbers are chosen by hand so that the tests
/// can state the expected charts:
///
/// Six counties side by side (130501 甲县 … 130506 己县). targets.csv, per unit
/// (target, actual) of two works:
///
///     unit    parking     sewage
///     甲县    100, 120    10, 4
///     乙县     50,  40    10, 10
///     丙县    200, 160    –       (no task)
///     丁县     40,  10    20, 5
///     戊县     30,  –     10, 2   (parking: a task but no actual)
///     市本级   20,  25    –       (no polygon)
///     己县    not in the table
///
/// so parking rates are 市本级 1.25, 甲县 1.2, 乙县 = 丙县 0.8, 丁县 0.25. parking.csv: six
/// sites (甲县 2, 乙县 1, 丁县 3). years.csv: 甲县 and 乙县 over 2019–2021, rows out of order,
/// "2021年" written once, 乙县 2021 blank.
///
/// Rules: "parking" and "sewage" (target-progress, actuals from the table; parking with
/// topN 2, bottomN 2), "sites" (indicator: parking sites counted, min 1), "spaces" (indicator:
/// parking spaces summed).
QString writeChartProject(const QString& dir);

/// The rules beside `project` run on it at `level`, as `worksmap-cli check` runs them.
CoverageCheck checkProject(const QString& project, const QString& level = QStringLiteral("county"));

/// Tests on the chart project, written and checked at county level once for the whole suite.
class ChartProjectTest : public ::testing::Test {
protected:
    static void SetUpTestSuite();
    static void TearDownTestSuite();
    static const CoverageCheck& check() { return *sCheck; }
    /// Index of the county with division code `code` among the check's units.
    static int unit(const char* code);

private:
    static inline std::unique_ptr<QTemporaryDir> sDir;
    static inline std::unique_ptr<CoverageCheck> sCheck;
};

} // namespace wm::test
