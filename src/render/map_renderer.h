#pragma once

#include "core/raster_source.h"
#include "core/view_source.h"
#include "render/map_settings.h"
#include "render/style.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QPainter;

namespace wm {

class Layer;

/// One layer as a render sees it: data shared read-only with the document, style and
/// options copied, so a render on a worker thread never reads what the UI changes.
struct RenderLayer {
    QString id;
    std::shared_ptr<const Layer> data;
    Style style;
    double opacity = 1.0;
    std::vector<qsizetype> selection; ///< features drawn highlighted on top
    /// Per feature, whether it is drawn (a scenario view leaves some out); empty: all.
    std::vector<char> shown;
    /// Per feature, whether it is a proposal (a scenario's planned work), drawn with a
    /// dashed ring so a plan is never mistaken for what exists; empty: none.
    std::vector<char> proposed;
    /// A raster layer's pixels (then `data` is null): drawn where the layer is in the
    /// order, under the vectors above it.
    std::shared_ptr<const RasterSource> raster;
    /// A table left in its database: `data` holds no feature, and those of the view are
    /// read through this when the map is drawn (on the render's thread).
    std::shared_ptr<const ViewSource> view;
};

/// Counts of one render, for tests, benchmarks and the status bar.
struct RenderStats {
    qsizetype featuresDrawn = 0;
    qsizetype featuresCulled = 0; ///< outside the view (index) or below pixel size
    qsizetype pointsMerged = 0;   ///< points falling on a pixel already drawn by their layer
    int labelsDrawn = 0;
    int rasterTilesMissing = 0; ///< tiles not yet fetched (the canvas redraws when they come)
    bool cancelled = false;
    QStringList notes; ///< why a layer could not be drawn (a database out of reach)
};

/// Draws layers bottom to top onto any QPainter (QImage, QPdfWriter, QSvgGenerator, a
/// widget): features culled by the spatial index, lines and rings thinned to the pixel
/// size, markers blitted from images (raster output) or drawn as shapes (vector
/// output), labels placed without overlap after all features.
class MapRenderer {
public:
    MapRenderer(MapSettings settings, std::vector<RenderLayer> layers);

    /// Called after each layer's features are drawn (labels come last, after all layers).
    using LayerDrawn = std::function<void()>;
    /// Called with the image being drawn after each layer: a canvas with nothing to show
    /// yet shows the map as it fills. The painter keeps drawing into the image, so a copy
    /// that is kept must be a deep one (QImage::copy).
    using ImageSoFar = std::function<void(const QImage& drawing)>;

    /// Renders; returns early (stats.cancelled) when `cancel` becomes true.
    RenderStats render(QPainter& painter, const std::atomic<bool>* cancel = nullptr,
                       const LayerDrawn& layerDrawn = {}) const;

    /// Renders into a new image of settings.size on `background`.
    QImage renderImage(const QColor& background = Qt::white,
                       const std::atomic<bool>* cancel = nullptr, RenderStats* stats = nullptr,
                       const ImageSoFar& soFar = {}) const;

    const MapSettings& settings() const { return mSettings; }

    /// 1: draw every layer on the calling thread (the reference the banded drawing is
    /// compared with); 0 (default): dense layers in bands on all cores.
    void setThreads(int threads) { mThreads = threads; }

private:
    MapSettings mSettings;
    int mThreads = 0;
    std::vector<RenderLayer> mLayers;
};

/// The symbol a feature gets under `style` (single, its category or class, or the
/// style's symbol for values outside them). Resolves field lookups once per style.
class SymbolResolver {
public:
    SymbolResolver(const Style& style, const Layer& layer);
    /// Index into symbols() for feature `row`.
    int symbolIndex(qsizetype row) const;
    const std::vector<Symbol>& symbols() const { return mSymbols; }

private:
    const Style& mStyle;
    const Layer& mLayer;
    int mColumn = -1;
    std::vector<Symbol> mSymbols; ///< [0] = other / single, then categories or classes
    QHash<QString, int> mCategoryIndex;
    bool mByCode = false;         ///< categories of a text column, by dictionary code
    std::vector<int> mCodeSymbol; ///< symbol index per code
    int mNullSymbol = 0;          ///< symbol index of a null value
};

/// Label text of feature `row`: a field's value, or a template with {field} placeholders;
/// {a|b} takes the first of the fields a, b that is present and not empty.
QString labelText(const QString& textOrTemplate, const Layer& layer, qsizetype row);

} // namespace wm
