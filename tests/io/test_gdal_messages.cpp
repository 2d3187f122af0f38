// GDAL's messages reach a planner as one readable line each, a few at most (issue 17,
// item 6): a broken input once echoed 500 KB of itself through "ERROR 1: …".
#include "io/gdal_messages.h"
#include "io/gdal_support.h"

#include <QStringList>

#include <cpl_error.h>

#include <gtest/gtest.h>

#include <string>
#include <thread>

using namespace wm;

TEST(GdalMessages, ALongMessageWithControlCharactersBecomesOneShortLine)
{
    EXPECT_EQ(gdal::summarise(QStringLiteral("  cannot\n\topen\r\n  x.gpkg  ")),
              QStringLiteral("cannot open x.gpkg"));
    const QString sql = QStringLiteral("sqlite3_exec(CREATE TABLE t (") +
                        QString(100000, QLatin1Char('c')) + QStringLiteral(")) failed");
    const QString line = gdal::summarise(sql, 50);
    EXPECT_TRUE(line.startsWith(QStringLiteral("sqlite3_exec(CREATE TABLE t (ccc")));
    EXPECT_TRUE(line.endsWith(QStringLiteral("(%1 characters)").arg(sql.size())))
        << line.toStdString();
    EXPECT_LT(line.size(), 80);
    // Bytes of a binary file decoded as text: NUL and replacement characters go.
    EXPECT_EQ(gdal::summarise(QString::fromUtf8("bad\0\xff\xfe header", 16)),
              QStringLiteral("bad header"));
}

TEST(GdalMessages, TheSinkShowsAFewSummarisedAndCountsTheRestFromAnyThread)
{
    // Whatever handler was there before comes back when the sink goes.
    int before = 0;
    const CPLErrorHandler previous = CPLSetErrorHandlerEx(
        [](CPLErr, CPLErrorNum, const char*) {
            ++*static_cast<int*>(CPLGetErrorHandlerUserData());
        },
        &before);
    QStringList shown;
    {
        gdal::MessageSink sink([&](const QString& l) { shown << l; }, 3);
        const std::string huge(500000, 'x');
        CPLError(CE_Failure, CPLE_AppDefined, "row 7: %s", huge.c_str());
        CPLError(CE_Warning, CPLE_AppDefined, "second");
        CPLDebug("GDAL", "debug output is not a message");
        std::thread worker([] {
            CPLError(CE_Failure, CPLE_AppDefined, "from a worker thread");
            CPLError(CE_Failure, CPLE_AppDefined, "fourth");
        });
        worker.join();
        CPLError(CE_Warning, CPLE_AppDefined, "fifth");
        ASSERT_EQ(shown.size(), 3);
        EXPECT_EQ(sink.unshown(), 2);
        EXPECT_TRUE(shown[0].startsWith(QStringLiteral("GDAL error: row 7: xxx")));
        EXPECT_LT(shown[0].size(), 300);
        EXPECT_EQ(shown[1], QStringLiteral("GDAL warning: second"));
        EXPECT_EQ(shown[2], QStringLiteral("GDAL error: from a worker thread"));
        // A collector inside the run still takes what is raised while it lives.
        gdal::ErrorCollector collector;
        CPLError(CE_Failure, CPLE_AppDefined, "%s", huge.c_str());
        ASSERT_EQ(collector.failures().size(), 1);
        EXPECT_LT(collector.failures().first().size(), 300);
        EXPECT_EQ(sink.unshown(), 2);
    }
    EXPECT_EQ(before, 0);
    CPLError(CE_Failure, CPLE_AppDefined, "after");
    EXPECT_EQ(before, 1);
    EXPECT_EQ(shown.size(), 3);
    CPLSetErrorHandler(previous);
}
