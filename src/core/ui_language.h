#pragma once

#include <QString>

class QCoreApplication;

namespace wm {

/// Whether the user interface speaks Chinese: true when the application object carries
/// WorksMap's Chinese translation (installUiLanguage). Asked of Qt's translators rather
/// than of a flag of ours, so every face and library agrees without global state.
bool chineseUi();

/// Installs WorksMap's translation (and Qt's own) on the application for `language`:
/// "zh_CN"/"zh…" for Chinese, "en…" for English, empty for the system's choice (LC_ALL,
/// else LC_MESSAGES, else LANG, else the system locale). Returns chineseUi() afterwards.
bool installUiLanguage(QCoreApplication& app, const QString& language);

/// Whether `language` (as for installUiLanguage) means Chinese.
bool isChineseLanguage(const QString& language);

} // namespace wm
