#pragma once

#include "core/layer_role.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace wm {

/// A value a list gives one role field without a column of its own: the same constant for
/// every row ("these are all health centres"), or a value read from another column through
/// a table of exact values and keywords (an Amap POI sheet's 医院次类 综合医院 → clinic…).
struct ValueMapping {
    QString field;                             ///< the role field it fills ("kind")
    QString constant;                          ///< set: every row gets it, `column` is empty
    QString column;                            ///< the source column whose cells are mapped
    QHash<QString, QString> values;            ///< exact cell → field value
    QVector<QPair<QString, QString>> keywords; ///< cell contains keyword → value, first wins

    bool isConstant() const { return column.isEmpty(); }
    /// The field value for a row whose mapped cell is `cell`; nullopt when nothing maps.
    std::optional<QString> valueFor(const QString& cell) const;

    /// "kind=health_centre": throws wm::OptionError (key "set") for an unknown field or a
    /// value the coded field does not allow.
    static ValueMapping constantFrom(const QString& assignment, const LayerRole& role);
    /// "医院次类:综合医院=health_centre,卫生院=health_centre" (or "医院次类" alone, to use
    /// the keywords only): the field is the coded field of `role` whose values the targets
    /// are. `keywords` (poiKeywords) add their matches after the exact values. Throws
    /// wm::OptionError (key "map") when no single field takes the targets.
    static ValueMapping mappingFrom(const QString& spec, const LayerRole& role,
                                    const QVector<QPair<QString, QString>>& keywords = {});
};

/// The keyword table of layers/poi_types.json for `role` (field and keyword → value pairs in
/// file order, so longer, more specific keywords listed first win); empty when the role has
/// none. Throws wm::Error naming the file when it is malformed.
struct PoiKeywords {
    QString field;
    QVector<QPair<QString, QString>> keywords;
    static PoiKeywords load(const QString& path, const QString& role);
};

} // namespace wm
