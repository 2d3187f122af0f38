#include "render/feature_drawer.h"

#include "core/geometry_repair.h"
#include "core/geos_context.h"
#include "core/layer.h"
#include "render/geometry_path.h"
#include "render/marker.h"

#include <QBitArray>
#include <QPainter>

#include <algorithm>

namespace wm {

namespace {
constexpr std::size_t CancelCheckEvery = 2048;
}

QPen strokePen(const Symbol& s, double scale)
{
    if (s.dash == Qt::NoPen || s.strokeWidth <= 0 || s.stroke.alpha() == 0)
        return Qt::NoPen;
    // Flat caps and bevel joins stroke about 40 % faster than round ones, and at map line
    // widths (1–3 px) they look the same.
    return QPen(s.stroke, std::max(0.5, s.strokeWidth * scale), s.dash, Qt::FlatCap, Qt::BevelJoin);
}

FeatureDrawer::FeatureDrawer(const MapSettings& settings, const Layer& layer,
                             const SymbolResolver& resolver)
    : mSettings(settings), mLayer(layer), mResolver(resolver),
      mWorldToPixel(settings.worldToPixel()), mScale(settings.symbolScale()),
      mMapUnitsPerPixel(settings.mapUnitsPerPixel())
{
    for (const Symbol& s : resolver.symbols()) {
        if (!settings.vectorOutput && layer.kind == GeometryKind::Point)
            mMarkers.push_back(markerImage(s, mScale));
        mPens.push_back(strokePen(s, mScale));
    }
}

bool FeatureDrawer::draw(QPainter& painter, const std::vector<qsizetype>& features,
                         std::size_t begin, std::size_t end, RenderStats& stats,
                         const std::atomic<bool>* cancel) const
{
    GEOSContextHandle_t ctx = geosContext();
    const QTransform& t = mWorldToPixel;
    const double upp = mMapUnitsPerPixel;
    const int width = mSettings.size.width(), height = mSettings.size.height();
    const std::vector<Symbol>& symbols = mResolver.symbols();
    // One bit per pixel: a second point of this layer on a drawn pixel adds nothing.
    QBitArray occupied(mMarkers.empty() ? 0 : qsizetype(width) * height);

    for (std::size_t n = begin; n < end; ++n) {
        if ((n - begin) % CancelCheckEvery == CancelCheckEvery - 1 && cancel &&
            cancel->load(std::memory_order_relaxed)) {
            stats.cancelled = true;
            return false;
        }
        const qsizetype i = features[n];
        const GEOSGeometry* g = mLayer.geometry(i);
        const Extent& env = mLayer.envelope(i);
        const int si = mResolver.symbolIndex(i);
        const Symbol& sym = symbols[si];
        if (GEOSGeomTypeId_r(ctx, g) == GEOS_POINT) {
            double x, y;
            GEOSGeomGetX_r(ctx, g, &x);
            GEOSGeomGetY_r(ctx, g, &y);
            const QPointF p = t.map(QPointF(x, y));
            if (!mMarkers.empty()) {
                const int px = int(p.x()), py = int(p.y());
                if (px >= 0 && py >= 0 && px < width && py < height) {
                    const qsizetype bit = qsizetype(py) * width + px;
                    if (occupied.testBit(bit)) {
                        ++stats.pointsMerged;
                        continue;
                    }
                    occupied.setBit(bit);
                }
                const QImage& m = mMarkers[si];
                painter.drawImage(QPointF(p.x() - m.width() / 2.0, p.y() - m.height() / 2.0), m);
            } else {
                drawMarker(painter, sym, p, mScale);
            }
        } else if (env.width() < upp * 0.5 && env.height() < upp * 0.5) {
            ++stats.featuresCulled; // smaller than half a pixel: invisible
            continue;
        } else {
            const GeometryKind kind =
                mLayer.kind == GeometryKind::Mixed ? geometryKindOf(g) : mLayer.kind;
            painter.setPen(mPens[si]);
            if (kind == GeometryKind::Polygon) {
                painter.setBrush(sym.fill);
                painter.drawPath(pixelPolygonPath(g, t, 0.5));
            } else {
                painter.setBrush(Qt::NoBrush);
                for (const QPolygonF& line : pixelPolylines(g, t, 0.5))
                    painter.drawPolyline(line);
                for (const QPointF& p : pixelPoints(g, t))
                    drawMarker(painter, sym, p, mScale);
            }
        }
        ++stats.featuresDrawn;
    }
    return true;
}

} // namespace wm
