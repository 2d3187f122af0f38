#pragma once

class QApplication;

namespace wm {

/// Names the application (for QSettings) and installs the translation: the one chosen in
/// the settings ("language": zh_CN or en), else Chinese on a Chinese system locale.
void setUpApplication(QApplication& app);

} // namespace wm
