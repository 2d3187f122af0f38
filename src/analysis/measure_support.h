#pragma once

// Helpers shared by the analysis sources; not part of the analysis API.

#include "core/attribute_table.h"
#include "core/extent.h"
#include "core/layer.h"
#include "core/loaded_project.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace wm::detail {

inline bool hasRole(const LoadedLayer& l, const char* role)
{
    return l.entry.role.compare(QLatin1String(role), Qt::CaseInsensitive) == 0;
}

/// Where a feature stands as one point. OnSurface: the point itself, else GEOS's point on
/// surface. Midpoint (plan sheets): also the first point of a multipoint and the point
/// half-way along a line. False for a null or empty geometry.
enum class Position { OnSurface, Midpoint };
inline bool positionOf(const GEOSGeometry* g, double& x, double& y,
                       Position mode = Position::OnSurface)
{
    GEOSContextHandle_t ctx = geosContext();
    if (!g || GEOSisEmpty_r(ctx, g) != 0)
        return false;
    const int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_POINT)
        return GEOSGeomGetX_r(ctx, g, &x) == 1 && GEOSGeomGetY_r(ctx, g, &y) == 1;
    GeomPtr p;
    if (mode == Position::Midpoint && type == GEOS_MULTIPOINT)
        return positionOf(GEOSGetGeometryN_r(ctx, g, 0), x, y, mode);
    if (mode == Position::Midpoint && (type == GEOS_LINESTRING || type == GEOS_MULTILINESTRING))
        p.reset(GEOSInterpolateNormalized_r(ctx, g, 0.5));
    if (!p)
        p.reset(GEOSPointOnSurface_r(ctx, g));
    return p && GEOSisEmpty_r(ctx, p.get()) == 0 && GEOSGeomGetX_r(ctx, p.get(), &x) == 1 &&
           GEOSGeomGetY_r(ctx, p.get(), &y) == 1;
}

/// Measures find candidates through Layer::featuresIn(); on a layer whose index was never
/// built that returns nothing, which would read as "zero everywhere". Refuse instead.
inline void requireIndex(const Layer& layer, const char* role)
{
    if (layer.featureCount() > 0 && !layer.index().isBuilt())
        throw std::invalid_argument(std::string("the ") + role + " layer \"" +
                                    layer.name.toStdString() +
                                    "\" has no spatial index (call Layer::buildIndex())");
}

/// Division codes read from a numeric column come back as "130529" from an integer, but
/// a real would print in exponent form; both must compare equal to the text "130529".
inline QString codeText(const AttributeTable& table, qsizetype row, int column)
{
    if (column < 0 || table.isNull(row, column))
        return QString();
    if (table.fields()[column].type == FieldType::Real) {
        bool ok = false;
        const double v = table.toDouble(row, column, &ok);
        if (ok && std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e18)
            return QString::number(qint64(v));
    }
    return table.toString(row, column).trimmed();
}

/// `e` grown by `margin` metres on every side (Extent::buffered grows by a fraction).
inline Extent grownBy(const Extent& e, double margin)
{
    if (e.isNull())
        return e;
    return {e.xMin - margin, e.yMin - margin, e.xMax + margin, e.yMax + margin};
}

} // namespace wm::detail
