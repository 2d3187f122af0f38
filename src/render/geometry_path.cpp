#include "render/geometry_path.h"

#include <algorithm>
#include <cmath>

namespace wm {

void mapToPixels(const double* xy, std::uint32_t n, const QTransform& t, double minDistance,
                 QPolygonF& out)
{
    out.resize(0);
    out.reserve(n);
    // World to pixel is a scale and a translation (map views do not rotate or shear);
    // written out, it is several times faster than QTransform::map per vertex.
    const bool affine = t.type() <= QTransform::TxScale;
    const double sx = t.m11(), sy = t.m22(), dx = t.dx(), dy = t.dy();
    const double min2 = minDistance * minDistance;
    double lastX = 0, lastY = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        QPointF p;
        if (affine)
            p = QPointF(xy[2 * i] * sx + dx, xy[2 * i + 1] * sy + dy);
        else
            p = t.map(QPointF(xy[2 * i], xy[2 * i + 1]));
        if (min2 > 0 && i > 0 && i + 1 < n) {
            const double ddx = p.x() - lastX, ddy = p.y() - lastY;
            if (ddx * ddx + ddy * ddy < min2)
                continue;
        }
        out << p;
        lastX = p.x();
        lastY = p.y();
    }
}

std::vector<QPolygonF> pixelPolylines(const GeometryView& g, const QTransform& t,
                                      double minDistance)
{
    std::vector<QPolygonF> out;
    forEachPart(g, [&](StoredType type, const double* xy, std::uint32_t n, int) {
        if (type == StoredType::Point || n == 0)
            return;
        out.emplace_back();
        mapToPixels(xy, n, t, minDistance, out.back());
    });
    return out;
}

QPainterPath pixelPolygonPath(const GeometryView& g, const QTransform& t, double minDistance)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    QPolygonF ring;
    forEachPart(g, [&](StoredType type, const double* xy, std::uint32_t n, int) {
        if (type != StoredType::Polygon || n == 0)
            return;
        mapToPixels(xy, n, t, minDistance, ring);
        path.addPolygon(ring);
        path.closeSubpath();
    });
    return path;
}

std::vector<QPointF> pixelPoints(const GeometryView& g, const QTransform& t)
{
    std::vector<QPointF> out;
    forEachPart(g, [&](StoredType type, const double* xy, std::uint32_t n, int) {
        if (type == StoredType::Point && n == 1)
            out.push_back(t.map(QPointF(xy[0], xy[1])));
    });
    return out;
}

namespace {

// Squared distance from p to the segment a–b (to the nearer end beyond it, so that a
// vertex where the line turns back is never dropped).
double squaredDistanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    double u = 0;
    if (length2 > 0)
        u = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2, 0.0, 1.0);
    const double ex = a.x() + u * dx - p.x(), ey = a.y() + u * dy - p.y();
    return ex * ex + ey * ey;
}

} // namespace

void strokeOutline(const QPolygonF& line, double halfWidth, QPolygonF& out)
{
    const qsizetype n = line.size();
    if (n < 2) {
        out.resize(0);
        return;
    }
    // Left side forwards from the front: each segment's two offset ends, the straight edge
    // from one segment's end to the next one's start being the bevel join. Right side
    // from the back, so that read forwards it runs backwards; each normal computed once.
    out.resize(4 * (n - 1));
    qsizetype left = 0, right = out.size();
    for (qsizetype k = 0; k + 1 < n; ++k) {
        const QPointF& a = line[k];
        const QPointF& b = line[k + 1];
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double length = std::sqrt(dx * dx + dy * dy);
        if (length <= 0)
            continue;
        const QPointF normal(-dy / length * halfWidth, dx / length * halfWidth);
        out[left++] = a + normal;
        out[left++] = b + normal;
        out[--right] = a - normal;
        out[--right] = b - normal;
    }
    std::move(out.begin() + right, out.end(), out.begin() + left);
    out.resize(left + (out.size() - right));
}

void PixelLineSimplifier::simplify(QPolygonF& line, double tolerance)
{
    const int n = int(line.size());
    if (n <= 2 || tolerance <= 0)
        return;
    const double tolerance2 = tolerance * tolerance;
    mKeep.assign(std::size_t(n), 0);
    mKeep.front() = mKeep.back() = 1;
    mStack.clear();
    mStack.emplace_back(0, n - 1);
    while (!mStack.empty()) {
        const auto [first, last] = mStack.back();
        mStack.pop_back();
        int farthest = -1;
        double farthest2 = tolerance2;
        for (int k = first + 1; k < last; ++k) {
            const double d2 = squaredDistanceToSegment(line[k], line[first], line[last]);
            if (d2 > farthest2) {
                farthest2 = d2;
                farthest = k;
            }
        }
        if (farthest < 0)
            continue;
        mKeep[std::size_t(farthest)] = 1;
        mStack.emplace_back(first, farthest);
        mStack.emplace_back(farthest, last);
    }
    int kept = 0;
    for (int k = 0; k < n; ++k)
        if (mKeep[std::size_t(k)])
            line[kept++] = line[k];
    line.resize(kept);
}

} // namespace wm
