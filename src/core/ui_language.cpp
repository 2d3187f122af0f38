#include "core/ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace wm {

namespace {

/// The POSIX order for the language of messages: the first variable set wins.
QString systemLanguage()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QLocale::system().name();
}

} // namespace

bool chineseUi()
{
    // The translation answers for itself: its text for this marker is its language code.
    return QCoreApplication::translate("wm::UiLanguage", "en",
                                       "the language code of this translation (zh_CN)")
        .startsWith(QLatin1String("zh"));
}

bool isChineseLanguage(const QString& language)
{
    const QString chosen = language.isEmpty() ? systemLanguage() : language;
    return chosen.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

bool installUiLanguage(QCoreApplication& app, const QString& language)
{
    if (!isChineseLanguage(language))
        return chineseUi();
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/worksmap_zh_CN.qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    // Qt's own strings (dialog buttons) from Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return chineseUi();
}

} // namespace wm
