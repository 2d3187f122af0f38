// Fuzzes FeatureFilter::parse() and its round trip through toString(), which is how a filter
// is written back into a rules file.
#include "analysis/feature_filter.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    bool ok = false;
    const FeatureFilter filter = FeatureFilter::parse(fuzz::text(data, size), &ok);
    if (!ok) {
        fuzz::require(filter.isEmpty(), "a syntax error gives an empty filter");
        return 0;
    }
    bool againOk = false;
    const FeatureFilter again = FeatureFilter::parse(filter.toString(), &againOk);
    fuzz::require(againOk, "toString() parses");
    fuzz::require(again == filter, "parse(toString()) == filter");
    return 0;
}
