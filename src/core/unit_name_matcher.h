#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace wm {

/// A unit and every name it goes by: the name as drawn on the boundary layer first, then the
/// current one when it differs (桥东区, 襄都区). `code` is the statistical division code, empty
/// for a unit that has none (邢台县, abolished in 2020).
struct UnitName {
    QString code;
    QStringList names;
};

enum class MatchQuality { Code, Exact, Normalised, Renamed, None };

/// The unit a name or code was matched to (`unit` indexes the matcher's units, -1 for none) and
/// how; `note` says what was assumed ("威 县 read as 威县") or why nothing matched.
struct UnitMatch {
    int unit = -1;
    MatchQuality quality = MatchQuality::None;
    QString note;
};

/// Matches names as planners write them to units: by code; exact; normalised (spaces and
/// full-width removed, suffix 县/市/区 present or absent: 广宗 → 广宗县, 威 县 → 威县); old → new
/// names after Xingtai's 2020 redistricting (桥东区 ↔ 襄都区, 桥西区 ↔ 信都区, 任县 ↔ 任泽区,
/// 南和县 ↔ 南和区) both directions. Never guesses a typo (南官市 stays unmatched but
/// `suggestions()` offers 南宫市 by one-character edit distance). A name or code that fits
/// several units is ambiguous and matches none.
class UnitNameMatcher {
public:
    explicit UnitNameMatcher(std::vector<UnitName> units);

    UnitMatch match(const QString& nameOrCode) const;
    /// Unit names one edit (insert, delete or replace one character) away from `name`, in unit
    /// order; never used by match(), only offered to the planner.
    QStringList suggestions(const QString& name) const;
    /// NFKC (full-width letters, digits and spaces folded), no whitespace or zero-width marks.
    static QString normalise(const QString& name);
    /// True for names of units that plans give targets but boundary layers draw no polygon for:
    /// the city proper (市本级) and development zones (开发区, 邢东新区, …).
    static bool isUnitWithoutPolygon(const QString& name);

    const std::vector<UnitName>& units() const { return mUnits; }

private:
    /// Units found under `key` in `index`, without duplicates.
    static QList<int> lookup(const QHash<QString, QList<int>>& index, const QString& key);
    /// Exact, then normalised lookup of a name (no renames): the shared path of match() and of
    /// the renamed name it tries last.
    UnitMatch matchName(const QString& text) const;
    UnitMatch matchCode(const QString& digits) const;

    std::vector<UnitName> mUnits;
    QHash<QString, QList<int>> mByCode;
    QHash<QString, QList<int>> mByExact;
    QHash<QString, QList<int>> mByNormalised; ///< normalise(name)
    QHash<QString, QList<int>> mByStem;       ///< normalise(name) without its 县/市/区 suffix
};

} // namespace wm
