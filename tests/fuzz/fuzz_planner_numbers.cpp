// Fuzzes parsePlannerNumber(): numbers as planners write them in a cell, into a role unit.
// Input: the first line is the target unit (one of the role units, or anything), the rest
// the cell text.
#include "fuzz_support.h"
#include "io/planner_numbers.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    const QStringList in = fuzz::parts(data, size, 2);
    const ParsedNumber n = parsePlannerNumber(in[1], in[0]);
    // A value and an error never come together; an error quotes the input.
    fuzz::require(!(n.value && !n.error.isEmpty()), "value and error");
    if (n.value)
        fuzz::require(std::isfinite(*n.value), "finite number");
    return 0;
}
