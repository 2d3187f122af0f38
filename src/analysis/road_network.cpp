#include "analysis/road_network.h"

#include "core/error.h"
#include "core/geos_context.h"
#include "core/layer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <queue>
#include <unordered_map>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::RoadNetwork)
};
} // namespace

namespace wm {

namespace {

using Point = RoadNetwork::Point;

/// One road as read: its vertices, level and how it is travelled.
struct Road {
    std::vector<Point> pts;
    qsizetype feature = -1;
    int level = 0;
    double kmh = 0; ///< 0: closed to the mode
    int oneway = 0; ///< 1 forward only, -1 backward only, 0 both
};

/// A place a road is cut: at `pos` (segment index + fraction along it), at `p`.
struct Cut {
    double pos = 0;
    Point p;
    bool end = false;     ///< an end of the road (may be snapped onto something else)
    bool snapped = false; ///< an end already moved onto a road (counted once)
};

/// A speed cell as exports write it: "50", "50 km/h", "30 mph" (OSM's maxspeed tag), or
/// "none", "signals", "CN:urban", empty: 0, unknown (the road's class speed counts).
double speedKmh(const QString& cell)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(km/h|kmh|kph|mph|公里/小时|千米/小时)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = number.match(cell);
    if (!m.hasMatch())
        return 0;
    const double value = m.captured(1).toDouble();
    return m.captured(2).compare(QLatin1String("mph"), Qt::CaseInsensitive) == 0 ? value * 1.609344
                                                                                 : value;
}

int columnOf(const Layer& layer, const QString& given, std::initializer_list<const char*> usual)
{
    if (!given.isEmpty()) {
        const int c = layer.attributes.indexOf(given);
        if (c < 0)
            throw Error(layer.sourcePath, Tr::tr("the road layer has no field \"%1\"").arg(given));
        return c;
    }
    for (const char* name : usual)
        if (const int c = layer.attributes.indexOf(QString::fromUtf8(name)); c >= 0)
            return c;
    return -1;
}

bool truthy(const QString& v)
{
    const QString t = v.trimmed().toLower();
    return t == QLatin1String("t") || t == QLatin1String("true") || t == QLatin1String("yes") ||
           t == QLatin1String("y") || t == QLatin1String("1") || t == QStringLiteral("是");
}

/// OSM and Geofabrik spell one-way roads F (with the digitised direction), T (against it),
/// B (both); others yes/1/true and -1.
int onewayOf(const QString& v)
{
    const QString t = v.trimmed().toLower();
    if (t == QLatin1String("f") || t == QLatin1String("yes") || t == QLatin1String("true") ||
        t == QLatin1String("1") || t == QStringLiteral("是"))
        return 1;
    if (t == QLatin1String("t") || t == QLatin1String("-1") || t == QLatin1String("reverse"))
        return -1;
    return 0;
}

/// Minutes for `part` (0..1) of an edge taking `minutes` whole: none for no part, even on
/// an edge closed that way (a place at a node is at the node).
double alongMinutes(double minutes, double part)
{
    return part <= 0 ? 0.0 : minutes * part;
}

double distance(const Point& a, const Point& b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

/// Nearest point of segment ab to p, and its fraction along ab.
Point nearestOnSegment(const Point& a, const Point& b, const Point& p, double& t)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
    return {a.x + t * dx, a.y + t * dy};
}

/// Segments binned in square cells: (cell, segment) pairs sorted by cell.
struct SegmentGrid {
    double cell = 100, x0 = 0, y0 = 0;
    std::vector<std::pair<std::int64_t, std::uint32_t>> entries; ///< (cell key, segment id)

    std::int64_t key(std::int64_t cx, std::int64_t cy) const
    {
        return std::int64_t((std::uint64_t(cx) << 32) ^ (std::uint64_t(cy) & 0xffffffffu));
    }
    std::int64_t cx(double x) const { return std::int64_t(std::floor((x - x0) / cell)); }
    std::int64_t cy(double y) const { return std::int64_t(std::floor((y - y0) / cell)); }
};

} // namespace

RoadNetwork RoadNetwork::build(const Layer& roads, const RoadNetworkOptions& options)
{
    RoadNetwork net;
    net.mMode = options.mode;
    net.mAccessKmh = options.speeds.accessSpeed(options.mode);
    RoadNetworkReport& report = net.mReport;

    const int classCol = columnOf(roads, options.classField,
                                  {"fclass", "highway", "class", "road_class", "grade", "等级",
                                   "道路等级", "公路等级", "技术等级", "type"});
    const int speedCol =
        columnOf(roads, options.speedField, {"speed", "maxspeed", "speed_kmh", "速度", "设计速度"});
    const int onewayCol =
        columnOf(roads, options.onewayField, {"oneway", "one_way", "单行", "单向"});
    const int bridgeCol = columnOf(roads, options.bridgeField, {"bridge", "桥梁"});
    const int tunnelCol = columnOf(roads, options.tunnelField, {"tunnel", "隧道"});
    const int levelCol = columnOf(roads, options.levelField, {"layer", "level"});

    // Roads as polylines, one per part.
    std::vector<Road> lines;
    GEOSContextHandle_t ctx = geosContext();
    for (qsizetype f = 0; f < roads.featureCount(); ++f) {
        ++report.lines;
        const GEOSGeometry* g = roads.geometry(f);
        if (!g || GEOSisEmpty_r(ctx, g)) {
            ++report.withoutGeometry;
            continue;
        }
        Road r;
        r.feature = f;
        const auto text = [&](int col) {
            return col >= 0 && !roads.attributes.isNull(f, col) ? roads.attributes.toString(f, col)
                                                                : QString();
        };
        bool levelOk = false;
        const int level = text(levelCol).trimmed().toInt(&levelOk);
        r.level = levelOk && level != 0     ? level
                  : truthy(text(bridgeCol)) ? 1
                  : truthy(text(tunnelCol)) ? -1
                                            : 0;
        r.kmh = options.speeds.speed(text(classCol), speedKmh(text(speedCol)), options.mode);
        // On foot a one-way street is walked both ways.
        r.oneway = options.mode == TravelMode::Walk ? 0 : onewayOf(text(onewayCol));
        const int parts = GEOSGetNumGeometries_r(ctx, g);
        for (int p = 0; p < parts; ++p) {
            const GEOSGeometry* part = GEOSGetGeometryN_r(ctx, g, p);
            if (GEOSGeomTypeId_r(ctx, part) != GEOS_LINESTRING)
                continue;
            const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, part);
            unsigned int n = 0;
            GEOSCoordSeq_getSize_r(ctx, seq, &n);
            Road piece = r;
            for (unsigned int i = 0; i < n; ++i) {
                Point pt;
                GEOSCoordSeq_getXY_r(ctx, seq, i, &pt.x, &pt.y);
                if (piece.pts.empty() || distance(piece.pts.back(), pt) > 0)
                    piece.pts.push_back(pt);
            }
            if (piece.pts.size() >= 2)
                lines.push_back(std::move(piece));
        }
    }
    if (lines.empty())
        throw Error(roads.sourcePath, Tr::tr("layer \"%1\" has no road lines").arg(roads.name));

    std::vector<std::vector<Cut>> cuts(lines.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
        cuts[l].push_back({0.0, lines[l].pts.front(), true});
        cuts[l].push_back({double(lines[l].pts.size() - 1), lines[l].pts.back(), true});
    }
    const auto isEnd = [&](std::size_t l, std::size_t v) {
        return v == 0 || v + 1 == lines[l].pts.size();
    };

    // Shared vertices join roads on one level; an end joins whatever it lies on.
    {
        std::unordered_map<std::uint64_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>>
            byPosition;
        const auto keyOf = [](const Point& p) {
            const auto h = std::hash<double>{};
            return std::uint64_t(h(p.x)) * 0x9E3779B97F4A7C15ull ^ std::uint64_t(h(p.y));
        };
        for (std::size_t l = 0; l < lines.size(); ++l)
            for (std::size_t v = 0; v < lines[l].pts.size(); ++v)
                byPosition[keyOf(lines[l].pts[v])].push_back({std::uint32_t(l), std::uint32_t(v)});
        for (const auto& [key, at] : byPosition) {
            if (at.size() < 2)
                continue;
            for (std::size_t a = 0; a < at.size(); ++a)
                for (std::size_t b = 0; b < at.size(); ++b) {
                    if (a == b)
                        continue;
                    const auto [la, va] = at[a];
                    const auto [lb, vb] = at[b];
                    const Point& pa = lines[la].pts[va];
                    const Point& pb = lines[lb].pts[vb];
                    if (pa.x != pb.x || pa.y != pb.y)
                        continue; // a hash collision
                    if (lines[la].level == lines[lb].level || isEnd(la, va) || isEnd(lb, vb))
                        if (!isEnd(la, va))
                            cuts[la].push_back({double(va), pa, false});
                }
        }
    }

    // Segments in a grid: crossings, and ends short of a road.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> segments; // (road, first vertex)
    double total = 0;
    Point lo{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (std::size_t l = 0; l < lines.size(); ++l)
        for (std::size_t v = 0; v + 1 < lines[l].pts.size(); ++v) {
            segments.push_back({std::uint32_t(l), std::uint32_t(v)});
            total += distance(lines[l].pts[v], lines[l].pts[v + 1]);
            lo.x = std::min(lo.x, lines[l].pts[v].x);
            lo.y = std::min(lo.y, lines[l].pts[v].y);
        }
    SegmentGrid grid;
    grid.cell = std::max({4 * options.snapMetres, 2 * total / double(segments.size()), 10.0});
    grid.x0 = lo.x - grid.cell;
    grid.y0 = lo.y - grid.cell;
    for (std::uint32_t s = 0; s < segments.size(); ++s) {
        const Point& a = lines[segments[s].first].pts[segments[s].second];
        const Point& b = lines[segments[s].first].pts[segments[s].second + 1];
        const double m = options.snapMetres;
        for (auto x = grid.cx(std::min(a.x, b.x) - m); x <= grid.cx(std::max(a.x, b.x) + m); ++x)
            for (auto y = grid.cy(std::min(a.y, b.y) - m); y <= grid.cy(std::max(a.y, b.y) + m);
                 ++y)
                grid.entries.push_back({grid.key(x, y), s});
    }
    std::sort(grid.entries.begin(), grid.entries.end());

    for (std::size_t i = 0; i < grid.entries.size();) {
        std::size_t j = i;
        while (j < grid.entries.size() && grid.entries[j].first == grid.entries[i].first)
            ++j;
        for (std::size_t a = i; a < j; ++a)
            for (std::size_t b = a + 1; b < j; ++b) {
                auto [la, va] = segments[grid.entries[a].second];
                auto [lb, vb] = segments[grid.entries[b].second];
                if (la == lb && (va == vb || va + 1 == vb || vb + 1 == va))
                    continue;
                const Point& p1 = lines[la].pts[va];
                const Point& p2 = lines[la].pts[va + 1];
                const Point& q1 = lines[lb].pts[vb];
                const Point& q2 = lines[lb].pts[vb + 1];
                const double rx = p2.x - p1.x, ry = p2.y - p1.y;
                const double sx = q2.x - q1.x, sy = q2.y - q1.y;
                const double d = rx * sy - ry * sx;
                if (std::abs(d) <= 1e-12 * std::hypot(rx, ry) * std::hypot(sx, sy))
                    continue; // parallel: overlaps are not joined
                const double t = ((q1.x - p1.x) * sy - (q1.y - p1.y) * sx) / d;
                const double u = ((q1.x - p1.x) * ry - (q1.y - p1.y) * rx) / d;
                if (t < 0 || t > 1 || u < 0 || u > 1)
                    continue;
                const bool vertexA = t == 0 || t == 1, vertexB = u == 0 || u == 1;
                if (vertexA && vertexB)
                    continue; // a shared vertex, joined above
                const Point x{p1.x + t * rx, p1.y + t * ry};
                // Each crossing once: in the cell that holds it.
                if (grid.key(grid.cx(x.x), grid.cy(x.y)) != grid.entries[i].first)
                    continue;
                const bool endA = (va == 0 && t == 0) || (va + 2 == lines[la].pts.size() && t == 1);
                const bool endB = (vb == 0 && u == 0) || (vb + 2 == lines[lb].pts.size() && u == 1);
                if (lines[la].level != lines[lb].level && !endA && !endB) {
                    ++report.crossingsKept;
                    continue;
                }
                ++report.crossingsSplit;
                if (!endA)
                    cuts[la].push_back({va + t, x, false});
                if (!endB)
                    cuts[lb].push_back({vb + u, x, false});
            }
        i = j;
    }

    // An end a little short of (or past) another road is joined to it.
    if (options.snapMetres > 0) {
        for (std::size_t l = 0; l < lines.size(); ++l)
            for (int which = 0; which < 2; ++which) {
                Cut& end = cuts[l][std::size_t(which)];
                const Point e = end.p;
                double best = options.snapMetres;
                std::pair<std::uint32_t, std::uint32_t> bestSeg{0, 0};
                double bestT = 0;
                bool found = false;
                const auto key = grid.key(grid.cx(e.x), grid.cy(e.y));
                auto it = std::lower_bound(grid.entries.begin(), grid.entries.end(),
                                           std::pair<std::int64_t, std::uint32_t>{key, 0});
                for (; it != grid.entries.end() && it->first == key; ++it) {
                    const auto [ls, vs] = segments[it->second];
                    if (ls == l)
                        continue;
                    const Point& a = lines[ls].pts[vs];
                    const Point& b = lines[ls].pts[vs + 1];
                    double t = 0;
                    const Point p = nearestOnSegment(a, b, e, t);
                    const double dist = distance(p, e);
                    if (dist > 0 && dist <= best) {
                        best = dist;
                        bestSeg = segments[it->second];
                        bestT = t;
                        found = true;
                    }
                    if (dist == 0)
                        found = false, best = 0; // it touches a road already
                }
                if (!found || best == 0)
                    continue;
                const auto [ls, vs] = bestSeg;
                const Point& a = lines[ls].pts[vs];
                const Point& b = lines[ls].pts[vs + 1];
                const Point p{a.x + bestT * (b.x - a.x), a.y + bestT * (b.y - a.y)};
                const bool atEnd =
                    (vs == 0 && bestT == 0) || (vs + 2 == lines[ls].pts.size() && bestT == 1);
                if (!atEnd)
                    cuts[ls].push_back({vs + bestT, p, false});
                end.p = p;
                end.snapped = true;
                ++report.snapped;
            }
    }

    // Nodes: the cut points, those within the tolerance of each other merged (the first
    // one seen stands for the others).
    std::vector<std::vector<int>> nodeOf(lines.size());
    {
        const double cell = std::max(options.snapMetres, 1e-6);
        std::unordered_map<std::int64_t, std::vector<int>> nodesIn;
        const auto cellKey = [](std::int64_t cx, std::int64_t cy) {
            return std::int64_t((std::uint64_t(cx) << 32) ^ (std::uint64_t(cy) & 0xffffffffu));
        };
        for (std::size_t l = 0; l < lines.size(); ++l) {
            std::sort(cuts[l].begin(), cuts[l].end(),
                      [](const Cut& a, const Cut& b) { return a.pos < b.pos; });
            cuts[l].erase(std::unique(cuts[l].begin(), cuts[l].end(),
                                      [](const Cut& a, const Cut& b) { return a.pos == b.pos; }),
                          cuts[l].end());
            for (const Cut& c : cuts[l]) {
                const auto cx = std::int64_t(std::floor(c.p.x / cell));
                const auto cy = std::int64_t(std::floor(c.p.y / cell));
                int found = -1;
                double best = options.snapMetres;
                for (std::int64_t dx = -1; dx <= 1; ++dx)
                    for (std::int64_t dy = -1; dy <= 1; ++dy) {
                        const auto it = nodesIn.find(cellKey(cx + dx, cy + dy));
                        if (it == nodesIn.end())
                            continue;
                        for (const int n : it->second) {
                            const double d = distance(net.mNodes[std::size_t(n)], c.p);
                            if (d <= best && (found < 0 || d < best)) {
                                found = n;
                                best = d;
                            }
                        }
                    }
                if (found < 0) {
                    found = int(net.mNodes.size());
                    net.mNodes.push_back(c.p);
                    nodesIn[cellKey(cx, cy)].push_back(found);
                } else if (c.end && best > 0 && !c.snapped) {
                    // An end moved onto a node near it. One already moved onto a road is
                    // not counted again where that road's crossing point lies microns
                    // away (an end overshooting a road by a hair both crosses and snaps).
                    ++report.snapped;
                }
                nodeOf[l].push_back(found);
            }
        }
    }

    // Edges: each road between consecutive cuts.
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const Road& r = lines[l];
        for (std::size_t c = 0; c + 1 < cuts[l].size(); ++c) {
            const Cut& a = cuts[l][c];
            const Cut& b = cuts[l][c + 1];
            Edge e;
            e.from = nodeOf[l][c];
            e.to = nodeOf[l][c + 1];
            e.line = r.feature;
            e.firstVertex = std::uint32_t(net.mVertices.size());
            net.mVertices.push_back(net.mNodes[std::size_t(e.from)]);
            for (auto v = std::size_t(std::floor(a.pos)) + 1; double(v) < b.pos; ++v)
                net.mVertices.push_back(r.pts[v]);
            net.mVertices.push_back(net.mNodes[std::size_t(e.to)]);
            e.vertexCount = std::uint32_t(net.mVertices.size()) - e.firstVertex;
            for (std::uint32_t v = 1; v < e.vertexCount; ++v)
                e.metres += distance(net.mVertices[e.firstVertex + v - 1],
                                     net.mVertices[e.firstVertex + v]);
            if (e.metres <= 0 && e.from == e.to) {
                net.mVertices.resize(e.firstVertex);
                continue; // two cuts merged into one node
            }
            if (r.kmh > 0) {
                const double minutes = e.metres / 1000.0 / r.kmh * 60.0;
                e.forwardMinutes = r.oneway >= 0 ? minutes : Unreachable;
                e.backwardMinutes = r.oneway <= 0 ? minutes : Unreachable;
            } else {
                ++report.closedEdges;
            }
            net.mEdges.push_back(e);
        }
    }
    report.nodes = qsizetype(net.mNodes.size());
    report.edges = qsizetype(net.mEdges.size());

    // Dead ends and connected components (over the edges the mode may use).
    std::vector<int> degree(net.mNodes.size(), 0);
    std::vector<int> parent(net.mNodes.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int n) {
        while (parent[std::size_t(n)] != n)
            n = parent[std::size_t(n)] = parent[std::size_t(parent[std::size_t(n)])];
        return n;
    };
    for (const Edge& e : net.mEdges) {
        ++degree[std::size_t(e.from)];
        ++degree[std::size_t(e.to)];
        if (std::isfinite(e.forwardMinutes) || std::isfinite(e.backwardMinutes))
            parent[std::size_t(root(e.from))] = root(e.to);
    }
    report.deadEnds = std::count(degree.begin(), degree.end(), 1);
    std::unordered_map<int, int> componentOfRoot;
    std::vector<RoadNetworkReport::Component> comps;
    net.mComponent.resize(net.mNodes.size());
    for (std::size_t n = 0; n < net.mNodes.size(); ++n) {
        const int r = root(int(n));
        auto [it, added] = componentOfRoot.emplace(r, int(comps.size()));
        if (added)
            comps.push_back({});
        ++comps[std::size_t(it->second)].nodes;
        net.mComponent[n] = it->second;
    }
    for (const Edge& e : net.mEdges)
        if (std::isfinite(e.forwardMinutes) || std::isfinite(e.backwardMinutes))
            comps[std::size_t(net.mComponent[std::size_t(e.from)])].km += e.metres / 1000.0;
    // Largest first, components renumbered to match.
    std::vector<int> order(comps.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&comps](int a, int b) {
        return comps[std::size_t(a)].km > comps[std::size_t(b)].km;
    });
    std::vector<int> rank(comps.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[std::size_t(order[i])] = int(i);
        report.components.push_back(comps[std::size_t(order[i])]);
    }
    for (int& c : net.mComponent)
        c = rank[std::size_t(c)];

    net.buildAdjacency();
    net.buildEdgeIndex();
    return net;
}

void RoadNetwork::buildAdjacency()
{
    std::vector<int> count(mNodes.size() + 1, 0);
    for (const Edge& e : mEdges) {
        if (std::isfinite(e.forwardMinutes))
            ++count[std::size_t(e.from)];
        if (std::isfinite(e.backwardMinutes))
            ++count[std::size_t(e.to)];
    }
    mArcBegin.assign(mNodes.size() + 1, 0);
    for (std::size_t n = 0; n < mNodes.size(); ++n)
        mArcBegin[n + 1] = mArcBegin[n] + count[n];
    mArcTo.resize(std::size_t(mArcBegin.back()));
    mArcMinutes.resize(mArcTo.size());
    std::vector<int> fill(mArcBegin.begin(), mArcBegin.end() - 1);
    for (const Edge& e : mEdges) {
        if (std::isfinite(e.forwardMinutes)) {
            const int a = fill[std::size_t(e.from)]++;
            mArcTo[std::size_t(a)] = e.to;
            mArcMinutes[std::size_t(a)] = e.forwardMinutes;
        }
        if (std::isfinite(e.backwardMinutes)) {
            const int a = fill[std::size_t(e.to)]++;
            mArcTo[std::size_t(a)] = e.from;
            mArcMinutes[std::size_t(a)] = e.backwardMinutes;
        }
    }
}

void RoadNetwork::buildEdgeIndex()
{
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const Point& p : mVertices) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    if (mVertices.empty())
        return;
    // About one edge per cell on average, within bounds that keep the grid small.
    const double area = std::max((maxX - minX) * (maxY - minY), 1.0);
    mCell = std::clamp(std::sqrt(area / std::max<std::size_t>(mEdges.size(), 1)), 20.0, 2000.0);
    mOriginX = minX;
    mOriginY = minY;
    mColumns = int((maxX - minX) / mCell) + 1;
    mRows = int((maxY - minY) / mCell) + 1;
    std::vector<std::pair<int, int>> entries; // (cell, edge)
    for (int e = 0; e < int(mEdges.size()); ++e) {
        const Edge& edge = mEdges[std::size_t(e)];
        if (!std::isfinite(edge.forwardMinutes) && !std::isfinite(edge.backwardMinutes))
            continue; // closed to the mode: nothing joins it
        double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
        for (std::uint32_t v = 0; v < edge.vertexCount; ++v) {
            const Point& p = mVertices[edge.firstVertex + v];
            x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
            x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
        }
        for (int cx = int((x0 - minX) / mCell); cx <= int((x1 - minX) / mCell); ++cx)
            for (int cy = int((y0 - minY) / mCell); cy <= int((y1 - minY) / mCell); ++cy)
                entries.push_back({cy * mColumns + cx, e});
    }
    std::sort(entries.begin(), entries.end());
    mCellBegin.assign(std::size_t(mColumns) * std::size_t(mRows) + 1, 0);
    for (const auto& [cell, e] : entries)
        ++mCellBegin[std::size_t(cell) + 1];
    for (std::size_t c = 1; c < mCellBegin.size(); ++c)
        mCellBegin[c] += mCellBegin[c - 1];
    mCellEdges.resize(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        mCellEdges[i] = entries[i].second;
}

std::vector<RoadNetwork::Point> RoadNetwork::edgeLine(int e) const
{
    const Edge& edge = mEdges[std::size_t(e)];
    return {mVertices.begin() + edge.firstVertex,
            mVertices.begin() + edge.firstVertex + edge.vertexCount};
}

RoadNetwork::Attachment RoadNetwork::attach(double x, double y, double maxMetres) const
{
    Attachment best;
    if (mCellBegin.empty())
        return best;
    double bestDistance = maxMetres;
    const Point p{x, y};
    const int cx = int(std::floor((x - mOriginX) / mCell));
    const int cy = int(std::floor((y - mOriginY) / mCell));
    const int maxRing = int(std::ceil(maxMetres / mCell)) + 1;
    for (int ring = 0; ring <= maxRing; ++ring) {
        // Every edge nearer than the ring's inner edge has been seen.
        if (best.edge >= 0 && bestDistance <= (ring - 1) * mCell)
            break;
        for (int gx = cx - ring; gx <= cx + ring; ++gx)
            for (int gy = cy - ring; gy <= cy + ring; ++gy) {
                if (std::max(std::abs(gx - cx), std::abs(gy - cy)) != ring || gx < 0 || gy < 0 ||
                    gx >= mColumns || gy >= mRows)
                    continue;
                const std::size_t cell = std::size_t(gy) * std::size_t(mColumns) + std::size_t(gx);
                for (int i = mCellBegin[cell]; i < mCellBegin[cell + 1]; ++i) {
                    const int e = mCellEdges[std::size_t(i)];
                    const Edge& edge = mEdges[std::size_t(e)];
                    double along = 0;
                    for (std::uint32_t v = 0; v + 1 < edge.vertexCount; ++v) {
                        const Point& a = mVertices[edge.firstVertex + v];
                        const Point& b = mVertices[edge.firstVertex + v + 1];
                        double t = 0;
                        const Point q = nearestOnSegment(a, b, p, t);
                        const double d = distance(p, q);
                        const double segment = distance(a, b);
                        if (d < bestDistance || (d == bestDistance && best.edge < 0) ||
                            (d == bestDistance && e < best.edge)) {
                            bestDistance = d;
                            best.edge = e;
                            best.x = q.x;
                            best.y = q.y;
                            best.fraction =
                                edge.metres > 0 ? (along + t * segment) / edge.metres : 0.0;
                        }
                        along += segment;
                    }
                }
            }
    }
    if (best.edge >= 0) {
        best.metres = bestDistance;
        best.accessMinutes = bestDistance / 1000.0 / mAccessKmh * 60.0;
    }
    return best;
}

std::vector<double> RoadNetwork::dijkstra(std::vector<double> dist, double limitMinutes) const
{
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    for (int n = 0; n < int(dist.size()); ++n)
        if (dist[std::size_t(n)] <= limitMinutes)
            queue.push({dist[std::size_t(n)], n});
        else
            dist[std::size_t(n)] = Unreachable;
    while (!queue.empty()) {
        const auto [d, n] = queue.top();
        queue.pop();
        if (d > dist[std::size_t(n)])
            continue;
        for (int a = mArcBegin[std::size_t(n)]; a < mArcBegin[std::size_t(n) + 1]; ++a) {
            const double next = d + mArcMinutes[std::size_t(a)];
            const int to = mArcTo[std::size_t(a)];
            if (next < dist[std::size_t(to)] && next <= limitMinutes) {
                dist[std::size_t(to)] = next;
                queue.push({next, to});
            }
        }
    }
    return dist;
}

std::vector<double> RoadNetwork::nodeMinutesFrom(const std::vector<int>& sources,
                                                 double limitMinutes) const
{
    std::vector<double> start(mNodes.size(), Unreachable);
    for (const int s : sources)
        start[std::size_t(s)] = 0;
    return dijkstra(std::move(start), limitMinutes);
}

std::vector<double> RoadNetwork::nodeMinutes(const std::vector<Attachment>& sources,
                                             double limitMinutes) const
{
    std::vector<double> start(mNodes.size(), Unreachable);
    for (const Attachment& s : sources) {
        if (s.edge < 0)
            continue;
        const Edge& e = mEdges[std::size_t(s.edge)];
        // Along the edge from the joining point to either node, where the edge allows.
        const double toEnd = s.accessMinutes + alongMinutes(e.forwardMinutes, 1 - s.fraction);
        const double toStart = s.accessMinutes + alongMinutes(e.backwardMinutes, s.fraction);
        start[std::size_t(e.to)] = std::min(start[std::size_t(e.to)], toEnd);
        start[std::size_t(e.from)] = std::min(start[std::size_t(e.from)], toStart);
    }
    return dijkstra(std::move(start), limitMinutes);
}

double RoadNetwork::minutesTo(const Attachment& target, const std::vector<double>& nodeMinutes,
                              const std::vector<Attachment>& sources) const
{
    if (target.edge < 0)
        return Unreachable;
    const Edge& e = mEdges[std::size_t(target.edge)];
    double best = std::min(
        nodeMinutes[std::size_t(e.from)] + alongMinutes(e.forwardMinutes, target.fraction),
        nodeMinutes[std::size_t(e.to)] + alongMinutes(e.backwardMinutes, 1 - target.fraction));
    // A source on the same edge reaches it directly, in the edge's allowed direction.
    for (const Attachment& s : sources) {
        if (s.edge != target.edge)
            continue;
        const double along = target.fraction >= s.fraction
                                 ? alongMinutes(e.forwardMinutes, target.fraction - s.fraction)
                                 : alongMinutes(e.backwardMinutes, s.fraction - target.fraction);
        best = std::min(best, s.accessMinutes + along);
    }
    return best + target.accessMinutes;
}

} // namespace wm
