#include "cli/verb_registry.h"

#include "cli/check_verb.h"
#include "cli/info_verb.h"

namespace wm::cli {

std::vector<std::unique_ptr<Verb>> makeVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(std::make_unique<InfoVerb>());
    verbs.push_back(std::make_unique<CheckVerb>());
    return verbs;
}

} // namespace wm::cli
