// Fuzzes DxfPipeImport::read(): a DXF pipe drawing through GDAL's DXF driver, the zone
// prefix detection, CAD layer keywords and the per-layer accounting of entities.
#include "core/error.h"
#include "fuzz_support.h"
#include "io/dxf_pipes.h"

#include <cpl_error.h>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    CPLSetErrorHandler(CPLQuietErrorHandler); // GDAL's complaints about broken drawings
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("input.dxf"));
    try {
        const DxfPipeImport im = DxfPipeImport::read(path, Crs(), Crs());
        // Every entity is kept as a segment or counted as skipped, overall and per CAD layer.
        fuzz::require(im.linesKept + im.skipped == im.entities, "kept + skipped == entities");
        fuzz::require(im.layer.featureCount() == im.linesKept, "one feature per kept line");
        qint64 entities = 0;
        for (const DxfLayerReport& r : im.cadLayers) {
            fuzz::require(r.linesKept + r.skipped() == r.entities, "per layer: kept + skipped");
            entities += r.entities;
        }
        fuzz::require(entities == im.entities, "CAD layers add up");
    } catch (const Error&) {
    }
    return 0;
}
