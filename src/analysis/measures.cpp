#include "analysis/measures.h"

#include "analysis/measure_support.h"
#include "core/error.h"
#include "core/layer.h"
#include "core/point_grid.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::Measures)
};
} // namespace

namespace wm {

namespace {

/// Relative slack when checking that a line's pieces do not add up to more than the
/// line: OverlayNG computes each unit's intersection nodes separately, so pieces of a
/// line crossing a shared border sum to its length only up to rounding.
constexpr double PieceSumSlack = 1e-9;

double lengthOf(GEOSContextHandle_t ctx, const GEOSGeometry* g)
{
    double length = 0;
    return g && GEOSLength_r(ctx, g, &length) == 1 ? length : 0.0;
}

/// Length of `line` inside `polygon`. A county has hundreds of vertices and a pipe a few,
/// so the polygon is first cut to the line's envelope (plus a metre, so the cut edges
/// never touch the line): the edges near the line are kept exactly as they are, and the
/// overlay then only nodes a handful of segments. This halves the time of the clipping
/// pass on the bench (20,000 pipes in the 19 Xingtai counties).
double lengthInside(GEOSContextHandle_t ctx, const GEOSGeometry* line, const GEOSGeometry* polygon)
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    GeomPtr piece;
    if (GEOSGeom_getXMin_r(ctx, line, &x0) == 1 && GEOSGeom_getYMin_r(ctx, line, &y0) == 1 &&
        GEOSGeom_getXMax_r(ctx, line, &x1) == 1 && GEOSGeom_getYMax_r(ctx, line, &y1) == 1) {
        const GeomPtr clipped(GEOSClipByRect_r(ctx, polygon, x0 - 1, y0 - 1, x1 + 1, y1 + 1));
        if (clipped)
            piece.reset(GEOSIntersection_r(ctx, line, clipped.get()));
    }
    // GEOS documents no validity guarantee for a rectangle clip; should the overlay of the
    // cut polygon fail, the whole polygon gives the same answer, only slower.
    if (!piece)
        piece.reset(GEOSIntersection_r(ctx, line, polygon));
    return lengthOf(ctx, piece.get());
}

/// Length of `line` inside each unit of `hits` (ascending unit indices), split so that no
/// stretch counts twice. Most lines cross plain shared borders, where one intersection
/// per unit is exact; only when the pieces overlap (a stretch along a border, overlapping
/// polygons) is each unit's part taken out of the line before the next unit sees it.
void splitLine(GEOSContextHandle_t ctx, const UnitSet& units, const GEOSGeometry* line,
               const std::vector<int>& hits, std::vector<double>& metres)
{
    const double total = lengthOf(ctx, line);
    std::vector<double> pieces;
    pieces.reserve(hits.size());
    double sum = 0;
    for (const int u : hits) {
        pieces.push_back(lengthInside(ctx, line, units.geometry(u)));
        sum += pieces.back();
    }
    if (sum <= total * (1 + PieceSumSlack) + 1e-6) {
        for (std::size_t k = 0; k < hits.size(); ++k)
            metres[std::size_t(hits[k])] += pieces[k];
        return;
    }
    GeomPtr remaining(GEOSGeom_clone_r(ctx, line));
    for (const int u : hits) {
        if (!remaining || GEOSisEmpty_r(ctx, remaining.get()))
            break;
        const GeomPtr piece(GEOSIntersection_r(ctx, remaining.get(), units.geometry(u)));
        metres[std::size_t(u)] += lengthOf(ctx, piece.get());
        remaining.reset(GEOSDifference_r(ctx, remaining.get(), units.geometry(u)));
    }
}

} // namespace

std::vector<int> assignPointsToUnits(const UnitSet& units, const Layer& points,
                                     const FeatureFilter& filter)
{
    detail::requireIndex(points, "point");
    const std::vector<std::uint8_t> wanted = filter.matchAll(points);
    const qsizetype n = points.featureCount();
    std::vector<int> unitOf(std::size_t(n), -1);
    GEOSContextHandle_t ctx = geosContext();
    const std::vector<PreparedPtr> prepared = units.preparePolygons();
    // Non-point features are placed at a point on their surface, made once when first met.
    std::vector<GeomPtr> surfacePoints;

    // Unit by unit, the points in its envelope come from the points' index. Units are
    // visited in ascending order and an assigned point is skipped, so a point covered by
    // two polygons (on a shared border) stays with the lower index.
    for (int u = 0; u < units.layerUnitCount(); ++u) {
        const GEOSPreparedGeometry* polygon = prepared[std::size_t(u)].get();
        if (!polygon)
            continue;
        for (const qsizetype f : points.featuresIn(units.envelope(u))) {
            const std::size_t k = std::size_t(f);
            if (unitOf[k] >= 0 || !wanted[k])
                continue;
            // A single point is asked about as a short-lived GEOS point made from the
            // layer's arrays: the layer keeps no GEOS object for each of its points.
            double x, y;
            if (points.point(f, x, y)) {
                const GeomPtr p(GEOSGeom_createPointFromXY_r(ctx, x, y));
                if (GEOSPreparedIntersects_r(ctx, polygon, p.get()) == 1)
                    unitOf[k] = u;
                continue;
            }
            const GEOSGeometry* g = points.geometry(f);
            if (!g)
                continue;
            if (GEOSGeomTypeId_r(ctx, g) != GEOS_POINT) {
                if (surfacePoints.empty())
                    surfacePoints.resize(std::size_t(n));
                if (!surfacePoints[k])
                    surfacePoints[k].reset(GEOSPointOnSurface_r(ctx, g));
                g = surfacePoints[k].get();
                if (!g || GEOSisEmpty_r(ctx, g))
                    continue;
            }
            if (GEOSPreparedIntersects_r(ctx, polygon, g) == 1)
                unitOf[k] = u;
        }
    }
    return unitOf;
}

std::vector<double> lengthPerUnitKm(const UnitSet& units, const Layer& lines,
                                    const FeatureFilter& filter)
{
    detail::requireIndex(lines, "line");
    const std::vector<std::uint8_t> wanted = filter.matchAll(lines);
    const std::vector<PreparedPtr> prepared = units.preparePolygons();
    std::vector<double> metres(std::size_t(units.size()), 0.0);

    // Pass 1, unit by unit through the lines' index: a line inside one polygon's interior
    // (the common case) is added whole; a line touching a polygon any other way is noted
    // with that unit, to be clipped in pass 2 once all its units are known. Units run in
    // parallel: each uses only its own prepared polygon (prepared geometries build their
    // indexes lazily and must not be shared between threads).
    struct Hit {
        qsizetype line;
        int unit;
        bool inside; ///< in the unit's interior: no clipping needed
    };
    std::vector<std::vector<Hit>> perUnit(std::size_t(units.layerUnitCount()));
    std::vector<int> unitOrder(std::size_t(units.layerUnitCount()));
    std::iota(unitOrder.begin(), unitOrder.end(), 0);
    QtConcurrent::blockingMap(unitOrder, [&](int u) {
        const GEOSPreparedGeometry* polygon = prepared[std::size_t(u)].get();
        if (!polygon)
            return;
        GEOSContextHandle_t ctx = geosContext();
        for (const qsizetype f : lines.featuresIn(units.envelope(u))) {
            if (!wanted[std::size_t(f)])
                continue;
            const GEOSGeometry* g = lines.geometry(f);
            if (GEOSPreparedContainsProperly_r(ctx, polygon, g) == 1)
                perUnit[std::size_t(u)].push_back({f, u, true});
            else if (GEOSPreparedIntersects_r(ctx, polygon, g) == 1)
                perUnit[std::size_t(u)].push_back({f, u, false});
        }
    });
    std::vector<Hit> hits;
    for (const std::vector<Hit>& h : perUnit)
        hits.insert(hits.end(), h.begin(), h.end());
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.line != b.line ? a.line < b.line : a.unit < b.unit;
    });

    // Pass 2, line by line, in fixed chunks of lines summed in chunk order (so the result
    // does not depend on the number of threads).
    std::vector<std::size_t> groupStarts;
    for (std::size_t i = 0; i < hits.size(); ++i)
        if (i == 0 || hits[i].line != hits[i - 1].line)
            groupStarts.push_back(i);
    groupStarts.push_back(hits.size());
    constexpr std::size_t LinesPerChunk = 512;
    struct Chunk {
        std::size_t firstGroup, endGroup;
        std::vector<double> metres;
    };
    std::vector<Chunk> chunks;
    for (std::size_t g = 0; g + 1 < groupStarts.size(); g += LinesPerChunk)
        chunks.push_back({g, std::min(g + LinesPerChunk, groupStarts.size() - 1), {}});
    QtConcurrent::blockingMap(chunks, [&](Chunk& chunk) {
        GEOSContextHandle_t ctx = geosContext();
        chunk.metres.assign(std::size_t(units.size()), 0.0);
        std::vector<int> lineUnits;
        for (std::size_t group = chunk.firstGroup; group < chunk.endGroup; ++group) {
            const std::size_t i = groupStarts[group], j = groupStarts[group + 1];
            const GEOSGeometry* g = lines.geometry(hits[i].line);
            if (j - i == 1 && hits[i].inside) {
                chunk.metres[std::size_t(hits[i].unit)] += lengthOf(ctx, g);
            } else {
                lineUnits.clear();
                for (std::size_t k = i; k < j; ++k)
                    lineUnits.push_back(hits[k].unit);
                splitLine(ctx, units, g, lineUnits, chunk.metres);
            }
        }
    });
    for (const Chunk& chunk : chunks)
        for (std::size_t u = 0; u < metres.size(); ++u)
            metres[u] += chunk.metres[u];

    std::vector<double> km(metres.size());
    std::transform(metres.begin(), metres.end(), km.begin(), [](double m) { return m / 1000.0; });
    return km;
}

std::vector<double> countListedPerUnit(const UnitSet& units, const Layer& list,
                                       const QString& codeField)
{
    const int column = list.attributes.indexOf(codeField);
    if (column < 0)
        throw Error(list.sourcePath,
                    Tr::tr("layer \"%1\" has no code field \"%2\"").arg(list.name, codeField));
    // Codes nest by prefix, so one hash lookup per distinct unit-code length and row
    // replaces comparing every row with every unit.
    QHash<QString, std::vector<int>> unitsByCode;
    std::set<qsizetype> codeLengths;
    for (int u = 0; u < units.size(); ++u) {
        const QString& code = units.unit(u).code;
        if (code.isEmpty() || !units.geometry(u))
            continue;
        unitsByCode[code].push_back(u);
        codeLengths.insert(code.size());
    }
    std::vector<double> counts(std::size_t(units.size()), 0.0);
    const qsizetype rows = list.attributes.rowCount();
    for (qsizetype r = 0; r < rows; ++r) {
        const QString code = detail::codeText(list.attributes, r, column);
        for (const qsizetype length : codeLengths) {
            if (code.size() < length)
                break;
            const auto it = unitsByCode.constFind(code.left(length));
            if (it == unitsByCode.constEnd())
                continue;
            for (const int u : *it)
                counts[std::size_t(u)] += 1;
        }
    }
    return counts;
}

namespace {

/// What the STRtree holds and is queried with: a geometry, plus its coordinates when it
/// is a point, so that the point-to-point distances (nearly all of them) cost a hypot
/// instead of a GEOS distance operation.
struct NearestItem {
    const GEOSGeometry* geometry = nullptr;
    double x = 0, y = 0;
    bool point = false;
};

NearestItem nearestItem(GEOSContextHandle_t ctx, const GEOSGeometry* g)
{
    NearestItem item;
    item.geometry = g;
    if (GEOSGeomTypeId_r(ctx, g) == GEOS_POINT && GEOSGeomGetX_r(ctx, g, &item.x) == 1 &&
        GEOSGeomGetY_r(ctx, g, &item.y) == 1)
        item.point = true;
    return item;
}

int itemDistance(const void* a, const void* b, double* distance, void* context)
{
    const auto* p = static_cast<const NearestItem*>(a);
    const auto* q = static_cast<const NearestItem*>(b);
    if (p->point && q->point) {
        // sqrt rather than std::hypot, which guards against overflow that metre
        // coordinates never reach and costs a few percent of the whole query.
        const double dx = p->x - q->x, dy = p->y - q->y;
        *distance = std::sqrt(dx * dx + dy * dy);
        return 1;
    }
    // GEOS expects non-zero for success here (it throws on zero).
    return GEOSDistance_r(static_cast<GEOSContextHandle_t>(context), p->geometry, q->geometry,
                          distance);
}

} // namespace

namespace {

/// Whether every feature of `layer` (those `wanted`, if given) is a single point or has no
/// geometry: then distances are plain arithmetic on the layer's arrays.
bool pointsOnly(const Layer& layer, const std::vector<std::uint8_t>* wanted = nullptr)
{
    for (qsizetype f = 0; f < layer.featureCount(); ++f) {
        if ((wanted && !(*wanted)[std::size_t(f)]) || !layer.hasGeometry(f))
            continue;
        double x, y;
        if (!layer.point(f, x, y) && !layer.view(f).isEmpty())
            return false;
    }
    return true;
}

/// nearestDistances for points to points: a uniform grid of the targets, searched ring
/// by ring, villages in parallel chunks. The same distances as the GEOS tree gives
/// (Euclidean, in the layers' metres), without making a GEOS point per feature.
std::vector<double> nearestPointDistances(const Layer& from, const Layer& to,
                                          const std::vector<std::uint8_t>& wanted)
{
    constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<GridPoint> targets;
    Extent extent;
    for (qsizetype f = 0; f < to.featureCount(); ++f) {
        double x, y;
        if (wanted[std::size_t(f)] && to.point(f, x, y)) {
            targets.push_back({x, y});
            extent.include(x, y);
        }
    }
    std::vector<double> out(std::size_t(from.featureCount()), Nan);
    // About two targets per cell.
    const double area = std::max(extent.width(), 1.0) * std::max(extent.height(), 1.0);
    const PointGrid grid(targets, std::sqrt(2 * area / double(targets.size())));
    constexpr qsizetype Chunk = 8192;
    std::vector<qsizetype> starts;
    for (qsizetype b = 0; b < from.featureCount(); b += Chunk)
        starts.push_back(b);
    QtConcurrent::blockingMap(starts, [&](qsizetype begin) {
        const qsizetype end = std::min(begin + Chunk, from.featureCount());
        for (qsizetype f = begin; f < end; ++f) {
            double x, y;
            if (!from.point(f, x, y))
                continue; // stays NaN
            const int nearest = grid.nearest(x, y);
            if (nearest < 0)
                continue;
            const double dx = x - grid.x(nearest), dy = y - grid.y(nearest);
            out[std::size_t(f)] = std::sqrt(dx * dx + dy * dy);
        }
    });
    return out;
}

} // namespace

std::vector<double> nearestDistances(const Layer& from, const Layer& to,
                                     const FeatureFilter& filter)
{
    const std::vector<std::uint8_t> wanted = filter.matchAll(to);
    GEOSContextHandle_t ctx = geosContext();
    constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
    constexpr double Infinity = std::numeric_limits<double>::infinity();
    if (std::find(wanted.begin(), wanted.end(), 1) != wanted.end() && pointsOnly(from) &&
        pointsOnly(to, &wanted)) {
        bool anyTarget = false;
        double x, y;
        for (qsizetype f = 0; f < to.featureCount() && !anyTarget; ++f)
            anyTarget = wanted[std::size_t(f)] && to.point(f, x, y);
        if (anyTarget)
            return nearestPointDistances(from, to, wanted);
    }

    // A tree of the matching features only: the layer's own index cannot skip the others.
    std::vector<NearestItem> items;
    for (qsizetype f = 0; f < to.featureCount(); ++f) {
        const GEOSGeometry* g = to.geometry(f);
        if (wanted[std::size_t(f)] && g && !GEOSisEmpty_r(ctx, g))
            items.push_back(nearestItem(ctx, g));
    }
    std::vector<double> out(std::size_t(from.featureCount()), items.empty() ? Infinity : Nan);
    if (items.empty()) {
        for (qsizetype f = 0; f < from.featureCount(); ++f)
            if (!from.geometry(f) || GEOSisEmpty_r(ctx, from.geometry(f)))
                out[std::size_t(f)] = Nan;
        return out;
    }
    GEOSSTRtree* tree = GEOSSTRtree_create_r(ctx, 10);
    for (NearestItem& item : items) // `items` no longer grows: the pointers stay valid
        GEOSSTRtree_insert_r(ctx, tree, item.geometry, &item);

    for (qsizetype f = 0; f < from.featureCount(); ++f) {
        const GEOSGeometry* g = from.geometry(f);
        if (!g || GEOSisEmpty_r(ctx, g))
            continue; // stays NaN
        const NearestItem query = nearestItem(ctx, g);
        const auto* nearest = static_cast<const NearestItem*>(
            GEOSSTRtree_nearest_generic_r(ctx, tree, &query, g, itemDistance, ctx));
        double d = Nan;
        if (nearest && itemDistance(&query, nearest, &d, ctx) == 1)
            out[std::size_t(f)] = d;
    }
    GEOSSTRtree_destroy_r(ctx, tree);
    return out;
}

} // namespace wm
