#pragma once

#include "analysis/feature_filter.h"
#include "analysis/unit_set.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace wm {

class Layer;

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

    /// Per unit: the number of features (`sumField` empty) or the sum of `sumField`.
    std::vector<double> aggregate(const Layer& layer, const std::vector<int>& unitOfFeature,
                                  const QString& sumField = {}) const;

    /// Per unit: km of the lines of `layer` matching `filter`. Without `codeField` the
    /// lines are clipped by the unit polygons (lengthPerUnitKm: a pipe crossing a border is
    /// split); with it, each line's whole length goes to the unit its code names.
    std::vector<double> lengthKm(const Layer& layer, const QString& codeField,
                                 const FeatureFilter& filter) const;

private:
    QString mLevel;
    std::vector<Unit> mUnits;
    QHash<QString, int> mByCode;
    int mCodeLength = 6;
    std::optional<UnitSet> mPolygons;
};

} // namespace wm
