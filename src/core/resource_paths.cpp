#include "core/resource_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wm {

QString resourceRoot()
{
    const QString fromEnv = qEnvironmentVariable("WORKSMAP_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (QCoreApplication::instance()) {
        const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .filePath(QStringLiteral("../share/worksmap"));
        if (QFileInfo::exists(installed + QStringLiteral("/layers")))
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(WORKSMAP_SOURCE_DATA_DIR);
}

QString layerRolesDir()
{
    return resourceRoot() + QStringLiteral("/layers");
}

QString stylesDir()
{
    return resourceRoot() + QStringLiteral("/styles");
}

} // namespace wm
