#pragma once

#include "core/extent.h"

#include <QSizeF>
#include <QTransform>

class QPainter;

namespace wm {

struct LoadedProject;
struct LoadedLayer;

/// Paints a loaded project's visible layers, in drawing order, onto any QPainter
/// (a widget, a QImage, a PDF). A first, role-based symbology; styles come later.
class MapPainter {
public:
    /// The world extent shown in a `size` pixel area so that `extent` fits, centred,
    /// with square pixels (map units per pixel equal on both axes).
    static Extent fittedExtent(const Extent& extent, const QSizeF& size);
    /// World (project CRS, y up) → pixel (y down) for `extent` fitted into `size`.
    static QTransform worldToPixel(const Extent& extent, const QSizeF& size);

    void paint(QPainter& painter, const LoadedProject& project, const Extent& extent,
               const QSizeF& size) const;

private:
    void paintLayer(QPainter& painter, const LoadedLayer& layer, const Extent& visible,
                    const QTransform& t) const;
    void paintLabels(QPainter& painter, const LoadedLayer& layer, const Extent& visible,
                     const QTransform& t) const;
};

} // namespace wm
