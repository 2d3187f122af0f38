#include "charts/chart_renderer.h"

#include "charts/chart_plot.h"
#include "charts/rule_charts.h"
#include "core/atomic_output.h"
#include "core/error.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>

#include <QCoreApplication>
#include <cmath>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ChartRenderer)
};
} // namespace

namespace wm {

namespace {

/// Paints the plot at `size` (pixels at its DPI) with a painter opened on `device`.
void paint(ChartPlot& plot, QPaintDevice& device, const QSize& size, const QString& path,
           const QTransform& transform = {})
{
    plot.fitTo(size);
    QCPPainter painter;
    if (!painter.begin(&device))
        throw Error(path, Tr::tr("cannot paint the chart"));
    painter.setTransform(transform);
    if (device.devType() != QInternal::Image)
        painter.setMode(QCPPainter::pmVectorized);
    plot.toPainter(&painter, size.width(), size.height());
    painter.end();
}

QSize atLeastOne(const QSize& size)
{
    return size.expandedTo(QSize(1, 1));
}

} // namespace

ChartRenderer::ChartRenderer(const ChartData& chart) : mPlot(std::make_unique<ChartPlot>())
{
    mPlot->setChart(chart);
}

ChartRenderer::~ChartRenderer() = default;

const ChartData& ChartRenderer::chart() const
{
    return mPlot->chart();
}

QStringList ChartRenderer::formats()
{
    return {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg")};
}

QImage ChartRenderer::toImage(const QSize& pixels, double scale) const
{
    const QSize image = atLeastOne(pixels);
    const QSize layout = atLeastOne((QSizeF(image) / std::max(scale, 0.01)).toSize());
    QImage out(image, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    // The layout is drawn scaled rather than at the image's DPI, so that the text QCustomPlot
    // measured at 96 dpi is the text it draws.
    paint(*mPlot, out, layout, QString(),
          QTransform::fromScale(double(image.width()) / layout.width(),
                                double(image.height()) / layout.height()));
    const int dotsPerMetre = qRound(mPlot->logicalDpiX() * scale / 0.0254);
    out.setDotsPerMeterX(dotsPerMetre);
    out.setDotsPerMeterY(dotsPerMetre);
    return out;
}

void ChartRenderer::savePng(const QString& path, const QSize& pixels, double scale) const
{
    const QImage image = toImage(pixels, scale);
    AtomicOutput out(path);
    if (!image.save(&out.device(), "PNG")) {
        out.checkWrites(); // names the reason when the disk refused a write
        throw Error(path, Tr::tr("cannot write the PNG image"));
    }
    out.commit();
}

void ChartRenderer::savePdf(const QString& path, const QSize& size) const
{
    const QSize page = atLeastOne(size);
    const int dpi = mPlot->logicalDpiX();
    AtomicOutput out(path);
    {
        QPdfWriter pdf(&out.device());
        pdf.setCreator(QStringLiteral("WorksMap"));
        pdf.setTitle(chart().title);
        pdf.setResolution(dpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(page) * 72.0 / dpi, QPageSize::Point,
                                                QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
        paint(*mPlot, pdf, page, path);
    }
    out.commit();
}

void ChartRenderer::saveSvg(const QString& path, const QSize& size) const
{
    const QSize page = atLeastOne(size);
    AtomicOutput out(path);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&out.device());
        svg.setSize(page);
        svg.setViewBox(QRect(QPoint(), page));
        svg.setResolution(mPlot->logicalDpiX());
        // QSvgGenerator writes title and description as given, unescaped.
        svg.setTitle(chart().title.toHtmlEscaped());
        svg.setDescription(chart().notes.join(QLatin1Char('\n')).toHtmlEscaped());
        paint(*mPlot, svg, page, path);
    }
    out.commit();
}

void ChartRenderer::save(const QString& path, const QSize& size, double scale) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        savePng(path, size, scale);
    else if (suffix == QLatin1String("pdf"))
        savePdf(path, size);
    else if (suffix == QLatin1String("svg"))
        saveSvg(path, size);
    else
        throw Error(path, Tr::tr("unknown chart format \".%1\" (write %2)")
                              .arg(suffix, formats().join(QStringLiteral(", "))));
}

void ChartRenderer::draw(QPainter& painter, const QRectF& target) const
{
    if (target.isEmpty())
        return;
    const QPaintDevice* device = painter.device();
    const double plotDpi = mPlot->logicalDpiX();
    const double deviceDpi = device ? device->logicalDpiX() : plotDpi;
    const QRectF onDevice = painter.combinedTransform().mapRect(target);
    const QSize layout = atLeastOne((onDevice.size() * plotDpi / deviceDpi).toSize());

    // A QPicture keeps the plot's drawing as painter commands, so it stays vector and its
    // text stays text when replayed on a PDF page.
    QPicture picture;
    paint(*mPlot, picture, layout, QString());
    painter.save();
    painter.translate(target.topLeft());
    // Replaying scales a picture by the device's DPI over the picture's; undo that so the
    // chart fills `target` exactly.
    const double replay = deviceDpi / picture.logicalDpiX();
    painter.scale(target.width() / (layout.width() * replay),
                  target.height() / (layout.height() * replay));
    painter.drawPicture(0, 0, picture);
    painter.restore();
}

void drawRuleChart(QPainter& painter, const QRectF& target, const CoverageCheck& check,
                   const QString& ruleId)
{
    ChartRenderer(ruleChart(check, ruleId)).draw(painter, target);
}

} // namespace wm
