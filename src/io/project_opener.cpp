#include "io/project_opener.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
/// The translation context of this file's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::ProjectOpener)
};
} // namespace

namespace wm {

bool isProjectFile(const QString& path)
{
    const QString lower = path.toLower();
    if (!lower.endsWith(QLatin1String(".json")) || lower.endsWith(QLatin1String(".geojson")))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // let the project reader say what is wrong with it
    return !f.read(4096).contains("FeatureCollection");
}

LoadedProject openProjectOrDataset(const QString& path, const RoleRegistry& roles,
                                   const ProgressCallback& progress, qint64 leaveInDatabaseAbove)
{
    if (!QFileInfo::exists(path))
        throw Error(path, Tr::tr("file not found"));
    ProjectLoader loader(roles);
    loader.setLeaveInDatabaseAbove(leaveInDatabaseAbove);
    const Project project =
        isProjectFile(path) ? Project::load(path) : loader.projectForDataset(path);
    LoadedProject loaded = loader.load(project, progress);
    if (!isProjectFile(path)) {
        // A single dataset has no project to fall back on: its read error is the answer.
        for (const LoadedLayer& l : loaded.layers)
            if (!l.isReadable())
                throw Error(QString(), l.problem);
    }
    return loaded;
}

LoadedProject openProjectToCompute(const QString& path, const RoleRegistry& roles,
                                   const ProgressCallback& progress, qint64 leaveInDatabaseAbove)
{
    LoadedProject loaded = openProjectOrDataset(path, roles, progress, leaveInDatabaseAbove);
    // A result computed without a layer looks like a result about the city without it
    // ("0 clinics, 0 % covered"): refuse, naming the layer and what is wrong with its file.
    for (const LoadedLayer& l : loaded.layers)
        if (!l.isReadable())
            throw Error(loaded.project.filePath,
                        Tr::tr("layer \"%1\" is unavailable, nothing is computed without it: %2")
                            .arg(l.entry.id, l.problem));
    return loaded;
}

} // namespace wm
