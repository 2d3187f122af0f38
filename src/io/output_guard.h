#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace wm {

struct Project;

/// The files a job reads (the project file, its works package, every layer source with a
/// shapefile's sidecars, a rules file, a list being imported), so that no output is ever
/// written over one of them. Every writer of the CLI and the GUI asks this one guard
/// before it writes.
///
/// Two paths are the same file when they resolve to the same device and inode (symbolic
/// and hard links, "./" and "..", and letter case on a case-insensitive file system all
/// resolve there); a path that does not exist yet is compared as a clean absolute path.
class OutputGuard {
public:
    /// A guard for a run on `project` (addProject()) that also reads `rulesPath` (may be
    /// empty), as most verbs and dialogs need.
    static OutputGuard forRun(const Project& project, const QString& rulesPath = {});

    /// Adds an input read by the job; `what` names it in messages ("the rules file").
    void addInput(const QString& path, const QString& what);
    /// Adds the project file, its works package and every layer source (with the sidecar
    /// files of a shapefile: .shx, .dbf, .prj, .cpg, .qix).
    void addProject(const Project& project);
    /// Adds every project (*.worksmap.json) in `folder` as addProject() does: a job without
    /// a project (an import) must not replace a GeoPackage a project there reads. A project
    /// file that cannot be read is still guarded itself.
    void addProjectsIn(const QString& folder);

    /// Throws wm::Error naming `output` and the input it would replace when it is one.
    void check(const QString& output) const;
    /// The input `output` would replace ("the source of layer "villages" (/data/v.gpkg)"),
    /// or an empty string when it replaces none.
    QString conflict(const QString& output) const;

    int inputCount() const { return int(mInputs.size()); }

private:
    struct Input {
        QString path; ///< absolute, clean
        QString what;
    };
    QVector<Input> mInputs;
};

} // namespace wm
