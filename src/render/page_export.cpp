#include "render/page_export.h"

#include "core/atomic_output.h"
#include "core/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace wm {

namespace {
void paintPdfPage(QPdfWriter& writer, QPainter& painter, const PageLayout& page)
{
    page.paint(painter, writer.resolution() / 25.4, true);
}
} // namespace

PageFormat pageFormatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return PageFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return PageFormat::Svg;
    if (suffix == QLatin1String("png"))
        return PageFormat::Png;
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return PageFormat::Jpeg;
    throw Error(path, QStringLiteral("cannot tell the format: use .pdf, .svg, .png or .jpg"));
}

QImage renderPageImage(const PageLayout& page)
{
    const QSize size = page.page().pixelSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMetre = int(std::lround(page.page().dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(Qt::white);
    QPainter painter(&image);
    page.paint(painter, page.page().dpi / 25.4, false);
    return image;
}

void exportPdf(const std::vector<PageLayout>& pages, const QString& path,
               const std::function<bool(int, int)>& progress)
{
    if (pages.empty())
        throw Error(path, QStringLiteral("no pages to write"));
    AtomicOutput out(path);
    writePdf(pages, out, progress);
    out.commit();
}

void writePdf(const std::vector<PageLayout>& pages, AtomicOutput& out,
              const std::function<bool(int, int)>& progress)
{
    const QString& path = out.path();
    if (pages.empty())
        throw Error(path, QStringLiteral("no pages to write"));
    QPdfWriter writer(&out.device());
    writer.setCreator(QStringLiteral("WorksMap"));
    writer.setTitle(pages.front().content().title);
    writer.setResolution(int(std::lround(pages.front().page().dpi)));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(pages.front().page().pageMm, QPageSize::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(path, QStringLiteral("cannot write a PDF here"));
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            writer.setPageSize(QPageSize(pages[i].page().pageMm, QPageSize::Millimeter));
            writer.newPage();
        }
        paintPdfPage(writer, painter, pages[i]);
        if (progress && !progress(int(i + 1), int(pages.size()))) {
            painter.end();
            throw Cancelled(path); // `out` removes its temporary file
        }
    }
    // The PDF's cross-reference table and trailer are written here.
    painter.end();
}

void writePage(const PageLayout& page, PageFormat format, AtomicOutput& out)
{
    if (format == PageFormat::Pdf) {
        writePdf({page}, out);
        return;
    }
    const QString& path = out.path();
    if (format == PageFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&out.device());
        // QSvgGenerator writes the title as given, unescaped.
        svg.setTitle(page.content().title.toHtmlEscaped());
        svg.setResolution(int(std::lround(page.page().dpi)));
        svg.setSize(page.page().pixelSize());
        svg.setViewBox(QRect(QPoint(0, 0), page.page().pixelSize()));
        QPainter painter;
        if (!painter.begin(&svg))
            throw Error(path, QStringLiteral("cannot write an SVG here"));
        page.paint(painter, page.page().dpi / 25.4, true);
        painter.end();
        return;
    }
    const QImage image = renderPageImage(page);
    if (!image.save(&out.device(), format == PageFormat::Png ? "PNG" : "JPG",
                    format == PageFormat::Jpeg ? 92 : -1)) {
        out.checkWrites(); // names the reason when the disk refused a write
        throw Error(path, QStringLiteral("cannot write the image"));
    }
}

void exportPage(const PageLayout& page, const QString& path)
{
    const PageFormat format = pageFormatFor(path);
    AtomicOutput out(path);
    writePage(page, format, out);
    out.commit();
}

} // namespace wm
