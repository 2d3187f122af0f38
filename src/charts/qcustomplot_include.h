#pragma once

// qcustomplot.h uses Qt's `signals`, `slots` and `foreach` keywords, which WorksMap turns off
// (QT_NO_KEYWORDS, so that no library's macros clash with ours); they are lent to that header
// only. Include QCustomPlot through this file.
#include <QObject>

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef foreach
