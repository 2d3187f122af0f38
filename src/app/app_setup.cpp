#include "app/app_setup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace wm {

void setUpApplication(QApplication& app)
{
    QApplication::setApplicationName(QStringLiteral("WorksMap"));
    QApplication::setOrganizationName(QStringLiteral("WorksMap"));
    QApplication::setApplicationVersion(QStringLiteral(WORKSMAP_VERSION));

    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const bool chinese = chosen.isEmpty() ? QLocale().language() == QLocale::Chinese
                                          : chosen.startsWith(QLatin1String("zh"));
    if (!chinese)
        return;
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/worksmap_zh_CN.qm")))
        QApplication::installTranslator(ours);
    // Qt's own strings (dialog buttons) from Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace wm
