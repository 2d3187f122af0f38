#pragma once

#include <QString>
#include <QStringList>

namespace wm {

class RoleRegistry;

/// What `worksmap-cli new` and File ▸ New Project make.
struct NewProjectRequest {
    QString area; ///< a city or county of Hebei: name (承德市, 平泉市, old names too) or code
    QString outDir;   ///< the new project's folder (created; must be empty if it exists)
    QString hebeiDir; ///< the bundled Hebei data; empty: data/hebei of the resources
};

/// What was made, for the summary.
struct NewProject {
    QString projectPath;
    QString areaName;     ///< 承德市
    QString areaCode;     ///< 1308
    QStringList counties; ///< their current names, in code order
    int townships = 0;
    int villages = 0;
};

/// Makes a project for any city or county of Hebei from the bundled division data: its
/// county boundaries (GeoJSON), its township and village division tables (CSV), an empty
/// works GeoPackage with a layer for each works role (facilities, parking, pipes; the
/// roles' fields typed), the starter rules of the provincial standards that need no more
/// data than that (rules.json), and the project file naming them. Throws wm::Error naming
/// the area (with the cities it knows) or the folder.
NewProject createProject(const NewProjectRequest& request, const RoleRegistry& roles);

} // namespace wm
