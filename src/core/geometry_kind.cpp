#include "core/geometry_kind.h"

namespace wm {

QString geometryKindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::None:
        return QStringLiteral("none");
    case GeometryKind::Point:
        return QStringLiteral("point");
    case GeometryKind::Line:
        return QStringLiteral("line");
    case GeometryKind::Polygon:
        return QStringLiteral("polygon");
    case GeometryKind::Mixed:
        return QStringLiteral("mixed");
    }
    return QString();
}

GeometryKind geometryKindFromName(const QString& name, bool* ok)
{
    const QString n = name.trimmed().toLower();
    for (GeometryKind k : {GeometryKind::None, GeometryKind::Point, GeometryKind::Line,
                           GeometryKind::Polygon, GeometryKind::Mixed}) {
        if (geometryKindName(k) == n) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return GeometryKind::None;
}

} // namespace wm
