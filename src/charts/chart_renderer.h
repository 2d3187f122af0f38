#pragma once

#include "charts/chart_data.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include <memory>

class QPainter;

namespace wm {

class ChartPlot;
struct CoverageCheck;

/// Paints a ChartData onto images, vector files and any QPainter, through a ChartPlot that is
/// never shown (QCustomPlot is a widget: a QApplication must exist, offscreen is enough).
/// Sizes are in pixels at 96 dpi (the plot's DPI): a 1000 × 600 chart is 10.4 × 6.25 in, and its
/// fonts keep their point sizes in every format. Write errors throw wm::Error naming the file;
/// files are written whole or not at all.
class ChartRenderer {
public:
    explicit ChartRenderer(const ChartData& chart);
    ~ChartRenderer();
    ChartRenderer(const ChartRenderer&) = delete;
    ChartRenderer& operator=(const ChartRenderer&) = delete;

    const ChartData& chart() const;

    /// An image of exactly `pixels`, laid out at pixels / `scale` (scale 2: twice the dots for
    /// the same layout, 192 dpi, as the PNG's resolution says).
    QImage toImage(const QSize& pixels, double scale = 1.0) const;
    void savePng(const QString& path, const QSize& pixels, double scale = 1.0) const;
    /// One vector page of `size` (1000 px = 750 pt): text stays text, its fonts embedded.
    void savePdf(const QString& path, const QSize& size) const;
    /// An SVG of `size` with the chart's title as its <title>; text as <text>.
    void saveSvg(const QString& path, const QSize& size) const;
    /// savePng (`size` in pixels, laid out at size / `scale`), savePdf or saveSvg (`size` the
    /// page) by the suffix of `path`; another suffix throws wm::Error.
    void save(const QString& path, const QSize& size, double scale = 1.0) const;
    /// File suffixes save() writes.
    static QStringList formats();

    /// Draws the chart into `target` (painter coordinates, any world transform), laid out for
    /// the target's size on the device so that its text keeps its point size on paper; vector
    /// on a vector device (PDF, SVG, printer). For a page layout beside the map.
    void draw(QPainter& painter, const QRectF& target) const;

private:
    std::unique_ptr<ChartPlot> mPlot;
};

/// The chart of rule `ruleId` as the chart dock shows it (ruleChart()), drawn into `target` of
/// `painter` (ChartRenderer::draw). Throws wm::Error for a rule the check does not have.
void drawRuleChart(QPainter& painter, const QRectF& target, const CoverageCheck& check,
                   const QString& ruleId);

} // namespace wm
