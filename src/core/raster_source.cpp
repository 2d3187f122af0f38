#include "core/raster_source.h"

namespace wm {

RasterSource::~RasterSource() = default;

RasterRender rasterRenderFromName(const QString& name, bool* ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = true;
    if (n == QLatin1String("rgb") || n == QLatin1String("colour") || n == QLatin1String("color"))
        return RasterRender::Colour;
    if (n == QLatin1String("grey") || n == QLatin1String("gray"))
        return RasterRender::Grey;
    if (n == QLatin1String("hillshade"))
        return RasterRender::Hillshade;
    if (ok && !n.isEmpty() && n != QLatin1String("auto"))
        *ok = false;
    return RasterRender::Auto;
}

QString rasterRenderName(RasterRender render)
{
    switch (render) {
    case RasterRender::Colour:
        return QStringLiteral("rgb");
    case RasterRender::Grey:
        return QStringLiteral("grey");
    case RasterRender::Hillshade:
        return QStringLiteral("hillshade");
    case RasterRender::Auto:
        break;
    }
    return QStringLiteral("auto");
}

} // namespace wm
