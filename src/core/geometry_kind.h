#pragma once

#include <QString>

namespace wm {

/// The dimension of a layer's features. Multi-part and single-part geometries of one
/// dimension share a kind; a layer without geometry (a list or table) is None.
enum class GeometryKind { None, Point, Line, Polygon, Mixed };

QString geometryKindName(GeometryKind kind);
/// Parses "none", "point", "line", "polygon" (as in layers/*.json); None if unknown.
GeometryKind geometryKindFromName(const QString& name, bool* ok = nullptr);

} // namespace wm
