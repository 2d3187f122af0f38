#include "io/raster_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace wm {

namespace {
QString shortHash(const QByteArray& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

QString cacheRoot()
{
    const QString set = qEnvironmentVariable("WORKSMAP_CACHE_DIR");
    if (!set.isEmpty())
        return QDir(set).absolutePath();
    // The generic location, not CacheLocation: that one is named after the application,
    // and the window ("WorksMap") and the CLI ("worksmap-cli") should share tiles.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("worksmap"));
}

QString tileCacheDir(const QString& urlTemplate)
{
    return QDir(cacheRoot()).filePath(QStringLiteral("tiles/") + shortHash(urlTemplate.toUtf8()));
}

QString rasterCacheDir(const QString& rasterPath)
{
    const QFileInfo info(rasterPath);
    const QByteArray key = info.absoluteFilePath().toUtf8() + '\n' +
                           QByteArray::number(info.size()) + '\n' +
                           QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    return QDir(cacheRoot()).filePath(QStringLiteral("rasters/") + shortHash(key));
}

} // namespace wm
