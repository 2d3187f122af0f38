#pragma once

#include <QString>

namespace wm {

class Project;

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

} // namespace wm
