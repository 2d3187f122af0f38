#pragma once

#include "io/list_import.h"

#include <QString>

#include <memory>

namespace wm {

class Layer;
class Project;
class RoleRegistry;

/// The division tables a list of names is matched with.
struct DivisionTables {
    QString scope;   ///< names are matched in this table
    QString outside; ///< the wider table that says where other names lie; empty: none
};

/// `given` (a --gazetteer or the wizard's field) if set; else the division table of `project`
/// (its first village-role layer that is a division table: code, name, township_code …
/// columns), so names match only inside the project's area; else the bundled table of all of
/// Hebei. `outside` is the Hebei table whenever the scope is narrower.
DivisionTables divisionTablesFor(const Project* project, const QString& given = {});

/// The village points a list matched by name is drawn at: the project's first village layer
/// with points (not a division table), read again in CGCS2000 lon/lat.
struct ProjectVillagePoints {
    QString layerId; ///< empty: the project has no village points
    std::shared_ptr<const Layer> layer;
    int codeColumn = -1;
    VillagePoints points() const { return {layer.get(), codeColumn}; }
};
ProjectVillagePoints projectVillagePoints(const Project& project, const RoleRegistry& roles);

} // namespace wm
