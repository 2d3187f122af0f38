#pragma once

#include "core/extent.h"
#include "core/geometry_kind.h"
#include "render/legend.h"
#include "render/map_renderer.h"
#include "render/page_template.h"
#include "render/scale_bar.h"

#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>
#include <vector>

class QPainter;

namespace wm {

/// One layer's block of the page legend.
struct LegendBlock {
    QString title;
    GeometryKind kind = GeometryKind::Polygon;
    std::vector<LegendItem> items; ///< a single symbol has one item with an empty label
};

/// What goes on one page: the map and everything around it.
struct PageContent {
    QString title;                   ///< e.g. the plan's name
    QString subtitle;                ///< e.g. the date or the indicator
    QString notes;                   ///< sources, CRS, "positions synthetic"
    std::vector<RenderLayer> layers; ///< the main map, bottom first
    Extent extent;                   ///< what the map must show
    double scale = 0;                ///< 1:N wanted; 0: fit `extent`, rounded to a readable N
    std::vector<LegendBlock> legend;
    /// The inset: these layers over `overviewExtent`, with the main map's extent marked.
    std::vector<RenderLayer> overviewLayers;
    Extent overviewExtent;
    /// A small table beside the map (an atlas page's indicators): label, value.
    QVector<QPair<QString, QString>> table;
    QString tableTitle;
    /// A picture beside the map (a chart), drawn into the rectangle it is given (in the
    /// painter's millimetre units).
    std::function<void(QPainter&, const QRectF&)> picture;
    double pictureHeightMm = 70;
};

/// One placed element, in page millimetres (origin top left).
struct PageElement {
    enum Kind { Title, Subtitle, Map, Legend, Inset, Table, Picture, ScaleBar, NorthArrow, Notes };
    Kind kind;
    QRectF rectMm;
};

/// Places a page: title band on top; the map frame; beside it, a column with the
/// legend, the inset, the table and the picture (so none of them covers the map's data);
/// under it a band with the notes, the scale bar and the north arrow. No two elements
/// overlap. The map shows content.extent at a readable scale (readableScaleDenominator()),
/// centred. The inset is left out when the map shows the whole area anyway.
class PageLayout {
public:
    PageLayout(PageTemplate page, PageContent content);

    const PageTemplate& page() const { return mPage; }
    const PageContent& content() const { return mContent; }
    const std::vector<PageElement>& elements() const { return mElements; }
    /// The rectangle of the first element of `kind`, or a null rect.
    QRectF rect(PageElement::Kind kind) const;
    double scaleDenominator() const { return mScale; }
    /// The world extent the map frame shows.
    Extent mapExtent() const { return mMapExtent; }
    const ScaleBarSpec& scaleBar() const { return mScaleBar; }

    /// Paints the page. The painter's device is `devicePxPerMm` pixels per millimetre
    /// (dpi / 25.4); `vector` for PDF and SVG (markers drawn as shapes).
    void paint(QPainter& painter, double devicePxPerMm, bool vector) const;

private:
    void place();
    double legendHeightMm() const;

    PageTemplate mPage;
    PageContent mContent;
    std::vector<PageElement> mElements;
    double mScale = 0;
    Extent mMapExtent;
    ScaleBarSpec mScaleBar;
};

} // namespace wm
