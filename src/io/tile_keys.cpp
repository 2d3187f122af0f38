#include "io/tile_keys.h"

#include <QSettings>

namespace wm {

namespace {
/// The window's settings, named explicitly: the CLI runs under another application name.
QSettings userSettings()
{
    return QSettings(QStringLiteral("WorksMap"), QStringLiteral("WorksMap"));
}

QString settingsKey(const QString& name)
{
    return QStringLiteral("tileKeys/") + name.toLower();
}
} // namespace

QString tileServiceKey(const QString& name)
{
    const QString fromEnvironment =
        qEnvironmentVariable(("WORKSMAP_TILE_KEY_" + name.toUpper()).toLatin1().constData());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return userSettings().value(settingsKey(name)).toString();
}

void setTileServiceKey(const QString& name, const QString& key)
{
    QSettings settings = userSettings();
    if (key.trimmed().isEmpty())
        settings.remove(settingsKey(name));
    else
        settings.setValue(settingsKey(name), key.trimmed());
}

} // namespace wm
