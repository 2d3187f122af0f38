#pragma once

#include "analysis/coverage_check.h"
#include "core/loaded_project.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace wm {

/// Planning scenarios. A proposed feature of a works layer carries the name of its plan
/// in the role field `scenario` ("2022 plan", "option B"); a feature with an empty
/// scenario exists or is under way. There is no scenario table: a scenario is the set of
/// features naming it, so drafting one is only editing, and a layer from any source
/// can hold proposals once it has the column.
namespace scenario {

/// Roles whose features are works a plan can propose (facilities, parking, pipes).
inline bool isWorksRole(const QString& role)
{
    return role == QLatin1String("facility") || role == QLatin1String("parking") ||
           role == QLatin1String("pipe");
}

/// The scenario column of a layer (index into its attributes), or -1 if it has none.
int columnIn(const LoadedLayer& layer);
/// The scenario of feature `row` (trimmed; empty for an existing feature).
QString of(const LoadedLayer& layer, int column, qsizetype row);
/// Every scenario named in the project's layers, sorted.
QStringList names(const LoadedProject& project);

/// What a map or a check takes from the works layers.
enum class View {
    Current,  ///< existing features only
    Proposed, ///< the scenario's proposed features only
    Both      ///< existing plus the scenario's proposals (what the plan leads to)
};

/// Per feature of a layer, whether `view` of `name` takes it (all true without a column).
std::vector<char> selection(const LoadedLayer& layer, View view, const QString& name);
/// The features of `layer` where `keep` is set, as a new layer (fids and order kept).
std::shared_ptr<Layer> subset(const Layer& layer, const std::vector<char>& keep);

/// The project as `view` of scenario `name` sees it: layers with a scenario column cut to
/// the features the view takes, other layers shared as they are. Checks run on
/// projectFor(p, View::Both, name) for "after" and on View::Current for "before".
LoadedProject projectFor(const LoadedProject& project, View view, const QString& name);

/// What exists: projectFor(project, View::Current, {}). Maps, charts and checks show this
/// unless a scenario is asked for: a proposal is a plan, not a facility.
inline LoadedProject currentState(const LoadedProject& project)
{
    return projectFor(project, View::Current, {});
}

/// Each unit's figures before (existing features) and after (with the scenario's
/// proposals) for every rule, e.g. villages beyond 3 km of a clinic: 14 → 2.
struct Comparison {
    QString scenario;
    CoverageCheck before;
    CoverageCheck after;
    struct Row {
        int rule = -1; ///< index into before.results / after.results
        int unit = -1;
        UnitVerdict before;
        UnitVerdict after;
        bool changed() const;
    };
    std::vector<Row> rows; ///< rule by rule, units in order
    int unitsNowPassing() const;
    int unitsNoLongerPassing() const;
};

/// Runs the rules twice, on the current state and with the scenario's proposals. Throws
/// wm::Error as CoverageCheck::run, and when no layer names the scenario (a typo would
/// otherwise compare the current state with itself and report "no change").
Comparison compare(const LoadedProject& project, const RulesFile& rules, const QString& level,
                   const QString& name, const CoverageCheck::Progress& progress = {});

} // namespace scenario
} // namespace wm
