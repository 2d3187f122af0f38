#include "io/output_guard.h"

#include "core/error.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace wm {

namespace {

QString cleanAbsolute(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// True when both name one existing file (device and inode), or, for a file that does not
/// exist yet, the same clean absolute path.
bool sameFile(const QString& a, const QString& b)
{
    struct stat sa {};
    struct stat sb {};
    const QByteArray na = QFile::encodeName(a);
    const QByteArray nb = QFile::encodeName(b);
    const bool ea = ::stat(na.constData(), &sa) == 0;
    const bool eb = ::stat(nb.constData(), &sb) == 0;
    if (ea && eb)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    if (ea != eb)
        return false;
    return cleanAbsolute(a) == cleanAbsolute(b);
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(wm::OutputGuard)
};

} // namespace

OutputGuard OutputGuard::forRun(const Project& project, const QString& rulesPath)
{
    OutputGuard guard;
    guard.addProject(project);
    guard.addInput(rulesPath, Tr::tr("the rules file"));
    return guard;
}

void OutputGuard::addInput(const QString& path, const QString& what)
{
    if (!path.isEmpty())
        mInputs.push_back({cleanAbsolute(path), what});
}

void OutputGuard::addProject(const Project& project)
{
    addInput(project.filePath, Tr::tr("the project file"));
    addInput(project.worksPackagePath(), Tr::tr("the project's works GeoPackage"));
    for (const LayerEntry& e : project.layers) {
        if (e.source.isEmpty() || e.source.startsWith(QLatin1String("xyz:")))
            continue; // a tile service is no file to write over
        const QString source = project.absoluteSource(e);
        const QString what = Tr::tr("the source of layer \"%1\"").arg(e.id);
        addInput(source, what);
        const QFileInfo info(source);
        if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0)
            for (const char* sidecar : {"shx", "dbf", "prj", "cpg", "qix"})
                addInput(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                             QLatin1String(sidecar)),
                         what);
    }
}

void OutputGuard::addProjectsIn(const QString& folder)
{
    const QDir dir(folder);
    for (const QString& name :
         dir.entryList({QStringLiteral("*.worksmap.json")}, QDir::Files | QDir::Readable)) {
        const QString path = dir.filePath(name);
        try {
            addProject(Project::load(path));
        } catch (const Error&) {
            addInput(path, Tr::tr("a project file"));
        }
    }
}

QString OutputGuard::conflict(const QString& output) const
{
    if (output.isEmpty())
        return {};
    for (const Input& in : mInputs)
        if (sameFile(output, in.path))
            return QStringLiteral("%1 (%2)").arg(in.what, in.path);
    return {};
}

void OutputGuard::check(const QString& output) const
{
    const QString input = conflict(output);
    if (!input.isEmpty())
        throw Error(output, Tr::tr("this is %1; WorksMap never writes over what it reads, "
                                   "choose another output")
                                .arg(input));
}

} // namespace wm
