// Fuzzes the geometry store's WKB parser (the bulk reader hands it every geometry of a
// GeoPackage's Arrow stream): malformed input is refused with nothing appended, accepted
// input is stored whole and can be read back, as a view and as GEOS.
#include "core/geometry_store.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    GeometryStore store;
    store.appendPoint(1, 2);
    const std::size_t vertices = store.vertexCount();
    if (!store.appendWkb(data, size)) {
        fuzz::require(store.size() == 1, "a refused WKB appends nothing");
        fuzz::require(store.vertexCount() == vertices, "a refused WKB adds no vertex");
        return 0;
    }
    fuzz::require(store.size() == 2, "an accepted WKB is one feature");
    const GeometryView v = store.view(1);
    fuzz::require(v.vertexCount == store.vertexCount() - vertices || store.pointsOnly(),
                  "the feature holds the vertices appended");
    std::uint32_t seen = 0;
    forEachPart(v, [&](StoredType, const double*, std::uint32_t n, int) { seen += n; });
    fuzz::require(seen == v.vertexCount, "the structure accounts for every vertex");
    store.envelope(1);
    // GEOS may refuse what WKB can say (an unclosed ring): null, never a crash.
    store.toGeos(1);
    double x, y;
    fuzz::require(store.point(0, x, y) && x == 1 && y == 2, "earlier features are untouched");
    return 0;
}
