// Fuzzes parseDegreesDetailed(): angles as planners type them into coordinate columns.
#include "core/dms.h"
#include "fuzz_support.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    const QString input = fuzz::text(data, size);
    const DegreesParse parsed = parseDegreesDetailed(input);
    // Either a value or a reason, never both or neither.
    fuzz::require(parsed.value.has_value() == parsed.error.isEmpty(), "value xor error");
    if (parsed.value) {
        // The documented range: magnitudes above 180° are refused.
        fuzz::require(std::isfinite(*parsed.value), "finite angle");
        fuzz::require(std::abs(*parsed.value) <= 180.0, "|angle| <= 180");
    }
    fuzz::require(parseDegrees(input) == parsed.value, "parseDegrees agrees");
    return 0;
}
