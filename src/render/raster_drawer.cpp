#include "render/raster_drawer.h"

#include "render/hillshade.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace wm {

namespace {
/// The resolution a raster in a PDF or SVG page is read at, at most.
constexpr double VectorPageRasterDpi = 150;

QImage greyImage(const RasterPixels& pixels, double minimum, double maximum)
{
    QImage image(pixels.size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    const double range = maximum > minimum ? maximum - minimum : 0;
    const int w = pixels.size.width();
    for (int y = 0; y < pixels.size.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            if (i >= pixels.values.size() || (!pixels.valid.empty() && !pixels.valid[i]))
                continue;
            const double t = range > 0 ? (pixels.values[i] - minimum) / range : 0.5;
            const int grey = int(std::lround(255 * std::clamp(t, 0.0, 1.0)));
            line[x] = qRgba(grey, grey, grey, 255);
        }
    }
    return image;
}
} // namespace

QImage rasterImage(const RasterPixels& pixels, const RasterInfo& info, double cellSize)
{
    switch (info.render) {
    case RasterRender::Hillshade: {
        const QImage shaded = hillshade(pixels.values, pixels.valid, pixels.size, cellSize);
        return shaded.copy(1, 1, pixels.size.width() - 2, pixels.size.height() - 2);
    }
    case RasterRender::Grey:
        return greyImage(pixels, info.minimum, info.maximum);
    case RasterRender::Colour:
    case RasterRender::Auto:
        break;
    }
    return pixels.colour;
}

RasterDrawn drawRaster(QPainter& painter, const RasterSource& source, const MapSettings& settings,
                       const std::atomic<bool>* cancel)
{
    RasterDrawn drawn;
    const RasterInfo& info = source.info();
    const Extent visible = settings.visibleExtent();
    if (settings.size.isEmpty() || visible.isNull() ||
        (!info.extent.isNull() && !info.extent.intersects(visible)))
        return drawn;
    const double factor = settings.vectorOutput && settings.dpi > VectorPageRasterDpi
                              ? VectorPageRasterDpi / settings.dpi
                              : 1.0;
    RasterRequest request;
    request.size = QSize(std::max(1, int(std::lround(settings.size.width() * factor))),
                         std::max(1, int(std::lround(settings.size.height() * factor))));
    request.extent = visible;
    request.dpi = settings.dpi * factor;
    request.waitMs = settings.rasterWaitMs;
    request.cancel = cancel;
    const double cell = visible.width() / request.size.width();
    if (info.render == RasterRender::Hillshade) {
        // One cell more on every side: the gradient of an edge cell needs its neighbours.
        request.size += QSize(2, 2);
        request.extent = {visible.xMin - cell, visible.yMin - cell, visible.xMax + cell,
                          visible.yMax + cell};
    }
    const RasterPixels pixels = source.read(request);
    drawn.tilesMissing = pixels.tilesMissing;
    if (pixels.cancelled || (cancel && cancel->load())) {
        drawn.cancelled = true;
        return drawn;
    }
    const QImage image = rasterImage(pixels, info, cell);
    if (image.isNull())
        return drawn;
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, factor < 1.0);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(settings.size)), image);
    painter.restore();
    return drawn;
}

} // namespace wm
