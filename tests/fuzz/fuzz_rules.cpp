// Fuzzes the rules file reader (RulesFile::load: JSON, rule kinds, parameters checked
// against each kind's spec) and the round trip of what it accepted through toJson().
#include "analysis/rules_file.h"
#include "core/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wm;
    const QString path = fuzz::writeInput(data, size, QStringLiteral("rules.json"));
    RulesFile rules;
    try {
        rules = RulesFile::load(path);
    } catch (const Error&) {
        return 0;
    }
    try {
        const RulesFile again = RulesFile::fromJson(rules.toJson(), path);
        fuzz::require(again.toJson() == rules.toJson(), "saved rules read back the same");
    } catch (const Error& e) {
        std::fprintf(stderr, "fuzz: the saved rules do not read back: %s\n",
                     qPrintable(e.message()));
        std::abort();
    }
    return 0;
}
