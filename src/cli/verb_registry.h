#pragma once

#include "cli/verb.h"

#include <memory>
#include <vector>

namespace wm::cli {

/// All verbs, in the order `worksmap-cli --help` lists them. A new verb is one class
/// and one line in verb_registry.cpp.
std::vector<std::unique_ptr<Verb>> makeVerbs();

} // namespace wm::cli
