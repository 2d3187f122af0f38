#pragma once

#include "render/map_renderer.h"

#include <QBrush>
#include <QImage>
#include <QPen>

#include <atomic>
#include <climits>
#include <vector>

class QPainter;

namespace wm {

/// Pixel rows [top, bottom) whose features a band counts in its stats: a band draws the
/// features reaching into it, but counts only those whose centre lies in it.
struct CountedRows {
    int top = INT_MIN, bottom = INT_MAX;
};

/// Draws a range of one layer's features with its resolved symbols. Read-only after
/// construction, so several threads may draw disjoint ranges onto their own images.
class FeatureDrawer {
public:
    FeatureDrawer(const MapSettings& settings, const Layer& layer, const SymbolResolver& resolver);

    /// Draws features[begin, end); false when `cancel` became true on the way.
    bool draw(QPainter& painter, const std::vector<qsizetype>& features, std::size_t begin,
              std::size_t end, RenderStats& stats, const std::atomic<bool>* cancel,
              CountedRows counted = {}) const;

private:
    bool countedHere(qsizetype feature, CountedRows rows) const;

    const MapSettings& mSettings;
    const Layer& mLayer;
    const SymbolResolver& mResolver;
    QTransform mWorldToPixel;
    double mScale;
    double mMapUnitsPerPixel;
    std::vector<QImage> mMarkers; ///< raster output: each symbol's marker, drawn once
    std::vector<QPen> mPens;
    /// Raster output, solid pens: each symbol's stroke colour as a brush, for lines filled
    /// as their outline (strokeOutline) instead of stroked; empty where a pen is dashed.
    std::vector<QBrush> mOutlineBrushes;
};

QPen strokePen(const Symbol& symbol, double scale);

} // namespace wm
