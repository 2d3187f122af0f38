#include "charts/years_chart.h"

#include "core/error.h"
#include "core/layer.h"

#include <QCoreApplication>
#include <cmath>
#include <map>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::YearsChart)
};
} // namespace

namespace wm {

namespace {

int column(const Layer& table, const QString& name, const char* what)
{
    const int c = table.attributes.indexOf(name);
    if (c < 0)
        throw Error(table.sourcePath,
                    Tr::tr("no %1 column \"%2\" in the table").arg(QLatin1String(what), name));
    return c;
}

} // namespace

ChartData yearsChart(const Layer& table, const YearColumns& columns, const QString& title)
{
    const int unitCol = column(table, columns.unit, "unit");
    const int yearCol = column(table, columns.year, "year");
    const int valueCol = column(table, columns.value, "value");
    const AttributeTable& a = table.attributes;

    QStringList units;
    std::map<int, std::map<int, double>> byYear; // year → unit index → value
    for (qsizetype row = 0; row < a.rowCount(); ++row) {
        const QString unit = a.toString(row, unitCol).trimmed();
        if (unit.isEmpty())
            continue;
        // Line numbers as in a CSV, whose header is line 1 (as target tables report them).
        const auto fail = [&](const QString& what) {
            return Error(table.sourcePath, Tr::tr("data row %1: %2").arg(row + 1).arg(what),
                         int(row) + 2);
        };
        QString yearText = a.toString(row, yearCol).trimmed();
        if (yearText.endsWith(QStringLiteral("年")))
            yearText.chop(1);
        bool ok = false;
        const int year = yearText.toInt(&ok);
        if (!ok)
            throw fail(Tr::tr("year \"%1\" is not a year").arg(a.toString(row, yearCol)));
        double value = NAN;
        if (!a.toString(row, valueCol).trimmed().isEmpty()) {
            value = a.toDouble(row, valueCol, &ok);
            if (!ok)
                throw fail(Tr::tr("value \"%1\" is not a number").arg(a.toString(row, valueCol)));
        }
        qsizetype u = units.indexOf(unit);
        if (u < 0) {
            u = units.size();
            units << unit;
        }
        if (!byYear[year].emplace(int(u), value).second)
            throw fail(Tr::tr("%1 is given twice for %2").arg(unit).arg(year));
    }

    ChartData chart;
    chart.kind = ChartKind::Lines;
    chart.title = title.isEmpty() ? QStringLiteral("%1 历年变化").arg(columns.value) : title;
    chart.xLabel = QStringLiteral("年份");
    chart.yLabel = columns.value;
    for (const QString& unit : units)
        chart.series.push_back({unit, std::vector<double>(byYear.size(), NAN)});
    std::size_t x = 0;
    for (const auto& [year, values] : byYear) {
        chart.categories << QString::number(year);
        chart.units.push_back(-1);
        for (const auto& [u, v] : values)
            chart.series[std::size_t(u)].values[x] = v;
        ++x;
    }
    return chart;
}

} // namespace wm
