#include "cli/verb_registry.h"

#include "cli/atlas_verb.h"
#include "cli/chart_verb.h"
#include "cli/check_verb.h"
#include "cli/import_verb.h"
#include "cli/info_verb.h"
#include "cli/new_verb.h"
#include "cli/plan_sheet_verb.h"
#include "cli/publish_verb.h"
#include "cli/render_verb.h"
#include "cli/report_verb.h"
#include "cli/rule_kinds_verb.h"
#include "cli/service_area_verb.h"
#include "cli/suggest_verb.h"

namespace wm::cli {

std::vector<std::unique_ptr<Verb>> makeVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(std::make_unique<InfoVerb>());
    verbs.push_back(std::make_unique<CheckVerb>());
    verbs.push_back(std::make_unique<RenderVerb>());
    verbs.push_back(std::make_unique<AtlasVerb>());
    verbs.push_back(std::make_unique<ChartVerb>());
    verbs.push_back(std::make_unique<ImportVerb>());
    verbs.push_back(std::make_unique<ReportVerb>());
    verbs.push_back(std::make_unique<SuggestVerb>());
    verbs.push_back(std::make_unique<ServiceAreaVerb>());
    verbs.push_back(std::make_unique<PlanSheetVerb>());
    verbs.push_back(std::make_unique<RuleKindsVerb>());
    verbs.push_back(std::make_unique<NewVerb>());
    verbs.push_back(std::make_unique<PublishVerb>());
    return verbs;
}

} // namespace wm::cli
