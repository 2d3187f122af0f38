#pragma once

#include <geos_c.h>
#include <memory>

namespace wm {

/// The GEOS context handle of the calling thread. GEOS contexts only carry error
/// handlers, but must not be shared between threads while in use; geometries are not
/// tied to the context that made them, so any thread may read any geometry.
GEOSContextHandle_t geosContext();

struct GeosGeometryDeleter {
    void operator()(GEOSGeometry* g) const;
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeosGeometryDeleter>;

/// Message of the last GEOS error on this thread (empty if none).
const char* lastGeosError();

} // namespace wm
