#include "charts/chart_data.h"

#include "analysis/rule.h"

#include <QJsonArray>

#include <cmath>

namespace wm {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString kindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bars:
        return QStringLiteral("bars");
    case ChartKind::StackedBars:
        return QStringLiteral("stacked");
    case ChartKind::Lines:
        return QStringLiteral("lines");
    }
    return {};
}

QString markName(BarMark mark)
{
    return mark == BarMark::Top      ? QStringLiteral("top")
           : mark == BarMark::Bottom ? QStringLiteral("bottom")
                                     : QStringLiteral("normal");
}

} // namespace

QString ChartData::formatValue(double value) const
{
    if (format == ValueFormat::Percent && std::isfinite(value))
        return QString::number(value * 100.0, 'f', 1) + QLatin1Char('%');
    return formatAmount(value);
}

double ChartData::total(int category) const
{
    double sum = 0;
    for (const ChartSeries& s : series) {
        const double v = s.values[std::size_t(category)];
        sum += std::isfinite(v) ? v : 0.0;
    }
    return sum;
}

QJsonObject ChartData::toJson() const
{
    QJsonArray seriesJson;
    for (const ChartSeries& s : series) {
        QJsonArray values;
        for (double v : s.values)
            values.append(number(v));
        seriesJson.append(
            QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("values"), values}});
    }
    QJsonArray unitsJson, marksJson;
    for (int u : units)
        unitsJson.append(u);
    for (BarMark m : marks)
        marksJson.append(markName(m));
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("xLabel"), xLabel},
                       {QStringLiteral("yLabel"), yLabel},
                       {QStringLiteral("format"), format == ValueFormat::Percent
                                                      ? QStringLiteral("percent")
                                                      : QStringLiteral("number")},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                       {QStringLiteral("units"), unitsJson},
                       {QStringLiteral("series"), seriesJson},
                       {QStringLiteral("marks"), marksJson},
                       {QStringLiteral("target"), number(target)},
                       {QStringLiteral("targetLabel"), targetLabel},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

} // namespace wm
