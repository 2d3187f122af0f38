#include "charts/chart_plot.h"

#include "analysis/rule.h"
#include "render/label_engine.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace wm {

namespace {

// Colours: bars in one calm blue; a ranking's top in green and bottom in red, as the
// bulletins print them; series from a palette that stays distinct for colour-blind readers.
const QColor kBarColour(70, 120, 170);
const QColor kTopColour(46, 125, 50);
const QColor kBottomColour(198, 40, 40);
const QColor kTargetColour(200, 30, 30);
const std::array<QColor, 10> kPalette{QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                      QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                      QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                      QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                      QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};

/// The CJK font of map labels, in points: points keep their size on paper in PDF and SVG.
QFont chartFont(double points, bool bold = false)
{
    QFont font = labelFont(12);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// `text` broken into lines no wider than `width` pixels (at word boundaries, or between
/// Chinese characters), since a title or note wider than the chart would be cut off.
QString wrapped(const QString& text, const QFont& font, double width)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(width, 10.0));
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines.join(QLatin1Char('\n'));
}

/// Value-axis labels written as the bars' values are: "80%" for rates, "1,200" for counts.
class ValueTicker : public QCPAxisTicker {
public:
    explicit ValueTicker(ValueFormat format) : mFormat(format) {}

protected:
    QString getTickLabel(double tick, const QLocale&, QChar, int) override
    {
        if (std::abs(tick) < 1e-12)
            tick = 0; // no "-0"
        if (mFormat == ValueFormat::Percent)
            return QString::number(tick * 100.0, 'g', 4) + QLatin1Char('%');
        return std::abs(tick - std::round(tick)) < 1e-9
                   ? formatAmount(tick)
                   : QLocale(QLocale::English).toString(tick, 'g', 6);
    }

private:
    ValueFormat mFormat;
};

} // namespace

ChartPlot::ChartPlot(QWidget* parent) : QCustomPlot(parent)
{
    // The legend goes in a row under the plot, never over the bars.
    axisRect()->insetLayout()->take(legend);
    legend->setFont(chartFont(9));
    legend->setBorderPen(Qt::NoPen);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(6);
    xAxis->setLabelFont(chartFont(10));
    yAxis->setLabelFont(chartFont(10));
    xAxis->setTickLabelFont(chartFont(9));
    yAxis->setTickLabelFont(chartFont(9));
    xAxis->setTickLength(0, 0);
    xAxis->setSubTicks(false);
    xAxis->grid()->setVisible(false);
    setInteractions(QCP::iSelectPlottables);
    connect(
        this, &QCustomPlot::plottableClick, this,
        [this](QCPAbstractPlottable* p, int index, QMouseEvent*) { onPlottableClick(p, index); });
}

ChartPlot::~ChartPlot()
{
    // A legend outside the layout is not deleted with it; delete it while the plot is whole,
    // since the legend's destructor calls back into the plot.
    if (legend && !legend->layout())
        delete legend;
}

void ChartPlot::resetLayout()
{
    clearPlottables();
    clearItems();
    axisRect()->setMinimumMargins(QMargins());
    mValueLabels.clear();
    mTargetText = nullptr;
    if (mTitle)
        plotLayout()->remove(mTitle);
    if (mNotes)
        plotLayout()->remove(mNotes);
    mTitle = mNotes = nullptr;
    if (legend->layout() == plotLayout())
        plotLayout()->take(legend);
    plotLayout()->simplify(); // the axis rect alone again

    plotLayout()->insertRow(0);
    mTitle = new QCPTextElement(this, mChart.title, chartFont(13, true));
    plotLayout()->addElement(0, 0, mTitle);
    int row = 2;
    const bool withLegend = mChart.kind != ChartKind::Bars || !mChart.marks.empty();
    legend->setVisible(withLegend);
    if (withLegend) {
        plotLayout()->insertRow(row);
        plotLayout()->addElement(row++, 0, legend);
    }
    if (!mChart.notes.isEmpty()) {
        plotLayout()->insertRow(row);
        mNotes = new QCPTextElement(this, mChart.notes.join(QLatin1Char('\n')), chartFont(8));
        mNotes->setTextColor(Qt::darkGray);
        mNotes->setTextFlags(Qt::AlignLeft);
        plotLayout()->addElement(row, 0, mNotes);
    }
    // Title, legend and notes take their height; the plot takes the rest.
    for (int r = 0; r < plotLayout()->rowCount(); ++r)
        plotLayout()->setRowStretchFactor(r, plotLayout()->element(r, 0) == axisRect() ? 1 : 0.01);
}

void ChartPlot::setChart(const ChartData& chart)
{
    mChart = chart;
    resetLayout();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < mChart.categories.size(); ++i)
        ticker->addTick(i, mChart.categories[i]);
    xAxis->setTicker(ticker);
    xAxis->setRange(-0.6, double(mChart.categories.size()) - 0.4);
    xAxis->setLabel(mChart.xLabel);
    yAxis->setTicker(QSharedPointer<ValueTicker>::create(mChart.format));
    yAxis->setLabel(mChart.yLabel);
    switch (mChart.kind) {
    case ChartKind::Bars:
        addBars();
        break;
    case ChartKind::StackedBars:
        addStackedBars();
        break;
    case ChartKind::Lines:
        addLines();
        break;
    }
    addTargetLine();
    if (legend->visible()) {
        // An empty last column takes the spare width, so the entries stay side by side.
        legend->insertColumn(legend->columnCount());
        legend->setColumnStretchFactor(legend->columnCount() - 1, 1000);
    }
    fitTo(viewport().size());
    if (isVisible())
        replot(rpQueuedReplot);
}

QCPBars* ChartPlot::newBars(const QColor& colour, const QString& name, double width)
{
    auto* bars = new QCPBars(xAxis, yAxis);
    bars->setName(name);
    bars->setWidth(width);
    bars->setPen(QPen(colour.darker(130), 1));
    bars->setBrush(colour);
    bars->setSelectable(QCP::stSingleData);
    return bars;
}

void ChartPlot::addValueLabel(double x, double base, double value, bool onTop, const QString& text)
{
    auto* label = new QCPItemText(this);
    label->setText(text);
    label->setFont(chartFont(8));
    label->position->setCoords(x, onTop ? base + value : base + value / 2);
    label->setPadding(QMargins(2, 0, 2, 2));
    label->setSelectable(false); // a click on a value is a click on its bar
    mValueLabels.push_back({label, base, value, onTop});
}

void ChartPlot::addBars()
{
    mBarWidth = 0.7;
    if (mChart.series.empty())
        return;
    // One QCPBars per mark, since a QCPBars has one brush; the legend then names the marks,
    // the ranking's ends first.
    const bool ranked = !mChart.marks.empty();
    QCPBars* top = ranked ? newBars(kTopColour, QStringLiteral("排名靠前"), mBarWidth) : nullptr;
    QCPBars* bottom =
        ranked ? newBars(kBottomColour, QStringLiteral("排名靠后"), mBarWidth) : nullptr;
    QCPBars* normal = newBars(
        kBarColour, ranked ? QStringLiteral("其他") : mChart.series.front().name, mBarWidth);
    const std::vector<double>& values = mChart.series.front().values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue;
        const BarMark mark = i < mChart.marks.size() ? mChart.marks[i] : BarMark::Normal;
        (mark == BarMark::Top      ? top
         : mark == BarMark::Bottom ? bottom
                                   : normal)
            ->addData(double(i), values[i]);
        addValueLabel(double(i), 0, values[i], true, mChart.formatValue(values[i]));
    }
    for (QCPBars* bars : {top, bottom})
        if (bars && bars->dataCount() == 0)
            removePlottable(bars);
}

void ChartPlot::addStackedBars()
{
    mBarWidth = 0.6;
    QCPBars* below = nullptr;
    std::vector<double> base(std::size_t(mChart.categories.size()), 0.0);
    for (std::size_t s = 0; s < mChart.series.size(); ++s) {
        const ChartSeries& series = mChart.series[s];
        QCPBars* bars = newBars(kPalette[s % kPalette.size()], series.name, mBarWidth);
        // Stacked bars are drawn in one width; no gap, so the stack reads as one bar.
        bars->setStackingGap(0);
        if (below)
            bars->moveAbove(below);
        below = bars;
        for (std::size_t i = 0; i < series.values.size(); ++i) {
            const double v = series.values[i];
            if (!std::isfinite(v))
                continue; // no segment; the bars above stack on what is below
            bars->addData(double(i), v);
            if (v > 0)
                addValueLabel(double(i), base[i], v, false, mChart.formatValue(v));
            base[i] += v;
        }
    }
    if (mChart.series.size() > 1)
        for (std::size_t i = 0; i < base.size(); ++i)
            addValueLabel(double(i), 0, base[i], true, mChart.formatValue(base[i]));
}

void ChartPlot::addLines()
{
    for (std::size_t s = 0; s < mChart.series.size(); ++s) {
        const ChartSeries& series = mChart.series[s];
        QCPGraph* graph = addGraph();
        graph->setName(series.name);
        const QColor colour = kPalette[s % kPalette.size()];
        graph->setPen(QPen(colour, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 6));
        graph->setSelectable(QCP::stNone);
        for (std::size_t i = 0; i < series.values.size(); ++i)
            graph->addData(double(i), series.values[i]); // NaN breaks the line: a missing year
    }
}

void ChartPlot::addTargetLine()
{
    if (!std::isfinite(mChart.target))
        return;
    auto* line = new QCPItemStraightLine(this);
    line->point1->setCoords(0, mChart.target);
    line->point2->setCoords(1, mChart.target);
    line->setPen(QPen(kTargetColour, 1.5, Qt::DashLine));
    line->setSelectable(false);
    // The label stands right of the plot, at the line's height, where no bar or value can
    // cover it; the plot keeps a margin for it.
    mTargetText = new QCPItemText(this);
    mTargetText->setText(QString(mChart.targetLabel).replace(QLatin1Char(' '), QLatin1Char('\n')));
    mTargetText->setFont(chartFont(9));
    mTargetText->setColor(kTargetColour);
    mTargetText->setClipToAxisRect(false);
    mTargetText->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    mTargetText->position->setCoords(1.0, mChart.target);
    mTargetText->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    mTargetText->setPadding(QMargins(4, 0, 0, 0));
    mTargetText->setSelectable(false);
    const QFontMetricsF metrics(mTargetText->font());
    double width = 0;
    for (const QString& line : mTargetText->text().split(QLatin1Char('\n')))
        width = std::max(width, metrics.horizontalAdvance(line));
    axisRect()->setMinimumMargins(QMargins(0, 0, int(std::ceil(width)) + 10, 0));
}

void ChartPlot::fitTo(const QSize& size)
{
    if (size.isEmpty())
        return;
    const QRect oldViewport = viewport();
    setViewport(QRect(QPoint(), size));
    if (mTitle)
        mTitle->setText(wrapped(mChart.title, mTitle->font(), size.width() - 16));
    if (mNotes)
        mNotes->setText(
            wrapped(mChart.notes.join(QLatin1Char('\n')), mNotes->font(), size.width() - 16));

    // Category labels: across when they fit their slot, else at 45°, else upright.
    xAxis->setTickLabelRotation(0);
    updateLayout();
    const int n = std::max<int>(1, int(mChart.categories.size()));
    const double slot = axisRect()->width() / double(n);
    const QFontMetricsF tickMetrics(xAxis->tickLabelFont());
    double widest = 0;
    for (const QString& c : mChart.categories)
        widest = std::max(widest, tickMetrics.horizontalAdvance(c));
    xAxis->setTickLabelRotation(widest <= 0.9 * slot                 ? 0
                                : slot >= 1.5 * tickMetrics.height() ? -45
                                                                     : -90);

    // Values above the bars: across while they fit the bar's slot (they may overhang the bar
    // into the gap), upright when one of them would touch its neighbour.
    const double barPixels = slot * mBarWidth;
    const QFontMetricsF valueMetrics(chartFont(8));
    double widestValue = 0;
    for (const ValueLabel& l : mValueLabels)
        if (l.onTop)
            widestValue = std::max(widestValue, valueMetrics.horizontalAdvance(l.item->text()));
    const bool upright = widestValue + 4 > slot;
    for (const ValueLabel& l : mValueLabels) {
        l.item->setRotation(l.onTop && upright ? -90 : 0);
        l.item->setPositionAlignment(!l.onTop  ? Qt::AlignCenter
                                     : upright ? Qt::AlignLeft | Qt::AlignVCenter
                                               : Qt::AlignHCenter | Qt::AlignBottom);
    }

    // The value axis: from 0 (or the lowest value) up to room for the tallest bar's value
    // (labels are clipped to the plot) and for the target line.
    updateLayout();
    double low = 0, high = 0;
    for (const ChartSeries& s : mChart.series)
        for (double v : s.values)
            if (std::isfinite(v)) {
                low = std::min(low, v);
                if (mChart.kind != ChartKind::StackedBars)
                    high = std::max(high, v);
            }
    for (const ValueLabel& l : mValueLabels)
        high = std::max(high, l.base + l.value); // stacks: their totals
    const double plotHeight = std::max(1, axisRect()->height());
    const double labelPixels = (upright ? widestValue : valueMetrics.height()) + 6;
    const auto room = [&](double top, double pixels) {
        return top / (1.0 - std::min(0.5, pixels / plotHeight));
    };
    double upper = room(high, labelPixels);
    if (std::isfinite(mChart.target))
        upper = std::max(upper, room(mChart.target, QFontMetricsF(chartFont(9)).height()));
    if (upper <= low)
        upper = low + 1;
    yAxis->setRange(low, upper);

    // A stack's segment keeps its value only where the text fits inside it.
    updateLayout();
    for (const ValueLabel& l : mValueLabels) {
        if (l.onTop)
            continue;
        const double pixels =
            std::abs(yAxis->coordToPixel(l.base + l.value) - yAxis->coordToPixel(l.base));
        l.item->setVisible(pixels >= valueMetrics.height() + 2 &&
                           valueMetrics.horizontalAdvance(l.item->text()) <= barPixels);
    }
    setViewport(oldViewport);
}

QStringList ChartPlot::visibleValueLabels() const
{
    QStringList out;
    for (const ValueLabel& l : mValueLabels)
        if (l.item->visible())
            out << l.item->text();
    return out;
}

void ChartPlot::resizeEvent(QResizeEvent* event)
{
    fitTo(event->size());
    QCustomPlot::resizeEvent(event);
}

void ChartPlot::onPlottableClick(QCPAbstractPlottable* plottable, int dataIndex)
{
    auto* bars = qobject_cast<QCPBars*>(plottable);
    if (!bars || dataIndex < 0 || dataIndex >= bars->dataCount())
        return;
    const int category = qRound(bars->data()->at(dataIndex)->key);
    if (category < 0 || category >= mChart.categories.size())
        return;
    Q_EMIT categoryClicked(category);
    const int unit =
        std::size_t(category) < mChart.units.size() ? mChart.units[std::size_t(category)] : -1;
    const QString name = mChart.unitNames.value(category);
    if (unit >= 0 || !name.isEmpty())
        Q_EMIT unitClicked(unit, name);
}

} // namespace wm
