#pragma once

#include "core/extent.h"

#include <QSize>
#include <QTransform>

namespace wm {

/// What part of the world goes onto how many pixels: the requested extent (project CRS
/// units, metres) is fitted, centred, into the output with square pixels.
struct MapSettings {
    Extent extent;             ///< requested extent; the visible one is visibleExtent()
    QSize size;                ///< output size in device pixels
    double dpi = 96.0;         ///< output resolution; symbol sizes scale with dpi / 96
    bool vectorOutput = false; ///< PDF/SVG: draw markers as shapes, never as cached images
    /// How long a raster layer may wait for tiles still being fetched: 0 on the canvas
    /// (it redraws when they arrive), some seconds for a page (it is drawn once).
    int rasterWaitMs = 0;

    /// The extent actually shown (the requested one widened to the output's aspect).
    Extent visibleExtent() const;
    /// World (y up) → device pixel (y down).
    QTransform worldToPixel() const;
    /// Metres per device pixel.
    double mapUnitsPerPixel() const;
    /// The scale denominator N of "1:N" for this output, from metres per pixel and dpi.
    double scaleDenominator() const;
    /// Symbol size factor: 1 on a 96-DPI screen.
    double symbolScale() const { return dpi / 96.0; }

    /// An extent centred on (cx, cy) showing 1:`denominator` in this output.
    Extent extentForScale(double cx, double cy, double denominator) const;
};

} // namespace wm
