#pragma once

#include "analysis/feature_filter.h"
#include "analysis/unit_set.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace wm {

class Layer;

/// Villages within a service radius, per unit (CheckUnits::withinDistance).
struct RadiusCoverage {
    /// Per unit: (total - beyond) / total, from 0 to 1; 0 for a unit without villages
    /// (check `total`).
    std::vector<double> share;
    std::vector<int> total;  ///< per unit: villages in the unit (border villages once)
    std::vector<int> beyond; ///< per unit: villages farther than the radius (or with none)
    /// Feature indices of the villages beyond the radius, ascending, those outside every
    /// unit or failing the filter included (their unitOfVillage is -1).
    std::vector<qsizetype> villagesBeyond;
    /// Unit of each village feature (-1 outside every unit), as unitOf().
    std::vector<int> unitOfVillage;
};

/// What feature `feature` of `layer` adds to its unit: its length in km (`lengthKm`, planar,
/// the CRS's metres / 1000), else the value of column `sumColumn` (0 when the cell is empty,
/// not a number, NaN or infinite), else 1 (`sumColumn` < 0: a count). The one rule of every
/// measure, also for features placed by name (target-progress).
double featureAmount(const Layer& layer, qsizetype feature, int sumColumn, bool lengthKm = false);

/// The units a check reports on, at one level: counties (the boundary layer's polygons)
/// or townships (the division table's codes; no polygons, so features are placed by
/// their code attribute). Feature placement either way goes through unitOf().
class CheckUnits {
public:
    /// County level: the boundary layer's units; codes are 6 digits.
    static CheckUnits counties(const UnitSet& boundaries);
    /// Township level: one unit per distinct `codeField` value of `divisionTable` (its
    /// 9-digit township codes) named by `nameField`.
    static CheckUnits townships(const Layer& divisionTable, const QString& codeField,
                                const QString& nameField);

    const QString& level() const { return mLevel; }
    int size() const { return int(mUnits.size()); }
    const Unit& unit(int i) const { return mUnits[std::size_t(i)]; }
    int codeLength() const { return mCodeLength; }
    const UnitSet* polygons() const { return mPolygons ? &*mPolygons : nullptr; }
    int indexOfCode(const QString& code) const { return mByCode.value(code, -1); }

    /// Unit of every feature of `layer`: by the first codeLength() digits of `codeField`
    /// when given, else by position in the unit polygons (county level). -1 where a
    /// feature fits no unit or fails `filter`. Throws wm::Error when neither way works.
    std::vector<int> unitOf(const Layer& layer, const QString& codeField,
                            const FeatureFilter& filter) const;

    /// False when no value of `codeField` in `layer` is long enough to name a unit of this
    /// level (6-digit county codes cannot place anything in townships).
    bool codesReachLevel(const Layer& layer, const QString& codeField) const;

    // The measures every rule counts with. Values that are null, not numbers, NaN or
    // infinite add nothing to a sum (a DBF's empty or "n/a" cell, a division by zero in a
    // planner's sheet): one bad cell must not turn a unit's total into NaN or infinity.
    // Features without a unit (outside every polygon, codes of another area, failing the
    // filter) count nowhere. `codeField` empty places by position (county level).

    /// Per unit: the number of features of `layer` matching `filter`.
    std::vector<double> count(const Layer& layer, const QString& codeField,
                              const FeatureFilter& filter) const;
    /// Per unit: the sum of the numeric column `sumField` (in its own unit: spaces, beds)
    /// over the features matching `filter`; throws wm::Error when `layer` has no such column.
    std::vector<double> sum(const Layer& layer, const QString& sumField, const QString& codeField,
                            const FeatureFilter& filter) const;

    /// Per unit: km of the lines of `layer` matching `filter`. Without `codeField` the
    /// lines are clipped by the unit polygons (lengthPerUnitKm: a pipe crossing a border is
    /// split); with it, each line's whole length goes to the unit its code names.
    std::vector<double> lengthKm(const Layer& layer, const QString& codeField,
                                 const FeatureFilter& filter) const;

    /// Per unit: the features of `villages` matching `filter` whose distance in `distances`
    /// (one per feature, metres, e.g. nearestDistances()) is <= `radiusMetres`, and those
    /// beyond: +infinity (nothing to be near) and NaN (no geometry) are beyond, never
    /// silently within. Throws std::invalid_argument on a NaN radius or a distances size
    /// other than the features'. Used by service-radius (villages near a facility) and
    /// co-location (a facility near another).
    RadiusCoverage withinDistance(const Layer& villages, const QString& codeField,
                                  const FeatureFilter& filter, const std::vector<double>& distances,
                                  double radiusMetres) const;

private:
    /// Per unit: the number of features (`column` < 0) or the sum of column `column`.
    std::vector<double> aggregate(const Layer& layer, const std::vector<int>& unitOfFeature,
                                  int column) const;

    QString mLevel;
    std::vector<Unit> mUnits;
    QHash<QString, int> mByCode;
    int mCodeLength = 6;
    std::optional<UnitSet> mPolygons;
};

} // namespace wm
