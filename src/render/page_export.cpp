#include "render/page_export.h"

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
/// The file written first, renamed onto `path` when complete (so a failed export never
/// leaves half a file where a good one was).
QString partialPath(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(
        QStringLiteral(".%1.partial.%2").arg(info.completeBaseName(), info.suffix()));
}

void commit(const QString& partial, const QString& path)
{
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw Error(path, QStringLiteral("cannot write the file"));
    }
}

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
    const QString partial = partialPath(path);
    {
        QPdfWriter writer(partial);
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
                QFile::remove(partial);
                throw Cancelled(path);
            }
        }
        painter.end();
    }
    commit(partial, path);
}

void exportPage(const PageLayout& page, const QString& path)
{
    const PageFormat format = pageFormatFor(path);
    if (format == PageFormat::Pdf) {
        exportPdf({page}, path);
        return;
    }
    const QString partial = partialPath(path);
    if (format == PageFormat::Svg) {
        QSvgGenerator svg;
        svg.setFileName(partial);
        svg.setTitle(page.content().title);
        svg.setResolution(int(std::lround(page.page().dpi)));
        svg.setSize(page.page().pixelSize());
        svg.setViewBox(QRect(QPoint(0, 0), page.page().pixelSize()));
        QPainter painter;
        if (!painter.begin(&svg))
            throw Error(path, QStringLiteral("cannot write an SVG here"));
        page.paint(painter, page.page().dpi / 25.4, true);
        painter.end();
    } else {
        const QImage image = renderPageImage(page);
        if (!image.save(partial, format == PageFormat::Png ? "PNG" : "JPG",
                        format == PageFormat::Jpeg ? 92 : -1)) {
            QFile::remove(partial);
            throw Error(path, QStringLiteral("cannot write the image"));
        }
    }
    commit(partial, path);
}

} // namespace wm
