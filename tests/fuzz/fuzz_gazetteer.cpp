// Fuzzes the gazetteer's matching of division names as planners write them (county,
// township, village: NFKC keys, suffixes, renames, edit-distance candidates) against the
// Xingtai division table, and the county matcher's suggestions.
// Input: three lines, county / township / village (missing lines are empty).
#include "core/gazetteer.h"
#include "fuzz_support.h"

namespace {

const wm::Gazetteer& gazetteer()
{
    // Loaded once per process: the table has 5,000 villages, the matching is what is fuzzed.
    static const wm::Gazetteer g =
        wm::Gazetteer::load(QStringLiteral(WORKSMAP_DEMO_DIR "/reference/xingtai_villages.csv"));
    return g;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    const QStringList in = fuzz::parts(data, size, 3);
    const Gazetteer::MatchResult m = gazetteer().match(in[0], in[1], in[2]);
    const bool applied =
        m.quality == Gazetteer::Quality::Exact || m.quality == Gazetteer::Quality::Normalised;
    // The documented promises: a code only for an exact or normalised match, and then a
    // known one of 6, 9 or 12 digits; at most five candidates.
    fuzz::require(applied != m.code.isEmpty(), "code iff exact or normalised");
    if (applied) {
        fuzz::require(!gazetteer().path(m.code).isEmpty(), "the code is in the table");
        fuzz::require(m.code.size() == 6 || m.code.size() == 9 || m.code.size() == 12,
                      "code of 6, 9 or 12 digits");
    }
    fuzz::require(m.candidates.size() <= 5, "at most five candidates");
    for (const QString& name : in) {
        Gazetteer::villageKey(name);
        Gazetteer::townshipKey(name);
        UnitNameMatcher::normalise(name);
    }
    return 0;
}
