#pragma once

// Helpers shared by the analysis sources; not part of the analysis API.

#include "core/attribute_table.h"
#include "core/extent.h"
#include "core/layer.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace wm::detail {

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
