#include "app/app_setup.h"

#include "core/ui_language.h"

#include <QApplication>
#include <QSettings>

namespace wm {

void setUpApplication(QApplication& app)
{
    QApplication::setApplicationName(QStringLiteral("WorksMap"));
    QApplication::setOrganizationName(QStringLiteral("WorksMap"));
    QApplication::setApplicationVersion(QStringLiteral(WORKSMAP_VERSION));
    installUiLanguage(app, QSettings().value(QStringLiteral("language")).toString());
}

} // namespace wm
