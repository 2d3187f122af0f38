#pragma once

#include "analysis/check_units.h"
#include "analysis/feature_filter.h"
#include "analysis/measures.h"
#include "analysis/ranking.h"
#include "analysis/rule_spec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace wm {

struct LoadedLayer;
struct LoadedProject;
class NearData;

/// One unit's answer to one rule, with the gap in the rule's own terms.
struct UnitVerdict {
    int unit = -1;
    double value = std::numeric_limits<double>::quiet_NaN();    ///< what was measured
    double required = std::numeric_limits<double>::quiet_NaN(); ///< what the rule asks
    bool applicable = true; ///< false: the rule does not apply ("no task", below a threshold)
    bool pass = false;
    QString gap; ///< "2 health centres missing", "14 villages beyond 3 km", "62% of target"
};

/// A verdict on a unit the check has no polygon for (市本级, 开发区 named by a target table):
/// listed in tables, reports and rankings, never drawn. `verdict.unit` is -1.
struct UnplacedVerdict {
    QString code; ///< may be empty
    QString name;
    UnitVerdict verdict;
};

/// One row of a rule's results as tables show them: a unit of the check (verdict.unit ≥ 0)
/// or a unit without polygon (verdict.unit = -1).
struct ResultRow {
    QString code;
    QString name;
    UnitVerdict verdict;
};

struct RuleResult {
    QString id;
    QString kind;
    QString title;
    QString source;
    std::vector<UnitVerdict> verdicts; ///< one per unit of the check, in unit order
    /// Feature ids of the layer `featuresLayer` that fail the rule (villages beyond the
    /// radius, clinics without a neighbour), for the map and the output GeoPackage.
    QString featuresLayer;
    std::vector<qsizetype> failingFeatures;
    /// Unit of each failing feature (parallel to failingFeatures; -1 outside every unit).
    std::vector<int> failingFeatureUnits;
    /// A figure per failing feature (parallel to failingFeatures; infinite: none reached),
    /// named `failingValueName` in outputs ("minutes" of a village beyond the travel time).
    std::vector<double> failingValues;
    QString failingValueName;
    /// The failing features that lie in unit `unit`.
    std::vector<qsizetype> failingFeaturesIn(int unit) const;
    QStringList notes;
    /// Target-progress rules: the whole join (units without polygon, no-task units,
    /// unmatched rows) and the bulletin ranking.
    std::shared_ptr<ProgressReport> progress;
    std::shared_ptr<Ranking> ranking;
    /// Service-radius rules at a level with polygons: each unit's area beyond the radius.
    std::shared_ptr<UncoveredArea> uncovered;
    /// Units judged that have no polygon in the check, after the units of `verdicts`.
    std::vector<UnplacedVerdict> unplaced;
    /// Wall time of evaluate(), for `worksmap-cli check --timings` and the benchmarks.
    double seconds = 0;
    /// The measures that ran in the database (NearData::takeLog), for `--timings`.
    QStringList inDatabase;
    /// The features `failingFeatures` index when they are not those of `featuresLayer`
    /// (a layer left in its database: only its failing features were read); null otherwise.
    std::shared_ptr<const Layer> failingData;

    /// Units failing, those without polygon included.
    int failingUnits() const;
    /// Every row a table of this result shows: `verdicts` in unit order, then `unplaced`.
    std::vector<ResultRow> rows(const CheckUnits& units) const;
};

/// What a rule reads: the project's layers, the units, where the rules came from.
struct RuleContext {
    const LoadedProject& project;
    const CheckUnits& units;
    QString rulesFile;
    /// Measures of the layers left in their database; null when every layer was read.
    NearData* nearData = nullptr;

    /// The loaded layer `id` with its features (a layer left in the database is read whole
    /// first); throws wm::Error naming the rules file and `ruleId` when the project has no
    /// such available layer.
    const LoadedLayer& layer(const QString& id, const QString& ruleId) const;
    /// The layer as loaded: a remote one without its features (for its fields and kind).
    const LoadedLayer& loaded(const QString& id, const QString& ruleId) const;

    // CheckUnits' measures of layer `layerId`, run next to the data when it was left in
    // its database and the database can say it, else in memory. Same results either way.
    std::vector<double> count(const QString& layerId, const QString& ruleId,
                              const QString& codeField, const FeatureFilter& filter) const;
    std::vector<double> sum(const QString& layerId, const QString& ruleId, const QString& sumField,
                            const QString& codeField, const FeatureFilter& filter) const;
    std::vector<double> lengthKm(const QString& layerId, const QString& ruleId,
                                 const QString& codeField, const FeatureFilter& filter) const;
};

/// A planning rule checked per unit. Each kind is one class with its RuleSpec
/// (rule_<kind>.h/.cpp), registered by one line in rule_registry.cpp.
class Rule {
public:
    virtual ~Rule() = default;
    virtual RuleResult evaluate(const RuleContext& context) const = 0;

    QString id;
    QString kind;
    QString title;
    QString source; ///< the document the rule comes from
    QJsonObject json;
    const RuleSpec* spec = nullptr; ///< the kind's spec (the registry's), for the defaults

    /// json[key], or the spec's default when the rules file leaves it out (Undefined
    /// when there is neither).
    QJsonValue value(const QString& key) const;

protected:
    /// The result header filled from this rule, verdicts sized to the units.
    RuleResult start(const RuleContext& context) const;
    /// value(key) as text; throws wm::Error (rules file, rule id) when required and missing.
    QString text(const RuleContext& c, const char* key, bool required = true) const;
    /// value(key) as a number; NaN when the file and the spec give none.
    double number(const RuleContext& c, const char* key) const;
    FeatureFilter filter(const RuleContext& c, const char* key) const;
    /// Per unit, what json "measure" asks of layer `layerId` (after "filter", placed by
    /// "codeField" or by position): "count" of features, "sum" of "sumField" (the
    /// default when it is given), or "length" in km of lines (clipped by the unit polygons).
    std::vector<double> measured(const RuleContext& c, const QString& layerId) const;
};

using RuleFactory = std::function<std::unique_ptr<Rule>()>;

/// A rule kind as each rule_<kind>.cpp publishes it: what it takes, and how to make one.
struct RuleKind {
    RuleSpec spec;
    RuleFactory make;
};

/// "1,234" / "0.5" / "62%": numbers as the gap texts show them.
QString formatAmount(double v, int decimals = 1);

} // namespace wm
