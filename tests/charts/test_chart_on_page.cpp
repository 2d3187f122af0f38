#include "charts/chart_renderer.h"
#include "render/page_export.h"
#include "support/chart_fixture.h"
#include "support/test_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wm;
using namespace Qt::StringLiterals;

using ChartOnPage = test::ChartProjectTest;

/// A chart placed beside the map on a page layout stays inside the rectangle the layout gives
/// it, as text (the page is a vector PDF).
TEST_F(ChartOnPage, TheChartIsDrawnInsideItsElementOfAPdfPage)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
    PageContent content;
    content.title = u"页面标题"_s;
    content.extent = Extent::of(0, 0, 10000, 10000);
    content.picture = [](QPainter& painter, const QRectF& rect) {
        drawRuleChart(painter, rect, check(), u"parking"_s);
    };
    const PageLayout page(PageTemplate(), content);
    const QRectF picture = page.rect(PageElement::Picture);
    ASSERT_FALSE(picture.isNull());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"page.pdf"_s);
    exportPage(page, pdf);

    QProcess p;
    p.start(pdftotext, {u"-bbox"_s, pdf, u"-"_s});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString words = QString::fromUtf8(p.readAllStandardOutput());
    // The chart's own words that are written across: its title and the target line's label.
    const QRectF inPoints(picture.topLeft() * 72 / 25.4, picture.size() * 72 / 25.4);
    const QRegularExpression box(u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                 "yMax=\"([\\d.]+)\">(停车位建设进度|目标)</word>"_s);
    int found = 0;
    for (auto it = box.globalMatch(words); it.hasNext(); ++found) {
        const auto m = it.next();
        const QRectF word(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                          QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
        EXPECT_TRUE(inPoints.adjusted(-1, -1, 1, 1).contains(word))
            << m.captured(5).toStdString() << " at " << word.x() << "," << word.y()
            << " outside the picture at " << inPoints.x() << "," << inPoints.y();
    }
    EXPECT_GE(found, 2) << words.left(2000).toStdString();
}
