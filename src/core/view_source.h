#pragma once

#include "core/extent.h"

#include <memory>

namespace wm {

class Layer;

/// The features of a table too large to read whole (LoadedLayer::remote), read for the
/// extent a map shows: the database's spatial index picks them, and only they travel.
class ViewSource {
public:
    virtual ~ViewSource() = default;
    /// The features whose envelope meets `extent` (project CRS), indexed, in the project
    /// CRS; possibly more (a margin kept for the next pan). Safe to call from any thread.
    /// Throws wm::Error naming the source when the database cannot be read.
    virtual std::shared_ptr<const Layer> featuresIn(const Extent& extent) const = 0;
};

} // namespace wm
