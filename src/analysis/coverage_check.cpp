#include "analysis/coverage_check.h"

#include "analysis/near_data.h"
#include "core/error.h"
#include "core/loaded_project.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::CoverageCheck)
};
} // namespace

namespace wm {

int CoverageCheck::failingRules() const
{
    int n = 0;
    for (const RuleResult& r : results)
        n += r.failingUnits() > 0 ? 1 : 0;
    return n;
}

int CoverageCheck::indexOfRule(const QString& id) const
{
    for (int i = 0; i < int(results.size()); ++i)
        if (results[std::size_t(i)].id == id)
            return i;
    return -1;
}

CoverageCheck CoverageCheck::run(const LoadedProject& project, const RulesFile& rules,
                                 const QString& level, const Progress& progress, NearData* nearData)
{
    const auto layerOrThrow = [&](const QString& id) -> const LoadedLayer& {
        const LoadedLayer* l = project.layer(id);
        if (!l || !l->isAvailable())
            throw Error(
                rules.path,
                Tr::tr("the units layer \"%1\" is not an available layer of the project").arg(id));
        if (l->isRemote() && nearData)
            return nearData->readWhole(*l);
        if (l->isRemote())
            throw std::logic_error("a layer left in its database without NearData");
        return *l;
    };
    CoverageCheck check{
        level == QLatin1String("township")
            ? CheckUnits::townships(*layerOrThrow(rules.townshipTable).data,
                                    rules.townshipCodeField, rules.townshipNameField)
            : CheckUnits::counties(UnitSet::fromLoadedLayer(layerOrThrow(rules.unitsLayer))),
        {},
        rules.path,
        level};
    const RuleContext context{project, check.units, rules.path, nearData};
    const int total = int(rules.rules.size());
    int done = 0;
    for (const auto& rule : rules.rules) {
        if (progress && !progress(done, total))
            throw Cancelled(rules.path);
        ++done;
        // A rule written for one level (a county target table) is not run at another.
        const QString ruleLevel = rule->json.value(QStringLiteral("level")).toString();
        if (!ruleLevel.isEmpty() && ruleLevel != level)
            continue;
        try {
            QElapsedTimer timer;
            timer.start();
            RuleResult result = rule->evaluate(context);
            result.seconds = double(timer.nsecsElapsed()) / 1e9;
            // Failing features of a table left in its database index the copy read.
            if (const LoadedLayer* f = project.layer(result.featuresLayer);
                f && f->isRemote() && !result.failingData && nearData)
                result.failingData = nearData->readWhole(*f).data;
            if (nearData)
                result.inDatabase = nearData->takeLog();
            // A rule that places features by their code cannot speak for a unit without
            // one (邢台县, abolished in 2020): not applicable rather than failing at 0.
            if (!rule->json.value(QStringLiteral("codeField")).toString().isEmpty())
                for (UnitVerdict& v : result.verdicts)
                    if (check.units.unit(v.unit).code.isEmpty()) {
                        v.applicable = false;
                        v.gap = Tr::tr("no division code");
                    }
            // Likewise when the rule's codes are coarser than the level (county codes in a
            // township check): say so instead of reporting every township at 0.
            for (const auto& [layerKey, codeKey] :
                 {std::pair{"layer", "codeField"}, std::pair{"villages", "codeField"},
                  std::pair{"populationLayer", "populationCodeField"}}) {
                const QString layerId = rule->json.value(QLatin1String(layerKey)).toString();
                const QString field = rule->json.value(QLatin1String(codeKey)).toString();
                const LoadedLayer* l =
                    layerId.isEmpty() || field.isEmpty() ? nullptr : project.layer(layerId);
                std::optional<bool> reach;
                if (l && l->isRemote() && nearData)
                    reach = nearData->codesReach(*l, field, check.units.codeLength());
                if (l && l->isRemote() && !reach)
                    reach = check.units.codesReachLevel(*nearData->readWhole(*l).data, field);
                else if (l && l->data && !reach)
                    reach = check.units.codesReachLevel(*l->data, field);
                if (reach && !*reach) {
                    for (UnitVerdict& v : result.verdicts) {
                        v.applicable = false;
                        v.gap =
                            Tr::tr("%1 codes cannot place features in %2 units").arg(field, level);
                    }
                    result.notes << Tr::tr("not checked at %1 level: \"%2\" of layer "
                                           "\"%3\" holds shorter codes")
                                        .arg(level, field, layerId);
                    break;
                }
            }
            check.results.push_back(std::move(result));
        } catch (const Error& e) {
            // A layer's error names the data file; the planner needs the rule as well.
            if (e.file() == rules.path)
                throw;
            throw Error(rules.path, Tr::tr("rule \"%1\": %2").arg(rule->id, e.message()));
        }
    }
    if (progress)
        progress(total, total);
    return check;
}

} // namespace wm
