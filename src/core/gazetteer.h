#pragma once

#include "core/unit_name_matcher.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace wm {

/// The statistical division table (city › county › township › village) and the matching of
/// names as planners write them to its codes. Loaded from the bundled division CSV (columns
/// code, name, township_code, township, county_code, county, city_code, city).
///
/// A row's county is matched by UnitNameMatcher (suffix, spacing, full-width, 2020 renames);
/// township and village names are compared by their key: NFKC, no whitespace, and the level's
/// suffixes stripped (村民委员会, 居委会, 社区, 村 … for villages; 街道办事处, 街道, 乡, 镇 … for
/// townships). Nothing one character off is ever applied: such rows are Fuzzy with an empty
/// code and the suggestion among the candidates, for the planner to confirm.
class Gazetteer {
public:
    enum class Quality { Exact, Normalised, Fuzzy, Ambiguous, None };

    struct Candidate {
        QString code;
        QString path;     ///< 邢台市 › 巨鹿县 › 王虎寨镇 › 孔家庄村委会
        double score = 0; ///< 1 for a name that matches, less the further the name is
    };

    struct MatchResult {
        /// 12, 9 or 6 digits for a village, township or county; empty unless Exact or Normalised.
        QString code;
        Quality quality = Quality::None;
        /// For Fuzzy, Ambiguous and None: at most 5, best first.
        std::vector<Candidate> candidates;
        /// What was assumed or ignored, or why nothing matched; empty for a plain exact match.
        QString note;
    };

    /// "exact", "normalised", "fuzzy", "ambiguous" or "none", as outputs write it.
    static QString qualityName(Quality quality);

    /// The division table shipped for all of Hebei (data/hebei/hebei_villages.csv: 54,145
    /// villages of its 11 cities), used when neither a project nor a table is given.
    static QString bundledTablePath();

    /// Throws wm::Error naming the file when it cannot be read or lacks a column.
    static Gazetteer load(const QString& villagesCsv);

    /// Any of the three may be empty; the deepest level given decides the code's length.
    MatchResult match(const QString& county, const QString& township, const QString& village) const;

    int countyCount() const { return int(mCounties.size()); }
    int townshipCount() const { return int(mTownships.size()); }
    int villageCount() const { return int(mVillages.size()); }

    /// "邢台市 › 巨鹿县 › 王虎寨镇 › 孔家庄村委会" for a code of any level; empty if unknown.
    QString path(const QString& code) const;

    /// The names compared: NFKC, no spaces, the level's suffixes stripped (repeatedly, so
    /// 营头村村民委员会, 营头村 and 营头 share the key 营头).
    static QString villageKey(const QString& name);
    static QString townshipKey(const QString& name);

private:
    struct Village {
        QString code, name, norm, key;
        std::u32string normU, keyU; ///< code points, for edit distances
        int township = -1;
    };
    struct Township {
        QString code, name, norm, key;
        std::u32string keyU;
        int county = -1;
        QList<int> villages;
        QHash<QString, QList<int>> villagesByName, villagesByKey;
    };
    struct County {
        QString code, name, city;
        QList<int> townships, villages;
        QHash<QString, QList<int>> townshipsByName, townshipsByKey;
        QHash<QString, QList<int>> villagesByName, villagesByKey;
    };
    struct Hit; ///< a candidate before it becomes a path
    struct Resolution;

    Gazetteer() = default;
    Resolution resolve(const QList<int>& counties, const QString& township,
                       const QString& village) const;
    MatchResult finish(const Resolution& r) const;
    QString pathOf(int level, int index) const;
    QString codeOf(int level, int index) const;

    std::vector<County> mCounties;
    std::vector<Township> mTownships;
    std::vector<Village> mVillages;
    QHash<QString, int> mCountyByCode, mTownshipByCode, mVillageByCode;
    UnitNameMatcher mCountyMatcher{{}};
};

} // namespace wm
