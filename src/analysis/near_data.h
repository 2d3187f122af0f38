#pragma once

#include "analysis/check_units.h"
#include "analysis/feature_filter.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace wm {

class Layer;
struct LoadedLayer;

/// Radius coverage measured next to the data: the figures per unit, and only the
/// villages beyond the radius read (a million villages are not).
struct NearRadiusCoverage {
    /// total, beyond and share per unit as CheckUnits::withinDistance gives them;
    /// villagesBeyond indexes `beyondFeatures` (0 … n-1) and unitOfVillage is the unit of
    /// each of those (-1 outside every unit), not of every village.
    RadiusCoverage coverage;
    std::shared_ptr<const Layer> beyondFeatures; ///< the villages beyond, in the project CRS
};

/// Where the measures of layers left in their database (LoadedLayer::remote) are computed:
/// an implementation runs them as SQL next to the data (sql/pg_near_data). Every measure
/// may answer "not here" (nullopt: a filter SQL cannot say the same way, a real-valued code
/// column); the rule then reads the whole layer through readWhole() and measures it in
/// memory, so a result never depends on which path ran.
class NearData {
public:
    virtual ~NearData() = default;

    /// CheckUnits::count of a remote layer, or nullopt.
    virtual std::optional<std::vector<double>> count(const CheckUnits& units,
                                                     const LoadedLayer& layer,
                                                     const QString& codeField,
                                                     const FeatureFilter& filter) = 0;
    /// CheckUnits::sum of a remote layer, or nullopt.
    virtual std::optional<std::vector<double>>
    sum(const CheckUnits& units, const LoadedLayer& layer, const QString& sumField,
        const QString& codeField, const FeatureFilter& filter) = 0;
    /// CheckUnits::lengthKm of a remote layer, or nullopt.
    virtual std::optional<std::vector<double>> lengthKm(const CheckUnits& units,
                                                        const LoadedLayer& layer,
                                                        const QString& codeField,
                                                        const FeatureFilter& filter) = 0;
    /// The villages of remote layer `villages` (all of them, placed by `codeField` or by
    /// position) with no feature of `facilities` matching `facilityFilter` within
    /// `radiusMetres`, or nullopt.
    virtual std::optional<NearRadiusCoverage>
    withinRadius(const CheckUnits& units, const LoadedLayer& villages, const QString& codeField,
                 const LoadedLayer& facilities, const FeatureFilter& facilityFilter,
                 double radiusMetres) = 0;

    /// Whether some value of `codeField` in remote `layer` has `length` characters or more
    /// (CheckUnits::codesReachLevel), or nullopt.
    virtual std::optional<bool> codesReach(const LoadedLayer& layer, const QString& codeField,
                                           int length) = 0;

    /// `layer` with every feature read (kept for the next rule that needs it). Throws
    /// wm::Error naming the source when it cannot be read.
    virtual const LoadedLayer& readWhole(const LoadedLayer& layer) = 0;

    /// What ran in the database since the last call ("count of villages"), for
    /// `check --timings`; emptied by the call.
    virtual QStringList takeLog() = 0;
};

} // namespace wm
